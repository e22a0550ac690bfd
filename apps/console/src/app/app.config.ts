import { registerLocaleData } from '@angular/common';
import zh from '@angular/common/locales/zh';
import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import {
  ApartmentOutline,
  AuditOutline,
  CarryOutOutline,
  CheckSquareOutline,
  DownOutline,
  ExceptionOutline,
  FlagOutline,
  FormOutline,
  HomeOutline,
  LockOutline,
  LogoutOutline,
  MenuFoldOutline,
  MenuUnfoldOutline,
  NotificationOutline,
  ProfileOutline,
  TeamOutline,
  TrophyOutline,
  UploadOutline,
} from '@ant-design/icons-angular/icons';
import { provideIdentity } from '@xiangzhi/identity/data-access';
import { provideGraphql } from '@xiangzhi/shared/data-access';
import { provideI18n, provideTranslatedTitles } from '@xiangzhi/shared/i18n';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { appRoutes } from './app.routes';

// ng-zorro's date pickers format dates with Angular's locale data of the language shown (zh-cn; en is built in)
registerLocaleData(zh);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    provideGraphql(),
    provideI18n(),
    provideTranslatedTitles('app.console'),
    provideIdentity({ loginPath: '/login' }),
    provideNzI18n(zh_CN),
    provideNzIcons([
      ApartmentOutline,
      AuditOutline,
      CarryOutOutline,
      CheckSquareOutline,
      DownOutline,
      ExceptionOutline,
      FlagOutline,
      FormOutline,
      HomeOutline,
      LockOutline,
      LogoutOutline,
      MenuFoldOutline,
      MenuUnfoldOutline,
      NotificationOutline,
      ProfileOutline,
      TeamOutline,
      TrophyOutline,
      UploadOutline,
    ]),
  ],
};
