import { TestBed } from '@angular/core/testing';
import { ApiError } from '@xiangzhi/shared/data-access';
import { of, throwError } from 'rxjs';
import {
  PortalFileBoardObjectionGQL,
  PortalHouseholdPointsGQL,
  PortalPointsBoardGQL,
  PortalPointsBoardsGQL,
  PortalPointsChainBoardsGQL,
  PortalPointsChainGQL,
  PortalPointsListingsGQL,
  PortalPointsSchemeGQL,
} from '../generated/graphql';
import { CHAIN_PAGE_SIZE, PublicPointsFacade } from './public-points.facade';

describe('PublicPointsFacade', () => {
  const boards = { fetch: jest.fn() };
  const chainBoards = { fetch: jest.fn() };
  const chain = { fetch: jest.fn() };
  const household = { fetch: jest.fn() };
  const objection = { mutate: jest.fn() };

  beforeEach(() => {
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        { provide: PortalPointsBoardsGQL, useValue: boards },
        { provide: PortalPointsBoardGQL, useValue: { fetch: jest.fn() } },
        { provide: PortalPointsChainBoardsGQL, useValue: chainBoards },
        { provide: PortalPointsChainGQL, useValue: chain },
        { provide: PortalPointsListingsGQL, useValue: { fetch: jest.fn() } },
        { provide: PortalPointsSchemeGQL, useValue: { fetch: jest.fn() } },
        { provide: PortalHouseholdPointsGQL, useValue: household },
        { provide: PortalFileBoardObjectionGQL, useValue: objection },
      ],
    });
  });

  it('pages the boards by offset', async () => {
    boards.fetch.mockReturnValue(of({ data: { publicPointsBoards: { total: 7, items: [] } } }));
    const page = await TestBed.inject(PublicPointsFacade).boards('150102001001', 5, 5);
    expect(boards.fetch).toHaveBeenCalledWith({ variables: { villageCode: '150102001001', first: 5, offset: 5 } });
    expect(page).toEqual({ items: [], total: 7 });
  });

  it('fetches every page of the chain before verifying it', async () => {
    chainBoards.fetch
      .mockReturnValueOnce(
        of({
          data: {
            publicPointsBoards: {
              total: CHAIN_PAGE_SIZE + 1,
              items: Array(CHAIN_PAGE_SIZE)
                .fill(null)
                .map((_, i) => ({ id: `p${i}`, seq: i + 1, previousHash: null, hash: 'x', contentJson: '{}' })),
            },
          },
        }),
      )
      .mockReturnValueOnce(of({ data: { publicPointsBoards: { total: CHAIN_PAGE_SIZE + 1, items: [] } } }));
    const verdict = await TestBed.inject(PublicPointsFacade).verifyInBrowser('150102001001');
    expect(chainBoards.fetch).toHaveBeenCalledTimes(2);
    expect(chainBoards.fetch.mock.calls[1][0].variables.offset).toBe(CHAIN_PAGE_SIZE);
    expect(verdict.checks).toHaveLength(CHAIN_PAGE_SIZE);
  });

  it("reads the API's verdict: valid only when every link is", async () => {
    chain.fetch.mockReturnValue(
      of({
        data: {
          publicPointsChain: [
            { seq: 1, hash: 'a', valid: true, problem: null },
            { seq: 2, hash: 'b', valid: false, problem: 'HASH_MISMATCH' },
          ],
        },
      }),
    );
    expect((await TestBed.inject(PublicPointsFacade).verifyByApi('150102001001')).valid).toBe(false);
  });

  it('sends the card check trimmed and never caches a household', async () => {
    household.fetch.mockReturnValue(
      of({
        data: { publicHouseholdPoints: { household: '张*明', villageName: '长坝村', entries: [], objections: [] } },
      }),
    );
    await TestBed.inject(PublicPointsFacade).householdPoints(' 150102001001-0001 ', ' 1234 ');
    expect(household.fetch).toHaveBeenCalledWith({
      variables: { cardNumber: '150102001001-0001', phoneLast4: '1234' },
      fetchPolicy: 'no-cache',
    });
  });

  it('files an objection to a missing entry with entryId null, and rethrows coded errors', async () => {
    objection.mutate.mockReturnValueOnce(
      of({
        data: {
          fileBoardObjection: {
            id: 'o1',
            entryId: null,
            content: '漏记',
            filedAt: '2026-04-02T00:00:00Z',
            status: 'FILED',
            decisionReason: null,
          },
        },
      }),
    );
    const facade = TestBed.inject(PublicPointsFacade);
    await facade.fileObjection({ publicationId: 'p1', cardNumber: 'c', phoneLast4: '1234', content: ' 漏记 ' });
    expect(objection.mutate).toHaveBeenCalledWith({
      variables: {
        input: { publicationId: 'p1', entryId: null, cardNumber: 'c', phoneLast4: '1234', content: '漏记' },
      },
    });
    objection.mutate.mockReturnValueOnce(throwError(() => new ApiError('OBJECTION_WINDOW_CLOSED', 'BAD_USER_INPUT')));
    await expect(
      facade.fileObjection({
        publicationId: 'p1',
        entryId: 'e1',
        cardNumber: 'c',
        phoneLast4: '1234',
        content: '不对',
      }),
    ).rejects.toMatchObject({ code: 'OBJECTION_WINDOW_CLOSED' });
  });
});
