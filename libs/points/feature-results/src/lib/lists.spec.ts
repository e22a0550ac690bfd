import { TestBed } from '@angular/core/testing';
import {
  Listing,
  ListingsFacade,
  ObjectionsFacade,
  PointsAccess,
  PublicationsFacade,
} from '@xiangzhi/points/data-access';
import { RegionContext, RegionsFacade } from '@xiangzhi/registry/data-access';
import { NzMessageService } from 'ng-zorro-antd/message';
import { listingActive, listingFormErrors, listingInput, RED_TITLE_SUGGESTIONS } from './listing-rules';
import { ListsComponent } from './lists.component';
import { regionContextStub, settle, translocoForSpecs, VILLAGE } from './testing';

describe('listing rules', () => {
  const base = {
    kind: 'RED' as const,
    householdId: 'h1',
    title: ' 最美家庭 ',
    note: '',
    fromDate: '2026-01-01',
    toDate: '',
  };

  it('builds the red-list input: trimmed title, no note, open-ended', () => {
    expect(listingInput(base)).toEqual({
      householdId: 'h1',
      kind: 'RED',
      title: '最美家庭',
      note: null,
      fromDate: '2026-01-01',
      toDate: null,
    });
  });

  it('builds the black-list input with the public reason and the staff-only note', () => {
    expect(
      listingInput({
        ...base,
        kind: 'BLACK',
        title: '违反村规民约',
        note: ' 多次乱倒垃圾，经劝导不改 ',
        toDate: '2026-12-31',
      }),
    ).toEqual({
      householdId: 'h1',
      kind: 'BLACK',
      title: '违反村规民约',
      note: '多次乱倒垃圾，经劝导不改',
      fromDate: '2026-01-01',
      toDate: '2026-12-31',
    });
  });

  it('refuses a form without household, title or start, or ending before it starts', () => {
    expect(listingFormErrors({ ...base, householdId: null, title: ' ', fromDate: '' })).toEqual([
      'householdRequired',
      'titleRequired',
      'fromRequired',
    ]);
    expect(listingFormErrors({ ...base, toDate: '2025-12-31' })).toEqual(['toBeforeFrom']);
    expect(listingInput({ ...base, toDate: '2025-12-31' })).toBeNull();
  });

  it('suggests the seeds’ honours and tells who is on the list today', () => {
    expect(RED_TITLE_SUGGESTIONS).toEqual(['最美家庭', '文明示范户', '好婆婆', '好媳妇', '最美庭院']);
    expect(listingActive({ fromDate: '2026-01-01', toDate: null, revokedAt: null }, '2026-06-01')).toBe(true);
    expect(listingActive({ fromDate: '2026-01-01', toDate: '2026-03-31' }, '2026-06-01')).toBe(false);
    expect(listingActive({ fromDate: '2026-01-01', revokedAt: '2026-02-01T00:00:00Z' }, '2026-06-01')).toBe(false);
  });
});

describe('ListsComponent', () => {
  const facade = { list: jest.fn(), add: jest.fn(), revoke: jest.fn(), searchHouseholds: jest.fn() };
  const listing: Listing = {
    id: 'l1',
    villageCode: VILLAGE.code,
    householdId: 'h1',
    kind: 'BLACK',
    title: '违反村规民约',
    note: '内部备注',
    fromDate: '2026-01-01',
    toDate: null,
    recordedAt: '2026-01-01T00:00:00Z',
    revokedAt: null,
    revokeReason: null,
  };

  async function render(blocks: boolean) {
    facade.list.mockResolvedValue([listing]);
    facade.searchHouseholds.mockResolvedValue([]);
    TestBed.configureTestingModule({
      imports: [ListsComponent, translocoForSpecs()],
      providers: [
        { provide: ListingsFacade, useValue: facade },
        {
          provide: ObjectionsFacade,
          useValue: { household: async () => ({ id: 'h1', cardNumber: 'C-1', head: { id: 'm', name: '王五' } }) },
        },
        {
          provide: PublicationsFacade,
          useValue: { schemeInForce: async () => ({ parameters: { blackListBlocksExchange: blocks } }) },
        },
        { provide: PointsAccess, useValue: { can: () => true } },
        { provide: NzMessageService, useValue: { success: jest.fn() } },
        { provide: RegionContext, useValue: regionContextStub(VILLAGE) },
        { provide: RegionsFacade, useValue: { children: async () => [] } },
      ],
    });
    const fixture = TestBed.createComponent(ListsComponent);
    await settle(fixture);
    return fixture;
  }

  beforeEach(() => jest.resetAllMocks());

  it('on the black list tab, tells whether the scheme blocks exchange', async () => {
    const fixture = await render(true);
    expect(facade.list).toHaveBeenCalledWith(VILLAGE.code, 'RED');
    (fixture.componentInstance as unknown as { kindIndex: { set(i: number): void } }).kindIndex.set(1);
    await settle(fixture);
    expect(facade.list).toHaveBeenLastCalledWith(VILLAGE.code, 'BLACK');
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid="lists-exchange-effect"]')?.textContent).toContain('不能兑换积分');
    expect(element.querySelector('[data-testid="listing-row"]')?.textContent).toContain('王五（C-1）');
  });

  it('revoking needs a reason', async () => {
    const fixture = await render(false);
    const page = fixture.componentInstance as unknown as {
      openRevoke(l: Listing): void;
      revokeReason: { set(v: string): void };
    };
    page.openRevoke(listing);
    await fixture.componentInstance.revoke();
    expect(facade.revoke).not.toHaveBeenCalled();
    facade.revoke.mockResolvedValue({ ...listing, revokedAt: '2026-06-01T00:00:00Z', revokeReason: '已整改' });
    page.revokeReason.set('已整改');
    await fixture.componentInstance.revoke();
    expect(facade.revoke).toHaveBeenCalledWith('l1', '已整改');
  });
});
