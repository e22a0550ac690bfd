import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ApiError, isUnauthenticated } from './api-error';

/** jsdom has no fetch Response: the part ApiError and ServerError read. */
function response(body: string, status: number): Response {
  return { status, ok: status < 400, text: async () => body, headers: { get: () => null } } as unknown as Response;
}

function graphqlErrors(extensions: Record<string, unknown>, message = 'failed'): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

describe('ApiError', () => {
  it('reads code, kind and fields from the first GraphQL error', () => {
    const error = ApiError.from(
      graphqlErrors({ code: 'REGISTRY_ID_NUMBER_INVALID', kind: 'BAD_USER_INPUT', fields: { idNumber: 'checksum' } }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('REGISTRY_ID_NUMBER_INVALID');
    expect(error.kind).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual({ idNumber: 'checksum' });
  });

  it('uses UNKNOWN when the server sent no code, and ignores unknown kinds', () => {
    const error = ApiError.from(graphqlErrors({ kind: 'WHATEVER' }));
    expect(error.code).toBe('UNKNOWN');
    expect(error.kind).toBeNull();
  });

  it('classifies HTTP failures by status, or by a JSON error body', () => {
    const plain = ApiError.from(new ServerError('down', { response: response('oops', 503), bodyText: 'oops' }));
    expect(plain.code).toBe('HTTP_503');
    expect(plain.kind).toBe('UNAVAILABLE');

    const body = JSON.stringify({
      errors: [{ message: 'x', extensions: { code: 'AUTH_UNAUTHENTICATED', kind: 'UNAUTHENTICATED' } }],
    });
    const coded = ApiError.from(new ServerError('401', { response: response(body, 401), bodyText: body }));
    expect(coded.code).toBe('AUTH_UNAUTHENTICATED');
    expect(coded.kind).toBe('UNAUTHENTICATED');
  });

  it('treats a failed fetch as a network error', () => {
    const error = ApiError.from(new TypeError('Failed to fetch'));
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.kind).toBe('UNAVAILABLE');
  });

  it('reads REST error bodies', async () => {
    const json = await ApiError.fromResponse(response(JSON.stringify({ code: 'FILE_TOO_LARGE' }), 413));
    expect(json.code).toBe('FILE_TOO_LARGE');
    expect(json.kind).toBe('BAD_USER_INPUT');
    const bare = await ApiError.fromResponse(response('', 403));
    expect(bare.code).toBe('HTTP_403');
    expect(bare.kind).toBe('FORBIDDEN');
  });

  it('passes ApiErrors through unchanged', () => {
    const original = new ApiError('X', 'CONFLICT');
    expect(ApiError.from(original)).toBe(original);
  });
});

describe('isUnauthenticated', () => {
  it('recognises the UNAUTHENTICATED kind or code and HTTP 401', () => {
    expect(isUnauthenticated(graphqlErrors({ code: 'AUTH_TOKEN_EXPIRED', kind: 'UNAUTHENTICATED' }))).toBe(true);
    expect(isUnauthenticated(graphqlErrors({ code: 'UNAUTHENTICATED' }))).toBe(true);
    expect(isUnauthenticated(graphqlErrors({ code: 'AUTH_PERMISSION_DENIED', kind: 'FORBIDDEN' }))).toBe(false);
    expect(isUnauthenticated(new ServerError('401', { response: response('', 401), bodyText: '' }))).toBe(true);
  });
});
