import { TestBed } from '@angular/core/testing';
import { FileApi } from '@xiangzhi/shared/data-access';
import { of } from 'rxjs';
import {
  ResultsAddListingGQL,
  ResultsChainGQL,
  ResultsDecideObjectionGQL,
  ResultsHouseholdNameGQL,
  ResultsHouseholdSearchGQL,
  ResultsInvestigateObjectionGQL,
  ResultsListingsGQL,
  ResultsObjectionsGQL,
  ResultsPublicationGQL,
  ResultsPublicationsGQL,
  ResultsPublishGQL,
  ResultsRecordObjectionGQL,
  ResultsRevokeListingGQL,
  ResultsSchemeInForceGQL,
  ResultsVillageRankingGQL,
} from '../generated/graphql';
import { ListingsFacade } from './listings.facade';
import { ObjectionsFacade } from './objections.facade';
import { pointsRoleHas } from './points-permissions';
import { noticePdfPath, PublicationsFacade } from './publications.facade';
import { rankingExportFileName, rankingExportPath, RankingsFacade } from './rankings.facade';

describe('rankingExportPath', () => {
  it('names the village, the year and the months of a quarter', () => {
    expect(rankingExportPath({ villageCode: '150121101201', year: 2026, fromMonth: 10, toMonth: 12 })).toBe(
      '/api/points/rankings.xlsx?villageCode=150121101201&year=2026&fromMonth=10&toMonth=12',
    );
  });

  it('leaves the months out for the whole year', () => {
    expect(rankingExportPath({ villageCode: '150121101201', year: 2026, fromMonth: null, toMonth: null })).toBe(
      '/api/points/rankings.xlsx?villageCode=150121101201&year=2026',
    );
    expect(rankingExportFileName({ villageCode: '150121101201', year: 2026, fromMonth: null, toMonth: null })).toBe(
      '积分排名-150121101201-2026.xlsx',
    );
  });
});

describe('noticePdfPath', () => {
  it('points at the public notice of a board', () => {
    expect(noticePdfPath('a b')).toBe('/api/points/publications/a%20b/notice.pdf');
  });
});

describe('pointsRoleHas', () => {
  it('mirrors the server grant table', () => {
    expect(pointsRoleHas('TOWN_SUPERVISOR', 'POINTS_YEAR_CLOSE')).toBe(true);
    expect(pointsRoleHas('TOWN_SUPERVISOR', 'POINTS_APPROVE')).toBe(true);
    expect(pointsRoleHas('VILLAGE_ADMIN', 'POINTS_PUBLISH')).toBe(true);
    expect(pointsRoleHas('VILLAGE_ADMIN', 'POINTS_YEAR_CLOSE')).toBe(false);
    expect(pointsRoleHas('VILLAGE_REVIEWER', 'POINTS_REVIEW')).toBe(true);
    expect(pointsRoleHas('VILLAGE_REVIEWER', 'POINTS_PUBLISH')).toBe(false);
    expect(pointsRoleHas('SHOP_OPERATOR', 'POINTS_READ')).toBe(false);
    expect(pointsRoleHas(null, 'POINTS_READ')).toBe(false);
  });
});

describe('results facades', () => {
  const publish = { mutate: jest.fn() };
  const decide = { mutate: jest.fn() };
  const addListing = { mutate: jest.fn() };
  const ranking = { fetch: jest.fn() };
  const files = { getBlob: jest.fn(), saveBlob: jest.fn() };

  beforeEach(() => {
    jest.resetAllMocks();
    TestBed.configureTestingModule({
      providers: [
        { provide: ResultsPublishGQL, useValue: publish },
        { provide: ResultsDecideObjectionGQL, useValue: decide },
        { provide: ResultsAddListingGQL, useValue: addListing },
        { provide: ResultsVillageRankingGQL, useValue: ranking },
        { provide: FileApi, useValue: files },
        ...[
          ResultsChainGQL,
          ResultsHouseholdNameGQL,
          ResultsHouseholdSearchGQL,
          ResultsInvestigateObjectionGQL,
          ResultsListingsGQL,
          ResultsObjectionsGQL,
          ResultsPublicationGQL,
          ResultsPublicationsGQL,
          ResultsRecordObjectionGQL,
          ResultsRevokeListingGQL,
          ResultsSchemeInForceGQL,
        ].map((provide) => ({ provide, useValue: {} })),
      ],
    });
  });

  it('publishes a period for a region and returns the boards', async () => {
    publish.mutate.mockReturnValue(of({ data: { publishPoints: [{ id: 'p1' }, { id: 'p2' }] } }));
    const boards = await TestBed.inject(PublicationsFacade).publish('150121101', 2026, 10);
    expect(publish.mutate).toHaveBeenCalledWith({ variables: { regionCode: '150121101', year: 2026, fromMonth: 10 } });
    expect(boards).toHaveLength(2);
  });

  it('sends the decision with its reason', async () => {
    decide.mutate.mockReturnValue(of({ data: { decidePointsObjection: { id: 'o1', status: 'UPHELD' } } }));
    await TestBed.inject(ObjectionsFacade).decide('o1', 'UPHOLD', '核实无误');
    expect(decide.mutate).toHaveBeenCalledWith({ variables: { id: 'o1', decision: 'UPHOLD', reason: '核实无误' } });
  });

  it('turns a missing answer into an error', async () => {
    addListing.mutate.mockReturnValue(of({ data: null }));
    await expect(
      TestBed.inject(ListingsFacade).add({ householdId: 'h', kind: 'RED', title: '最美家庭', fromDate: '2026-01-01' }),
    ).rejects.toMatchObject({ code: 'UNKNOWN' });
  });

  it('downloads the ranking export with the token-carrying file API', async () => {
    const blob = new Blob(['x']);
    files.getBlob.mockResolvedValue(blob);
    await TestBed.inject(RankingsFacade).exportXlsx({
      villageCode: '150121101201',
      year: 2026,
      fromMonth: 1,
      toMonth: 3,
    });
    expect(files.getBlob).toHaveBeenCalledWith(
      '/api/points/rankings.xlsx?villageCode=150121101201&year=2026&fromMonth=1&toMonth=3',
    );
    expect(files.saveBlob).toHaveBeenCalledWith(blob, '积分排名-150121101201-2026-1-3.xlsx');
  });
});
