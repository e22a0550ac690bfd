import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from 'nestjs-pino';
import { AppConfig } from './config/app-config';

/** Creates the Fastify-based Nest application with the platform's HTTP hardening; used by main.ts and tests. */
export async function createApp(
  rootModule: Type<unknown> | DynamicModule,
  config: AppConfig,
  opts: { logs?: boolean } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.values.BODY_LIMIT_BYTES,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const h = req.headers['x-request-id'];
      return typeof h === 'string' && /^[\w-]{8,64}$/.test(h) ? h : randomUUID();
    },
    // only named proxies may set the client address (the login throttle keys on it)
    trustProxy: config.values.TRUST_PROXY ? config.values.TRUST_PROXY.split(',').map((s) => s.trim()) : false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, {
    bufferLogs: true,
    logger: opts.logs === false ? false : undefined,
  });
  if (opts.logs !== false) app.useLogger(app.get(Logger));
  await app.register(helmet as never, {
    contentSecurityPolicy: config.isProduction
      ? {
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:', 'blob:'],
            connectSrc: ["'self'"],
            mediaSrc: ["'self'", 'blob:'],
            workerSrc: ["'self'", 'blob:'],
          },
        }
      : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(multipart as never, { limits: { fileSize: config.values.UPLOAD_LIMIT_BYTES, files: 1 } });
  const origins = config.values.CORS_ORIGINS.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (origins.length) app.enableCors({ origin: origins, credentials: false });
  if (config.values.WEB_ROOT) await serveWebApps(app, resolve(config.values.WEB_ROOT));
  app.enableShutdownHooks();
  return app;
}

/** Serves the built web apps: portal at /, console at /console/, grid at /grid/ (SPA fallback to index.html). */
async function serveWebApps(app: INestApplication, webRoot: string): Promise<void> {
  const fastify = (app as NestFastifyApplication).getHttpAdapter().getInstance();
  const apps = [
    { prefix: '/console/', dir: join(webRoot, 'console', 'browser') },
    { prefix: '/grid/', dir: join(webRoot, 'grid', 'browser') },
    { prefix: '/', dir: join(webRoot, 'portal', 'browser') },
  ].filter((a) => existsSync(a.dir));
  apps.forEach((a, i) =>
    // files are listed at start (wildcard: false): the built apps do not change while the server runs
    fastify.register(fastifyStatic, {
      root: a.dir,
      prefix: a.prefix,
      decorateReply: i === 0,
      wildcard: false,
      index: 'index.html',
      maxAge: '1h',
    }),
  );
  // client-side routes of each app fall back to its index.html; API paths keep their 404
  for (const a of apps) {
    fastify.get(`${a.prefix}*`, (req, reply) => {
      const url = req.url.split('?')[0];
      if (url.startsWith('/api/') || url.startsWith('/graphql') || /\.[a-z0-9]+$/i.test(url)) {
        return reply.status(404).send({ code: 'NOT_FOUND', kind: 'NOT_FOUND' });
      }
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html', a.dir);
    });
    if (a.prefix !== '/') fastify.get(a.prefix.slice(0, -1), (_req, reply) => reply.redirect(a.prefix));
  }
}
