import { en } from './translations/en';
import { zhCN } from './translations/zh-CN';
import {
  hasTranslation,
  literalTranslationKeys,
  missingTranslationKeys,
  translationLeafKeys,
} from './translation-keys';

describe('root translations', () => {
  it('have the same keys in Chinese and English, none empty', () => {
    const zhKeys = translationLeafKeys(zhCN);
    expect(translationLeafKeys(en)).toEqual(zhKeys);
    for (const key of zhKeys) {
      expect(hasTranslation(zhCN, key)).toBe(true);
      expect(hasTranslation(en, key)).toBe(true);
    }
  });

  it('translate the generic error and every error kind of the API', () => {
    for (const kind of ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAVAILABLE']) {
      expect(hasTranslation(zhCN, `errors.kind.${kind}`)).toBe(true);
    }
    expect(hasTranslation(zhCN, 'errors.UNKNOWN')).toBe(true);
  });
});

describe('translation key helpers', () => {
  it('find literal keys and skip keys built at run time', () => {
    const source = `{{ 'common.save' | transloco }} {{ 'registry.gender.' + g | transloco }} t("nav.users")`;
    expect(literalTranslationKeys(source, ['common', 'registry', 'nav'])).toEqual(['common.save', 'nav.users']);
  });

  it('report keys that no translation defines', () => {
    const sources = [`'common.save' 'common.nope' 'households.list.title' 'households.list.gone'`];
    const households = { list: { title: '户籍' } };
    expect(missingTranslationKeys(sources, { common: zhCN, households })).toEqual([
      'common.nope',
      'households.list.gone',
    ]);
  });
});
