export * from './lib/languages';
export * from './lib/error-text';
export * from './lib/error-text.pipe';
export * from './lib/language.service';
export * from './lib/provide-i18n';
export type { RootTranslation } from './lib/translations/zh-CN';
export * from './lib/translated-title.strategy';
export * from './lib/translation-keys';
