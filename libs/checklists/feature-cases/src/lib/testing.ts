import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { Permission } from '@xiangzhi/identity/data-access';
import { zhCN } from './i18n/zh-CN';

/** The few root texts the pages use (the rest render as their keys in specs). */
const ROOT = {
  common: { cancel: '取消', save: '保存', confirm: '确定', actions: '操作', details: '详情', remove: '移除' },
  errors: { UNKNOWN: '操作失败', CHECKLIST_DO_NOT_ISSUE: '属于村级组织不应出具的证明' },
};

/** Transloco for component specs (not part of the library's exports): root texts plus this scope. */
export function translocoForSpecs() {
  return TranslocoTestingModule.forRoot({
    langs: { 'zh-CN': { ...ROOT, checklistCases: zhCN } },
    translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' },
    preloadLangs: true,
  });
}

/** A session that holds exactly `permissions`. */
export function sessionStub(permissions: readonly Permission[]) {
  return { can: (p: Permission) => permissions.includes(p), role: signal('VILLAGE_ADMIN'), user: signal(null) };
}

export const VILLAGE = {
  code: '150626102201',
  name: '图克嘎查',
  level: 'VILLAGE',
  parentCode: '150626102000',
  fullName: '乌审旗图克镇图克嘎查',
};
export const TOWN = {
  code: '150626102000',
  name: '图克镇',
  level: 'TOWN',
  parentCode: '150626000000',
  fullName: '乌审旗图克镇',
};

/** The header's region (RegionContext) standing on `region`. */
export function regionContextStub(region: object | null) {
  return { current: signal(region), options: signal([]), villageCode: signal(null) };
}

/** RegionsFacade answering the villages of a town. */
export function regionsStub(villages: readonly object[] = [VILLAGE]) {
  return { children: () => Promise.resolve([...villages]) };
}

/** Lets pending promises and the change detection settle. */
export async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    fixture.detectChanges();
    await fixture.whenStable();
  }
}

/** Stands in for the ECharts chart in specs (jsdom has no canvas). */
@Component({
  selector: 'xz-cases-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="chart-stub" [attr.data-nodes]="nodes()"></div>`,
})
export class ChartStubComponent {
  readonly option = input.required<object>();
  readonly height = input(360);
  protected nodes(): string {
    const series = (this.option() as { series?: { data?: { id?: string; itemStyle?: { color?: string } }[] }[] })
      .series;
    return (series?.[0]?.data ?? []).map((n) => `${n.id ?? ''}:${n.itemStyle?.color ?? ''}`).join(',');
  }
}

export const CASE_ROW = {
  id: 'c1',
  number: 'BJ-0001',
  regionCode: '150626102201',
  listType: 'CERTIFICATE',
  itemCode: 'ZM-001',
  itemName: '党员组织关系报到反馈',
  applicantKind: 'MEMBER',
  applicantName: '张三',
  status: 'OPEN',
  currentStep: { id: 'review', name: '村委会受理审核', role: 'VILLAGE_ADMIN', kind: 'TASK' },
  openedAt: '2026-12-04T01:00:00.000Z',
  dueAt: '2030-12-10T15:59:59.999Z',
  closedAt: null,
  overdue: false,
  result: null,
};
