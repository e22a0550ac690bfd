import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  diffIsEmpty,
  pointsRange,
  SchemeItem,
  SchemesFacade,
  SchemeVersionDetail,
  SchemeVersionDiff,
} from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';

/** Item fields the diff names (`schemes.item.<field>`); others show as they come. */
const ITEM_FIELDS = new Set([
  'category',
  'name',
  'kind',
  'minPoints',
  'maxPoints',
  'subject',
  'capPerPeriod',
  'evidenceRequired',
  'publicWording',
  'example',
]);
/** Parameter fields the diff names (`schemes.param.<field>`). */
const PARAM_FIELDS = new Set([
  'subjectModel',
  'basePoints',
  'cycle',
  'rankingBasis',
  'exchangeValue',
  'exchangeableRule',
  'exchangeThreshold',
  'exchangeWindows',
  'blackListBlocksExchange',
  'awardRule',
  'reviewCadenceMonths',
  'publicationCadenceMonths',
  'objectionWindowDays',
  'villageAdoption',
]);

/** The label key of a changed field, or null to show the raw field name. */
export function fieldLabelKey(kind: 'item' | 'param', field: string): string | null {
  const last = field.split('.').pop() ?? field;
  if (kind === 'item') return ITEM_FIELDS.has(last) ? `schemes.item.${last}` : null;
  const name = (field.startsWith('parameters.') ? field.slice('parameters.'.length) : field).split('.')[0];
  if (name === 'name') return 'schemes.fields.name';
  return PARAM_FIELDS.has(name) ? `schemes.param.${name}` : null;
}

/** A before/after value as shown: JSON strings unquoted, empty as a dash. */
export function showValue(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === 'string') return parsed;
    if (parsed === null) return '—';
    return typeof parsed === 'object' ? JSON.stringify(parsed) : String(parsed);
  } catch {
    return value;
  }
}

/** What changed between two versions: items added, removed and changed (field before → after), parameters. */
@Component({
  selector: 'xz-scheme-diff',
  imports: [
    RouterLink,
    TranslocoPipe,
    NzButtonModule,
    NzSpinModule,
    NzTableModule,
    EmptyStateComponent,
    ErrorMessageComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scheme-diff.component.html',
  styleUrl: './schemes-pages.css',
})
export class SchemeDiffComponent {
  private readonly facade = inject(SchemesFacade);

  /** Query parameters `from` and `to` (version ids). */
  readonly from = input<string | undefined>();
  readonly to = input<string | undefined>();

  protected readonly diff = signal<SchemeVersionDiff | null>(null);
  protected readonly fromVersion = signal<SchemeVersionDetail | null>(null);
  protected readonly toVersion = signal<SchemeVersionDetail | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly empty = computed(() => {
    const diff = this.diff();
    return !!diff && diffIsEmpty(diff);
  });
  /** The names of changed items (from the newer version, else the older). */
  private readonly names = computed(() => {
    const map = new Map<string, string>();
    for (const item of this.fromVersion()?.items ?? []) map.set(item.code, item.name);
    for (const item of this.toVersion()?.items ?? []) map.set(item.code, item.name);
    return map;
  });

  constructor() {
    effect(() => {
      const from = this.from();
      const to = this.to();
      untracked(() => void this.load(from, to));
    });
  }

  protected itemName(code: string): string {
    return this.names().get(code) ?? code;
  }

  protected range(item: SchemeItem): string {
    return pointsRange(item);
  }

  protected label(kind: 'item' | 'param', field: string): string | null {
    return fieldLabelKey(kind, field);
  }

  protected show(value: string | null | undefined): string {
    return showValue(value);
  }

  private async load(from: string | undefined, to: string | undefined): Promise<void> {
    this.diff.set(null);
    if (!from || !to) return;
    this.loading.set(true);
    this.error.set(null);
    try {
      const [diff, a, b] = await Promise.all([
        this.facade.diff(from, to),
        this.facade.version(from),
        this.facade.version(to),
      ]);
      this.diff.set(diff);
      this.fromVersion.set(a);
      this.toVersion.set(b);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }
}
