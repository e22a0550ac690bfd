import { ApplicationRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { GridPointsFacade, GridScheme } from '@xiangzhi/points/data-access';
import { HouseholdFacade } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { RecordEntryComponent } from './record-entry.component';
import { testTransloco } from './test-transloco';

const scheme: GridScheme = {
  id: 's1',
  name: '长坝镇积分制管理办法',
  version: 2,
  year: 2026,
  items: [
    {
      code: 'A11',
      category: '环境卫生',
      name: '清扫巷道',
      kind: 'POSITIVE',
      minPoints: 1,
      maxPoints: 5,
      subject: 'HOUSEHOLD',
      evidenceRequired: false,
      capPerPeriod: null,
    },
    {
      code: 'A12',
      category: '环境卫生',
      name: '庭院整洁',
      kind: 'POSITIVE',
      minPoints: 2,
      maxPoints: 2,
      subject: 'HOUSEHOLD',
      evidenceRequired: true,
      capPerPeriod: null,
    },
    {
      code: 'B21',
      category: '孝老爱亲',
      name: '照顾老人',
      kind: 'POSITIVE',
      minPoints: 3,
      maxPoints: 3,
      subject: 'INDIVIDUAL',
      evidenceRequired: false,
      capPerPeriod: null,
    },
    {
      code: 'C31',
      category: '平安建设',
      name: '违反村规民约',
      kind: 'NEGATIVE',
      minPoints: 2,
      maxPoints: 5,
      subject: 'HOUSEHOLD',
      evidenceRequired: false,
      capPerPeriod: null,
    },
  ],
};

const household = {
  id: 'h1',
  cardNumber: '150102001001-0007',
  address: '二组 12 号',
  participating: true,
  village: { code: '150102001001', name: '长坝村', fullName: '长坝镇长坝村' },
  head: { id: 'm1', name: '张明', idNumberMasked: '1501**********0012' },
  members: [
    { id: 'm1', name: '张明', active: true },
    { id: 'm2', name: '王芳', active: true },
  ],
};

describe('RecordEntryComponent (记积分)', () => {
  const points = {
    schemeInForce: jest.fn(async () => scheme),
    record: jest.fn(),
    uploadEvidence: jest.fn(async () => ({ id: 'f1', name: 'a.jpg', size: 3, contentType: 'image/jpeg' })),
  };
  const households = { household: signal(household), error: signal(null), load: jest.fn() };
  let online = true;

  beforeAll(() => {
    Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
    URL.createObjectURL = jest.fn(() => 'blob:photo');
    URL.revokeObjectURL = jest.fn();
  });

  beforeEach(() => {
    jest.clearAllMocks();
    online = true;
  });

  async function render() {
    TestBed.configureTestingModule({
      imports: [RecordEntryComponent, testTransloco()],
      providers: [
        provideRouter([]),
        { provide: GridPointsFacade, useValue: points },
        { provide: HouseholdFacade, useValue: households },
      ],
    });
    const fixture = TestBed.createComponent(RecordEntryComponent);
    fixture.componentRef.setInput('id', 'h1');
    fixture.componentRef.setInput('today', '2026-12-03');
    await settle();
    return fixture.nativeElement as HTMLElement;
  }
  async function settle() {
    await TestBed.inject(ApplicationRef).whenStable();
    await new Promise((r) => setTimeout(r));
    await TestBed.inject(ApplicationRef).whenStable();
  }
  const q = <T extends HTMLElement>(el: HTMLElement, id: string) => el.querySelector(`[data-testid="${id}"]`) as T;
  function choose(el: HTMLElement, id: string, value: string) {
    const select = q<HTMLSelectElement>(el, id);
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }
  function type(el: HTMLElement, id: string, value: string) {
    const input = q<HTMLInputElement>(el, id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  async function submit(el: HTMLElement) {
    q<HTMLButtonElement>(el, 'record-submit').click();
    await settle();
  }

  it("offers the items of the village's scheme in force for this year, grouped by category", async () => {
    const el = await render();
    expect(points.schemeInForce).toHaveBeenCalledWith('150102001001', 2026);
    const groups = Array.from(el.querySelectorAll('optgroup')).map((g) => [
      g.label,
      g.querySelectorAll('option').length,
    ]);
    expect(groups).toEqual([
      ['环境卫生', 2],
      ['孝老爱亲', 1],
      ['平安建设', 1],
    ]);
    expect(q<HTMLInputElement>(el, 'record-date').value).toBe('2026-12-03');
    expect(q<HTMLInputElement>(el, 'record-date').max).toBe('2026-12-03');
    expect(q<HTMLSelectElement>(el, 'record-channel').value).toBe('QR_SCAN');
    const photo = q<HTMLInputElement>(el, 'record-photo-input');
    expect(photo.accept).toBe('image/*');
    expect(photo.getAttribute('capture')).toBe('environment');
  });

  it('shows fixed points, or a stepper within the range', async () => {
    const el = await render();
    choose(el, 'record-item', 'A12');
    await settle();
    expect(q(el, 'record-points-fixed').textContent).toContain('加分 2 分');
    expect(q(el, 'record-points')).toBeNull();
    choose(el, 'record-item', 'C31');
    await settle();
    expect(q<HTMLInputElement>(el, 'record-points').value).toBe('2');
    expect(q<HTMLButtonElement>(el, 'record-points-down').disabled).toBe(true);
    for (let i = 0; i < 5; i++) q<HTMLButtonElement>(el, 'record-points-up').click();
    await settle();
    expect(q<HTMLInputElement>(el, 'record-points').value).toBe('5');
    expect(q<HTMLButtonElement>(el, 'record-points-up').disabled).toBe(true);
  });

  it('asks for a member for an individual item and for a photo when the item requires evidence', async () => {
    const el = await render();
    choose(el, 'record-item', 'B21');
    await settle();
    type(el, 'record-description', '照顾邻居老人');
    await submit(el);
    expect(points.record).not.toHaveBeenCalled();
    expect(el.textContent).toContain('个人积分事项请选择家庭成员');
    choose(el, 'record-item', 'A12');
    await settle();
    await submit(el);
    expect(el.textContent).toContain('该事项需要上传照片作为依据');
    expect(points.record).not.toHaveBeenCalled();
  });

  it('uploads photos and records the entry with the right input, keeping the key across a retry', async () => {
    points.record
      .mockRejectedValueOnce(new ApiError('POINTS_CAP_EXCEEDED', 'BAD_USER_INPUT'))
      .mockResolvedValueOnce({ id: 'e1', itemName: '照顾老人', points: 3 });
    const el = await render();
    choose(el, 'record-item', 'B21');
    await settle();
    choose(el, 'record-member', 'm2');
    type(el, 'record-place', ' 二组 ');
    type(el, 'record-description', '照顾邻居老人');
    const photo = q<HTMLInputElement>(el, 'record-photo-input');
    Object.defineProperty(photo, 'files', {
      configurable: true,
      value: [new File(['x'], 'a.jpg', { type: 'image/jpeg' })],
    });
    photo.dispatchEvent(new Event('change'));
    await settle();
    expect(points.uploadEvidence).toHaveBeenCalledTimes(1);
    expect(el.querySelectorAll('[data-testid="record-photo"]')).toHaveLength(1);

    await submit(el);
    expect(q(el, 'error-message')).not.toBeNull();
    await submit(el);
    expect(points.record).toHaveBeenCalledTimes(2);
    const [first, second] = points.record.mock.calls.map((c) => c[0]);
    expect(first).toEqual({
      householdId: 'h1',
      itemCode: 'B21',
      points: 3,
      memberId: 'm2',
      occurredOn: '2026-12-03',
      place: '二组',
      description: '照顾邻居老人',
      channel: 'QR_SCAN',
      evidenceFileIds: ['f1'],
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(second.idempotencyKey).toBe(first.idempotencyKey);
    expect(q(el, 'record-done')).not.toBeNull();

    // the next entry gets a new key
    q<HTMLButtonElement>(el, 'record-another').click();
    await settle();
    points.record.mockResolvedValueOnce({ id: 'e2', itemName: '清扫巷道', points: 1 });
    choose(el, 'record-item', 'A11');
    await settle();
    type(el, 'record-description', '清扫巷道');
    await submit(el);
    expect(points.record.mock.calls[2][0].idempotencyKey).not.toBe(first.idempotencyKey);
  });

  it('says clearly that it is offline and keeps the form', async () => {
    const el = await render();
    choose(el, 'record-item', 'A11');
    await settle();
    type(el, 'record-description', '清扫巷道');
    online = false;
    await submit(el);
    expect(points.record).not.toHaveBeenCalled();
    expect(q(el, 'record-offline').textContent).toContain('当前离线，无法提交');
    expect(q<HTMLTextAreaElement>(el, 'record-description').value).toBe('清扫巷道');

    // a network failure while the browser thinks it is online is the same
    online = true;
    points.record.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await submit(el);
    expect(q(el, 'record-offline')).not.toBeNull();
    expect(q(el, 'record-done')).toBeNull();
    expect(q<HTMLSelectElement>(el, 'record-item').value).toBe('A11');
  });

  it('says when the village has no scheme in force', async () => {
    points.schemeInForce.mockResolvedValueOnce(null as unknown as GridScheme);
    const el = await render();
    expect(q(el, 'record-no-scheme')).not.toBeNull();
    expect(q(el, 'record-form')).toBeNull();
  });
});
