import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  ListingsFacade,
  Objection,
  ObjectionsFacade,
  PointsAccess,
  PointsPermission,
  PublicationDetail,
  PublicationsFacade,
} from '@xiangzhi/points/data-access';
import { RegionContext, RegionsFacade } from '@xiangzhi/registry/data-access';
import { NzMessageService } from 'ng-zorro-antd/message';
import {
  canDecide,
  canInvestigate,
  decisionArgs,
  defaultObjectionStatus,
  objectionLine,
  staffObjectionInput,
} from './objection-rules';
import { ObjectionsComponent } from './objections.component';
import { regionContextStub, settle, translocoForSpecs, VILLAGE } from './testing';

function objection(patch: Partial<Objection> = {}): Objection {
  return {
    id: 'o1',
    villageCode: VILLAGE.code,
    publicationId: 'p1',
    householdId: 'h1',
    entryId: 'e2',
    channel: 'PORTAL',
    content: '我家参加了清扫，没有记上',
    status: 'FILED',
    filedAt: '2026-10-05T02:00:00Z',
    findings: null,
    investigatedAt: null,
    decision: null,
    decisionReason: null,
    decidedAt: null,
    reversalEntryId: null,
    ...patch,
  };
}

const BOARD: PublicationDetail = {
  id: 'p1',
  villageCode: VILLAGE.code,
  villageName: VILLAGE.name,
  seq: 3,
  year: 2026,
  fromMonth: 7,
  toMonth: 9,
  publishedOn: '2026-10-01',
  publishedAt: '2026-10-01T00:00:00Z',
  objectionUntil: '2099-10-21',
  hash: 'h',
  previousHash: null,
  rankingBasis: 'HOUSEHOLD_TOTAL',
  lines: [
    {
      lineNo: 1,
      entryId: 'e1',
      household: '张*明',
      member: null,
      kind: 'POSITIVE',
      wording: '参加环境卫生整治',
      points: 5,
      occurredOn: '2026-07-03',
      reversalOf: null,
    },
    {
      lineNo: 2,
      entryId: 'e2',
      household: '李*',
      member: null,
      kind: 'NEGATIVE',
      wording: '违反村规民约',
      points: -10,
      occurredOn: '2026-08-09',
      reversalOf: null,
    },
  ],
  ranking: [],
};

describe('objection rules', () => {
  it('a decision needs both the decision and a reason', () => {
    expect(decisionArgs(null, '核实属实')).toBeNull();
    expect(decisionArgs('UPHOLD', '')).toBeNull();
    expect(decisionArgs('UPHOLD', ' 是 ')).toBeNull();
    expect(decisionArgs('DISMISS', ' 经核实无误 ')).toEqual({ decision: 'DISMISS', reason: '经核实无误' });
  });

  it('reviewers investigate filed objections, the town decides investigated ones', () => {
    expect(canInvestigate({ status: 'FILED' }, true)).toBe(true);
    expect(canInvestigate({ status: 'FILED' }, false)).toBe(false);
    expect(canInvestigate({ status: 'INVESTIGATED' }, true)).toBe(false);
    expect(canDecide({ status: 'INVESTIGATED' }, true)).toBe(true);
    expect(canDecide({ status: 'FILED' }, true)).toBe(false);
    expect(canDecide({ status: 'UPHELD' }, true)).toBe(false);
    expect(defaultObjectionStatus(true, false)).toBe('FILED');
    expect(defaultObjectionStatus(false, true)).toBe('INVESTIGATED');
    expect(defaultObjectionStatus(false, false)).toBeNull();
  });

  it('builds the input of an objection brought in person (no entry = a missing one)', () => {
    expect(staffObjectionInput({ publicationId: 'p1', householdId: 'h1', entryId: null, content: '  漏记  ' })).toEqual(
      { publicationId: 'p1', householdId: 'h1', entryId: null, content: '漏记' },
    );
    expect(
      staffObjectionInput({ publicationId: null, householdId: 'h1', entryId: null, content: '漏记了' }),
    ).toBeNull();
    expect(
      staffObjectionInput({ publicationId: 'p1', householdId: null, entryId: null, content: '漏记了' }),
    ).toBeNull();
    expect(staffObjectionInput({ publicationId: 'p1', householdId: 'h1', entryId: 'e1', content: 'x' })).toBeNull();
  });

  it('finds the board line an objection concerns', () => {
    expect(objectionLine({ entryId: 'e2' }, BOARD)?.lineNo).toBe(2);
    expect(objectionLine({ entryId: null }, BOARD)).toBeNull();
    expect(objectionLine({ entryId: 'e2' }, undefined)).toBeNull();
  });
});

