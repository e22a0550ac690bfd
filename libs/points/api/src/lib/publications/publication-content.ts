import { publicationHash } from '@xiangzhi/points/util';
import type { PointsPublicationEntity, PointsPublicationLineEntity, PublishedRankingRow } from './publication.entity';

/** What a publication's hash covers: the board as residents see it (no personal data beyond masked names). */
export interface PublicationContent {
  villageCode: string;
  villageName: string;
  seq: number;
  period: { year: number; fromMonth: number; toMonth: number };
  schemeVersionId: string;
  rankingBasis: string;
  publishedOn: string;
  objectionUntil: string;
  lines: Array<{
    lineNo: number;
    entryId: string;
    household: string;
    member: string | null;
    wording: string;
    kind: string;
    points: number;
    occurredOn: string;
    reversalOf: string | null;
  }>;
  ranking: PublishedRankingRow[];
}

type Header = Pick<
  PointsPublicationEntity,
  | 'villageCode'
  | 'villageName'
  | 'seq'
  | 'year'
  | 'fromMonth'
  | 'toMonth'
  | 'schemeVersionId'
  | 'rankingBasis'
  | 'publishedOn'
  | 'objectionUntil'
  | 'ranking'
>;
type Line = Omit<PointsPublicationLineEntity, 'publicationId' | 'publication'>;

/** The hashed content of a publication, rebuilt from its row and its lines (ordered by line number). */
export function publicationContent(header: Header, lines: readonly Line[]): PublicationContent {
  return {
    villageCode: header.villageCode,
    villageName: header.villageName,
    seq: header.seq,
    period: { year: header.year, fromMonth: header.fromMonth, toMonth: header.toMonth },
    schemeVersionId: header.schemeVersionId,
    rankingBasis: header.rankingBasis,
    publishedOn: header.publishedOn,
    objectionUntil: header.objectionUntil,
    lines: [...lines]
      .sort((a, b) => a.lineNo - b.lineNo)
      .map((l) => ({
        lineNo: l.lineNo,
        entryId: l.entryId,
        household: l.household,
        member: l.member,
        wording: l.wording,
        kind: l.kind,
        points: l.points,
        occurredOn: l.occurredOn,
        reversalOf: l.reversalOf,
      })),
    ranking: header.ranking.map((r) => ({ rank: r.rank, household: r.household, value: r.value })),
  };
}

export type ChainProblem = 'HASH_MISMATCH' | 'BROKEN_LINK';

export interface ChainCheck {
  seq: number;
  hash: string;
  /** What the stored content hashes to now. */
  recomputed: string;
  problem: ChainProblem | null;
}

/**
 * Verifies a village's chain (T1): each publication's stored hash must equal the hash of its content and the
 * previous hash, and its previous hash must be the hash of the publication before it.
 */
export async function verifyChain(
  publications: ReadonlyArray<{ seq: number; hash: string; previousHash: string | null; content: PublicationContent }>,
): Promise<ChainCheck[]> {
  const ordered = [...publications].sort((a, b) => a.seq - b.seq);
  const checks: ChainCheck[] = [];
  let previous: string | null = null;
  for (const p of ordered) {
    const recomputed = await publicationHash(p.previousHash, p.content);
    let problem: ChainProblem | null = null;
    if (p.previousHash !== previous) problem = 'BROKEN_LINK';
    else if (recomputed !== p.hash) problem = 'HASH_MISMATCH';
    checks.push({ seq: p.seq, hash: p.hash, recomputed, problem });
    previous = p.hash;
  }
  return checks;
}
