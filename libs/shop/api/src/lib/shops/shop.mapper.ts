import { SIX_HAVE_LABELS, sixHavesStatus } from '@xiangzhi/shop/util';
import type { ShopEntity } from '../entities/shop.entity';
import type { ShopModel } from './shop.model';

/** The GraphQL view of a shop. */
export function toShopModel(s: ShopEntity): ShopModel {
  return {
    id: s.id,
    name: s.name,
    regionCode: s.regionCode,
    villageCodes: s.villageCodes,
    address: s.address,
    personInCharge: s.personInCharge,
    sixHaves: s.sixHaves.map((r) => ({ ...r, label: SIX_HAVE_LABELS[r.key] })),
    sixHavesMissing: sixHavesStatus(s.sixHaves).missing,
    active: s.active,
  };
}
