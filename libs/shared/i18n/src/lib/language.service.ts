import { DOCUMENT, inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_LANGUAGE, isLanguage, Language, LANGUAGE_STORAGE_KEY } from './languages';

/** The active language: persisted in localStorage, mirrored on `<html lang>`. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(DEFAULT_LANGUAGE);

  /** The active language. */
  readonly language = this.current.asReadonly();

  /** The stored language (or the default), loaded before the first render. */
  async init(): Promise<void> {
    const stored = readStoredLanguage();
    await this.use(stored);
  }

  /** Switches the language; the root translations load first so no key flashes on screen. */
  async use(language: Language): Promise<void> {
    await firstValueFrom(this.transloco.load(language));
    this.transloco.setActiveLang(language);
    this.current.set(language);
    this.document.documentElement.lang = language;
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // storage may be unavailable (private mode): the choice lasts for this page only
    }
  }
}

function readStoredLanguage(): Language {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}
