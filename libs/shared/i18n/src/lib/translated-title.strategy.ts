import { inject, Injectable, InjectionToken, Provider } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

/** Translation key of the app's name, the last part of every page title. */
export const APP_TITLE_KEY = new InjectionToken<string>('APP_TITLE_KEY');

/** Route `title`s are translation keys (root translations); the document title follows the language. */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly appKey = inject(APP_TITLE_KEY);
  private pageKey: string | undefined;

  constructor() {
    super();
    this.transloco.events$.subscribe(() => this.apply());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey = this.buildTitle(snapshot);
    this.apply();
  }

  private apply(): void {
    const app = this.transloco.translate(this.appKey);
    const page = this.pageKey && this.pageKey !== this.appKey ? this.transloco.translate(this.pageKey) : null;
    this.title.setTitle(page ? `${page} · ${app}` : app);
  }
}

/** Uses translated route titles, ending with the app name (`appKey`, e.g. `app.console`). */
export function provideTranslatedTitles(appKey: string): Provider[] {
  return [
    { provide: APP_TITLE_KEY, useValue: appKey },
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
  ];
}
