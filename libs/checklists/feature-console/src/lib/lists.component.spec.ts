import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { signal } from '@angular/core';
import { ChecklistsConsoleFacade } from '@xiangzhi/checklists/data-access';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { RegionContext, RegionsFacade } from '@xiangzhi/registry/data-access';
import { ChecklistListsComponent } from './lists.component';
import { ITEM, LIST_TYPES, sessionStub, settle, SUBMITTED, translocoForSpecs } from './testing';

const TOWN = { code: '150121101000', name: '镇', fullName: '某镇', level: 'TOWN', parentCode: '150121000000' };
const VILLAGE = {
  code: '150121101201',
  name: '长坝村',
  fullName: '某镇长坝村',
  level: 'VILLAGE',
  parentCode: TOWN.code,
};
const TEMPLATE = {
  ...SUBMITTED,
  id: 't1',
  regionCode: TOWN.code,
  status: 'PUBLISHED' as const,
  version: 3,
  items: [ITEM, { ...ITEM, code: 'ZZ-002', name: '村级重大事项决策' }],
};

function setup(region: typeof TOWN | typeof VILLAGE, permissions: Parameters<typeof sessionStub>[0]) {
  const facade = {
    listTypes: jest.fn().mockResolvedValue(LIST_TYPES),
    inForce: jest.fn().mockImplementation((code: string) => Promise.resolve(code === TOWN.code ? TEMPLATE : null)),
    versions: jest.fn().mockResolvedValue({ items: region === TOWN ? [TEMPLATE] : [], total: region === TOWN ? 1 : 0 }),
    awaitingApproval: jest.fn().mockResolvedValue([SUBMITTED]),
    adoptTemplate: jest.fn().mockResolvedValue({ ...SUBMITTED, id: 'd1', status: 'DRAFT' }),
    createDraft: jest.fn().mockResolvedValue({ ...SUBMITTED, id: 'd2', status: 'DRAFT' }),
  };
  TestBed.configureTestingModule({
    imports: [ChecklistListsComponent, translocoForSpecs()],
    providers: [
      provideRouter([]),
      { provide: ChecklistsConsoleFacade, useValue: facade },
      { provide: SessionFacade, useValue: sessionStub(permissions) },
      { provide: RegionContext, useValue: { current: signal(region) } },
      { provide: RegionsFacade, useValue: { children: jest.fn().mockResolvedValue([VILLAGE]) } },
    ],
  });
  const router = TestBed.inject(Router);
  const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(ChecklistListsComponent);
  const el = fixture.nativeElement as HTMLElement;
  const testid = (id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
  return { fixture, facade, navigate, el, testid };
}

// component specs render ng-zorro tables, modals and charts: slower than the default 5 s on a loaded machine
jest.setTimeout(30_000);

describe('ChecklistListsComponent', () => {
  it("a town sees its template in force, its versions and its villages' submissions", async () => {
    const { fixture, facade, testid, el } = setup(TOWN, ['CHECKLIST_READ', 'CHECKLIST_MANAGE']);
    await settle(fixture);
    expect(facade.versions).toHaveBeenCalledWith(TOWN.code, 'AUTONOMY', 10, 0);
    expect(facade.awaitingApproval).toHaveBeenCalledWith([VILLAGE.code]);
    expect(testid('checklist-in-force-AUTONOMY')?.textContent).toContain('第3版');
    const pending = el.querySelector('[data-testid="checklist-pending-row"]');
    expect(pending?.textContent).toContain('长坝村');
    expect(pending?.textContent).toContain('依法自治事项清单');
    expect(testid('checklist-review-v2')).not.toBeNull();
    expect(testid('checklist-create-template-AUTONOMY')).not.toBeNull();
    expect(testid('checklist-adopt-AUTONOMY')).toBeNull();
  });

  it('a town creates a template draft from the examples and opens it', async () => {
    const { fixture, facade, navigate, testid } = setup(TOWN, ['CHECKLIST_READ', 'CHECKLIST_MANAGE']);
    await settle(fixture);
    testid('checklist-create-template-AUTONOMY')?.click();
    await settle(fixture);
    expect(facade.createDraft).toHaveBeenCalledWith(TOWN.code, 'AUTONOMY', 'EXAMPLES', null);
    expect(navigate).toHaveBeenCalledWith(['versions', 'd2', 'edit'], expect.anything());
  });

  it('a village adopts some items of the town template', async () => {
    const { fixture, facade, navigate, testid } = setup(VILLAGE, ['CHECKLIST_READ', 'CHECKLIST_EDIT']);
    await settle(fixture);
    expect(facade.awaitingApproval).not.toHaveBeenCalled();
    expect(testid('checklist-in-force-AUTONOMY')?.textContent).toContain('尚未发布');
    testid('checklist-adopt-AUTONOMY')?.click();
    await settle(fixture);
    expect(facade.inForce).toHaveBeenCalledWith(TOWN.code, 'AUTONOMY');
    const item = document.querySelector('[data-testid="checklist-adopt-item-ZZ-002"] input') as HTMLInputElement;
    item.click();
    await settle(fixture);
    (document.querySelector('[data-testid="checklist-adopt-confirm"]') as HTMLElement).click();
    await settle(fixture);
    expect(facade.adoptTemplate).toHaveBeenCalledWith(VILLAGE.code, 'AUTONOMY', ['ZZ-001']);
    expect(navigate).toHaveBeenCalledWith(['versions', 'd1', 'edit'], expect.anything());
  });
});
