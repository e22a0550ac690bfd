import { signal } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { Permission } from '@xiangzhi/identity/data-access';
import { zhCN } from './i18n/zh-CN';

/** The few root texts the pages use (the rest render as their keys in specs). */
const ROOT = {
  common: { cancel: '取消', save: '保存', actions: '操作', details: '详情', required: '必填', edit: '编辑' },
  errors: { UNKNOWN: '操作失败' },
};

/** Transloco for component specs (not part of the library's exports): root texts plus this scope. */
export function translocoForSpecs() {
  return TranslocoTestingModule.forRoot({
    langs: { 'zh-CN': { ...ROOT, shopConsole: zhCN } },
    translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' },
    preloadLangs: true,
  });
}

/** A session that holds exactly `permissions`. */
export function sessionStub(permissions: readonly Permission[]) {
  return { can: (p: Permission) => permissions.includes(p), role: signal('TOWN_SUPERVISOR'), user: signal(null) };
}

/** Lets pending promises and the change detection settle. */
export async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    fixture.detectChanges();
    await fixture.whenStable();
  }
}

export const SHOP = {
  id: 's1',
  name: '长坝村积分超市',
  regionCode: '150121101',
  villageCodes: ['150121101201'],
  address: '村委会一楼',
  personInCharge: '王主任',
  active: true,
  sixHaves: [{ key: 'PLACE', label: '有固定场所', description: '村委会一楼', photoFileId: null }],
  sixHavesMissing: ['SIGN', 'PRICES', 'RULES', 'LEDGER', 'PERSON'],
  operators: [{ userId: 'u1', displayName: '李店员' }],
};
