import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PublicBoard, PublicPointsFacade } from '@xiangzhi/points/data-access';
import { BoardViewComponent, LINES_SHOWN, RANKING_SHOWN } from './board-view.component';
import { testTransloco } from './test-transloco';

const board: PublicBoard = {
  id: 'p-2',
  seq: 2,
  year: 2026,
  fromMonth: 10,
  toMonth: 12,
  publishedOn: '2026-12-01',
  objectionUntil: '2026-12-21',
  villageCode: '150102001001',
  villageName: '长坝村',
  rankingBasis: 'HOUSEHOLD_TOTAL',
  previousHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
  lines: [
    {
      lineNo: 1,
      entryId: 'e1',
      household: '张*明',
      member: null,
      wording: '环境卫生整治',
      kind: 'POSITIVE',
      points: 3,
      occurredOn: '2026-10-05',
      reversalOf: null,
    },
    {
      lineNo: 2,
      entryId: 'e2',
      household: '李*',
      member: '李*华',
      wording: '违反村规民约',
      kind: 'NEGATIVE',
      points: -2,
      occurredOn: '2026-11-02',
      reversalOf: null,
    },
  ],
  ranking: [
    { rank: 1, household: '张*明', value: 13 },
    { rank: 2, household: '李*', value: 8 },
  ],
};

async function render(today: string) {
  TestBed.configureTestingModule({
    imports: [BoardViewComponent, testTransloco()],
    providers: [{ provide: PublicPointsFacade, useValue: { fileObjection: jest.fn() } }],
  });
  const fixture = TestBed.createComponent(BoardViewComponent);
  fixture.componentRef.setInput('board', board);
  fixture.componentRef.setInput('today', today);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const q = (el: HTMLElement, id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLElement;
const all = (el: HTMLElement, id: string) => Array.from(el.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));

describe('BoardViewComponent', () => {
  it('shows the period, masked names, neutral wording, signed points, the ranking and the notice PDF', async () => {
    const el = await render('2026-12-10');
    expect(q(el, 'points-board-period').textContent).toContain('2026年第4季度');
    const lines = all(el, 'points-board-line');
    expect(lines).toHaveLength(2);
    expect(lines[0].textContent).toContain('张*明');
    expect(lines[0].textContent).toContain('环境卫生整治');
    expect(lines[1].textContent).toContain('李*华');
    expect(all(el, 'points-board-line-points').map((e) => e.textContent?.trim())).toEqual(['+3', '−2']);
    expect(q(el, 'points-board-ranking').textContent).toContain('第 1 名');
    expect(q(el, 'points-board-pdf').getAttribute('href')).toBe('/api/points/publications/p-2/notice.pdf');
    expect(el.textContent).toContain('异议期至 2026-12-21');
  });

  it('opens the objection form on a line while the window is open', async () => {
    const el = await render('2026-12-21');
    const buttons = all(el, 'points-board-object') as HTMLButtonElement[];
    expect(buttons.every((b) => !b.disabled)).toBe(true);
    expect(q(el, 'points-objection-closed')).toBeNull();
    buttons[1].click();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(q(el, 'points-objection-form').textContent).toContain('对第 2 条记录（违反村规民约）提出异议');
  });

  it('shows the first lines and ranking rows of a long board, the rest on demand', async () => {
    const lines = Array.from({ length: LINES_SHOWN + 5 }, (_, i) => ({
      ...board.lines[0],
      lineNo: i + 1,
      entryId: `e${i}`,
    }));
    const ranking = Array.from({ length: RANKING_SHOWN + 3 }, (_, i) => ({
      rank: i + 1,
      household: '张*明',
      value: 40 - i,
    }));
    TestBed.configureTestingModule({
      imports: [BoardViewComponent, testTransloco()],
      providers: [{ provide: PublicPointsFacade, useValue: { fileObjection: jest.fn() } }],
    });
    const fixture = TestBed.createComponent(BoardViewComponent);
    fixture.componentRef.setInput('board', { ...board, lines, ranking });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(all(el, 'points-board-line')).toHaveLength(LINES_SHOWN);
    expect(q(el, 'points-board-ranking').querySelectorAll('li')).toHaveLength(RANKING_SHOWN);
    expect(q(el, 'points-board-all-lines').textContent).toContain(`显示全部 ${LINES_SHOWN + 5} 条记录`);
    q(el, 'points-board-all-lines').click();
    q(el, 'points-board-all-ranking').click();
    await fixture.whenStable();
    expect(all(el, 'points-board-line')).toHaveLength(LINES_SHOWN + 5);
    expect(q(el, 'points-board-ranking').querySelectorAll('li')).toHaveLength(RANKING_SHOWN + 3);
  });

  it('disables objections after the window, with the reason', async () => {
    const el = await render('2026-12-22');
    const buttons = [...all(el, 'points-board-object'), q(el, 'points-board-object-missing')] as HTMLButtonElement[];
    expect(buttons.every((b) => b.disabled)).toBe(true);
    expect(q(el, 'points-objection-closed').textContent).toContain('异议期已于 2026-12-21 结束');
  });
});
