import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import {
  HouseholdPointsFacade,
  HouseholdStanding,
  LedgerEntryRow,
  LedgerGrants,
  PointsHousehold,
  ReviewQueueFacade,
} from '@xiangzhi/points/data-access';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { NzMessageService } from 'ng-zorro-antd/message';
import { filterHouseholds, bulkPercent } from './bulk-record.component';
import { actorName, canBeReversed } from './entry-detail.component';
import { blockKey, HouseholdPointsComponent, memberPoints } from './household-points.component';
import { zhCN } from './i18n/zh-CN';
import { ReviewQueueComponent } from './review-queue.component';
import { townOf } from './approval-queue.component';

const ROOT = {
  common: {
    cancel: '取消',
    confirm: '确定',
    actions: '操作',
    details: '详情',
    yes: '是',
    no: '否',
    total: '共 {{ total }} 条',
  },
  errors: { UNKNOWN: '操作失败' },
};

function transloco() {
  return TranslocoTestingModule.forRoot({
    langs: { 'zh-CN': { ...ROOT, ledger: zhCN } },
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

const VILLAGE = {
  code: '150121101201',
  name: '长坝村',
  level: 'VILLAGE' as const,
  parentCode: '150121101000',
  fullName: '某镇 长坝村',
};

function entry(id: string, recordedBy: string): LedgerEntryRow {
  return {
    id,
    householdId: 'h1',
    household: {
      id: 'h1',
      cardNumber: 'C0001',
      village: { code: VILLAGE.code, name: '长坝村' },
      head: { id: 'm1', name: '张三明' },
    },
    memberId: null,
    member: null,
    villageCode: VILLAGE.code,
    itemCode: 'A01',
    itemName: '门前三包',
    itemKind: 'POSITIVE',
    points: 2,
    occurredOn: '2026-11-02',
    place: null,
    description: '清理门前垃圾',
    channel: 'ON_SITE',
    declaredByResident: false,
    status: 'RECORDED',
    reversed: false,
    reversalOf: null,
    recordedAt: '2026-11-02T08:00:00Z',
    recordedBy,
    recorder: { id: recordedBy, displayName: '李管理' },
    reviewedAt: null,
    reviewer: null,
    approvedAt: null,
    approver: null,
    evidenceFileIds: [],
  };
}

describe('ReviewQueueComponent', () => {
  const review = jest.fn(async () => 1);
  const load = jest.fn(async () => undefined);

  async function render() {
    TestBed.configureTestingModule({
      imports: [ReviewQueueComponent, transloco()],
      providers: [
        provideRouter([]),
        {
          provide: ReviewQueueFacade,
          useValue: {
            items: signal([entry('e1', 'other'), entry('e2', 'me')]),
            total: signal(2),
            pageIndex: signal(1),
            loading: signal(false),
            error: signal(null),
            load,
            review,
          },
        },
        { provide: RegionContext, useValue: { current: signal(VILLAGE), villageCode: signal(VILLAGE.code) } },
        { provide: LedgerGrants, useValue: { can: () => true, userId: signal('me') } },
        { provide: NzMessageService, useValue: { success: jest.fn() } },
      ],
    });
    const fixture = TestBed.createComponent(ReviewQueueComponent);
    await settle(fixture);
    return fixture;
  }

  beforeEach(() => jest.clearAllMocks());

  it("loads the village's month and shows that one's own entries cannot be reviewed", async () => {
    const fixture = await render();
    expect(load).toHaveBeenCalledWith(expect.objectContaining({ villageCode: VILLAGE.code }), 1);
    const rows = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="review-row"]'));
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('[data-testid="review-approve"]')).not.toBeNull();
    expect(rows[1].querySelector('[data-testid="review-approve"]')).toBeNull();
    expect(rows[1].querySelector('[data-testid="review-own"]')?.textContent?.trim()).toBe('本人登记');
  });

  it('approves one entry without a reason', async () => {
    const fixture = await render();
    const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
      '[data-testid="review-approve"]',
    );
    button?.click();
    await settle(fixture);
    expect(review).toHaveBeenCalledWith(['e1'], 'APPROVE', null);
  });

  it('requires a reason to reject', async () => {
    const fixture = await render();
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="review-reject"]')?.click();
    await settle(fixture);
    const confirm = document.querySelector<HTMLButtonElement>('[data-testid="review-reject-confirm"]');
    expect(confirm).not.toBeNull();
    confirm?.click();
    await settle(fixture);
    expect(review).not.toHaveBeenCalled();
    expect(document.querySelector('[data-testid="review-reason-required"]')?.textContent?.trim()).toBe('请填写原因');

    const reason = document.querySelector<HTMLTextAreaElement>('[data-testid="review-reject-reason"]');
    if (reason) {
      reason.value = '照片与事项不符';
      reason.dispatchEvent(new Event('input'));
    }
    await settle(fixture);
    document.querySelector<HTMLButtonElement>('[data-testid="review-reject-confirm"]')?.click();
    await settle(fixture);
    expect(review).toHaveBeenCalledWith(['e1'], 'REJECT', '照片与事项不符');
  });
});

