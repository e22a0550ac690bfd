import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RankingsFacade, VillageRanking } from '@xiangzhi/points/data-access';
import { RegionContext, RegionsFacade } from '@xiangzhi/registry/data-access';
import { rankingQuery, RankingsComponent } from './rankings.component';
import { regionContextStub, settle, translocoForSpecs, VILLAGE } from './testing';

const RANKING: VillageRanking = {
  villageCode: VILLAGE.code,
  year: 2026,
  fromMonth: 1,
  toMonth: 12,
  basis: 'FAMILY_AVERAGE',
  average: 41.5,
  schemeInForce: true,
  rows: [
    {
      rank: 1,
      householdId: 'h1',
      cardNumber: '150121101201-0001',
      headName: '张三明',
      maskedName: '张*明',
      value: 63,
      householdEarned: 40,
      individualEarned: 86,
      familyTotal: 126,
      familyAverage: 63,
      vetoed: false,
      awardEligible: true,
    },
    {
      rank: 2,
      householdId: 'h2',
      cardNumber: '150121101201-0002',
      headName: '李四',
      maskedName: '李*',
      value: 20,
      householdEarned: 20,
      individualEarned: 0,
      familyTotal: 20,
      familyAverage: 20,
      vetoed: true,
      awardEligible: false,
    },
  ],
};

describe('rankingQuery', () => {
  it('the whole year leaves the months out; a quarter names them', () => {
    expect(rankingQuery('v', 2026, 0)).toEqual({ villageCode: 'v', year: 2026, fromMonth: null, toMonth: null });
    expect(rankingQuery('v', 2026, 4)).toEqual({ villageCode: 'v', year: 2026, fromMonth: 10, toMonth: 12 });
  });
});

describe('RankingsComponent', () => {
  const facade = { ranking: jest.fn(), exportXlsx: jest.fn() };

  async function render() {
    facade.ranking.mockResolvedValue(RANKING);
    TestBed.configureTestingModule({
      imports: [RankingsComponent, translocoForSpecs()],
      providers: [
        provideRouter([]),
        { provide: RankingsFacade, useValue: facade },
        { provide: RegionContext, useValue: regionContextStub(VILLAGE) },
        { provide: RegionsFacade, useValue: { children: async () => [] } },
      ],
    });
    const fixture = TestBed.createComponent(RankingsComponent);
    await settle(fixture);
    return fixture;
  }

  beforeEach(() => jest.resetAllMocks());

  it('shows the basis, the village average, the names staff see and the veto and award tags', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid="ranking-basis"]')?.textContent).toContain('家庭平均分');
    expect(element.querySelector('[data-testid="ranking-average"]')?.textContent).toContain('41.5');
    const rows = element.querySelectorAll('[data-testid="ranking-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('张三明');
    expect(rows[0].querySelector('[data-testid="ranking-award"]')?.textContent?.trim()).toBe('符合评优条件');
    expect(rows[0].querySelector('[data-testid="ranking-vetoed"]')).toBeNull();
    expect(rows[1].querySelector('[data-testid="ranking-vetoed"]')?.textContent?.trim()).toBe('一票否决');
    expect(rows[1].querySelector('[data-testid="ranking-award"]')).toBeNull();
  });

  it('exports the period on screen', async () => {
    const fixture = await render();
    const year = new Date().getFullYear();
    await fixture.componentInstance.exportXlsx();
    expect(facade.exportXlsx).toHaveBeenCalledWith({ villageCode: VILLAGE.code, year, fromMonth: null, toMonth: null });
  });
});
