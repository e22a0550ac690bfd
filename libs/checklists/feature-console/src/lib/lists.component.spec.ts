import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { signal } from '@angular/core';
import { ChecklistsConsoleFacade } from '@xiangzhi/checklists/data-access';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { RegionContext, RegionsFacade } from '@xiangzhi/registry/data-access';
import { ChecklistListsComponent } from './lists.component';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ITEM, LIST_TYPES, sessionStub, settle, SUBMITTED, translocoForSpecs } from './testing';

const COUNTY = { code: '150121000000', name: '旗', fullName: '某旗', level: 'COUNTY', parentCode: '150100000000' };
const COUNTY_TYPES = [
  {
    code: 'AUTONOMY',
    nameZh: '依法自治事项清单',
    nameEn: 'Autonomy matters',
    order: 10,
    kind: 'GENERAL',
    enabled: true,
  },
  { code: 'NEGATIVE', nameZh: '工作负面清单', nameEn: 'Negative matters', order: 30, kind: 'NEGATIVE', enabled: false },
];
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

function setup(region: typeof TOWN | typeof VILLAGE | typeof COUNTY, permissions: Parameters<typeof sessionStub>[0]) {
  const facade = {
    listTypes: jest.fn().mockResolvedValue(LIST_TYPES),
    inForce: jest.fn().mockImplementation((code: string) => Promise.resolve(code === TOWN.code ? TEMPLATE : null)),
    versions: jest.fn().mockResolvedValue({ items: region === TOWN ? [TEMPLATE] : [], total: region === TOWN ? 1 : 0 }),
    awaitingApproval: jest.fn().mockResolvedValue([SUBMITTED]),
    adoptTemplate: jest.fn().mockResolvedValue({ ...SUBMITTED, id: 'd1', status: 'DRAFT' }),
    createDraft: jest.fn().mockResolvedValue({ ...SUBMITTED, id: 'd2', status: 'DRAFT' }),
    countyListTypes: jest.fn().mockResolvedValue(COUNTY_TYPES),
    setListType: jest.fn().mockImplementation((_county: string, draft: object) => Promise.resolve(draft)),
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

  it("a county supervisor sees the county's list types, switched-off ones too", async () => {
    const { fixture, facade, el, testid } = setup(COUNTY, ['CHECKLIST_READ', 'CHECKLIST_LIST_TYPES_MANAGE']);
    await settle(fixture);
    expect(facade.countyListTypes).toHaveBeenCalledWith(COUNTY.code);
    expect(facade.listTypes).not.toHaveBeenCalled();
    expect(testid('list-types-card')?.textContent).toContain('本旗县清单类型');
    expect(testid('checklist-lists-hint')?.textContent).toContain('本旗县各镇村的清单');
    expect(testid('checklist-lists-hint')?.textContent).not.toContain('本村');
    const rows = Array.from(el.querySelectorAll('[data-testid="list-type-row"]'));
    expect(rows.map((r) => r.getAttribute('data-code'))).toEqual(['AUTONOMY', 'NEGATIVE']);
    expect(rows[1].textContent).toContain('负面事项');
    expect(rows[1].textContent).toContain('工作负面清单');
    expect(testid('list-type-enabled-NEGATIVE')?.querySelector('button')?.classList).not.toContain(
      'ant-switch-checked',
    );
    expect(testid('list-type-enabled-AUTONOMY')?.querySelector('button')?.classList).toContain('ant-switch-checked');
  });

  it('hides the list types from a county user without the permission', async () => {
    const { fixture, facade, testid } = setup(COUNTY, ['CHECKLIST_READ', 'CHECKLIST_MANAGE']);
    await settle(fixture);
    expect(facade.countyListTypes).not.toHaveBeenCalled();
    expect(testid('list-types-card')).toBeNull();
  });

  it('switches a list type on and reads the list types again', async () => {
    const { fixture, facade, testid } = setup(COUNTY, ['CHECKLIST_LIST_TYPES_MANAGE']);
    await settle(fixture);
    testid('list-type-enabled-NEGATIVE')?.click();
    await settle(fixture);
    expect(facade.setListType).toHaveBeenCalledWith(COUNTY.code, { ...COUNTY_TYPES[1], enabled: true });
    expect(facade.countyListTypes).toHaveBeenCalledTimes(2);
  });

  it('adds a list type after the checks pass', async () => {
    const { fixture, facade, testid } = setup(COUNTY, ['CHECKLIST_LIST_TYPES_MANAGE']);
    await settle(fixture);
    testid('list-type-add')?.click();
    await settle(fixture);
    expect(document.querySelector('[data-testid="list-type-form"]')).not.toBeNull();
    const type = async (id: string, value: string) => {
      const input = document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await settle(fixture);
    };
    await type('list-type-code', 'micro power');
    await type('list-type-name-zh', '小');
    (document.querySelector('[data-testid="list-type-save"]') as HTMLElement).click();
    await settle(fixture);
    expect(facade.setListType).not.toHaveBeenCalled();
    expect(document.querySelector('[data-testid="list-type-problem-code"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="list-type-problem-nameZh"]')?.textContent).toContain('2–50');
    expect(document.querySelector('[data-testid="list-type-problem-nameEn"]')).not.toBeNull();

    await type('list-type-code', 'MICRO_POWER');
    await type('list-type-name-zh', '小微权力清单');
    await type('list-type-name-en', 'Petty power list');
    expect(document.querySelector('[data-testid="list-type-problem-code"]')).toBeNull();
    (document.querySelector('[data-testid="list-type-save"]') as HTMLElement).click();
    await settle(fixture);
    expect(facade.setListType).toHaveBeenCalledWith(COUNTY.code, {
      code: 'MICRO_POWER',
      nameZh: '小微权力清单',
      nameEn: 'Petty power list',
      order: 40,
      kind: 'GENERAL',
      enabled: true,
    });
    expect(facade.countyListTypes).toHaveBeenCalledTimes(2);
    expect(document.querySelector('[data-testid="list-type-form"]')).toBeNull();
  });

  it("edits a list type and shows the server's refusal translated", async () => {
    const { fixture, facade, testid } = setup(COUNTY, ['CHECKLIST_LIST_TYPES_MANAGE']);
    facade.setListType.mockRejectedValue(new ApiError('CHECKLIST_LIST_TYPE_KIND_FIXED', 'BAD_USER_INPUT'));
    await settle(fixture);
    testid('list-type-edit-NEGATIVE')?.click();
    await settle(fixture);
    const code = document.querySelector('[data-testid="list-type-code"]') as HTMLInputElement;
    expect(code.value).toBe('NEGATIVE');
    expect(code.disabled).toBe(true);
    (document.querySelector('[data-testid="list-type-kind-GENERAL"] input') as HTMLInputElement).click();
    await settle(fixture);
    (document.querySelector('[data-testid="list-type-save"]') as HTMLElement).click();
    await settle(fixture);
    expect(facade.setListType).toHaveBeenCalledWith(COUNTY.code, { ...COUNTY_TYPES[1], kind: 'GENERAL' });
    expect(document.querySelector('[data-testid="list-type-form"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="error-message"]')?.textContent).toContain('不能再改变其类别');
    expect(facade.countyListTypes).toHaveBeenCalledTimes(1);
  });
});
