import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLOW_ACTIONS, FLOW_ROLE_CODES, FLOW_ROLE_LABELS_ZH } from '@xiangzhi/checklists/util';
import { missingTranslationKeys, translationLeafKeys, withRootSections } from '@xiangzhi/shared/i18n';
import { en } from './i18n/en';
import { zhCN } from './i18n/zh-CN';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') && entry.name !== 'testing.ts'
      ? [readFileSync(path, 'utf8')]
      : [];
  });
}

describe('translation keys', () => {
  it('every key used in templates and code is translated', () => {
    expect(missingTranslationKeys(sources(__dirname), withRootSections({ checklistConsole: zhCN }))).toEqual([]);
  });

  it('English has every Chinese key', () => {
    expect(translationLeafKeys(en).sort()).toEqual(translationLeafKeys(zhCN).sort());
  });

  it('names every role, action, flow problem and item problem the rules know', () => {
    for (const role of FLOW_ROLE_CODES) expect(zhCN.role[role]).toBe(FLOW_ROLE_LABELS_ZH[role]);
    for (const action of FLOW_ACTIONS) expect(zhCN.action[action]).toBeTruthy();
    expect(Object.keys(zhCN.flowProblem).sort()).toEqual(
      [
        'FLOW_NO_START',
        'FLOW_MANY_STARTS',
        'FLOW_NO_END',
        'FLOW_DUPLICATE_STEP',
        'FLOW_STEP_ID_REQUIRED',
        'FLOW_STEP_NAME_REQUIRED',
        'FLOW_STEP_KIND_INVALID',
        'FLOW_ROLE_REQUIRED',
        'FLOW_TIME_LIMIT_INVALID',
        'FLOW_MATERIAL_INVALID',
        'FLOW_DANGLING_TRANSITION',
        'FLOW_ACTION_INVALID',
        'FLOW_SELF_LOOP',
        'FLOW_END_HAS_EXIT',
        'FLOW_START_EXIT_COUNT',
        'FLOW_DUPLICATE_ACTION',
        'FLOW_UNREACHABLE_STEP',
        'FLOW_DEAD_END',
      ].sort(),
    );
    expect(Object.keys(zhCN.itemProblem)).toHaveLength(7);
  });
});