describe('HouseholdPointsComponent', () => {
  const standing: HouseholdStanding = {
    householdId: 'h1',
    year: 2026,
    asOf: '2026-11-20',
    balance: 120,
    blocks: ['WINDOW_CLOSED', 'BLACK_LISTED', 'SOMETHING_NEW'],
    exchangeable: 0,
    familyAverage: 40,
    familyTotal: 120,
    householdEarned: 100,
    individualEarned: 20,
    rankingValue: 120,
    redeemed: 0,
    schemeInForce: true,
    vetoed: false,
    members: [{ memberId: 'm2', earned: 20 }],
  };
  const household: PointsHousehold = {
    id: 'h1',
    cardNumber: 'C0001',
    address: '一组 8 号',
    participating: true,
    regionCode: VILLAGE.code,
    village: { code: VILLAGE.code, name: '长坝村' },
    head: { id: 'm1', name: '张三明' },
    members: [
      { id: 'm1', name: '张三明', relation: 'HEAD', participating: true, active: true, isHead: true },
      { id: 'm2', name: '王芳', relation: 'SPOUSE', participating: true, active: true, isHead: false },
      { id: 'm3', name: '张旧', relation: 'CHILD', participating: true, active: false, isHead: false },
    ],
  };

  it('shows the balance, the rank and every block translated', async () => {
    const load = jest.fn(async () => undefined);
    TestBed.configureTestingModule({
      imports: [HouseholdPointsComponent, transloco()],
      providers: [
        provideRouter([]),
        {
          provide: HouseholdPointsFacade,
          useValue: {
            household: signal(household),
            standing: signal(standing),
            rank: signal({ rank: 3, of: 42, value: 120, average: 80 }),
            entries: signal([]),
            entriesTotal: signal(0),
            pageIndex: signal(1),
            loading: signal(false),
            error: signal(null),
            load,
            loadEntries: jest.fn(),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(HouseholdPointsComponent);
    fixture.componentRef.setInput('id', 'h1');
    await settle(fixture);
    expect(load).toHaveBeenCalledWith('h1', new Date().getFullYear());
    const el = fixture.nativeElement as HTMLElement;
    const blocks = Array.from(el.querySelectorAll('[data-testid="household-block"]')).map((b) => b.textContent?.trim());
    expect(blocks).toEqual(['不在兑换时间', '列入黑榜', '暂不能兑换']);
    expect(el.querySelector('[data-testid="household-rank"]')?.textContent).toContain('3 / 42');
    expect(el.querySelector('[data-testid="household-members"]')?.textContent).toContain('王芳');
    expect(el.querySelector('[data-testid="household-members"]')?.textContent).not.toContain('张旧');
  });

  it('maps blocks and members', () => {
    expect(blockKey('NOTHING_ABOVE_BASE')).toBe('ledger.blocks.NOTHING_ABOVE_BASE');
    expect(blockKey('X')).toBe('ledger.blocks.OTHER');
    expect(memberPoints(household, standing).map((m) => [m.name, m.earned])).toEqual([
      ['张三明', 0],
      ['王芳', 20],
    ]);
  });
});

describe('ledger page rules', () => {
  it('filters the village list for bulk recording and shows progress', () => {
    const list = [
      {
        id: 'a',
        cardNumber: 'C01',
        address: '一组',
        participating: true,
        village: VILLAGE,
        head: { id: '1', name: '张三' },
        memberCount: 3,
      },
      {
        id: 'b',
        cardNumber: 'C02',
        address: '二组',
        participating: true,
        village: VILLAGE,
        head: { id: '2', name: '李四' },
        memberCount: 2,
      },
    ];
    expect(filterHouseholds(list, '二组').map((h) => h.id)).toEqual(['b']);
    expect(filterHouseholds(list, 'C01').map((h) => h.id)).toEqual(['a']);
    expect(filterHouseholds(list, ' ').length).toBe(2);
    expect(bulkPercent({ done: 1, total: 4, recorded: 200 })).toBe(25);
    expect(bulkPercent(null)).toBe(0);
  });

  it('knows the town of the header region', () => {
    expect(townOf(VILLAGE)).toBe('150121101000');
    expect(townOf({ code: '150121101000', level: 'TOWN', parentCode: '150121000000' })).toBe('150121101000');
    expect(townOf({ code: '150121000000', level: 'COUNTY', parentCode: null })).toBeNull();
  });

  it('reverses only approved entries once, never a reversal', () => {
    expect(canBeReversed({ status: 'APPROVED', reversed: false, reversalOf: null })).toBe(true);
    expect(canBeReversed({ status: 'PUBLISHED', reversed: false, reversalOf: null })).toBe(true);
    expect(canBeReversed({ status: 'REVIEWED', reversed: false, reversalOf: null })).toBe(false);
    expect(canBeReversed({ status: 'APPROVED', reversed: true, reversalOf: null })).toBe(false);
    expect(canBeReversed({ status: 'APPROVED', reversed: false, reversalOf: 'e0' })).toBe(false);
  });

  it('names the actor of a step', () => {
    const detail = {
      ...entry('e1', 'u1'),
      reviewer: { id: 'u2', displayName: '王审核' },
      publicWording: '',
      publishedAt: null,
      reversalReason: null,
      reversalSource: null,
      schemeVersionId: 's1',
      evidence: [],
      events: [],
      reversals: [],
    };
    expect(actorName(detail, 'u2')).toBe('王审核');
    expect(actorName(detail, 'u1')).toBe('李管理');
    expect(actorName(detail, 'zz')).toBeNull();
  });
});
