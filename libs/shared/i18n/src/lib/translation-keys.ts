import { zhCN as rootZhCN } from './translations/zh-CN';

/** Top-level sections of the root translations. */
export const ROOT_TRANSLATION_SECTIONS = ['app', 'common', 'lang', 'nav', 'roles', 'regionLevel', 'errors'] as const;

/**
 * Translation keys written as quoted literals in a source or template (`'households.list.title'`) under the given
 * first segments. Keys built at run time (`'registry.gender.' + gender`) end with a dot and are left out.
 */
export function literalTranslationKeys(source: string, sections: readonly string[]): string[] {
  const pattern = new RegExp(`['"\`]((?:${sections.join('|')})\\.[A-Za-z0-9_.-]*)['"\`]`, 'g');
  const keys = new Set<string>();
  for (const match of source.matchAll(pattern)) {
    if (!match[1].endsWith('.')) keys.add(match[1]);
  }
  return [...keys].sort();
}

/** Whether a dotted key names a non-empty string in a nested translation object. */
export function hasTranslation(translation: object, key: string): boolean {
  let node: unknown = translation;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' && node.length > 0;
}

/** Every leaf key of a nested translation object, dotted. */
export function translationLeafKeys(translation: object, prefix = ''): string[] {
  return Object.entries(translation).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? translationLeafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/**
 * The keys used in `sources` that no translation defines. `scopes` maps a first segment (scope name or root section)
 * to the translation object that holds its keys: a scope's own object, or the root object for root sections.
 */
export function missingTranslationKeys(sources: readonly string[], scopes: Readonly<Record<string, object>>): string[] {
  const sections = Object.keys(scopes);
  const missing = new Set<string>();
  for (const source of sources) {
    for (const key of literalTranslationKeys(source, sections)) {
      const [section, ...rest] = key.split('.');
      const translation = scopes[section];
      const isRoot = (ROOT_TRANSLATION_SECTIONS as readonly string[]).includes(section);
      if (!hasTranslation(translation, isRoot ? key : rest.join('.'))) missing.add(key);
    }
  }
  return [...missing].sort();
}

/** `scopes` plus every root section mapped to the Chinese root translations (for `missingTranslationKeys`). */
export function withRootSections(scopes: Readonly<Record<string, object>>): Record<string, object> {
  const root: Record<string, object> = {};
  for (const section of ROOT_TRANSLATION_SECTIONS) root[section] = rootZhCN;
  return { ...root, ...scopes };
}
