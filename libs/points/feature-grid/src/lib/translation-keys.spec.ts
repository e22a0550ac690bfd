import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingTranslationKeys, translationLeafKeys, withRootSections } from '@xiangzhi/shared/i18n';
import { ENTRY_CHANNELS } from '@xiangzhi/points/data-access';
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

// `grid.*` and `registry.*` keys belong to registry and are checked there
describe('translation keys', () => {
  it('every key used in templates and code is translated', () => {
    expect(missingTranslationKeys(sources(__dirname), withRootSections({ pointsGrid: zhCN }))).toEqual([]);
  });

  it('zh-CN and en have the same keys, none empty', () => {
    expect(translationLeafKeys(en).sort()).toEqual(translationLeafKeys(zhCN).sort());
    const values = (t: object): unknown[] =>
      Object.values(t).flatMap((v) => (typeof v === 'object' && v !== null ? values(v) : [v]));
    expect(values(en).every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
  });

  it('keys built at run time exist in both languages', () => {
    for (const t of [zhCN, en]) {
      expect(Object.keys(t.record.kind).sort()).toEqual(['BONUS', 'NEGATIVE', 'POSITIVE', 'VETO']);
      expect(Object.keys(t.record.channels).sort()).toEqual([...ENTRY_CHANNELS].sort());
      expect(Object.keys(t.panel.status).sort()).toEqual(['APPROVED', 'PUBLISHED', 'RECORDED', 'REJECTED', 'REVIEWED']);
      expect(Object.keys(t.panel.blocks).sort()).toEqual([
        'BELOW_THRESHOLD',
        'BLACK_LISTED',
        'NOTHING_ABOVE_BASE',
        'NOT_PARTICIPATING',
        'WINDOW_CLOSED',
      ]);
    }
  });
});
