import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PortalChecklistPublicFacade } from '@xiangzhi/checklists/data-access';
import { PublicRegistryFacade } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ComplaintPageComponent } from './complaint-page.component';
import { complaintProblems } from './portal-format';
import { testTransloco } from './test-transloco';

describe('ComplaintPageComponent', () => {
  const facade = { complain: jest.fn() };
  const registry = { village: jest.fn(async () => ({ code: '150626101201', name: '沙尔嘎查' })) };

  async function render() {
    TestBed.configureTestingModule({
      imports: [ComplaintPageComponent, testTransloco()],
      providers: [
        provideRouter([]),
        { provide: PortalChecklistPublicFacade, useValue: facade },
        { provide: PublicRegistryFacade, useValue: registry },
      ],
    });
    const fixture = TestBed.createComponent(ComplaintPageComponent);
    fixture.componentRef.setInput('villageCode', '150626101201');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const $ = (id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
    const type = (id: string, value: string) => {
      const input = $(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      $('complaint-submit')?.click();
      await fixture.whenStable();
      await new Promise((r) => setTimeout(r));
      await fixture.whenStable();
    };
    return { fixture, el, $, type, submit };
  }

  beforeEach(() => jest.clearAllMocks());

  it('checks the fields as the server does before sending', async () => {
    const { $, type, submit } = await render();
    await submit();
    expect(facade.complain).not.toHaveBeenCalled();
    expect($('complaint-subject-invalid')).not.toBeNull();
    expect($('complaint-text-invalid')).not.toBeNull();
    expect($('complaint-contact-invalid')).toBeNull();
    type('complaint-subject', '证明久拖不办');
    type('complaint-text', '申请的证明超过时限仍未出具。');
    type('complaint-contact', '12345');
    await submit();
    expect(facade.complain).not.toHaveBeenCalled();
    expect($('complaint-contact-invalid')).not.toBeNull();
    expect(complaintProblems({ subject: '事项', text: '五个字以上', contact: '0477-8123456' })).toEqual([]);
    expect(complaintProblems({ subject: '事项', text: '五个字以上', contact: '138 0000 0000' })).toEqual([]);
  });

  it('sends the complaint and shows its number; a new one gets a new key', async () => {
    facade.complain.mockResolvedValue('TS-2026-000007');
    const { $, type, submit, fixture } = await render();
    type('complaint-subject', '证明久拖不办');
    type('complaint-text', '申请的证明超过时限仍未出具。');
    await submit();
    expect(facade.complain).toHaveBeenCalledWith({
      villageCode: '150626101201',
      subject: '证明久拖不办',
      text: '申请的证明超过时限仍未出具。',
      contact: '',
      clientKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect($('complaint-number')?.textContent).toBe('TS-2026-000007');
    expect($('complaint-form')).toBeNull();
    const firstKey = facade.complain.mock.calls[0][0].clientKey;
    $('complaint-new')?.click();
    await fixture.whenStable();
    type('complaint-subject', '负面清单');
    type('complaint-text', '有部门要求村里关注公众号。');
    await submit();
    expect(facade.complain.mock.calls[1][0].clientKey).not.toBe(firstKey);
  });

  it('keeps the key for a retry of the same text, shows the refusal, and changes it for changed text', async () => {
    facade.complain.mockRejectedValueOnce(new ApiError('NETWORK_ERROR', 'UNAVAILABLE'));
    const { $, type, submit } = await render();
    type('complaint-subject', '证明久拖不办');
    type('complaint-text', '申请的证明超过时限仍未出具。');
    await submit();
    expect($('complaint-number')).toBeNull();
    expect($('complaint-form')).not.toBeNull();
    facade.complain.mockRejectedValueOnce(new ApiError('CHECKLIST_COMPLAINT_TOO_MANY', 'FORBIDDEN'));
    await submit();
    const [first, second] = facade.complain.mock.calls.map((c) => c[0].clientKey);
    expect(second).toBe(first);
    facade.complain.mockResolvedValueOnce('TS-2026-000008');
    type('complaint-text', '申请的证明超过时限仍未出具，已经十天。');
    await submit();
    expect(facade.complain.mock.calls[2][0].clientKey).not.toBe(first);
    expect($('complaint-number')?.textContent).toBe('TS-2026-000008');
  });
});
