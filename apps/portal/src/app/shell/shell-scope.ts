import { defineScope } from '@xiangzhi/shared/i18n';

const zhCN = { nav: { shop: '积分超市', label: '栏目' } };
const en: typeof zhCN = { nav: { shop: 'Points shop', label: 'Sections' } };

/** The few words of the portal's own header (scope `portalShell`), kept here so the feature pages stay lazy. */
export const PORTAL_SHELL_SCOPE = defineScope('portalShell', {
  'zh-CN': () => Promise.resolve(zhCN),
  en: () => Promise.resolve(en),
});

/** The header's translations, for its specs. */
export const PORTAL_SHELL_TRANSLATIONS = { 'zh-CN': zhCN, en } as const;
