import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { IsInt, IsString, Max, MaxLength } from 'class-validator';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from './domain-error';
import { formatGraphQLError, httpStatusOf, requestRefusalStatus, toFormattedError } from './error-formatter';

class SampleInput {
  @IsString()
  @MaxLength(5)
  name!: string;

  @IsInt()
  @Max(10)
  count!: number;
}

/** The exception that the platform's ValidationPipe really throws for bad input. */
async function validationFailure(value: unknown): Promise<unknown> {
  const pipe = new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true });
  try {
    await pipe.transform(value, { type: 'body', metatype: SampleInput });
  } catch (err) {
    return err;
  }
  throw new Error('the pipe accepted the value');
}

function pgError(code: string, message = `pg error ${code}`): Error {
  return Object.assign(new Error(message), {
    code,
    severity: 'ERROR',
    detail: 'Key (username)=(li.lei) already exists.',
  });
}

describe('toFormattedError', () => {
  it('keeps the code, kind and details of a DomainError', () => {
    expect(toFormattedError(new ConflictError('REGISTRY_GRID_EXISTS', { gridCode: '150121100001001' }))).toEqual({
      message: 'REGISTRY_GRID_EXISTS',
      code: 'REGISTRY_GRID_EXISTS',
      kind: 'CONFLICT',
      details: { gridCode: '150121100001001' },
    });
    expect(toFormattedError(new DomainError('X_CODE', 'UNAVAILABLE', {}, 'a message'))).toMatchObject({
      code: 'X_CODE',
      kind: 'UNAVAILABLE',
      message: 'a message',
    });
  });

  it.each([
    [new ValidationError(), 'VALIDATION_FAILED', 'BAD_USER_INPUT'],
    [new UnauthenticatedError(), 'AUTH_UNAUTHENTICATED', 'UNAUTHENTICATED'],
    [new ForbiddenError(), 'AUTH_PERMISSION_DENIED', 'FORBIDDEN'],
    [new NotFoundError('FILE_NOT_FOUND'), 'FILE_NOT_FOUND', 'NOT_FOUND'],
    [new ConflictError('X_TAKEN'), 'X_TAKEN', 'CONFLICT'],
  ])('maps %p to its code and kind', (err, code, kind) => {
    expect(toFormattedError(err)).toMatchObject({ code, kind });
  });

  it('turns a ValidationPipe failure into VALIDATION_FAILED with the field messages', async () => {
    const err = await validationFailure({ name: 'far too long', count: 11, extra: true });
    expect(err).toBeInstanceOf(BadRequestException);
    const f = toFormattedError(err);
    expect(f.code).toBe('VALIDATION_FAILED');
    expect(f.kind).toBe('BAD_USER_INPUT');
    const fields = f.details?.['fields'] as string[];
    expect(fields).toEqual(
      expect.arrayContaining([
        'property extra should not exist',
        'name must be shorter than or equal to 5 characters',
        'count must not be greater than 10',
      ]),
    );
  });

  it('turns a BadRequestException with one message into a one-item field list', () => {
    expect(toFormattedError(new BadRequestException('Validation failed (uuid is expected)')).details).toEqual({
      fields: ['Validation failed (uuid is expected)'],
    });
  });

  it('maps a PostgreSQL unique violation (23505) to CONFLICT_DUPLICATE without the SQL detail', () => {
    for (const err of [
      pgError('23505', 'duplicate key value violates unique constraint "user_username_key"'),
      new QueryFailedError('INSERT INTO "user" …', ['li.lei'], pgError('23505')),
    ]) {
      const f = toFormattedError(err);
      expect(f).toEqual({ message: 'CONFLICT_DUPLICATE', code: 'CONFLICT_DUPLICATE', kind: 'CONFLICT' });
      expect(JSON.stringify(f)).not.toMatch(/li\.lei|INSERT|constraint/);
    }
  });

  it.each(['22P02', '22001', '22003'])('maps the data exception %s to VALIDATION_FAILED', (code) => {
    expect(toFormattedError(pgError(code))).toMatchObject({ code: 'VALIDATION_FAILED', kind: 'BAD_USER_INPUT' });
  });

  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['connection reset', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['an admin shutdown (57P01)', pgError('57P01', 'terminating connection due to administrator command')],
    ['a server starting up (57P03)', pgError('57P03', 'the database system is starting up')],
    ['a lost connection (08006)', pgError('08006')],
    ['a terminated connection', new Error('Connection terminated unexpectedly')],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
  ])('maps %s to SERVICE_UNAVAILABLE', (_label, err) => {
    expect(toFormattedError(err)).toEqual({
      message: 'SERVICE_UNAVAILABLE',
      code: 'SERVICE_UNAVAILABLE',
      kind: 'UNAVAILABLE',
    });
  });

  it('maps anything else to INTERNAL_ERROR without leaking its message', () => {
    const secret = 'password=hunter2 at /srv/xiangzhi';
    for (const err of [
      new Error(secret),
      new TypeError(`Cannot read properties of undefined (${secret})`),
      pgError('42P01', `relation "${secret}" does not exist`),
      pgError('40001', secret),
      secret,
      null,
      undefined,
      { message: secret },
    ]) {
      const f = toFormattedError(err);
      expect(f).toEqual({ message: 'INTERNAL_ERROR', code: 'INTERNAL_ERROR', kind: 'INTERNAL' });
    }
  });

  it('maps a request that Fastify refused before any handler ran to a coded 4xx', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), {
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
      statusCode: 413,
    });
    const badType = Object.assign(new Error('Unsupported Media Type'), {
      code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
      statusCode: 415,
    });
    expect(toFormattedError(tooLarge)).toEqual({
      message: 'REQUEST_TOO_LARGE',
      code: 'REQUEST_TOO_LARGE',
      kind: 'BAD_USER_INPUT',
    });
    expect(toFormattedError(badType)).toMatchObject({ code: 'BAD_REQUEST', kind: 'BAD_USER_INPUT' });
    expect(requestRefusalStatus(tooLarge)).toBe(413);
    expect(requestRefusalStatus(badType)).toBe(415);
  });

  it('does not treat other errors that carry a status as refusals', () => {
    expect(
      requestRefusalStatus(Object.assign(new Error('x'), { code: 'FST_FILE_BUFFER_NOT_FOUND', statusCode: 500 })),
    ).toBeUndefined();
    expect(
      requestRefusalStatus(Object.assign(new Error('x'), { code: 'ECONNREFUSED', statusCode: 400 })),
    ).toBeUndefined();
    expect(requestRefusalStatus(Object.assign(new Error('x'), { statusCode: 413 }))).toBeUndefined();
    expect(requestRefusalStatus(null)).toBeUndefined();
  });
});

