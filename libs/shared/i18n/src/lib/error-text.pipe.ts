import { ChangeDetectorRef, inject, OnDestroy, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Subscription } from 'rxjs';
import { ErrorCodeLike, errorTranslationKey } from './error-text';

/**
 * Translates a server error by its `extensions.code`: `{{ error() | xzErrorText }}`.
 * Impure like Transloco's own pipe, so it follows language changes; it recomputes only when the inputs change.
 */
@Pipe({ name: 'xzErrorText', pure: false })
export class ErrorTextPipe implements PipeTransform, OnDestroy {
  private readonly transloco = inject(TranslocoService);
  private readonly changeDetector = inject(ChangeDetectorRef);
  private readonly subscription: Subscription;
  private lastKey = '';
  private lastText = '';

  constructor() {
    // Translations load asynchronously: mark the view when they (or the language) change.
    this.subscription = this.transloco.events$.subscribe(() => {
      this.lastKey = '';
      this.changeDetector.markForCheck();
    });
  }

  transform(error: ErrorCodeLike | null | undefined): string {
    if (!error) return '';
    const lang = this.transloco.getActiveLang();
    const translation = this.transloco.getTranslation(lang);
    const key = errorTranslationKey(error, (k) => translation[k] !== undefined);
    const cacheKey = `${lang}|${key}`;
    if (cacheKey !== this.lastKey) {
      this.lastKey = cacheKey;
      this.lastText = this.transloco.translate(key);
    }
    return this.lastText;
  }

  ngOnDestroy(): void {
    this.subscription.unsubscribe();
  }
}
