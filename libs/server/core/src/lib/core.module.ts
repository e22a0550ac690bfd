import { DynamicModule, Global, Module, OnModuleInit, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE, HttpAdapterHost } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LoggerModule } from 'nestjs-pino';
import { AccessGuard } from './auth/access.guard';
import { AuditLogEntity } from './audit/audit-log.entity';
import { AuditService } from './audit/audit.service';
import { MutationInterceptor } from './audit/mutation.interceptor';
import { AppConfig } from './config/app-config';
import { RequestContextFactory } from './context/context-factory';
import { dataSourceOptions } from './database/data-source-options';
import { GlobalExceptionFilter } from './errors/http-exception.filter';
import { FilesController } from './files/files.controller';
import { FilesService } from './files/files.service';
import { StoredFileEntity } from './files/stored-file.entity';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthController } from './health/health.controller';
import { loggerOptions } from './logging/logger-options';

/** Entities owned by the platform itself. */
export const coreEntities = [AuditLogEntity, StoredFileEntity];

/**
 * The platform: configuration, database, GraphQL (Mercurius), auth guard, request context,
 * audit, files, logs and health. Domain modules are imported beside it by the app.
 */
@Global()
@Module({})
export class CoreModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly contexts: RequestContextFactory,
  ) {}

  /** Every request (REST as well as GraphQL) gets its RequestContext before the access guard runs. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    fastify?.addHook('onRequest', (request: FastifyRequest, _reply: FastifyReply, done: () => void) => {
      this.contexts.fromRequest(request);
      done();
    });
  }

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.values.DATABASE_URL, config.values.DATABASE_POOL_SIZE),
          autoLoadEntities: true,
        }),
        TypeOrmModule.forFeature(coreEntities),
        JwtModule.register({
          global: true,
          // a key object made once: given the secret as a string, jsonwebtoken tries it as a public key on every
          // verification (and fails) before making a secret key of it — a tenth of a request's CPU
          secret: createSecretKey(Buffer.from(config.values.JWT_SECRET)),
          signOptions: { expiresIn: config.values.ACCESS_TOKEN_TTL_SECONDS, algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        }),
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          inject: [AppConfig, RequestContextFactory],
          useFactory: (c: AppConfig, contexts: RequestContextFactory) => graphqlOptions(c, contexts),
        }),
        TerminusModule,
      ],
      controllers: [HealthController, FilesController],
      providers: [
        { provide: AppConfig, useValue: config },
        RequestContextFactory,
        AuditService,
        FilesService,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: MutationInterceptor },
        { provide: APP_FILTER, useClass: GlobalExceptionFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
        },
      ],
      exports: [AppConfig, RequestContextFactory, AuditService, FilesService, TypeOrmModule],
    };
  }
}
