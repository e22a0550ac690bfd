import { inject, Injectable } from '@angular/core';
import { FileApi, pageOffset, requiredData, runApi, UploadedFile } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import {
  ShopConsoleBindOperatorGQL,
  ShopConsoleCreateShopGQL,
  ShopConsoleOperatorCandidatesGQL,
  ShopConsoleOperatorCandidatesQuery,
  ShopConsoleShopFragment,
  ShopConsoleShopGQL,
  ShopConsoleShopsGQL,
  ShopConsoleUnbindOperatorGQL,
  ShopConsoleUpdateShopGQL,
  ShopInput,
  SixHaveInput,
  UpdateShopInput,
} from '../generated/graphql';

export type ConsoleShop = ShopConsoleShopFragment;
export type ConsoleShopInput = ShopInput;
export type ConsoleUpdateShopInput = UpdateShopInput;
export type ConsoleSixHaveInput = SixHaveInput;
export type ConsoleOperatorCandidate = ShopConsoleOperatorCandidatesQuery['users']['items'][number];

/** A page of shops. */
export interface ConsoleShopPage {
  items: ConsoleShop[];
  total: number;
}

/** Shops of a region, one shop, its 六有 and its operators (console). */
@Injectable({ providedIn: 'root' })
export class ShopsConsoleFacade {
  private readonly shopsGql = inject(ShopConsoleShopsGQL);
  private readonly shopGql = inject(ShopConsoleShopGQL);
  private readonly createGql = inject(ShopConsoleCreateShopGQL);
  private readonly updateGql = inject(ShopConsoleUpdateShopGQL);
  private readonly bindGql = inject(ShopConsoleBindOperatorGQL);
  private readonly unbindGql = inject(ShopConsoleUnbindOperatorGQL);
  private readonly candidatesGql = inject(ShopConsoleOperatorCandidatesGQL);
  private readonly files = inject(FileApi);

  async shops(regionCode: string | null, pageIndex: number, pageSize: number): Promise<ConsoleShopPage> {
    const result = await runApi(() =>
      firstValueFrom(
        this.shopsGql.fetch({
          variables: { regionCode, first: pageSize, offset: pageOffset(pageIndex, pageSize) },
          fetchPolicy: 'network-only',
        }),
      ),
    );
    return requiredData(result.data?.shops);
  }

  async shop(id: string): Promise<ConsoleShop> {
    const result = await runApi(() =>
      firstValueFrom(this.shopGql.fetch({ variables: { id }, fetchPolicy: 'network-only' })),
    );
    return requiredData(result.data?.shop);
  }

  async create(input: ShopInput): Promise<ConsoleShop> {
    const result = await runApi(() => firstValueFrom(this.createGql.mutate({ variables: { input } })));
    return requiredData(result.data?.createShop);
  }

  async update(id: string, input: UpdateShopInput): Promise<ConsoleShop> {
    const result = await runApi(() => firstValueFrom(this.updateGql.mutate({ variables: { id, input } })));
    return requiredData(result.data?.updateShop);
  }

  /** Saves the 六有 of a shop, keeping everything else as it is. */
  async saveSixHaves(shop: ConsoleShop, sixHaves: readonly SixHaveInput[]): Promise<ConsoleShop> {
    return this.update(shop.id, {
      name: shop.name,
      address: shop.address,
      personInCharge: shop.personInCharge,
      villageCodes: [...shop.villageCodes],
      active: shop.active,
      sixHaves: sixHaves.map((s) => ({ key: s.key, description: s.description, photoFileId: s.photoFileId ?? null })),
    });
  }

  async bindOperator(shopId: string, userId: string): Promise<ConsoleShop> {
    const result = await runApi(() => firstValueFrom(this.bindGql.mutate({ variables: { shopId, userId } })));
    return requiredData(result.data?.bindShopOperator);
  }

  async unbindOperator(shopId: string, userId: string): Promise<ConsoleShop> {
    const result = await runApi(() => firstValueFrom(this.unbindGql.mutate({ variables: { shopId, userId } })));
    return requiredData(result.data?.unbindShopOperator);
  }

  /** SHOP_OPERATOR users of a region (to bind to a shop). */
  async operatorCandidates(regionCode: string | null, search = ''): Promise<ConsoleOperatorCandidate[]> {
    const result = await runApi(() =>
      firstValueFrom(
        this.candidatesGql.fetch({
          variables: { regionCode, search: search.trim() || null },
          fetchPolicy: 'network-only',
        }),
      ),
    );
    return requiredData(result.data?.users).items;
  }

  /** Uploads a photo (六有, goods, receipt) with the existing file endpoint (`POST /api/files`). */
  uploadPhoto(file: File): Promise<UploadedFile> {
    return this.files.upload(file, file.name);
  }

  /** A stored photo, fetched with the session (for thumbnails). */
  photo(fileId: string): Promise<Blob> {
    return this.files.download(fileId);
  }

  /** Opens a stored file in a new tab. */
  async openPhoto(fileId: string, name: string): Promise<void> {
    const blob = await this.files.download(fileId);
    this.files.openBlob(blob, name);
  }
}
