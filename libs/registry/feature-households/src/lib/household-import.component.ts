import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { HouseholdImportFacade, HouseholdsFacade } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { VillageOptions } from './village-options';

/** Excel import of households into a village, with live progress and the per-row error report. */
@Component({
  selector: 'xz-household-import',
  imports: [
    FormsModule,
    TranslocoPipe,
    NzButtonModule,
    NzProgressModule,
    NzSelectModule,
    NzStatisticModule,
    ErrorMessageComponent,
  ],
  providers: [VillageOptions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './household-import.component.html',
  styleUrl: './household-import.component.css',
})
export class HouseholdImportComponent {
  private readonly importer = inject(HouseholdImportFacade);
  private readonly households = inject(HouseholdsFacade);

  protected readonly villages = inject(VillageOptions).villages;
  protected readonly phase = this.importer.phase;
  protected readonly job = this.importer.job;
  protected readonly percent = this.importer.percent;
  protected readonly busy = this.importer.busy;
  protected readonly importError = this.importer.error;
  protected readonly villageCode = signal<string | null>(null);
  protected readonly file = signal<File | null>(null);
  protected readonly submitted = signal(false);
  protected readonly downloadError = signal<ApiError | null>(null);
  protected readonly progressStatus = computed(() => {
    const phase = this.phase();
    if (phase === 'failed') return 'exception';
    if (phase === 'done') return 'success';
    return 'active';
  });

  constructor() {
    effect(() => {
      const villages = this.villages();
      untracked(() => {
        const current = this.villageCode();
        if (!villages.some((v) => v.code === current))
          this.villageCode.set(villages.length === 1 ? villages[0].code : null);
      });
    });
  }

  protected chooseFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
  }

  protected startImport(): void {
    this.submitted.set(true);
    const file = this.file();
    const villageCode = this.villageCode();
    if (!file || !villageCode || this.busy()) return;
    void this.importer.start(file, villageCode);
  }

  protected importAgain(fileInput: HTMLInputElement): void {
    this.importer.reset();
    this.file.set(null);
    this.submitted.set(false);
    fileInput.value = '';
  }

  protected async downloadTemplate(): Promise<void> {
    await this.download(() => this.households.downloadTemplate());
  }

  protected async downloadErrorReport(): Promise<void> {
    await this.download(() => this.importer.downloadErrorReport());
  }

  private async download(run: () => Promise<void>): Promise<void> {
    this.downloadError.set(null);
    try {
      await run();
    } catch (error) {
      this.downloadError.set(ApiError.from(error));
    }
  }
}
