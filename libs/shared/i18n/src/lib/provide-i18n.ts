import {
  EnvironmentProviders,
  inject,
  isDevMode,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { ProviderScope, provideTransloco, Translation } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE, LanguageLoaders, LANGUAGES } from './languages';
import { LanguageService } from './language.service';
import { RootTranslationLoader } from './root-translation.loader';

/** Transloco for the web apps: zh-CN default and fallback, en; the stored language is loaded before the first render. */
export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        fallbackLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
      },
      loader: RootTranslationLoader,
    }),
    provideAppInitializer(() => inject(LanguageService).init()),
  ]);
}

/**
 * A Transloco scope of a library, with its translations as lazy chunks:
 * `provideTranslocoScope(defineScope('households', { 'zh-CN': () => import('./zh-CN').then(m => m.zhCN), en: ... }))`.
 * Keys are then read as `households.<key>`.
 */
export function defineScope<T extends object>(scope: string, loaders: LanguageLoaders<T>): ProviderScope {
  const loader: Record<string, () => Promise<Translation>> = {};
  for (const [lang, load] of Object.entries(loaders) as [string, () => Promise<T>][]) {
    loader[lang] = () => load() as Promise<Translation>;
  }
  return { scope, loader };
}
