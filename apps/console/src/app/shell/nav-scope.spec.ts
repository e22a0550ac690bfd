import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translationLeafKeys } from '@xiangzhi/shared/i18n';
import { en } from './i18n/en';
import { zhCN } from './i18n/zh-CN';

describe('console menu scope', () => {
  it('translates every consoleNav key the shell uses, in both languages', () => {
    const source = readFileSync(join(__dirname, 'console-shell.component.ts'), 'utf8');
    const used = [...source.matchAll(/'consoleNav\.([A-Za-z]+)'/g)].map((m) => m[1]).sort();
    expect(used).toEqual(['shopFunds', 'shopRounds', 'shopShops']);
    expect(translationLeafKeys(zhCN).sort()).toEqual(used);
    expect(translationLeafKeys(en).sort()).toEqual(used);
    expect(zhCN.shopShops).toBe('积分超市');
  });
});
