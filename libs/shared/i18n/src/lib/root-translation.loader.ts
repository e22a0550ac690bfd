import { Injectable } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';
import { from, Observable } from 'rxjs';

/** Loads the root translations as lazy chunks (no HTTP round trip to an assets folder). */
@Injectable({ providedIn: 'root' })
export class RootTranslationLoader implements TranslocoLoader {
  getTranslation(lang: string): Observable<Translation> {
    const translation =
      lang === 'en'
        ? import('./translations/en').then((m) => m.en)
        : import('./translations/zh-CN').then((m) => m.zhCN);
    return from(translation as Promise<Translation>);
  }
}
