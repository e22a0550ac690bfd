import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingTranslationKeys, translationLeafKeys, withRootSections } from '@xiangzhi/shared/i18n';
import { en } from './i18n/en';
import { zhCN } from './i18n/zh-CN';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('ledger translation keys', () => {
  it('every key used in templates and code is translated', () => {
    expect(missingTranslationKeys(sources(__dirname), withRootSections({ ledger: zhCN }))).toEqual([]);
  });

  it('English has the same keys as Chinese', () => {
    expect(translationLeafKeys(en).sort()).toEqual(translationLeafKeys(zhCN).sort());
  });

  it('translates every channel, status, action and exchange block', () => {
    expect(Object.keys(zhCN.channel)).toEqual([
      'ORAL',
      'PHONE',
      'SMS',
      'QQ',
      'WECHAT',
      'ON_SITE',
      'QR_SCAN',
      'DOCUMENT',
    ]);
    expect(zhCN.blocks.NOTHING_ABOVE_BASE).toBe('超出基础分部分为零');
  });
});
