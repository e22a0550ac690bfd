import { signal } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { RegionNode } from '@xiangzhi/registry/data-access';
import { zhCN } from './i18n/zh-CN';

/** The few root texts the pages use (the rest render as their keys in specs). */
const ROOT = {
  common: { cancel: '取消', next: '下一步', confirm: '确定', actions: '操作', search: '搜索' },
  errors: { UNKNOWN: '操作失败', YEAR_ALREADY_CLOSED: '该村本年度积分已结算，不能重复结算' },
};

/** Transloco for component specs (not part of the library's exports): root texts plus this scope. */
export function translocoForSpecs() {
  return TranslocoTestingModule.forRoot({
    langs: { 'zh-CN': { ...ROOT, pointsResults: zhCN } },
    translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' },
    preloadLangs: true,
  });
}

/** A stand-in for the header's region context. */
export function regionContextStub(region: RegionNode | null) {
  const current = signal(region);
  return { current, villageCode: signal(region?.level === 'VILLAGE' ? region.code : null) };
}

export const VILLAGE: RegionNode = {
  code: '150121101201',
  name: '长坝村',
  level: 'VILLAGE',
  parentCode: '150121101',
  fullName: '某县 某镇 长坝村',
};

export const TOWN: RegionNode = {
  code: '150121101',
  name: '某镇',
  level: 'TOWN',
  parentCode: '150121',
  fullName: '某县 某镇',
};

/** Lets pending promises and the change detection settle. */
export async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    fixture.detectChanges();
    await fixture.whenStable();
  }
}
