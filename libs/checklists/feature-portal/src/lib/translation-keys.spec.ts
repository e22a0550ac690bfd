import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLOW_STEP_KINDS } from '@xiangzhi/checklists/util';
import { missingTranslationKeys, translationLeafKeys, withRootSections } from '@xiangzhi/shared/i18n';
import { en } from './i18n/en';
import { zhCN } from './i18n/zh-CN';
import type { ItemFieldKey } from './portal-format';

/** The templates and sources of this library (not specs, not the translations themselves). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

const FIELD_KEYS: Record<ItemFieldKey, true> = {
  category: true,
  forbidden: true,
  basis: true,
  policyBasis: true,
  purpose: true,
  conditions: true,
  materials: true,
  timeLimit: true,
  responsibleBody: true,
  guidingUnit: true,
  oversight: true,
  fee: true,
  disclosure: true,
  sample: true,
  notes: true,
  consultation: true,
};

describe('translation keys', () => {
  it('every key used in templates and code is translated', () => {
    expect(missingTranslationKeys(sources(__dirname), withRootSections({ checklistsPortal: zhCN }))).toEqual([]);
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
      expect(Object.keys(t.fields).sort()).toEqual(Object.keys(FIELD_KEYS).sort());
      expect(Object.keys(t.stepKinds).sort()).toEqual([...FLOW_STEP_KINDS].sort());
      expect(Object.keys(t.verify.status).sort()).toEqual(['REVOKED', 'UNKNOWN', 'VALID']);
      expect(Object.keys(t.cases.result).sort()).toEqual(['APPROVED', 'REJECTED']);
    }
  });

  it('keeps the required Chinese wording of the certificate check', () => {
    expect([zhCN.verify.status.VALID, zhCN.verify.status.REVOKED, zhCN.verify.status.UNKNOWN]).toEqual([
      '真实有效',
      '已撤销',
      '未找到',
    ]);
  });
});
