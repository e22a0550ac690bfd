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

// `portal.*` keys belong to registry/feature-portal and are checked there
describe('translation keys', () => {
  it('every key used in templates and code is translated', () => {
    expect(missingTranslationKeys(sources(__dirname), withRootSections({ pointsPortal: zhCN }))).toEqual([]);
  });

  it('zh-CN and en have the same keys, none empty', () => {
    expect(translationLeafKeys(en).sort()).toEqual(translationLeafKeys(zhCN).sort());
    const values = (t: object): unknown[] =>
      Object.values(t).flatMap((v) => (typeof v === 'object' && v !== null ? values(v) : [v]));
    expect(values(en).every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
  });

  it('keys built at run time exist in both languages', () => {
    for (const t of [zhCN, en]) {
      expect(Object.keys(t.board.kind).sort()).toEqual(['BONUS', 'NEGATIVE', 'POSITIVE', 'VETO']);
      expect(Object.keys(t.scheme.status).sort()).toEqual(['DRAFT', 'IN_FORCE', 'REJECTED', 'SUBMITTED', 'SUPERSEDED']);
      expect(Object.keys(t.household.objectionStatus).sort()).toEqual(['DISMISSED', 'FILED', 'INVESTIGATED', 'UPHELD']);
      expect(Object.keys(t.household.entryStatus).sort()).toEqual(['APPROVED', 'PUBLISHED']);
    }
  });
});
