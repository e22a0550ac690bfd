import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PublicationDetail, PublicationsFacade } from '@xiangzhi/points/data-access';
import { PublicationDetailComponent } from './publication-detail.component';
import { settle, translocoForSpecs, VILLAGE } from './testing';

const BOARD: PublicationDetail = {
  id: 'p1',
  villageCode: VILLAGE.code,
  villageName: VILLAGE.name,
  seq: 4,
  year: 2026,
  fromMonth: 10,
  toMonth: 12,
  publishedOn: '2026-12-01',
  publishedAt: '2026-12-01T00:00:00Z',
  objectionUntil: '2000-01-01',
  hash: 'abc123',
  previousHash: 'prev99',
  rankingBasis: 'FAMILY_TOTAL',
  lines: [
    {
      lineNo: 1,
      entryId: 'e1',
      household: '张*明',
      member: '张*',
      kind: 'POSITIVE',
      wording: '参加环境卫生整治',
      points: 5,
      occurredOn: '2026-10-03',
      reversalOf: null,
    },
    {
      lineNo: 2,
      entryId: 'e2',
      household: '李*',
      member: null,
      kind: 'NEGATIVE',
      wording: '冲正：违反村规民约',
      points: 10,
      occurredOn: '2026-11-09',
      reversalOf: 'e0',
    },
  ],
  ranking: [{ rank: 1, household: '张*明', value: 65 }],
};

describe('PublicationDetailComponent', () => {
  it('shows the masked lines, the hashes and prints the notice', async () => {
    const facade = { detail: jest.fn().mockResolvedValue(BOARD), openNotice: jest.fn() };
    const errors = jest.spyOn(console, 'error');
    TestBed.configureTestingModule({
      imports: [PublicationDetailComponent, translocoForSpecs()],
      providers: [provideRouter([]), { provide: PublicationsFacade, useValue: facade }],
    });
    const fixture = TestBed.createComponent(PublicationDetailComponent);
    fixture.componentRef.setInput('id', 'p1');
    await settle(fixture);
    expect(facade.detail).toHaveBeenCalledWith('p1');
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain('2026年第4季度');
    expect(element.textContent).toContain('已终结');
    expect(element.querySelector('[data-testid="board-hash"]')?.textContent).toBe('abc123');
    const lines = element.querySelectorAll('[data-testid="board-line"]');
    expect(lines).toHaveLength(2);
    expect(lines[0].textContent).toContain('张*明');
    expect(lines[1].textContent).toContain('冲正');
    element.querySelector<HTMLButtonElement>('[data-testid="board-print"]')?.click();
    expect(facade.openNotice).toHaveBeenCalledWith('p1');
    expect(errors).not.toHaveBeenCalled();
  });
});
