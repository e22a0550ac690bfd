import { TranslocoTestingModule } from '@jsverse/transloco';
import { zhCN } from './i18n/zh-CN';

/** Transloco for the component specs: this scope's Chinese texts (root keys show as keys). */
export function testTransloco() {
  return TranslocoTestingModule.forRoot({
    langs: { 'zh-CN': { checklistsPortal: zhCN } },
    translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN', missingHandler: { logMissingKey: false } },
    preloadLangs: true,
  });
}
