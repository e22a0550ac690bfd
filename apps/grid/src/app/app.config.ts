import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideIdentity } from '@xiangzhi/identity/data-access';
import { provideGraphql } from '@xiangzhi/shared/data-access';
import { provideI18n, provideTranslatedTitles } from '@xiangzhi/shared/i18n';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    provideGraphql(),
    provideI18n(),
    provideTranslatedTitles('app.grid'),
    provideIdentity({ loginPath: '/login' }),
  ],
};
