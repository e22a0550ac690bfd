/** The languages of the web apps. Chinese first: zh-CN is the default and the fallback. */
export const LANGUAGES = ['zh-CN', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** localStorage key of the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'xz.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Lazy loaders keyed by language: the shape Transloco's inline (scope) loaders expect. */
export type LanguageLoaders<T> = Record<Language, () => Promise<T>>;
