/**
 * Where the header's 村级清单 entry leads from `url`: the lists of the village being viewed (`/v/<code>…`,
 * `/shop/<code>`, `/lists/<code>`, `/cases/<code>`, `/complaint/<code>`), else the region chooser to pick a village.
 */
export function checklistsLinkFor(url: string): string[] {
  const path = url.split(/[?#]/)[0];
  const match = /^\/(?:v|shop|lists|cases|complaint)\/(\d{12})(?:\/|$)/.exec(path);
  return match ? ['/lists', match[1]] : ['/regions'];
}
