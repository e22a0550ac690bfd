import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { VillageChoice } from './village-choice';

/** Under a town: which of its villages the page shows. Under a village: its name. */
@Component({
  selector: 'xz-results-village-picker',
  imports: [FormsModule, TranslocoPipe, NzSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (choice.isTown()) {
      <label class="picker">
        <span>{{ 'pointsResults.region.village' | transloco }}</span>
        <nz-select
          class="select"
          nzShowSearch
          [nzPlaceHolder]="'pointsResults.region.chooseVillage' | transloco"
          [ngModel]="choice.villageCode()"
          (ngModelChange)="choice.choose($event)"
          data-testid="results-village-picker"
        >
          @for (village of choice.villages(); track village.code) {
            <nz-option [nzValue]="village.code" [nzLabel]="village.name" />
          }
        </nz-select>
      </label>
    } @else if (choice.region(); as region) {
      <span class="name">{{ region.fullName }}</span>
    }
  `,
  styles: `
    .picker {
      display: inline-flex;
      gap: 8px;
      align-items: center;
    }
    .select {
      min-width: 200px;
    }
    .name {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class VillagePickerComponent {
  protected readonly choice = inject(VillageChoice);
}
