import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingTranslationKeys, translationLeafKeys, withRootSections } from '@xiangzhi/shared/i18n';
import { SIX_HAVES } from '@xiangzhi/shop/util';
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
    expect(missingTranslationKeys(sources(__dirname), withRootSections({ shopPortal: zhCN }))).toEqual([]);
  });

  it('zh-CN and en have the same keys, none empty', () => {
    expect(translationLeafKeys(en).sort()).toEqual(translationLeafKeys(zhCN).sort());
    const values = (t: object): unknown[] =>
      Object.values(t).flatMap((v) => (typeof v === 'object' && v !== null ? values(v) : [v]));
    expect(values(zhCN).every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
    expect(values(en).every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
  });

  it('keys built at run time exist in both languages', () => {
    for (const t of [zhCN, en]) {
      expect(Object.keys(t.sixHaves).sort()).toEqual([...SIX_HAVES].sort());
      expect(Object.keys(t.picker.levels).sort()).toEqual(['COUNTY', 'OTHER', 'TOWN', 'VILLAGE']);
    }
  });

  it('keeps the required Chinese wording', () => {
    expect(zhCN.shop.missing).toBe('未落实');
    expect([zhCN.shop.redemptions, zhCN.shop.households, zhCN.shop.pointsTotal]).toEqual([
      '兑换次数',
      '兑换户数',
      '兑换积分',
    ]);
    expect([zhCN.funds.income, zhCN.funds.spending, zhCN.funds.closing, zhCN.funds.liability]).toEqual([
      '收入',
      '支出',
      '期末结余',
      '积分负债',
    ]);
  });
});
