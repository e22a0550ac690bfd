import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { LedgerGrants, SchemesFacade, SchemeVersionDetail, SchemeVersionDiff } from '@xiangzhi/points/data-access';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { zhCN } from './i18n/zh-CN';
import { fieldLabelKey, SchemeDiffComponent, showValue } from './scheme-diff.component';
import { itemWarnings, refusedItemCode } from './scheme-editor.component';
import { itemFormValue } from '@xiangzhi/points/data-access';
import { SchemesListComponent } from './schemes-list.component';

const ROOT = {
  common: { cancel: '取消', confirm: '确定', actions: '操作', back: '返回', yes: '是', no: '否' },
  errors: { UNKNOWN: '操作失败' },
};

function transloco() {
  return TranslocoTestingModule.forRoot({
    langs: { 'zh-CN': { ...ROOT, schemes: zhCN } },
    translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' },
    preloadLangs: true,
  });
}

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    fixture.detectChanges();
    await fixture.whenStable();
  }
}

function version(id: string, v: number): SchemeVersionDetail {
  return {
    id,
    name: '长坝镇积分方案',
    regionCode: '150121101000',
    year: 2026,
    version: v,
    status: 'IN_FORCE',
    presetKey: 'CHANGBA_000',
    basedOnId: null,
    changeReason: null,
    decisionReason: null,
    createdAt: '2026-01-01T00:00:00Z',
    submittedAt: null,
    decidedAt: null,
    parameters: {
      subjectModel: 'HOUSEHOLD',
      basePoints: 0,
      cycle: 'ANNUAL_RESET',
      rankingBasis: 'HOUSEHOLD_TOTAL',
      exchangeValue: { points: 10, yuan: 1 },
      exchangeableRule: 'BALANCE',
      exchangeThreshold: 0,
      exchangeWindows: { label: '半年一兑换', months: [6, 12] },
      blackListBlocksExchange: true,
      awardRule: 'ABOVE_VILLAGE_AVERAGE',
      reviewCadenceMonths: 1,
      publicationCadenceMonths: 3,
      objectionWindowDays: 20,
      villageAdoption: 'APPROVAL',
    },
    items: [
      {
        code: 'A01',
        category: '环境卫生',
        name: '门前三包',
        kind: 'POSITIVE',
        minPoints: 1,
        maxPoints: 3,
        subject: 'HOUSEHOLD',
        capPerPeriod: null,
        evidenceRequired: false,
        publicWording: '门前三包',
        example: false,
      },
    ],
  };
}

