import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicRegistryFacade, PublicVillage } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';

/** The public sections of a village page; each shows an empty state until its feature publishes content. */
export const VILLAGE_SECTIONS = ['board', 'lists', 'certificates', 'surveys'] as const;

/** A village's public page (`publicVillage(code)`): what the village makes public. */
@Component({
  selector: 'xz-village-page',
  imports: [RouterLink, TranslocoPipe, EmptyStateComponent, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './village-page.component.html',
  styleUrl: './village-page.component.css',
})
export class VillagePageComponent {
  private readonly publicRegistry = inject(PublicRegistryFacade);

  /** Route parameter `:code`. */
  readonly code = input.required<string>();

  protected readonly village = signal<PublicVillage | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly sections = VILLAGE_SECTIONS;

  constructor() {
    effect(() => {
      const code = this.code();
      untracked(() => void this.load(code));
    });
  }

  private async load(code: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.village.set(await this.publicRegistry.village(code));
    } catch (error) {
      this.village.set(null);
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }
}