describe('ObjectionsComponent', () => {
  const facade = {
    list: jest.fn(),
    household: jest.fn(),
    investigate: jest.fn(),
    decide: jest.fn(),
    record: jest.fn(),
  };
  const publications = { detail: jest.fn(), list: jest.fn() };
  const message = { success: jest.fn() };

  async function render(permissions: PointsPermission[], items: Objection[]) {
    facade.list.mockResolvedValue(items);
    facade.household.mockResolvedValue({ id: 'h1', cardNumber: '150121101201-0007', head: { id: 'm', name: '李四' } });
    publications.detail.mockResolvedValue(BOARD);
    TestBed.configureTestingModule({
      imports: [ObjectionsComponent, translocoForSpecs()],
      providers: [
        provideRouter([]),
        { provide: ObjectionsFacade, useValue: facade },
        { provide: PublicationsFacade, useValue: publications },
        { provide: ListingsFacade, useValue: { searchHouseholds: async () => [] } },
        { provide: PointsAccess, useValue: { can: (p: PointsPermission) => permissions.includes(p) } },
        { provide: NzMessageService, useValue: message },
        { provide: RegionContext, useValue: regionContextStub(VILLAGE) },
        { provide: RegionsFacade, useValue: { children: async () => [] } },
      ],
    });
    const fixture = TestBed.createComponent(ObjectionsComponent);
    await settle(fixture);
    return fixture;
  }

  beforeEach(() => jest.resetAllMocks());

  it('lists the queue of the region with the household and the board line concerned', async () => {
    const fixture = await render(['POINTS_READ', 'POINTS_REVIEW'], [objection()]);
    expect(facade.list).toHaveBeenCalledWith(VILLAGE.code, 'FILED');
    const row = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="objection-row"]');
    expect(row?.textContent).toContain('李四（150121101201-0007）');
    expect(row?.textContent).toContain('#2 违反村规民约 (-10)');
    expect(row?.textContent).toContain('2026年第3季度');
    expect(row?.querySelector('[data-testid="objection-status"]')?.textContent?.trim()).toBe('待调查');
  });

  it('the town cannot decide without a reason; with one, the upheld decision shows the reversal', async () => {
    const fixture = await render(['POINTS_READ', 'POINTS_APPROVE'], [objection({ status: 'INVESTIGATED' })]);
    expect(facade.list).toHaveBeenCalledWith(VILLAGE.code, 'INVESTIGATED');
    const page = fixture.componentInstance as unknown as {
      open(o: Objection): void;
      startDecide(): void;
      decision: { set(v: string): void };
      reason: { set(v: string): void };
    };
    page.open(objection({ status: 'INVESTIGATED' }));
    page.startDecide();
    page.decision.set('UPHOLD');
    await fixture.componentInstance.decide();
    expect(facade.decide).not.toHaveBeenCalled();

    facade.decide.mockResolvedValue(objection({ status: 'UPHELD', decision: 'UPHOLD', reversalEntryId: 'rev-9' }));
    page.reason.set('经调查，该户确有此事但分值有误');
    await fixture.componentInstance.decide();
    expect(facade.decide).toHaveBeenCalledWith('o1', 'UPHOLD', '经调查，该户确有此事但分值有误');
    await settle(fixture);
    expect(document.body.querySelector('[data-testid="objection-reversal"]')?.textContent).toContain('rev-9');
    expect(message.success).toHaveBeenCalledWith('处理决定已提交');
  });

  it('reviewers submit findings', async () => {
    const fixture = await render(['POINTS_READ', 'POINTS_REVIEW'], [objection()]);
    const page = fixture.componentInstance as unknown as {
      open(o: Objection): void;
      startInvestigate(): void;
      findings: { set(v: string): void };
    };
    page.open(objection());
    page.startInvestigate();
    await fixture.componentInstance.investigate();
    expect(facade.investigate).not.toHaveBeenCalled();
    facade.investigate.mockResolvedValue(objection({ status: 'INVESTIGATED', findings: '已走访核实' }));
    page.findings.set('已走访核实');
    await fixture.componentInstance.investigate();
    expect(facade.investigate).toHaveBeenCalledWith('o1', '已走访核实');
  });
});
