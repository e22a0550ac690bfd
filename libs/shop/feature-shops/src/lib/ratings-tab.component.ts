import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import {
  ConsoleOperatorRating,
  ConsoleRatingHousehold,
  ConsoleShop,
  RatingsConsoleFacade,
} from '@xiangzhi/shop/data-access';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRateModule } from 'ng-zorro-antd/rate';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { isoDay, isWhole, recentYears } from './shop-rules';

interface RatingForm {
  operatorUserId: string | null;
  year: number;
  score: number;
  comment: string;
  points: number | null;
  householdId: string | null;
}

/** 经营者评价: ratings of the shop's operators (1–5, comment) with optional award points through the scheme. */
@Component({
  selector: 'xz-shop-ratings-tab',
  imports: [
    DatePipe,
    FormsModule,
    TranslocoPipe,
    NzButtonModule,
    NzInputModule,
    NzInputNumberModule,
    NzModalModule,
    NzRateModule,
    NzSelectModule,
    NzTableModule,
    ErrorMessageComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ratings-tab.component.html',
  styleUrl: './shop-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class RatingsTabComponent implements OnInit {
  private readonly facade = inject(RatingsConsoleFacade);
  private readonly session = inject(SessionFacade);
  readonly shop = input.required<ConsoleShop>();

  protected readonly canRate = computed(() => this.session.can('SHOP_RATE'));
  protected readonly years = recentYears(isoDay(new Date()));
  protected readonly items = signal<ConsoleOperatorRating[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = 20;
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly rating = signal(false);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly formError = signal<ApiError | null>(null);
  protected readonly households = signal<ConsoleRatingHousehold[]>([]);
  protected readonly searching = signal(false);
  protected form: RatingForm = this.emptyForm();

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.facade.ratings(this.shop().id, this.pageIndex(), this.pageSize);
      this.items.set(page.items);
      this.total.set(page.total);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected changePage(index: number): void {
    this.pageIndex.set(index);
    void this.load();
  }

  protected openRate(): void {
    this.form = this.emptyForm();
    const operators = this.shop().operators;
    if (operators.length === 1) this.form.operatorUserId = operators[0].userId;
    this.households.set([]);
    this.submitted.set(false);
    this.formError.set(null);
    this.rating.set(true);
  }

  async searchHouseholds(text: string): Promise<void> {
    this.searching.set(true);
    try {
      this.households.set(await this.facade.searchHouseholds(this.shop().id, text));
    } catch (error) {
      this.formError.set(ApiError.from(error));
    } finally {
      this.searching.set(false);
    }
  }

  protected formValid(): boolean {
    const f = this.form;
    const award = f.points === null || (isWhole(f.points, 1) && !!f.householdId);
    return !!f.operatorUserId && isWhole(f.score, 1) && f.score <= 5 && !!f.comment.trim() && award;
  }

  async rate(): Promise<void> {
    this.submitted.set(true);
    const f = this.form;
    if (!this.formValid()) return;
    this.saving.set(true);
    this.formError.set(null);
    try {
      await this.facade.rate({
        shopId: this.shop().id,
        operatorUserId: f.operatorUserId as string,
        year: f.year,
        score: f.score,
        comment: f.comment,
        points: f.points,
        householdId: f.points === null ? null : f.householdId,
      });
      this.rating.set(false);
      await this.load();
    } catch (error) {
      this.formError.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }

  private emptyForm(): RatingForm {
    return { operatorUserId: null, year: this.years[0], score: 5, comment: '', points: null, householdId: null };
  }
}
