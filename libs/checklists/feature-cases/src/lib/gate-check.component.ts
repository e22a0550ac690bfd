import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  ChecklistGateFacade,
  type ChecklistRequestKindValue,
  type GateDecisionView,
} from '@xiangzhi/checklists/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { filled } from './case-rules';
import { CaseVillageSelect } from './village-select';

/**
 * 前置审查: what a village is asked for (a certificate, or a task a town department pushes down) checked against the
 * national do-not-issue list and the village's lists; a refusal shows the matched item and its policy basis.
 */
@Component({
  selector: 'xz-gate-check',
  imports: [
    FormsModule,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    ErrorMessageComponent,
  ],
  providers: [CaseVillageSelect],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './gate-check.component.html',
  styleUrl: './cases-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class GateCheckComponent {
  private readonly facade = inject(ChecklistGateFacade);
  protected readonly choice = inject(CaseVillageSelect);

  protected kind: ChecklistRequestKindValue = 'CERTIFICATE';
  protected text = '';
  protected department = '';
  protected readonly checking = signal(false);
  protected readonly submitted = signal(false);
  protected readonly decision = signal<GateDecisionView | null>(null);
  protected readonly error = signal<ApiError | null>(null);

  protected textFilled(): boolean {
    return filled(this.text);
  }

  async check(): Promise<void> {
    this.submitted.set(true);
    const villageCode = this.choice.villageCode();
    if (!villageCode || !filled(this.text)) return;
    this.checking.set(true);
    this.error.set(null);
    this.decision.set(null);
    try {
      this.decision.set(
        await this.facade.check({
          villageCode,
          kind: this.kind,
          text: this.text.trim(),
          department: this.kind === 'TASK' && filled(this.department) ? this.department.trim() : null,
        }),
      );
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.checking.set(false);
    }
  }
}
