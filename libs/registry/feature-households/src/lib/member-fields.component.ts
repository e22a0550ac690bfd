import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { MemberFormGroup, RELATIONS } from './member-form';

/** The fields of one household member, with Chinese validation messages. */
@Component({
  selector: 'xz-member-fields',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    NzFormModule,
    NzInputModule,
    NzRadioModule,
    NzCheckboxModule,
    NzSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-fields.component.html',
  styles: `
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      column-gap: 16px;
    }
  `,
})
export class MemberFieldsComponent {
  readonly group = input.required<MemberFormGroup>();
  /** Unique prefix for element ids (several members on one page). */
  readonly idPrefix = input('member');
  /** Editing an existing member: an empty ID number keeps the stored one. */
  readonly keepIdNumber = input(false);
  protected readonly relations = RELATIONS;
}
