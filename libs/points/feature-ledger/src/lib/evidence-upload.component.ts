import { ChangeDetectionStrategy, Component, effect, inject, input, model, OnDestroy, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { EVIDENCE_LIMIT, LedgerRecordFacade } from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';

/** One chosen evidence file: uploading, uploaded (with its id) or failed. */
export interface EvidenceItem {
  key: number;
  name: string;
  /** An object URL of the local file for image thumbnails, else null. */
  preview: string | null;
  id: string | null;
  uploading: boolean;
}

/** Photos and documents as evidence: each file is uploaded when chosen (`POST /api/files`); the ids are the value. */
@Component({
  selector: 'xz-evidence-upload',
  imports: [TranslocoPipe, NzButtonModule, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="evidence">
      @for (item of items(); track item.key) {
        <figure class="thumb" data-testid="evidence-thumb" [class.uploading]="item.uploading">
          @if (item.preview) {
            <img [src]="item.preview" [alt]="item.name" />
          } @else {
            <span class="doc">{{ item.name }}</span>
          }
          <figcaption>
            {{ item.uploading ? ('ledger.evidence.uploading' | transloco) : item.name }}
          </figcaption>
          <button
            type="button"
            class="remove"
            [attr.aria-label]="'ledger.evidence.remove' | transloco"
            (click)="remove(item.key)"
            data-testid="evidence-remove"
          >
            ×
          </button>
        </figure>
      }
      @if (items().length < limit) {
        <label class="pick" [class.disabled]="disabled()">
          <input
            type="file"
            multiple
            accept="image/*,application/pdf,.doc,.docx"
            [disabled]="disabled()"
            (change)="choose($event)"
            [attr.data-testid]="testId()"
          />
          <span>+ {{ 'ledger.evidence.add' | transloco }}</span>
        </label>
      }
    </div>
    <xz-error-message [error]="error()" />
  `,
  styles: `
    .evidence {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .thumb,
    .pick {
      position: relative;
      width: 104px;
      height: 104px;
      margin: 0;
      border: 1px dashed #d9d9d9;
      border-radius: 6px;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      overflow: hidden;
      background: #fafafa;
      font-size: 12px;
    }
    .thumb img {
      width: 100%;
      height: 76px;
      object-fit: cover;
    }
    .thumb figcaption {
      width: 100%;
      padding: 0 4px;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
      text-align: center;
    }
    .thumb.uploading {
      opacity: 0.6;
    }
    .doc {
      padding: 4px;
      word-break: break-all;
    }
    .remove {
      position: absolute;
      top: 2px;
      right: 2px;
      border: none;
      border-radius: 50%;
      width: 20px;
      height: 20px;
      line-height: 18px;
      background: rgba(0, 0, 0, 0.45);
      color: #fff;
      cursor: pointer;
    }
    .pick {
      cursor: pointer;
      color: rgba(0, 0, 0, 0.65);
    }
    .pick input {
      position: absolute;
      inset: 0;
      opacity: 0;
      cursor: pointer;
    }
    .pick.disabled {
      cursor: not-allowed;
      opacity: 0.5;
    }
  `,
})
export class EvidenceUploadComponent implements OnDestroy {
  private readonly facade = inject(LedgerRecordFacade);
  private next = 0;

  /** The ids of the uploaded files; set to [] to clear. */
  readonly ids = model<readonly string[]>([]);
  /** True while a file uploads (the form waits). */
  readonly busy = model(false);
  readonly disabled = input(false);
  readonly testId = input('evidence-input');

  protected readonly limit = EVIDENCE_LIMIT;
  protected readonly items = signal<EvidenceItem[]>([]);
  protected readonly error = signal<ApiError | null>(null);

  constructor() {
    // the form cleared the value: forget the thumbnails too
    effect(() => {
      if (this.ids().length === 0 && this.items().some((i) => i.id !== null && !i.uploading)) this.clearAll();
    });
  }

  protected choose(event: Event): void {
    const target = event.target as HTMLInputElement;
    const files = Array.from(target.files ?? []).slice(0, this.limit - this.items().length);
    target.value = '';
    for (const file of files) void this.upload(file);
  }

  protected remove(key: number): void {
    const item = this.items().find((i) => i.key === key);
    if (item?.preview) URL.revokeObjectURL(item.preview);
    this.items.update((list) => list.filter((i) => i.key !== key));
    this.publish();
  }

  ngOnDestroy(): void {
    for (const item of this.items()) if (item.preview) URL.revokeObjectURL(item.preview);
  }

  private async upload(file: File): Promise<void> {
    const key = ++this.next;
    const preview =
      file.type.startsWith('image/') && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : null;
    this.error.set(null);
    this.items.update((list) => [...list, { key, name: file.name, preview, id: null, uploading: true }]);
    this.publish();
    try {
      const uploaded = await this.facade.uploadEvidence(file);
      this.items.update((list) => list.map((i) => (i.key === key ? { ...i, id: uploaded.id, uploading: false } : i)));
    } catch (error) {
      this.error.set(ApiError.from(error));
      if (preview) URL.revokeObjectURL(preview);
      this.items.update((list) => list.filter((i) => i.key !== key));
    }
    this.publish();
  }

  private publish(): void {
    const list = this.items();
    this.busy.set(list.some((i) => i.uploading));
    this.ids.set(list.filter((i) => i.id !== null).map((i) => i.id as string));
  }

  private clearAll(): void {
    for (const item of this.items()) if (item.preview) URL.revokeObjectURL(item.preview);
    this.items.set([]);
    this.busy.set(false);
  }
}
