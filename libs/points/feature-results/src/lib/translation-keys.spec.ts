import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingTranslationKeys, translationLeafKeys, withRootSections } from '@xiangzhi/shared/i18n';
import { en } from './i18n/en';
import { zhCN } from './i18n/zh-CN';

/** The templates and sources of this library (not specs, not the translations themselves). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('translation keys', () => {
  it('every key used in templates and code is translated', () => {
    expect(missingTranslationKeys(sources(__dirname), withRootSections({ pointsResults: zhCN }))).toEqual([]);
  });

  it('English has every Chinese key', () => {
    expect(translationLeafKeys(en).sort()).toEqual(translationLeafKeys(zhCN).sort());
  });

  it('names every objection status, list, basis and cycle rule', () => {
    for (const status of ['FILED', 'INVESTIGATED', 'UPHELD', 'DISMISSED'] as const) {
      expect(zhCN.objectionStatus[status]).toBeTruthy();
    }
    expect(zhCN.objectionStatus.FILED).toBe('待调查');
    expect(zhCN.basis).toEqual({ HOUSEHOLD_TOTAL: '户总分', FAMILY_TOTAL: '家庭总分', FAMILY_AVERAGE: '家庭平均分' });
    expect(zhCN.cycle).toEqual({ ANNUAL_RESET: '次年清零', FAMILY_CARRY_OVER: '家庭总积分结转、个人积分清零' });
  });
});
