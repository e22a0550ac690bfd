import { ChangeDetectionStrategy, Component, computed, effect, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  BarChartOutline,
  EyeOutline,
  OrderedListOutline,
  ShopOutline,
  SolutionOutline,
  WalletOutline,
} from '@ant-design/icons-angular/icons';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { LedgerGrants, PointsAccess } from '@xiangzhi/points/data-access';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { Language, LANGUAGES, LanguageService } from '@xiangzhi/shared/i18n';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { en_US, NzI18nService, zh_CN } from 'ng-zorro-antd/i18n';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { CONSOLE_PATHS } from '../app.routes';

/** The console's frame: side menu, region switcher, language switch and user menu around the routed page. */
@Component({
  selector: 'xz-console-shell',
  imports: [
    FormsModule,
    RouterLink,
    RouterOutlet,
    TranslocoPipe,
    NzLayoutModule,
    NzMenuModule,
    NzIconModule,
    NzDropDownModule,
    NzSelectModule,
    NzRadioModule,
  ],
  providers: [
    provideNzIconsPatch([ShopOutline, WalletOutline, BarChartOutline, SolutionOutline, EyeOutline, OrderedListOutline]),
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './console-shell.component.html',
  styleUrl: './console-shell.component.css',
})
export class ConsoleShellComponent implements OnInit {
  private readonly session = inject(SessionFacade);
  private readonly pointsAccess = inject(PointsAccess);
  private readonly ledgerGrants = inject(LedgerGrants);
  private readonly regionContext = inject(RegionContext);
  private readonly languageService = inject(LanguageService);
  private readonly nzI18n = inject(NzI18nService);
  private readonly router = inject(Router);

  protected readonly paths = CONSOLE_PATHS;
  protected readonly collapsed = signal(false);
  protected readonly user = this.session.user;
  protected readonly languages = LANGUAGES;
  protected readonly language = this.languageService.language;
  protected readonly regions = this.regionContext.options;
  protected readonly region = this.regionContext.current;
  protected readonly menu = computed(() =>
    [
      {
        path: CONSOLE_PATHS.households,
        icon: 'home',
        label: 'nav.households',
        visible: this.session.can('HOUSEHOLD_READ'),
      },
      {
        path: CONSOLE_PATHS.regions,
        icon: 'apartment',
        label: 'nav.regions',
        visible: this.session.can('REGION_READ'),
      },
      {
        path: CONSOLE_PATHS.import,
        icon: 'upload',
        label: 'nav.import',
        visible: this.session.can('HOUSEHOLD_IMPORT'),
      },
      {
        path: CONSOLE_PATHS.pointsSchemes,
        icon: 'profile',
        label: 'nav.pointsSchemes',
        visible: this.ledgerGrants.can('POINTS_READ'),
      },
      {
        path: CONSOLE_PATHS.pointsRecord,
        icon: 'form',
        label: 'nav.pointsRecord',
        visible: this.ledgerGrants.can('POINTS_RECORD'),
      },
      {
        path: CONSOLE_PATHS.pointsReview,
        icon: 'audit',
        label: 'nav.pointsReview',
        visible: this.ledgerGrants.can('POINTS_REVIEW'),
      },
      {
        path: CONSOLE_PATHS.pointsApproval,
        icon: 'check-square',
        label: 'nav.pointsApproval',
        visible: this.ledgerGrants.can('POINTS_APPROVE'),
      },
      {
        path: CONSOLE_PATHS.pointsPublications,
        icon: 'notification',
        label: 'nav.pointsPublications',
        visible: this.pointsAccess.can('POINTS_READ'),
      },
      {
        path: CONSOLE_PATHS.pointsObjections,
        icon: 'exception',
        label: 'nav.pointsObjections',
        visible: this.pointsAccess.can('POINTS_READ'),
      },
      {
        path: CONSOLE_PATHS.pointsRankings,
        icon: 'trophy',
        label: 'nav.pointsRankings',
        visible: this.pointsAccess.can('POINTS_READ'),
      },
      {
        path: CONSOLE_PATHS.pointsLists,
        icon: 'flag',
        label: 'nav.pointsLists',
        visible: this.pointsAccess.can('POINTS_READ'),
      },
      {
        path: CONSOLE_PATHS.pointsYearClose,
        icon: 'carry-out',
        label: 'nav.pointsYearClose',
        visible: this.pointsAccess.can('POINTS_YEAR_CLOSE'),
      },
      {
        path: CONSOLE_PATHS.shopShops,
        icon: 'shop',
        label: 'nav.shopShops',
        visible: this.session.can('SHOP_READ'),
      },
      {
        path: CONSOLE_PATHS.shopFunds,
        icon: 'wallet',
        label: 'nav.shopFunds',
        visible: this.session.can('SHOP_READ'),
      },
      {
        path: CONSOLE_PATHS.shopRounds,
        icon: 'bar-chart',
        label: 'nav.shopRounds',
        visible: this.session.can('SHOP_READ'),
      },
      {
        path: CONSOLE_PATHS.checklistCases,
        icon: 'solution',
        label: 'nav.checklistCases',
        visible: this.session.can('CHECKLIST_READ'),
      },
      {
        path: CONSOLE_PATHS.checklistOversight,
        icon: 'eye',
        label: 'nav.checklistOversight',
        visible: this.session.can('CHECKLIST_OVERSIGHT'),
      },
      {
        path: CONSOLE_PATHS.checklistLists,
        icon: 'ordered-list',
        label: 'nav.checklistLists',
        visible: this.session.can('CHECKLIST_READ'),
      },
      { path: CONSOLE_PATHS.users, icon: 'team', label: 'nav.users', visible: this.session.can('USER_READ') },
    ].filter((item) => item.visible),
  );

  constructor() {
    // ng-zorro's own texts (pagination, empty tables, pickers) follow the app language
    effect(() => this.nzI18n.setLocale(this.language() === 'en' ? en_US : zh_CN));
  }

  ngOnInit(): void {
    void this.regionContext.init();
    this.session.reloadUser().catch(() => undefined);
  }

  protected selectRegion(code: string): void {
    this.regionContext.select(code);
  }

  protected switchLanguage(language: Language): void {
    void this.languageService.use(language);
  }

  protected async logout(): Promise<void> {
    await this.session.logout();
    await this.router.navigate(['/', CONSOLE_PATHS.login]);
  }
}
