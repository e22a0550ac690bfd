import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CaseCatalogFacade, ChecklistCasesFacade } from '@xiangzhi/checklists/data-access';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { RegionContext, RegionsFacade } from '@xiangzhi/registry/data-access';
import { CasesListComponent } from './cases-list.component';
import { CASE_ROW, regionContextStub, regionsStub, sessionStub, settle, translocoForSpecs, VILLAGE } from './testing';

describe('CasesListComponent', () => {
  const facade = { cases: jest.fn(), open: jest.fn() };
  const catalog = { listTypes: jest.fn(), itemsInForce: jest.fn(), searchApplicants: jest.fn() };

  async function render(permissions: Parameters<typeof sessionStub>[0]) {
    TestBed.configureTestingModule({
      imports: [CasesListComponent, translocoForSpecs()],
      providers: [
        provideRouter([]),
        { provide: ChecklistCasesFacade, useValue: facade },
        { provide: CaseCatalogFacade, useValue: catalog },
        { provide: SessionFacade, useValue: sessionStub(permissions) },
        { provide: RegionContext, useValue: regionContextStub(VILLAGE) },
        { provide: RegionsFacade, useValue: regionsStub() },
      ],
    });
    const fixture = TestBed.createComponent(CasesListComponent);
    await settle(fixture);
    return fixture;
  }

  beforeEach(() => {
    jest.resetAllMocks();
    facade.cases.mockResolvedValue({
      total: 3,
      items: [
        CASE_ROW,
        { ...CASE_ROW, id: 'c2', number: 'BJ-0002', overdue: true, dueAt: '2026-12-01T15:59:59.999Z' },
        {
          ...CASE_ROW,
          id: 'c3',
          number: 'BJ-0003',
          status: 'CLOSED',
          result: 'APPROVED',
          closedAt: '2026-12-02T00:00:00Z',
        },
      ],
    });
    catalog.listTypes.mockResolvedValue([]);
  });

  it("lists the region's cases with deadline tags and reminds of the overdue one", async () => {
    const fixture = await render(['CHECKLIST_READ']);
    expect(facade.cases).toHaveBeenCalledWith({
      regionCode: VILLAGE.code,
      status: null,
      overdue: null,
      pageIndex: 1,
      pageSize: 20,
    });
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelectorAll('[data-testid="case-row"]')).toHaveLength(3);
    expect(element.querySelectorAll('[data-testid="case-deadline-OVERDUE"]')).toHaveLength(1);
    expect(element.querySelectorAll('[data-testid="case-deadline-CLOSED"]')).toHaveLength(1);
    expect(element.querySelector('[data-testid="case-reminders"]')?.textContent).toContain('BJ-0002');
    expect(element.textContent).toContain('准予办理');
    // opening a case needs CHECKLIST_CASE
    expect(element.querySelector('[data-testid="case-open"]')).toBeNull();
  });

  it('filters overdue cases from page 1', async () => {
    const fixture = await render(['CHECKLIST_READ', 'CHECKLIST_CASE']);
    const box = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
      '[data-testid="cases-overdue"] input',
    );
    box?.click();
    await settle(fixture);
    expect(facade.cases).toHaveBeenLastCalledWith(expect.objectContaining({ overdue: true, pageIndex: 1 }));
  });

  it('opens the form for a new case', async () => {
    const fixture = await render(['CHECKLIST_READ', 'CHECKLIST_CASE']);
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="case-open"]')?.click();
    await settle(fixture);
    expect(document.querySelector('[data-testid="case-open-form"]')).not.toBeNull();
    expect(catalog.listTypes).toHaveBeenCalledWith(VILLAGE.code);
  });
});