describe('SchemeDiffComponent', () => {
  it('renders items added, removed and changed with before and after, and parameter changes', async () => {
    const diff: SchemeVersionDiff = {
      fromId: 'v1',
      toId: 'v2',
      added: [{ ...version('v2', 2).items[0], code: 'B01', name: '孝老爱亲', category: '家庭美德' }],
      removed: [{ ...version('v1', 1).items[0], code: 'C09', name: '旧事项', kind: 'NEGATIVE' }],
      changed: [{ code: 'A01', fields: [{ field: 'maxPoints', before: '3', after: '5' }] }],
      parameters: [
        { field: 'parameters.basePoints', before: '0', after: '100' },
        { field: 'name', before: '"旧名称"', after: '"新名称"' },
      ],
    };
    TestBed.configureTestingModule({
      imports: [SchemeDiffComponent, transloco()],
      providers: [
        provideRouter([]),
        {
          provide: SchemesFacade,
          useValue: {
            diff: jest.fn(async () => diff),
            version: jest.fn(async (id: string) => version(id, id === 'v1' ? 1 : 2)),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(SchemeDiffComponent);
    fixture.componentRef.setInput('from', 'v1');
    fixture.componentRef.setInput('to', 'v2');
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="diff-added-row"]')?.textContent).toContain('孝老爱亲');
    expect(el.querySelector('[data-testid="diff-removed-row"]')?.textContent).toContain('旧事项');
    expect(el.querySelector('[data-testid="diff-removed-row"]')?.textContent).toContain('扣分');
    const changed = el.querySelector('[data-testid="diff-changed-item"]');
    expect(changed?.textContent).toContain('门前三包');
    const field = changed?.querySelector('[data-testid="diff-field-row"]');
    expect(field?.querySelector('td')?.textContent?.trim()).toBe('最高分');
    expect(field?.querySelector('.before')?.textContent?.trim()).toBe('3');
    expect(field?.querySelector('.after')?.textContent?.trim()).toBe('5');
    const params = Array.from(el.querySelectorAll('[data-testid="diff-parameter-row"]')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(params).toEqual([
      ['基础分', '0', '100'],
      ['方案名称', '旧名称', '新名称'],
    ]);
  });

  it('labels fields and shows values', () => {
    expect(fieldLabelKey('param', 'parameters.exchangeWindows.months')).toBe('schemes.param.exchangeWindows');
    expect(fieldLabelKey('item', 'capPerPeriod')).toBe('schemes.item.capPerPeriod');
    expect(fieldLabelKey('item', 'whatever')).toBeNull();
    expect(showValue(null)).toBe('—');
    expect(showValue('"半年"')).toBe('半年');
    expect(showValue('{"points":10,"yuan":1}')).toBe('{"points":10,"yuan":1}');
    expect(showValue('true')).toBe('true');
  });
});

describe('SchemesListComponent', () => {
  it('offers the five presets with their parameters in Chinese to a town', async () => {
    TestBed.configureTestingModule({
      imports: [SchemesListComponent, transloco()],
      providers: [
        provideRouter([]),
        {
          provide: SchemesFacade,
          useValue: {
            versions: signal([version('v1', 1)]),
            versionsLoading: signal(false),
            versionsError: signal(null),
            loadVersions: jest.fn(async () => undefined),
            listVersions: jest.fn(async () => []),
            inForce: jest.fn(async () => null),
          },
        },
        {
          provide: RegionContext,
          useValue: {
            current: signal({
              code: '150121101000',
              name: '长坝镇',
              level: 'TOWN',
              parentCode: '150121000000',
              fullName: '长坝镇',
            }),
            villageCode: signal(null),
          },
        },
        { provide: LedgerGrants, useValue: { can: () => true, userId: signal('u1') } },
      ],
    });
    const fixture = TestBed.createComponent(SchemesListComponent);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="scheme-version-row"]')?.textContent).toContain('现行');
    el.querySelector<HTMLButtonElement>('[data-testid="schemes-create"]')?.click();
    await settle(fixture);
    const cards = Array.from(document.querySelectorAll('[data-testid="preset-card"]'));
    expect(cards.map((c) => c.getAttribute('data-preset'))).toEqual([
      'CHANGBA_000',
      'HOUSHAN_001',
      'TUKE_002',
      'GENERIC_003',
      'GAOYANG_004',
    ]);
    const changba = cards[0].textContent ?? '';
    expect(changba).toContain('以户为单位');
    expect(changba).toContain('10 分 ≈ 1.2 元');
    expect(changba).toContain('半年一兑换（6、12 月）');
    expect(changba).toContain('黑榜是否影响兑换');
    const gaoyang = cards[4].textContent ?? '';
    expect(gaoyang).toContain('100 分');
    expect(gaoyang).toContain('超出基础分（100 分）的部分');
    expect(document.querySelector('[data-testid="preset-card-copy"]')).not.toBeNull();
  });
});

describe('scheme editor rules', () => {
  it('finds the item the server refused as taking an entitlement', () => {
    expect(refusedItemCode(new ApiError('SCHEME_ITEM_TAKES_ENTITLEMENT', 'BAD_USER_INPUT', { itemCode: 'N07' }))).toBe(
      'N07',
    );
    expect(refusedItemCode(new ApiError('SCHEME_ITEM_INVALID', 'BAD_USER_INPUT', { itemCode: 'N07' }))).toBeNull();
    expect(refusedItemCode(null)).toBeNull();
  });

  it('warns before saving a deduction that takes an entitlement, and a reversed range', () => {
    const base = itemFormValue(null);
    expect(itemWarnings({ ...base, kind: 'NEGATIVE', name: '不参加义务劳动的扣发集体经济分红' })).toContain(
      'entitlement',
    );
    expect(itemWarnings({ ...base, kind: 'NEGATIVE', name: '乱扔垃圾' })).toEqual([]);
    expect(itemWarnings({ ...base, minPoints: 5, maxPoints: 2 })).toEqual(['range']);
  });
});
