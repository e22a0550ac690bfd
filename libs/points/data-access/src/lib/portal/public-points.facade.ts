import { inject, Injectable } from '@angular/core';
import { ApiError, runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import {
  PortalBoardFragment,
  PortalBoardSummaryFragment,
  PortalFileBoardObjectionGQL,
  PortalHouseholdPointsGQL,
  PortalHouseholdPointsQuery,
  PortalObjectionInput,
  PortalPointsBoardGQL,
  PortalPointsBoardsGQL,
  PortalPointsChainBoardsGQL,
  PortalPointsChainGQL,
  PortalPointsChainQuery,
  PortalPointsListingsGQL,
  PortalPointsListingsQuery,
  PortalPointsSchemeGQL,
  PortalPointsSchemeQuery,
  PortalSchemeVersionFragment,
} from '../generated/graphql';
import { BoardChainVerdict, ChainBoard, verifyBoardChain } from './board-chain';

export type PublicBoard = PortalBoardFragment;
export type PublicBoardLine = PortalBoardFragment['lines'][number];
export type PublicBoardSummary = PortalBoardSummaryFragment;
export type PublicChainCheck = PortalPointsChainQuery['publicPointsChain'][number];
export type PublicListing = PortalPointsListingsQuery['publicPointsListings'][number];
export type PublicScheme = PortalPointsSchemeQuery['publicPointsScheme'];
export type PublicSchemeVersion = PortalSchemeVersionFragment;
export type PublicSchemeHistoryVersion = PublicScheme['history'][number];
export type PublicHouseholdPoints = PortalHouseholdPointsQuery['publicHouseholdPoints'];
export type PublicHouseholdEntry = PublicHouseholdPoints['entries'][number];
export type PublicObjection = PublicHouseholdPoints['objections'][number];
export type BoardObjectionInput = PortalObjectionInput;

export interface PublicBoardPage {
  items: PublicBoardSummary[];
  total: number;
}

/** The API's own verification of a village's chain (`publicPointsChain`). */
export interface ApiChainVerdict {
  valid: boolean;
  checks: PublicChainCheck[];
}

/** Boards fetched per request when the browser verifies a whole chain (the API's page limit). */
export const CHAIN_PAGE_SIZE = 100;

/** The portal's (no sign-in) view of the points system: boards, chain, lists, scheme, a household's own points. */
@Injectable({ providedIn: 'root' })
export class PublicPointsFacade {
  private readonly boardsGql = inject(PortalPointsBoardsGQL);
  private readonly boardGql = inject(PortalPointsBoardGQL);
  private readonly chainBoardsGql = inject(PortalPointsChainBoardsGQL);
  private readonly chainGql = inject(PortalPointsChainGQL);
  private readonly listingsGql = inject(PortalPointsListingsGQL);
  private readonly schemeGql = inject(PortalPointsSchemeGQL);
  private readonly householdGql = inject(PortalHouseholdPointsGQL);
  private readonly objectionGql = inject(PortalFileBoardObjectionGQL);

  /** A village's boards, newest first (offset paging). */
  async boards(villageCode: string, first: number, offset: number): Promise<PublicBoardPage> {
    const result = await runApi(() =>
      firstValueFrom(this.boardsGql.fetch({ variables: { villageCode, first, offset } })),
    );
    const page = result.data?.publicPointsBoards;
    return { items: page?.items ?? [], total: page?.total ?? 0 };
  }

  async board(id: string): Promise<PublicBoard | null> {
    const result = await runApi(() => firstValueFrom(this.boardGql.fetch({ variables: { id } })));
    return result.data?.publicPointsBoard ?? null;
  }

  /** Every board of the village with what its hash covers, then verified here in the browser (T1). */
  async verifyInBrowser(villageCode: string): Promise<BoardChainVerdict> {
    const boards: ChainBoard[] = [];
    for (let offset = 0; ; offset += CHAIN_PAGE_SIZE) {
      const result = await runApi(() =>
        firstValueFrom(this.chainBoardsGql.fetch({ variables: { villageCode, first: CHAIN_PAGE_SIZE, offset } })),
      );
      const page = result.data?.publicPointsBoards;
      const items = page?.items ?? [];
      boards.push(...items);
      if (items.length < CHAIN_PAGE_SIZE || boards.length >= (page?.total ?? 0)) break;
    }
    return verifyBoardChain(boards);
  }

  /** The API's verdict on the chain. */
  async verifyByApi(villageCode: string): Promise<ApiChainVerdict> {
    const result = await runApi(() => firstValueFrom(this.chainGql.fetch({ variables: { villageCode } })));
    const checks = result.data?.publicPointsChain ?? [];
    return { valid: checks.every((c) => c.valid), checks };
  }

  /** The red and black lists today (masked names). */
  async listings(villageCode: string): Promise<PublicListing[]> {
    const result = await runApi(() => firstValueFrom(this.listingsGql.fetch({ variables: { villageCode } })));
    return result.data?.publicPointsListings ?? [];
  }

  /** The scheme in force for the village and year (the current year by default) and its history. */
  async scheme(villageCode: string, year: number | null = null): Promise<PublicScheme | null> {
    const result = await runApi(() => firstValueFrom(this.schemeGql.fetch({ variables: { villageCode, year } })));
    return result.data?.publicPointsScheme ?? null;
  }

  /** A household's own entries and objections, after the card number and phone check (never cached). */
  async householdPoints(cardNumber: string, phoneLast4: string): Promise<PublicHouseholdPoints | null> {
    const result = await runApi(() =>
      firstValueFrom(
        this.householdGql.fetch({
          variables: { cardNumber: cardNumber.trim(), phoneLast4: phoneLast4.trim() },
          fetchPolicy: 'no-cache',
        }),
      ),
    );
    return result.data?.publicHouseholdPoints ?? null;
  }

  /** Files an objection to a board line (`entryId`) or to a missing entry (no `entryId`). */
  async fileObjection(input: BoardObjectionInput): Promise<PublicObjection> {
    const result = await runApi(() =>
      firstValueFrom(
        this.objectionGql.mutate({
          variables: {
            input: {
              publicationId: input.publicationId,
              entryId: input.entryId ?? null,
              cardNumber: input.cardNumber.trim(),
              phoneLast4: input.phoneLast4.trim(),
              content: input.content.trim(),
            },
          },
        }),
      ),
    );
    const objection = result.data?.fileBoardObjection;
    if (!objection) throw new ApiError('UNKNOWN');
    return objection;
  }
}
