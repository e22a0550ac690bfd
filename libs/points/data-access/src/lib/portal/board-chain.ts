import { publicationHash } from '@xiangzhi/points/util';

/** What the browser needs of a board to verify the chain (T1). */
export interface ChainBoard {
  id: string;
  seq: number;
  previousHash?: string | null;
  hash: string;
  contentJson: string;
}

export type BoardChainProblem = 'HASH_MISMATCH' | 'BROKEN_LINK' | 'UNREADABLE';

/** One board as verified in the browser. */
export interface BoardChainCheck {
  id: string;
  seq: number;
  hash: string;
  recomputed: string | null;
  problem: BoardChainProblem | null;
}

/** The browser's verdict on a village's chain. */
export interface BoardChainVerdict {
  /** Every board hashes to its stored hash and links to the one before it. */
  valid: boolean;
  checks: BoardChainCheck[];
}

/**
 * Verifies a village's chain in the browser (T1): each board's hash must equal
 * `publicationHash(previousHash, JSON.parse(contentJson))`, and its previous hash must be the hash of the board
 * before it (the first board has none). Boards may come in any order; they are checked by `seq`.
 */
export async function verifyBoardChain(boards: readonly ChainBoard[]): Promise<BoardChainVerdict> {
  const ordered = [...boards].sort((a, b) => a.seq - b.seq);
  const checks: BoardChainCheck[] = [];
  let previous: string | null = null;
  for (const board of ordered) {
    const previousHash = board.previousHash ?? null;
    let recomputed: string | null = null;
    let problem: BoardChainProblem | null = null;
    try {
      recomputed = await publicationHash(previousHash, JSON.parse(board.contentJson) as unknown);
    } catch {
      problem = 'UNREADABLE';
    }
    if (problem === null && previousHash !== previous) problem = 'BROKEN_LINK';
    else if (problem === null && recomputed !== board.hash) problem = 'HASH_MISMATCH';
    checks.push({ id: board.id, seq: board.seq, hash: board.hash, recomputed, problem });
    previous = board.hash;
  }
  return { valid: checks.every((c) => c.problem === null), checks };
}
