import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PointsAccess, PublicationsFacade, PublicationSummary, SchemeInForce } from '@xiangzhi/points/data-access';
import { RegionContext, RegionsFacade } from '@xiangzhi/registry/data-access';
import { NzMessageService } from 'ng-zorro-antd/message';
import { chainMark, PublicationsListComponent } from './publications-list.component';
import { startedPeriods, todayIso } from './periods';
import { regionContextStub, settle, TOWN, translocoForSpecs, VILLAGE } from './testing';

function board(seq: number, fromMonth: number, objectionUntil = '2020-01-01'): PublicationSummary {
  return {
    id: `p${seq}`,
    villageCode: VILLAGE.code,
    villageName: VILLAGE.name,
    seq,
    year: 2026,
    fromMonth,
    toMonth: fromMonth + 2,
    publishedOn: '2026-04-02',
    publishedAt: '2026-04-02T08:00:00Z',
    objectionUntil,
    hash: `hash${seq}000000000000`,
    previousHash: null,
    rankingBasis: 'HOUSEHOLD_TOTAL',
  };
}

const scheme = (cadence: number): SchemeInForce => ({
  id: 's1',
  name: '长坝镇积分方案',
  version: 1,
  year: 2026,
  regionCode: TOWN.code,
  parameters: {
    publicationCadenceMonths: cadence,
    objectionWindowDays: 20,
    rankingBasis: 'HOUSEHOLD_TOTAL',
    cycle: 'ANNUAL_RESET',
    blackListBlocksExchange: true,
    awardRule: 'ABOVE_VILLAGE_AVERAGE',
  },
});

describe('chainMark', () => {
  it('reads the API chain check of a board', () => {
    const chain = [
      { seq: 1, hash: 'a', recomputed: 'a', valid: true, problem: null },
      { seq: 2, hash: 'b', recomputed: 'c', valid: false, problem: 'HASH_MISMATCH' },
    ];
    expect(chainMark({ seq: 1 }, chain)).toBe('verified');
    expect(chainMark({ seq: 2 }, chain)).toBe('broken');
    expect(chainMark({ seq: 3 }, chain)).toBe('unchecked');
  });
});

describe('PublicationsListComponent', () => {
  const facade = {
    list: jest.fn(),
    chain: jest.fn(),
    schemeInForce: jest.fn(),
    publish: jest.fn(),
  };
  const message = { success: jest.fn(), info: jest.fn() };

  async function render(region = VILLAGE, cadence = 3) {
    facade.list.mockResolvedValue([board(2, 4), board(1, 1)]);
    facade.chain.mockResolvedValue([
      { seq: 1, hash: 'a', recomputed: 'a', valid: true, problem: null },
      { seq: 2, hash: 'b', recomputed: 'b', valid: true, problem: null },
    ]);
    facade.schemeInForce.mockResolvedValue(scheme(cadence));
    TestBed.configureTestingModule({
      imports: [PublicationsListComponent, translocoForSpecs()],
      providers: [
        provideRouter([]),
        { provide: PublicationsFacade, useValue: facade },
        { provide: PointsAccess, useValue: { can: () => true } },
        { provide: NzMessageService, useValue: message },
        { provide: RegionContext, useValue: regionContextStub(region) },
        { provide: RegionsFacade, useValue: { children: async () => [VILLAGE] } },
      ],
    });
    const fixture = TestBed.createComponent(PublicationsListComponent);
    await settle(fixture);
    return fixture;
  }

  beforeEach(() => jest.resetAllMocks());

  it('lists the boards with their period, window state and verified mark', async () => {
    const fixture = await render();
    const rows = (fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="board-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('[data-testid="board-period"]')?.textContent?.trim()).toBe('2026年第2季度');
    expect(rows[0].querySelector('[data-testid="board-status"]')?.textContent?.trim()).toBe('已终结');
    expect(rows[0].querySelector('[data-testid="board-verified"]')?.getAttribute('data-mark')).toBe('verified');
  });

  it('offers the periods of the cadence, published ones marked, and asks to confirm before publishing', async () => {
    const fixture = await render();
    const page = fixture.componentInstance;
    await page.openPublish();
    await settle(fixture);
    const internals = page as unknown as {
      periodOptions: () => { fromMonth: number }[];
      publishedKeys: () => Set<string>;
      publishFromMonth: () => number | null;
      confirmOpen: () => boolean;
    };
    const year = new Date().getFullYear();
    const expected = startedPeriods(year, 3, todayIso()).map((p) => p.fromMonth);
    expect(expected.every((m) => [1, 4, 7, 10].includes(m))).toBe(true);
    expect(internals.periodOptions().map((p) => p.fromMonth)).toEqual(expected);
    expect(internals.publishedKeys().has('2026-4')).toBe(true);
    expect(internals.publishFromMonth()).not.toBe(4);

    page.askConfirm();
    await settle(fixture);
    expect(facade.publish).not.toHaveBeenCalled();
    expect(internals.confirmOpen()).toBe(true);
    expect(document.body.querySelector('[data-testid="publish-confirm-text"]')?.textContent).toContain('不能撤销');

    facade.publish.mockResolvedValue([board(3, 7)]);
    await page.publish();
    expect(facade.publish).toHaveBeenCalledWith(VILLAGE.code, year, internals.publishFromMonth());
    expect(message.success).toHaveBeenCalledWith('已发布 1 个村的公示');
    expect(internals.confirmOpen()).toBe(false);
  });

  it('the buttons drive the flow: open, next, then publish only from the confirmation', async () => {
    const fixture = await render();
    const click = async (testId: string) => {
      document.body.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)?.click();
      await settle(fixture);
    };
    await click('publish-open');
    expect(document.body.querySelector('[data-testid="publish-period"]')).not.toBeNull();
    await click('publish-next');
    expect(facade.publish).not.toHaveBeenCalled();
    facade.publish.mockResolvedValue([board(3, 7)]);
    await click('publish-confirm');
    expect(facade.publish).toHaveBeenCalledTimes(1);
    expect(facade.list).toHaveBeenCalledTimes(2);
  });

  it('a monthly scheme offers months', async () => {
    const fixture = await render(VILLAGE, 1);
    const page = fixture.componentInstance;
    await page.openPublish();
    const options = (
      page as unknown as { periodOptions: () => { fromMonth: number; toMonth: number }[] }
    ).periodOptions();
    expect(options.every((p) => p.fromMonth === p.toMonth)).toBe(true);
  });

  it('under a town, publishes for the whole town and tells how many villages were published', async () => {
    const fixture = await render(TOWN);
    const page = fixture.componentInstance;
    await page.openPublish();
    page.askConfirm();
    facade.publish.mockResolvedValue([board(3, 7), board(4, 7)]);
    await page.publish();
    expect(facade.publish.mock.calls[0][0]).toBe(TOWN.code);
    expect(message.success).toHaveBeenCalledWith('已发布 2 个村的公示');
  });
});
