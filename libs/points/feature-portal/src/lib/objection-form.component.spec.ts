import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PublicPointsFacade } from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ObjectionFormComponent, ObjectionTarget } from './objection-form.component';
import { testTransloco } from './test-transloco';

const line = {
  lineNo: 2,
  entryId: 'e2',
  household: '李*',
  member: null,
  wording: '违反村规民约',
  kind: 'NEGATIVE',
  points: -2,
  occurredOn: '2026-11-02',
  reversalOf: null,
};

describe('ObjectionFormComponent', () => {
  const facade = { fileObjection: jest.fn() };

  async function render(target: ObjectionTarget, today = '2026-12-10') {
    TestBed.configureTestingModule({
      imports: [ObjectionFormComponent, testTransloco()],
      providers: [{ provide: PublicPointsFacade, useValue: facade }],
    });
    const fixture = TestBed.createComponent(ObjectionFormComponent);
    fixture.componentRef.setInput('target', target);
    fixture.componentRef.setInput('today', today);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const q = <T extends HTMLElement>(el: HTMLElement, id: string) => el.querySelector(`[data-testid="${id}"]`) as T;
  function type(el: HTMLElement, id: string, value: string) {
    const input = q<HTMLInputElement>(el, id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  const stable = () => TestBed.inject(ApplicationRef).whenStable();

  beforeEach(() => jest.clearAllMocks());

  it('refuses to send an incomplete form and says why', async () => {
    const el = await render({ publicationId: 'p-2', objectionUntil: '2026-12-21', line });
    type(el, 'points-objection-phone', '12');
    q<HTMLButtonElement>(el, 'points-objection-submit').click();
    await stable();
    expect(facade.fileObjection).not.toHaveBeenCalled();
    expect(el.textContent).toContain('请输入积分信息卡号');
    expect(el.textContent).toContain('请输入 4 位数字');
    expect(el.textContent).toContain('请写明异议内容（2 至 1000 字）');
  });

  it('files the objection to the line with the card check, then says it was filed', async () => {
    facade.fileObjection.mockResolvedValue({
      id: 'o1',
      entryId: 'e2',
      content: '没有违反',
      filedAt: '2026-12-10T01:00:00Z',
      status: 'FILED',
      decisionReason: null,
    });
    const el = await render({ publicationId: 'p-2', objectionUntil: '2026-12-21', line });
    type(el, 'points-objection-card', ' 150102001001-0007 ');
    type(el, 'points-objection-phone', '4321');
    type(el, 'points-objection-content', '当天我家不在村里，没有违反村规民约');
    q<HTMLButtonElement>(el, 'points-objection-submit').click();
    await stable();
    expect(facade.fileObjection).toHaveBeenCalledWith({
      publicationId: 'p-2',
      entryId: 'e2',
      cardNumber: '150102001001-0007',
      phoneLast4: '4321',
      content: '当天我家不在村里，没有违反村规民约',
    });
    expect(q(el, 'points-objection-filed')).not.toBeNull();
  });

  it('objects to a missing entry without an entry id, and shows a coded refusal', async () => {
    facade.fileObjection.mockRejectedValue(new ApiError('OBJECTION_IDENTITY_MISMATCH', 'BAD_USER_INPUT'));
    const el = await render({ publicationId: 'p-2', objectionUntil: '2026-12-21', line: null });
    expect(el.textContent).toContain('对遗漏的积分记录提出异议');
    type(el, 'points-objection-card', '150102001001-0007');
    type(el, 'points-objection-phone', '0000');
    type(el, 'points-objection-content', '十月参加了义务植树，没有记分');
    q<HTMLButtonElement>(el, 'points-objection-submit').click();
    await stable();
    expect(facade.fileObjection.mock.calls[0][0].entryId).toBeNull();
    expect(q(el, 'error-message').textContent).toContain('errors.');
    expect(q(el, 'points-objection-filed')).toBeNull();
  });

  it('cannot be sent after the window', async () => {
    const el = await render({ publicationId: 'p-2', objectionUntil: '2026-12-21', line }, '2026-12-22');
    expect(q<HTMLButtonElement>(el, 'points-objection-submit').disabled).toBe(true);
  });
});
