import type { GridTranslation } from './zh-CN';

export const en: GridTranslation = {
  myGrids: {
    title: 'My grids',
    empty: 'You have no grids yet. Ask the village administrator.',
    leader: 'Leader: {{ name }}',
    open: 'Households',
  },
  gridHouseholds: {
    title: 'Households of the grid',
    count: '{{ total }} households',
    more: 'Load more',
    empty: 'No households in this grid',
  },
  find: {
    title: 'Find a household',
    searchLabel: 'Search by name or card number',
    search: 'Search',
    results: 'Results',
    noResults: 'No matching household',
    scan: 'Scan the card QR code',
    manualLabel: 'Type the card number',
    manualGo: 'Open',
    manualInvalid: 'Enter a valid card number',
  },
  scanner: {
    title: 'Scan',
    hint: 'Hold the QR code of the points card inside the frame',
    stop: 'Stop scanning',
    notSupported: 'This browser cannot use the camera. Type the card number instead.',
    denied: 'The camera could not be opened (not allowed or busy). Type the card number instead.',
    invalid: 'Not a points card QR code: {{ text }}',
    loading: 'Opening the camera…',
  },
  household: {
    title: 'Points card',
    notFound: 'Household not found',
    back: 'Back',
  },
};
