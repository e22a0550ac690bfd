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

// `grid.*` keys (the QR scanner) belong to registry and are checked there
describe('translation keys', () => {
  it('every key used in templates and code is translated', () => {
    expect(missingTranslationKeys(sources(__dirname), withRootSections({ shopRedeem: zhCN }))).toEqual([]);
  });

  it('zh-CN and en have the same keys, none empty', () => {
    expect(translationLeafKeys(en).sort()).toEqual(translationLeafKeys(zhCN).sort());
    const values = (t: object): unknown[] =>
      Object.values(t).flatMap((v) => (typeof v === 'object' && v !== null ? values(v) : [v]));
    expect(values(en).every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
  });

  it('keys built at run time exist in both languages', () => {
    for (const t of [zhCN, en]) {
      expect(Object.keys(t.household.blocks).sort()).toEqual([
        'BELOW_THRESHOLD',
        'BLACK_LISTED',
        'NOTHING_ABOVE_BASE',
        'NOT_PARTICIPATING',
        'WINDOW_CLOSED',
      ]);
      expect(Object.keys(t.household.rule).sort()).toEqual(['ABOVE_BASE', 'BALANCE']);
    }
  });

  it('says why a household cannot exchange in the words of the scheme', () => {
    expect(zhCN.household.blocks).toEqual({
      WINDOW_CLOSED: '不在兑换期（{{ windowLabel }}）',
      BELOW_THRESHOLD: '家庭总积分未达 {{ threshold }} 分',
      BLACK_LISTED: '列入黑榜，积分不予兑换',
      NOTHING_ABOVE_BASE: '仅超出基础分（{{ basePoints }}）部分可兑换',
      NOT_PARTICIPATING: '未参与积分制',
    });
    expect(zhCN.household.rule.ABOVE_BASE).toBe('超出基础分部分可兑换');
  });
});
