import { ChangeDetectionStrategy, Component, inject, input, model, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ShopsConsoleFacade } from '@xiangzhi/shop/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';

/** One photo (六有, goods, receipt): uploaded when chosen with the file endpoint the points evidence uses. */
@Component({
  selector: 'xz-shop-photo-upload',
  imports: [TranslocoPipe, NzButtonModule, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="photo">
      @if (fileId(); as id) {
        <button nz-button nzType="link" type="button" (click)="open(id)" data-testid="photo-open">
          {{ 'shopConsole.photo.view' | transloco }}
        </button>
        @if (!disabled()) {
          <button nz-button nzType="link" nzDanger type="button" (click)="fileId.set(null)">
            {{ 'shopConsole.photo.remove' | transloco }}
          </button>
        }
      }
      @if (!disabled()) {
        <label class="pick">
          <input type="file" accept="image/*" (change)="choose($event)" [attr.data-testid]="testId()" />
          <span>{{ (uploading() ? 'shopConsole.photo.uploading' : 'shopConsole.photo.choose') | transloco }}</span>
        </label>
      }
      @if (!fileId() && disabled()) {
        <span class="none">{{ 'shopConsole.photo.none' | transloco }}</span>
      }
    </div>
    <xz-error-message [error]="error()" />
  `,
  styles: `
    .photo {
      display: flex;
      gap: 8px;
      align-items: center;
      flex-wrap: wrap;
    }
    .pick {
      position: relative;
      padding: 2px 10px;
      border: 1px dashed #d9d9d9;
      border-radius: 6px;
      cursor: pointer;
    }
    .pick input {
      position: absolute;
      inset: 0;
      opacity: 0;
      cursor: pointer;
    }
    .none {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class PhotoUploadComponent {
  private readonly facade = inject(ShopsConsoleFacade);
  readonly fileId = model<string | null>(null);
  /** True while the photo uploads (the form waits). */
  readonly busy = model(false);
  readonly disabled = input(false);
  readonly testId = input('photo-input');
  protected readonly uploading = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected async choose(event: Event): Promise<void> {
    const target = event.target as HTMLInputElement;
    const file = target.files?.[0];
    target.value = '';
    if (!file) return;
    this.uploading.set(true);
    this.busy.set(true);
    this.error.set(null);
    try {
      const uploaded = await this.facade.uploadPhoto(file);
      this.fileId.set(uploaded.id);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.uploading.set(false);
      this.busy.set(false);
    }
  }

  protected open(id: string): void {
    this.facade.openPhoto(id, 'photo').catch((error) => this.error.set(ApiError.from(error)));
  }
}
