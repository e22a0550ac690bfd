import { Routes, UrlMatchResult, UrlSegment } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { GRID_SCOPE } from '@xiangzhi/registry/feature-grid';
import { SHOP_REDEEM_SCOPE } from './redeem-scope';
import { ShopRedeemComponent } from './shop-redeem.component';

/** Where the grid app mounts the counter: `/grid/shop` and `/grid/shop/:shopId`. */
export const SHOP_REDEEM_PATH = 'shop';

/**
 * The counter with or without a shop id in one route, so that picking a shop only changes the `shopId` input (the
 * page, and what the operator typed, stay).
 */
export function shopCounterMatcher(segments: UrlSegment[]): UrlMatchResult | null {
  if (segments.length > 1) return null;
  return { consumed: segments, posParams: segments.length ? { shopId: segments[0] } : {} };
}

/** The shop counter pages (mounted under `SHOP_REDEEM_PATH`, behind SHOP_REDEEM). */
export const SHOP_REDEEM_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(GRID_SCOPE, SHOP_REDEEM_SCOPE)],
    children: [{ matcher: shopCounterMatcher, component: ShopRedeemComponent, title: 'shopRedeem.title' }],
  },
];
