import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ErrorCodeLike } from './error-text';
import { ErrorTextPipe } from './error-text.pipe';
import { zhCN } from './translations/zh-CN';

@Component({
  imports: [ErrorTextPipe],
  template: `<p>{{ error() | xzErrorText }}</p>`,
})
class HostComponent {
  readonly error = signal<ErrorCodeLike | null>(null);
}

describe('ErrorTextPipe', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        HostComponent,
        TranslocoTestingModule.forRoot({
          langs: { 'zh-CN': zhCN },
          translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' },
          preloadLangs: true,
        }),
      ],
    });
  });

  it('shows the Chinese text of a server error code, the kind text, or the generic text', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    const text = async (error: ErrorCodeLike | null) => {
      fixture.componentInstance.error.set(error);
      await fixture.whenStable();
      return (fixture.nativeElement as HTMLElement).textContent?.trim();
    };
    expect(await text(null)).toBe('');
    expect(await text({ code: 'REGISTRY_ID_NUMBER_INVALID', kind: 'BAD_USER_INPUT' })).toBe(
      zhCN.errors.REGISTRY_ID_NUMBER_INVALID,
    );
    expect(await text({ code: 'SOMETHING_NEW', kind: 'FORBIDDEN' })).toBe(zhCN.errors.kind.FORBIDDEN);
    expect(await text({ code: 'SOMETHING_NEW' })).toBe(zhCN.errors.UNKNOWN);
  });
});
