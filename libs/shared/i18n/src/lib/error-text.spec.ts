import { errorTranslationKey, GENERIC_ERROR_KEY } from './error-text';

describe('errorTranslationKey', () => {
  const keys = new Set(['errors.REGISTRY_ID_NUMBER_INVALID', 'errors.kind.CONFLICT', 'errors.UNKNOWN']);
  const has = (key: string) => keys.has(key);

  it('uses the code when it is translated', () => {
    expect(errorTranslationKey({ code: 'REGISTRY_ID_NUMBER_INVALID', kind: 'BAD_USER_INPUT' }, has)).toBe(
      'errors.REGISTRY_ID_NUMBER_INVALID',
    );
  });

  it('falls back to the kind when the code is unknown', () => {
    expect(errorTranslationKey({ code: 'REGISTRY_SOMETHING_NEW', kind: 'CONFLICT' }, has)).toBe('errors.kind.CONFLICT');
  });

  it('falls back to the generic message when neither is translated', () => {
    expect(errorTranslationKey({ code: 'NOPE', kind: 'NOPE' }, has)).toBe(GENERIC_ERROR_KEY);
    expect(errorTranslationKey(null, has)).toBe(GENERIC_ERROR_KEY);
    expect(errorTranslationKey({}, has)).toBe(GENERIC_ERROR_KEY);
  });

  it('never builds a key from something that is not a code', () => {
    const anything = () => true;
    expect(errorTranslationKey({ code: 'kind.CONFLICT' }, anything)).toBe(GENERIC_ERROR_KEY);
    expect(errorTranslationKey({ code: 'a b' }, anything)).toBe(GENERIC_ERROR_KEY);
  });
});
