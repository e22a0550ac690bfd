/**
 * Where the header's 积分超市 entry leads from `url`: the shops of the village being viewed (`/v/<code>…` or
 * `/shop/<code>…`), else the village picker of the shop pages.
 */
export function shopLinkFor(url: string): string[] {
  const path = url.split(/[?#]/)[0];
  const match = /^\/(?:v|shop)\/(\d{12})(?:\/|$)/.exec(path);
  return match ? ['/shop', match[1]] : ['/shop'];
}
