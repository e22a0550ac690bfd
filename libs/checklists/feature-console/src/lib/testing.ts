import { signal } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { Permission } from '@xiangzhi/identity/data-access';
import { provideEchartsCore } from 'ngx-echarts';
import { zhCN } from './i18n/zh-CN';

/** The few root texts the pages use (the rest render as their keys in specs). */
const ROOT = {
  common: {
    cancel: '取消',
    confirm: '确定',
    save: '保存',
    actions: '操作',
    details: '详情',
    edit: '编辑',
    remove: '移除',
  },
  errors: {
    UNKNOWN: '操作失败',
    CHECKLIST_ITEM_FLOW_INVALID: '事项流程图有误',
    CHECKLIST_REASON_REQUIRED: '退回须说明理由',
    CHECKLIST_LIST_TYPE_KIND_FIXED: '本旗县已有该类清单，不能再改变其类别',
  },
};

/** Transloco for component specs (not exported by the library): root texts plus this scope. */
export function translocoForSpecs() {
  return TranslocoTestingModule.forRoot({
    langs: { 'zh-CN': { ...ROOT, checklistConsole: zhCN } },
    translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' },
    preloadLangs: true,
  });
}

/** A session that holds exactly `permissions`. */
export function sessionStub(permissions: readonly Permission[]) {
  return { can: (p: Permission) => permissions.includes(p), role: signal('TOWN_SUPERVISOR'), user: signal(null) };
}

/** A stand-in ECharts instance: records the options it is given (jsdom has no canvas). */
export function fakeEcharts() {
  const options: Array<{ series: Array<{ data: Array<{ name: string }> }> }> = [];
  const chart = {
    /** Every option set, oldest first. */
    options,
    setOption: (option: (typeof options)[number]) => void options.push(option),
    resize: () => undefined,
    dispose: () => undefined,
    isDisposed: () => false,
    on: () => undefined,
    off: () => undefined,
  };
  if (!('ResizeObserver' in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe(): void {
        /* nothing to observe in jsdom */
      }
      unobserve(): void {
        /* nothing to observe in jsdom */
      }
      disconnect(): void {
        /* nothing to observe in jsdom */
      }
    };
  }
  return { chart, provider: provideEchartsCore({ echarts: { init: () => chart } }) };
}

/** Lets pending promises, timers and the change detection settle. */
export async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    fixture.detectChanges();
    await fixture.whenStable();
  }
}

/** An item as the API answers it. */
export const ITEM = {
  __typename: 'ChecklistItem' as const,
  code: 'ZZ-001',
  name: '制定和修改村规民约',
  category: '村级事务管理',
  policyBasis: '《中华人民共和国村民委员会组织法》第二十七条',
  conditions: '村党组织提议',
  materials: ['村规民约草案'],
  timeLimit: { text: '60日内', days: 60, counting: 'CALENDAR' as const },
  responsibleBody: '村民委员会',
  guidingUnit: '镇司法所',
  oversight: { who: '村务监督委员会', ofWhom: '村两委', how: '全程监督' },
  fee: '不收费',
  disclosure: { what: '决议内容', how: '村务公开栏' },
  notes: null,
  consultation: null,
  keywords: [],
  purpose: null,
  sample: null,
  forbidden: null,
  basis: null,
  flow: {
    steps: [
      {
        id: 's1',
        name: '申请',
        kind: 'START' as const,
        role: 'APPLICANT',
        roleLabelZh: '申请人',
        timeLimitDays: null,
        materials: [],
      },
      {
        id: 's2',
        name: '村两委办理',
        kind: 'TASK' as const,
        role: 'VILLAGE_ADMIN',
        roleLabelZh: '村两委',
        timeLimitDays: 3,
        materials: [],
      },
      { id: 's3', name: '办结', kind: 'END' as const, role: '', roleLabelZh: '', timeLimitDays: null, materials: [] },
    ],
    transitions: [
      { from: 's1', to: 's2', action: 'SUBMIT' as const, condition: null, label: '提交' },
      { from: 's2', to: 's3', action: 'COMPLETE' as const, condition: null, label: '办结' },
    ],
    longestPathDays: 3,
  },
};

export const LIST_TYPES = [
  { code: 'AUTONOMY', nameZh: '依法自治事项清单', nameEn: 'Autonomy matters', order: 10, kind: 'GENERAL' as const },
];

/** A village's submitted version. */
export const SUBMITTED = {
  id: 'v2',
  regionCode: '150121101201',
  countyCode: '150121000000',
  listType: 'AUTONOMY',
  version: 2,
  status: 'SUBMITTED' as const,
  basedOnId: 't1',
  changeReason: '结合本村实际调整',
  legalBasis: '《村民委员会组织法》',
  decisionReason: null,
  createdAt: '2026-12-01T08:00:00Z',
  updatedAt: '2026-12-01T08:00:00Z',
  submittedAt: '2026-12-02T08:00:00Z',
  decidedAt: null,
  publishedAt: null,
  items: [ITEM],
  events: [{ action: 'SUBMITTED' as const, actorId: 'u1', at: '2026-12-02T08:00:00Z', reason: '结合本村实际调整' }],
};