describe('httpStatusOf', () => {
  it.each([
    ['BAD_USER_INPUT', 400],
    ['UNAUTHENTICATED', 401],
    ['FORBIDDEN', 403],
    ['NOT_FOUND', 404],
    ['CONFLICT', 409],
    ['UNAVAILABLE', 503],
    ['INTERNAL', 500],
  ] as const)('%s answers %d', (kind, status) => {
    expect(httpStatusOf(kind)).toBe(status);
  });
});

describe('formatGraphQLError', () => {
  const wrap = (original: Error) => new GraphQLError(original.message, { path: ['probe'], originalError: original });

  it('puts a DomainError’s code, kind and details in the extensions', () => {
    const e = formatGraphQLError(wrap(new ForbiddenError('SCOPE_OUT_OF_REGION', { regionCode: '150121100002' })));
    expect(e.message).toBe('SCOPE_OUT_OF_REGION');
    expect(e.path).toEqual(['probe']);
    expect(e.extensions).toEqual({ code: 'SCOPE_OUT_OF_REGION', kind: 'FORBIDDEN', regionCode: '150121100002' });
  });

  it('never lets details overwrite the code or the kind', () => {
    const e = formatGraphQLError(
      wrap(new ValidationError('REAL_CODE', { code: 'FAKE', kind: 'FORBIDDEN', field: 'x' })),
    );
    expect(e.extensions).toMatchObject({ code: 'REAL_CODE', kind: 'BAD_USER_INPUT', field: 'x' });
  });

  it('hides an unexpected error behind "Internal error", without stack or message', () => {
    const e = formatGraphQLError(wrap(new Error('relation "secret_table" does not exist')));
    expect(e.message).toBe('Internal error');
    expect(e.extensions).toEqual({ code: 'INTERNAL_ERROR', kind: 'INTERNAL' });
    const json = JSON.stringify(e.toJSON());
    expect(json).not.toMatch(/secret_table|stack|at Object/);
  });

  it('keeps the message of a validation error (it names the field) and codes it', () => {
    const e = formatGraphQLError(new GraphQLError('Cannot query field "nope" on type "Query".'));
    expect(e.message).toBe('Cannot query field "nope" on type "Query".');
    expect(e.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', kind: 'BAD_USER_INPUT' });
  });

  it('keeps the code a validation error already has', () => {
    const e = formatGraphQLError(
      new GraphQLError('Variable "$x" got invalid value', { extensions: { code: 'BAD_USER_INPUT' } }),
    );
    expect(e.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
