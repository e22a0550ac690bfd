import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLOW_ACTIONS } from '@xiangzhi/checklists/util';
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

describe('translation keys', () => {
  it('every key used in templates and code is translated', () => {
    expect(missingTranslationKeys(sources(__dirname), withRootSections({ checklistCases: zhCN }))).toEqual([]);
  });

  it('English has every Chinese key', () => {
    expect(translationLeafKeys(en).sort()).toEqual(translationLeafKeys(zhCN).sort());
  });

  it('names every flow action, deadline state and status the pages show', () => {
    for (const action of FLOW_ACTIONS) expect(zhCN.action[action]).toBeTruthy();
    expect(Object.keys(zhCN.deadline).sort()).toEqual(
      ['CLOSED', 'CLOSED_LATE', 'DUE_SOON', 'NONE', 'ON_TIME', 'OVERDUE', 'daysLeft'].sort(),
    );
    expect(Object.keys(zhCN.inspection.status).sort()).toEqual(
      ['CLOSED', 'OPEN', 'RECTIFICATION_REQUIRED', 'RECTIFIED', 'VERIFIED'].sort(),
    );
    expect(Object.keys(zhCN.complaint.status).sort()).toEqual(['ACCEPTED', 'CLOSED', 'REPLIED', 'SUBMITTED']);
  });
});
