import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { httpStatusOf, toFormattedError } from './error-formatter';

/** One filter for every error: REST answers `{ code, kind, details }`; GraphQL errors pass on to the formatter. */
@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') {
      const f = toFormattedError(exception);
      if (f.kind === 'INTERNAL') this.logger.error(exception);
      return exception;
    }
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof HttpException && exception.getStatus() === 404) {
      return reply.status(404).send({ code: 'NOT_FOUND', kind: 'NOT_FOUND' });
    }
    const f = toFormattedError(exception);
    if (f.kind === 'INTERNAL') this.logger.error(exception);
    return reply.status(httpStatusOf(f.kind)).send({ code: f.code, kind: f.kind, details: f.details ?? {} });
  }
}
