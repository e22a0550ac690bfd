import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ErrorMessageComponent } from './error-message.component';

describe('ErrorMessageComponent', () => {
  it('renders nothing without an error, and the translated code in an alert otherwise', async () => {
    TestBed.configureTestingModule({
      imports: [
        ErrorMessageComponent,
        TranslocoTestingModule.forRoot({
          langs: { 'zh-CN': { errors: { AUTH_INVALID_CREDENTIALS: '用户名或密码错误', UNKNOWN: '操作失败' } } },
          translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' },
          preloadLangs: true,
        }),
      ],
    });
    const fixture = TestBed.createComponent(ErrorMessageComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid="error-message"]')).toBeNull();

    fixture.componentRef.setInput('error', { code: 'AUTH_INVALID_CREDENTIALS', kind: 'UNAUTHENTICATED' });
    await fixture.whenStable();
    const alert = element.querySelector('[data-testid="error-message"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent?.trim()).toBe('用户名或密码错误');
  });
});
