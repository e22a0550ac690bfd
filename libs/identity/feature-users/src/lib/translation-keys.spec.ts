import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingTranslationKeys, withRootSections } from '@xiangzhi/shared/i18n';
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
    expect(missingTranslationKeys(sources(__dirname), withRootSections({ users: zhCN }))).toEqual([]);
  });
});
