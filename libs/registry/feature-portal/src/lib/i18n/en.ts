import type { PortalTranslation } from './zh-CN';

export const en: PortalTranslation = {
  home: {
    title: 'Village affairs',
    intro: 'See your village’s points board, its four lists and service guides. No sign-in needed.',
    choose: 'Choose my village',
  },
  chooser: {
    title: 'Choose a village',
    all: 'All regions',
    levels: {
      COUNTY: 'Choose a county',
      TOWN: 'Choose a town',
      VILLAGE: 'Choose a village',
      OTHER: 'Choose a region',
    },
    empty: 'No region is open here yet',
  },
  village: {
    notFound: 'Village not found',
    change: 'Change village',
    counts: '{{ households }} households, {{ participating }} of them in the points scheme',
    sectionsTitle: 'What is public',
    notPublished: 'Nothing published yet',
    openBoard: 'See the points board →',
    openLists: 'See the village lists →',
    openCases: 'Case results →',
    openComplaint: 'Complaints →',
    openVerify: 'Verify a certificate by its serial →',
    sections: {
      board: {
        title: 'Points board',
        text: 'Household points, rankings and the red and black lists, published each quarter.',
      },
      lists: {
        title: 'The four lists',
        text: 'Autonomy, assisted government work, the negative list and the certificates the village may issue.',
      },
      certificates: {
        title: 'Certificate check',
        text: 'Scan the QR code on a village certificate to check it.',
      },
      surveys: {
        title: 'Satisfaction survey',
        text: 'Tell the village how satisfied you are with its work, once per household.',
      },
    },
  },
};
