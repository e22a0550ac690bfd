import { ChangeDetectionStrategy, Component, inject, input, OnInit, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RegionOption, UsersFacade } from '@xiangzhi/identity/data-access';
import { NzCascaderModule, NzCascaderOption } from 'ng-zorro-antd/cascader';

/** A region chosen in the picker. */
export interface PickedRegion {
  code: string;
  name: string;
  level: string;
}

/** Region picker within the signed-in user's scope: a cascader whose children load on demand. */
@Component({
  selector: 'xz-region-picker',
  imports: [FormsModule, NzCascaderModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-cascader
      [nzOptions]="options()"
      [nzLoadData]="loadChildren"
      [nzChangeOnSelect]="true"
      [nzAllowClear]="allowClear()"
      [nzPlaceHolder]="label()"
      [ngModel]="path()"
      (ngModelChange)="choose($event)"
      [attr.aria-label]="label()"
      data-testid="region-picker"
    />
  `,
})
export class RegionPickerComponent implements OnInit {
  private readonly users = inject(UsersFacade);
  private readonly byCode = new Map<string, RegionOption>();

  /** Accessible name and empty text. */
  readonly label = input('');
  readonly allowClear = input(true);
  /** The chosen region, or null when cleared. */
  readonly picked = output<PickedRegion | null>();

  protected readonly options = signal<NzCascaderOption[]>([]);
  protected readonly path = signal<string[]>([]);

  async ngOnInit(): Promise<void> {
    const roots = await this.users.rootRegions().catch(() => []);
    this.options.set(roots.map((r) => this.toOption(r)));
  }

  protected readonly loadChildren = async (node: NzCascaderOption): Promise<void> => {
    const children = await this.users.childRegions(node.value as string).catch(() => []);
    node.children = children.map((r) => this.toOption(r));
    if (!children.length) node.isLeaf = true;
  };

  protected choose(path: string[] | null): void {
    this.path.set(path ?? []);
    const code = path?.[path.length - 1];
    const region = code ? this.byCode.get(code) : undefined;
    this.picked.emit(region ? { code: region.code, name: region.name, level: region.level } : null);
  }

  private toOption(region: RegionOption): NzCascaderOption {
    this.byCode.set(region.code, region);
    return { value: region.code, label: region.name, isLeaf: region.level === 'VILLAGE' };
  }
}
