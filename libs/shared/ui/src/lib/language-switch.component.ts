import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language, LANGUAGES, LanguageService } from '@xiangzhi/shared/i18n';

/** 中文 / English toggle without any UI library (grid and portal apps). */
@Component({
  selector: 'xz-language-switch',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="xz-language-switch" role="group" [attr.aria-label]="'lang.label' | transloco">
      @for (lang of languages; track lang) {
        <button
          type="button"
          [class.active]="lang === language()"
          [attr.aria-pressed]="lang === language()"
          [attr.data-testid]="'lang-' + lang"
          (click)="switchTo(lang)"
        >
          {{ 'lang.' + lang | transloco }}
        </button>
      }
    </span>
  `,
  styles: `
    .xz-language-switch {
      display: inline-flex;
      gap: 4px;
    }
    button {
      min-height: 32px;
      padding: 2px 8px;
      border: 1px solid currentColor;
      border-radius: 4px;
      background: transparent;
      color: inherit;
      font: inherit;
      opacity: 0.75;
      cursor: pointer;
    }
    button.active {
      opacity: 1;
      font-weight: 600;
    }
  `,
})
export class LanguageSwitchComponent {
  private readonly languageService = inject(LanguageService);
  protected readonly languages = LANGUAGES;
  protected readonly language = this.languageService.language;

  protected switchTo(language: Language): void {
    void this.languageService.use(language);
  }
}
