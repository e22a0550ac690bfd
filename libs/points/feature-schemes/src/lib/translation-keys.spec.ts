import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRESET_KEYS } from '@xiangzhi/points/util';
import { describeParameters, SCHEME_CHOICES } from '@xiangzhi/points/data-access';
import { PRESETS } from '@xiangzhi/points/util';
import { hasTranslation, missingTranslationKeys, translationLeafKeys, withRootSections } from '@xiangzhi/shared/i18n';
import { en } from './i18n/en';
import { zhCN } from './i18n/zh-CN';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

const scoped = (key: string) => key.replace(/^schemes\./, '');

describe('schemes translation keys', () => {
  it('every key used in templates and code is translated', () => {
    expect(missingTranslationKeys(sources(__dirname), withRootSections({ schemes: zhCN }))).toEqual([]);
  });

  it('English has the same keys as Chinese', () => {
    expect(translationLeafKeys(en).sort()).toEqual(translationLeafKeys(zhCN).sort());
  });

  it('translates every choice, status, preset and every line of every preset summary', () => {
    for (const [group, values] of Object.entries(SCHEME_CHOICES)) {
      const section = group === 'exchangeableRule' ? 'exchangeableRuleShort' : group;
      for (const value of values) expect(hasTranslation(zhCN, `${section}.${value}`)).toBe(true);
    }
    for (const status of ['DRAFT', 'SUBMITTED', 'IN_FORCE', 'SUPERSEDED', 'REJECTED']) {
      expect(hasTranslation(zhCN, `status.${status}`)).toBe(true);
    }
    for (const key of PRESET_KEYS) {
      expect(hasTranslation(zhCN, `preset.${key}.name`)).toBe(true);
      for (const line of describeParameters(PRESETS[key].parameters)) {
        expect(hasTranslation(zhCN, `param.${line.field}`)).toBe(true);
        expect(hasTranslation(zhCN, scoped(line.valueKey))).toBe(true);
      }
    }
    for (const kind of ['submit', 'approve', 'reject']) {
      expect(hasTranslation(zhCN, `decision.${kind}Title`)).toBe(true);
      expect(hasTranslation(zhCN, `decision.${kind}Hint`)).toBe(true);
    }
  });
});
