import { ChangeDetectionStrategy, Component, effect, inject, input, OnDestroy, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LedgerEntryFacade } from '@xiangzhi/points/data-access';

/** A stored evidence file: an image thumbnail (fetched with the session) or the document's name; opens on click. */
@Component({
  selector: 'xz-evidence-thumb',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="thumb" (click)="open()" [title]="name()" data-testid="entry-evidence">
      @if (url(); as src) {
        <img [src]="src" [alt]="name()" />
      } @else {
        <span>{{ failed() ? ('ledger.evidence.unavailable' | transloco) : name() }}</span>
      }
    </button>
  `,
  styles: `
    .thumb {
      width: 120px;
      height: 120px;
      padding: 0;
      border: 1px solid #f0f0f0;
      border-radius: 6px;
      overflow: hidden;
      background: #fafafa;
      cursor: pointer;
      font-size: 12px;
      word-break: break-all;
    }
    .thumb img {
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
  `,
})
export class EvidenceThumbComponent implements OnDestroy {
  private readonly facade = inject(LedgerEntryFacade);
  readonly fileId = input.required<string>();
  readonly name = input('');
  readonly contentType = input('');
  protected readonly url = signal<string | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    effect(() => {
      const id = this.fileId();
      if (this.contentType().startsWith('image/')) void this.load(id);
    });
  }

  protected open(): void {
    void this.facade.openEvidence(this.fileId(), this.name()).catch(() => this.failed.set(true));
  }

  ngOnDestroy(): void {
    const url = this.url();
    if (url) URL.revokeObjectURL(url);
  }

  private async load(id: string): Promise<void> {
    try {
      const blob = await this.facade.evidenceBlob(id);
      const previous = this.url();
      if (previous) URL.revokeObjectURL(previous);
      this.url.set(URL.createObjectURL(blob));
    } catch {
      this.failed.set(true);
    }
  }
}
