import { webcrypto } from 'node:crypto';
import { canonicalJson, publicationHash } from '@xiangzhi/points/util';
import { ChainBoard, verifyBoardChain } from './board-chain';

// jsdom has no SubtleCrypto: use Node's Web Crypto, as a browser would use its own
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });

function content(seq: number, points: number) {
  return {
    villageCode: '150102001001',
    villageName: '长坝村',
    seq,
    period: { year: 2026, fromMonth: seq * 3 - 2, toMonth: seq * 3 },
    lines: [
      {
        lineNo: 1,
        entryId: `e${seq}`,
        household: '张*明',
        member: null,
        wording: '环境卫生',
        kind: 'POSITIVE',
        points,
        occurredOn: '2026-01-05',
        reversalOf: null,
      },
    ],
    ranking: [{ rank: 1, household: '张*明', value: points }],
  };
}

/** A chain of three honest boards, as the API would publish them. */
async function honestChain(): Promise<ChainBoard[]> {
  const boards: ChainBoard[] = [];
  let previousHash: string | null = null;
  for (const seq of [1, 2, 3]) {
    const c = content(seq, seq * 2);
    const hash = await publicationHash(previousHash, c);
    boards.push({ id: `p${seq}`, seq, previousHash, hash, contentJson: canonicalJson(c) });
    previousHash = hash;
  }
  return boards;
}

describe('verifyBoardChain (T1 in the browser)', () => {
  it('verifies an honest chain, whatever order the boards come in', async () => {
    const boards = await honestChain();
    const verdict = await verifyBoardChain([...boards].reverse());
    expect(verdict.valid).toBe(true);
    expect(verdict.checks.map((c) => [c.seq, c.problem])).toEqual([
      [1, null],
      [2, null],
      [3, null],
    ]);
    expect(verdict.checks[1].recomputed).toBe(boards[1].hash);
  });

  it('detects a tampered board (a line changed after publication)', async () => {
    const boards = await honestChain();
    const tampered = JSON.parse(boards[1].contentJson) as ReturnType<typeof content>;
    tampered.lines[0].points = 40;
    boards[1] = { ...boards[1], contentJson: JSON.stringify(tampered) };
    const verdict = await verifyBoardChain(boards);
    expect(verdict.valid).toBe(false);
    expect(verdict.checks.map((c) => c.problem)).toEqual([null, 'HASH_MISMATCH', null]);
  });

  it('detects a broken link (a board removed or its previous hash rewritten)', async () => {
    const boards = await honestChain();
    const verdict = await verifyBoardChain([boards[0], boards[2]]);
    expect(verdict.valid).toBe(false);
    expect(verdict.checks.map((c) => c.problem)).toEqual([null, 'BROKEN_LINK']);
    const rewritten = await verifyBoardChain([{ ...boards[0], previousHash: 'f'.repeat(64) }]);
    expect(rewritten.checks[0].problem).toBe('BROKEN_LINK');
  });

  it('reports content that is not JSON, and an empty chain is valid', async () => {
    const boards = await honestChain();
    const verdict = await verifyBoardChain([{ ...boards[0], contentJson: '{not json' }]);
    expect(verdict.checks[0].problem).toBe('UNREADABLE');
    expect((await verifyBoardChain([])).valid).toBe(true);
  });
});
