import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { PortalChecklistPublicFacade } from '@xiangzhi/checklists/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CertificateVerifyPageComponent } from './certificate-verify-page.component';
import { testTransloco } from './test-transloco';

describe('CertificateVerifyPageComponent', () => {
  const facade = { verify: jest.fn() };

  async function render(serial?: string) {
    TestBed.configureTestingModule({
      imports: [CertificateVerifyPageComponent, testTransloco()],
      providers: [provideRouter([]), { provide: PortalChecklistPublicFacade, useValue: facade }],
    });
    const fixture = TestBed.createComponent(CertificateVerifyPageComponent);
    if (serial !== undefined) fixture.componentRef.setInput('serial', serial);
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el, $: (id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLElement | null };
  }

  const found = (status: string, over: Record<string, unknown> = {}) => ({
    serial: 'ZM-2026-000123',
    status,
    itemName: '入党外调政审证明',
    villageName: '沙尔嘎查',
    holderMasked: '王*',
    issuedOn: '2026-12-01',
    revokedOn: null,
    ...over,
  });

  beforeEach(() => jest.clearAllMocks());

  it('says 真实有效 for a valid certificate, with its matter, village, holder and date', async () => {
    facade.verify.mockResolvedValue(found('VALID'));
    const { $ } = await render('ZM-2026-000123');
    expect(facade.verify).toHaveBeenCalledWith('ZM-2026-000123');
    expect($('certificate-status')?.textContent).toContain('真实有效');
    expect($('certificate-status')?.getAttribute('data-status')).toBe('VALID');
    expect($('certificate-explanation')?.textContent).toContain('本证明由沙尔嘎查出具，真实有效');
    expect($('certificate-item')?.textContent).toBe('入党外调政审证明');
    expect($('certificate-holder')?.textContent).toBe('王*');
    expect($('certificate-issued-on')?.textContent).toBe('2026年12月1日');
    expect($('certificate-revoked-on')).toBeNull();
  });

  it('says 已撤销 with the day of revocation', async () => {
    facade.verify.mockResolvedValue(found('REVOKED', { revokedOn: '2026-12-03' }));
    const { $ } = await render('ZM-2026-000123');
    expect($('certificate-status')?.textContent).toContain('已撤销');
    expect($('certificate-explanation')?.textContent).toContain('本证明已于 2026年12月3日 撤销');
    expect($('certificate-revoked-on')?.textContent).toBe('2026年12月3日');
  });

  it('says 未找到 for an unknown serial', async () => {
    facade.verify.mockResolvedValue({
      serial: 'XX-1',
      status: 'UNKNOWN',
      itemName: null,
      villageName: null,
      holderMasked: null,
      issuedOn: null,
      revokedOn: null,
    });
    const { $ } = await render('XX-1');
    expect($('certificate-status')?.textContent).toContain('未找到');
    expect($('certificate-explanation')?.textContent).toContain('没有找到编号为 XX-1 的证明');
    expect($('certificate-item')).toBeNull();
  });

  it('asks for a serial on /verify and goes to its page', async () => {
    const { $, fixture } = await render();
    expect(facade.verify).not.toHaveBeenCalled();
    expect($('certificate-status')).toBeNull();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const input = $('certificate-serial-input') as HTMLInputElement;
    input.value = ' ZM-2026-000009 ';
    input.dispatchEvent(new Event('input'));
    $('certificate-verify-submit')?.click();
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/verify', 'ZM-2026-000009']);
  });

  it('shows an error when the check fails', async () => {
    facade.verify.mockRejectedValue(new ApiError('NETWORK_ERROR', 'UNAVAILABLE'));
    const { $ } = await render('ZM-2026-000123');
    expect($('certificate-status')).toBeNull();
  });
});
