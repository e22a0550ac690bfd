import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { UserEntity } from './entities/user.entity';
import { DEFAULT_LOGIN_THROTTLE, LoginThrottle } from './login-throttle';
import { AppConfig } from '@xiangzhi/server/core';
import { SessionResolver } from './session.resolver';
import { SessionService } from './session.service';
import { TokenService } from './token.service';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

/** Entities of the identity domain. */
export const identityEntities = [UserEntity, RefreshTokenEntity];

/** Resolvers of the identity domain (also used to emit the schema). */
export const identityResolvers = [SessionResolver, UserResolver];

/** Staff accounts, sign-in and sessions. */
@Module({
  imports: [TypeOrmModule.forFeature(identityEntities)],
  providers: [
    ...identityResolvers,
    SessionService,
    UserService,
    TokenService,
    {
      provide: LoginThrottle,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new LoginThrottle({ ...DEFAULT_LOGIN_THROTTLE, limit: config.values.LOGIN_ATTEMPTS_PER_MINUTE }),
    },
  ],
  exports: [UserService, TokenService],
})
export class IdentityModule {}
