import type { RegistryTranslation } from './zh-CN';

export const en: RegistryTranslation = {
  residency: {
    LOCAL_HUKOU: 'Local hukou',
    NON_LOCAL: 'Non-local (living here ≥ 6 months)',
  },
  residencyShort: {
    LOCAL_HUKOU: 'Local',
    NON_LOCAL: 'Non-local',
  },
  relation: {
    HEAD: 'Head',
    SPOUSE: 'Spouse',
    CHILD: 'Child',
    PARENT: 'Parent',
    GRANDCHILD: 'Grandchild',
    SIBLING: 'Sibling',
    OTHER: 'Other',
  },
  gender: {
    MALE: 'Male',
    FEMALE: 'Female',
  },
  participating: {
    true: 'Takes part in points',
    false: 'Not in points scheme',
  },
  card: {
    title: 'Points card',
    number: 'Card no.',
    head: 'Head of household',
    idNumber: 'ID number',
    address: 'Address',
    village: 'Village',
    grid: 'Grid',
    residency: 'Residency',
    participating: 'Points scheme',
    members: 'Members',
    memberCount: '{{ count }} people',
    noMembers: 'No members yet',
    qrNote: 'The QR code is printed on the card',
  },
  member: {
    name: 'Name',
    relation: 'Relation to head',
    gender: 'Gender',
    birthDate: 'Date of birth',
    idNumber: 'ID number',
    phone: 'Phone',
    participating: 'In points',
    head: 'Head',
    inactive: 'Moved out',
  },
  breadcrumb: {
    label: 'Region path',
  },
};
