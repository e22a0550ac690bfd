import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';

/** Structured JSON logs with a request id on every line; secrets never logged. */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.values.LOG_LEVEL,
      genReqId: (req: IncomingMessage) => {
        const h = req.headers['x-request-id'];
        return typeof h === 'string' && /^[\w-]{8,64}$/.test(h) ? h : randomUUID();
      },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
      customProps: () => ({ service: 'xiangzhi-api' }),
    },
  };
}
