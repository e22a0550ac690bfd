import type { ChecklistsPortalTranslation } from './zh-CN';

export const en: ChecklistsPortalTranslation = {
  nav: {
    village: 'Village page',
    lists: 'Village lists',
    cases: 'Case results',
    complaint: 'Complaints',
  },
  lists: {
    title: 'Village lists',
    village: '{{ village }} · Village lists',
    intro:
      'The lists in force in this village: autonomy matters, work assisting the government, the negative list and the certificates it issues by law. Matters are handled by the list and its flow chart; everyone may oversee them.',
    none: 'This village has not published its lists yet',
    lastChanged: 'Last changed on {{ date }}',
    tabs: 'Choose a list',
    version: 'Version {{ version }} · in force since {{ date }}',
    changeReason: 'Reason for the change',
    legalBasis: 'Legal basis',
    count: '{{ count }} items',
    noItems: 'This list has no items',
    poster: 'Download the poster (A4)',
    posterA3: 'A3',
  },
  item: {
    flow: 'Flow chart',
    steps: 'Steps',
    stepDays: '{{ days }} days',
    chartHint: 'The words on the arrows are the outcome of each step.',
  },
  fields: {
    category: 'Category',
    forbidden: 'Forbidden',
    basis: 'Basis of the ban',
    policyBasis: 'Legal basis',
    purpose: 'Purpose',
    conditions: 'Conditions',
    materials: 'Documents to bring',
    timeLimit: 'Time limit',
    responsibleBody: 'Responsible body',
    guidingUnit: 'Guiding office',
    oversight: 'Oversight',
    fee: 'Fee',
    disclosure: 'Disclosure',
    sample: 'Wording of the certificate',
    notes: 'Notes',
    consultation: 'Enquiries',
  },
  oversight: {
    who: 'Overseen by',
    ofWhom: 'Oversees',
    how: 'How',
  },
  disclosure: {
    what: 'What',
    how: 'Where',
  },
  stepKinds: {
    START: 'Start',
    TASK: 'Step',
    END: 'End',
  },
};
