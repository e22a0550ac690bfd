import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingTranslationKeys, translationLeafKeys, withRootSections } from '@xiangzhi/shared/i18n';
import { en } from './i18n/en';
import { zhCN } from './i18n/zh-CN';
import { SIX_HAVE_KEYS } from './shop-rules';

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
    expect(missingTranslationKeys(sources(__dirname), withRootSections({ shopConsole: zhCN }))).toEqual([]);
  });

  it('English has every Chinese key', () => {
    expect(translationLeafKeys(en).sort()).toEqual(translationLeafKeys(zhCN).sort());
  });

  it('names the six haves, movement kinds and fund sources', () => {
    for (const key of SIX_HAVE_KEYS) expect(zhCN.sixHave[key]).toBeTruthy();
    expect(zhCN.sixHave).toEqual({
      PLACE: '有固定场所',
      SIGN: '有统一招牌',
      PRICES: '有明码标价',
      RULES: '有合理制度',
      LEDGER: '有发放台账',
      PERSON: '有专人管理',
    });
    expect(zhCN.fundSource).toEqual({ ALLOCATION: '上级拨付', DONATION: '社会捐赠', COLLECTIVE_INCOME: '集体收入' });
    expect(Object.keys(zhCN.kind).sort()).toEqual(['REDEMPTION', 'REVERSAL', 'STOCKTAKE', 'STOCK_IN']);
  });
});
