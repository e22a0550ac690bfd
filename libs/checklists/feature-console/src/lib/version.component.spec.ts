import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ChecklistsConsoleFacade } from '@xiangzhi/checklists/data-access';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { RegionsFacade } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ChecklistVersionComponent, townOf } from './version.component';
import { fakeEcharts, LIST_TYPES, sessionStub, settle, SUBMITTED, translocoForSpecs } from './testing';

const IN_FORCE = { ...SUBMITTED, id: 'v1', version: 1, status: 'PUBLISHED' as const, items: [] };
const DIFF = {
  fromId: 'v1',
  toId: 'v2',
  lines: ['新增事项“制定和修改村规民约”'],
  added: [{ code: 'ZZ-001', name: '制定和修改村规民约', category: '村级事务管理' }],
  removed: [],
  changed: [
    {
      code: 'ZZ-002',
      name: '村级重大事项决策',
      fields: [{ field: 'fee', labelZh: '收费标准', before: '收费', after: '不收费', added: [], removed: [] }],
      flow: null,
    },
  ],
};

function setup(permissions: Parameters<typeof sessionStub>[0]) {
  const facade = {
    version: jest.fn().mockResolvedValue(SUBMITTED),
    listTypes: jest.fn().mockResolvedValue(LIST_TYPES),
    inForce: jest.fn().mockResolvedValue(IN_FORCE),
    diff: jest.fn().mockResolvedValue(DIFF),
    approve: jest.fn().mockResolvedValue({ ...SUBMITTED, status: 'PUBLISHED' }),
    reject: jest.fn().mockResolvedValue({ ...SUBMITTED, status: 'REJECTED', decisionReason: '依据不足' }),
    downloadPoster: jest.fn().mockResolvedValue(undefined),
  };
  const echarts = fakeEcharts();
  TestBed.configureTestingModule({
    imports: [ChecklistVersionComponent, translocoForSpecs()],
    providers: [
      provideRouter([]),
      echarts.provider,
      { provide: ChecklistsConsoleFacade, useValue: facade },
      { provide: SessionFacade, useValue: sessionStub(permissions) },
      {
        provide: RegionsFacade,
        useValue: { region: jest.fn().mockResolvedValue({ name: '长坝村', fullName: '长坝村' }) },
      },
    ],
  });
  const fixture = TestBed.createComponent(ChecklistVersionComponent);
  fixture.componentRef.setInput('id', 'v2');
  const el = fixture.nativeElement as HTMLElement;
  const testid = (id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
  return { fixture, facade, el, testid };
}

// component specs render ng-zorro tables, modals and charts: slower than the default 5 s on a loaded machine
jest.setTimeout(30_000);

describe('ChecklistVersionComponent', () => {
  it('knows the town of a village', () => {
    expect(townOf('150121101201')).toBe('150121101000');
  });

  it('shows the items with every field and the chart, the events and the poster links', async () => {
    const { fixture, testid, el } = setup(['CHECKLIST_READ']);
    await settle(fixture);
    expect(testid('checklist-status')?.textContent).toContain('待审核');
    const item = testid('checklist-item-ZZ-001');
    expect(item?.textContent).toContain('村规民约草案');
    expect(item?.textContent).toContain('监督主体');
    expect(item?.textContent).toContain('村务公开栏');
    expect(testid('flow-chart')).not.toBeNull();
    expect(testid('checklist-events')?.textContent).toContain('提交审核');
    expect(testid('checklist-poster-a3')?.getAttribute('href')).toBe('/api/checklists/versions/v2/poster.pdf?size=A3');
    expect(testid('checklist-poster-a4')?.getAttribute('href')).toBe('/api/checklists/versions/v2/poster.pdf?size=A4');
    // a reader without MANAGE gets no decision
    expect(testid('checklist-approve')).toBeNull();
    expect(el.textContent).toContain('结合本村实际调整');
  });

  it('the town sees the changes against the version in force and approves', async () => {
    const { fixture, facade, testid } = setup(['CHECKLIST_READ', 'CHECKLIST_MANAGE']);
    await settle(fixture);
    expect(facade.diff).toHaveBeenCalledWith('v1', 'v2');
    expect(testid('checklist-diff-added')?.textContent).toContain('制定和修改村规民约');
    expect(testid('checklist-diff-item-ZZ-002')?.textContent).toContain('收费标准');
    expect(testid('checklist-diff-item-ZZ-002')?.textContent).toContain('不收费');
    testid('checklist-approve')?.click();
    await settle(fixture);
    (document.querySelector('[data-testid="checklist-decision-confirm"]') as HTMLElement).click();
    await settle(fixture);
    expect(facade.approve).toHaveBeenCalledWith('v2', '');
    expect(testid('checklist-status')?.textContent).toContain('现行');
    expect(testid('checklist-approve')).toBeNull();
  });

  it('a rejection needs its reason; the server refusal is shown translated', async () => {
    const { fixture, facade, testid } = setup(['CHECKLIST_READ', 'CHECKLIST_MANAGE']);
    await settle(fixture);
    testid('checklist-reject')?.click();
    await settle(fixture);
    const confirm = () => (document.querySelector('[data-testid="checklist-decision-confirm"]') as HTMLElement).click();
    confirm();
    await settle(fixture);
    expect(document.querySelector('[data-testid="checklist-reason-required"]')?.textContent).toContain(
      '退回须说明理由',
    );
    expect(facade.reject).not.toHaveBeenCalled();

    facade.reject.mockRejectedValueOnce(new ApiError('CHECKLIST_REASON_REQUIRED', 'BAD_USER_INPUT'));
    const input = document.querySelector('[data-testid="checklist-decision-reason-input"]') as HTMLTextAreaElement;
    input.value = '依据不足';
    input.dispatchEvent(new Event('input'));
    await settle(fixture);
    confirm();
    await settle(fixture);
    expect(facade.reject).toHaveBeenCalledWith('v2', '依据不足');
    expect(document.querySelector('.cdk-overlay-container [data-testid="error-message"]')?.textContent).toContain(
      '退回须说明理由',
    );
    confirm();
    await settle(fixture);
    expect(testid('checklist-status')?.textContent).toContain('已退回');
    expect(testid('checklist-decision-reason')?.textContent).toContain('依据不足');
  });
});
