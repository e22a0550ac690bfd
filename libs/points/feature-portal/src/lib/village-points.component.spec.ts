import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PublicBoard, PublicPointsFacade } from '@xiangzhi/points/data-access';
import { BOARDS_PAGE_SIZE, VillagePointsComponent } from './village-points.component';
import { testTransloco } from './test-transloco';

const summary = (seq: number) => ({
  id: `p${seq}`,
  seq,
  year: 2026,
  fromMonth: seq * 3 - 2,
  toMonth: seq * 3,
  publishedOn: `2026-0${seq * 3 + 1}-01`,
  objectionUntil: `2026-0${seq * 3 + 1}-21`,
  villageCode: '150102001001',
  villageName: '长坝村',
});
const full = (seq: number, villageCode = '150102001001'): PublicBoard => ({
  ...summary(seq),
  villageCode,
  rankingBasis: 'HOUSEHOLD_TOTAL',
  previousHash: null,
  hash: 'h'.repeat(64),
  lines: [],
  ranking: [],
});

describe('VillagePointsComponent', () => {
  const facade = {
    boards: jest.fn(async () => ({ items: [summary(2), summary(1)], total: 2 })),
    board: jest.fn(async (id: string) => (id === 'other' ? full(9, '150102001002') : full(Number(id.slice(1))))),
    verifyInBrowser: jest.fn(async () => ({ valid: true, checks: [] })),
    verifyByApi: jest.fn(async () => ({ valid: true, checks: [] })),
    listings: jest.fn(async () => []),
    scheme: jest.fn(async () => null),
  };

  async function render(boardId?: string) {
    TestBed.configureTestingModule({
      imports: [VillagePointsComponent, testTransloco()],
      providers: [provideRouter([]), { provide: PublicPointsFacade, useValue: facade }],
    });
    const fixture = TestBed.createComponent(VillagePointsComponent);
    fixture.componentRef.setInput('code', '150102001001');
    if (boardId) fixture.componentRef.setInput('boardId', boardId);
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => jest.clearAllMocks());

  it('shows the newest board and lists the past ones', async () => {
    const el = await render();
    expect(facade.boards).toHaveBeenCalledWith('150102001001', BOARDS_PAGE_SIZE, 0);
    expect(facade.board).toHaveBeenCalledWith('p2');
    expect(el.querySelector('[data-testid="points-board-period"]')?.textContent).toContain('2026年第2季度');
    expect(el.querySelectorAll('[data-testid="points-past-board-link"]')).toHaveLength(1);
  });

  it('opens a past board by its id, and never shows a board of another village', async () => {
    let el = await render('p1');
    expect(el.querySelector('[data-testid="points-board-period"]')?.textContent).toContain('2026年第1季度');
    TestBed.resetTestingModule();
    el = await render('other');
    expect(el.querySelector('[data-testid="points-board"]')).toBeNull();
  });
});
