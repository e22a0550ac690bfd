import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { provideTranslocoScope, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { GridItem, GridsFacade, RegionNode, RegionsFacade } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzFormatEmitEvent, NzTreeNode, NzTreeNodeOptions } from 'ng-zorro-antd/core/tree';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTreeModule } from 'ng-zorro-antd/tree';
import { REGIONS_SCOPE } from './regions-scope';

/** The region tree of the caller's scope (children load when expanded) and the grids of a chosen village. */
@Component({
  selector: 'xz-regions-page',
  imports: [
    FormsModule,
    TranslocoPipe,
    NzTreeModule,
    NzTableModule,
    NzButtonModule,
    NzInputModule,
    NzModalModule,
    NzDescriptionsModule,
    EmptyStateComponent,
    ErrorMessageComponent,
  ],
  providers: [provideTranslocoScope(REGIONS_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './regions-page.component.html',
  styleUrl: './regions-page.component.css',
})
export class RegionsPageComponent implements OnInit {
  private readonly regions = inject(RegionsFacade);
  private readonly gridsFacade = inject(GridsFacade);
  private readonly session = inject(SessionFacade);
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);

  protected readonly nodes = signal<NzTreeNodeOptions[]>([]);
  protected readonly selected = signal<RegionNode | null>(null);
  protected readonly treeError = signal<ApiError | null>(null);
  protected readonly grids = this.gridsFacade.items;
  protected readonly gridsLoading = this.gridsFacade.loading;
  protected readonly gridsError = this.gridsFacade.error;
  protected readonly isVillage = computed(() => this.selected()?.level === 'VILLAGE');
  protected readonly canManageGrids = computed(() => this.session.can('GRID_MANAGE'));

  /** The grid being edited; `null` for a new one; `undefined` when the dialog is closed. */
  protected readonly editing = signal<GridItem | null | undefined>(undefined);
  protected readonly gridName = signal('');
  protected readonly leaderName = signal('');
  protected readonly gridSubmitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<ApiError | null>(null);

  async ngOnInit(): Promise<void> {
    const roots = await this.regions.loadMyRegions();
    this.treeError.set(this.regions.error());
    this.nodes.set(roots.map(toTreeNode));
  }

  /** Loads the children of a node the first time it opens. */
  protected async expandNode(event: NzFormatEmitEvent): Promise<void> {
    const node = event.node;
    if (!node || !node.isExpanded || node.getChildren().length || node.isLeaf) return;
    node.isLoading = true;
    try {
      const children = await this.regions.children(node.key);
      node.addChildren(children.map(toTreeNode));
      if (!children.length) node.isLeaf = true;
    } catch (error) {
      this.treeError.set(ApiError.from(error));
      node.isExpanded = false;
    } finally {
      node.isLoading = false;
    }
  }

  protected selectNode(event: NzFormatEmitEvent): void {
    const node: NzTreeNode | null | undefined = event.node;
    if (!node) return;
    const region = node.origin['region'] as RegionNode;
    this.selected.set(region);
    if (region.level === 'VILLAGE') void this.gridsFacade.load(region.code);
  }

  protected openGrid(grid: GridItem | null): void {
    this.editing.set(grid);
    this.gridName.set(grid?.name ?? '');
    this.leaderName.set(grid?.leaderName ?? '');
    this.gridSubmitted.set(false);
    this.saveError.set(null);
  }

  protected closeGrid(): void {
    this.editing.set(undefined);
  }

  protected async saveGrid(): Promise<void> {
    this.gridSubmitted.set(true);
    const village = this.selected();
    const name = this.gridName().trim();
    const editing = this.editing();
    if (!name || !village || editing === undefined) return;
    this.saving.set(true);
    this.saveError.set(null);
    const leaderName = this.leaderName().trim() || null;
    try {
      if (editing) await this.gridsFacade.update({ code: editing.code, name, leaderName });
      else await this.gridsFacade.create({ villageCode: village.code, name, leaderName });
      this.editing.set(undefined);
      this.message.success(this.transloco.translate('regions.gridSaved'));
    } catch (error) {
      this.saveError.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }
}

function toTreeNode(region: RegionNode): NzTreeNodeOptions {
  return { title: region.name, key: region.code, isLeaf: region.level === 'VILLAGE', region };
}
