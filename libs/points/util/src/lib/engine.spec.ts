import { closeYear, householdStanding, rankVillage } from './engine';
import type { EngineEntry, EngineHousehold, PolicyParameters } from './types';

const base: PolicyParameters = {
  subjectModel: 'HOUSEHOLD',
  basePoints: 0,
  cycle: 'ANNUAL_RESET',
  rankingBasis: 'HOUSEHOLD_TOTAL',
  exchangeValue: null,
  exchangeableRule: 'BALANCE',
  exchangeThreshold: 0,
  exchangeWindows: { months: null, label: '随时兑换' },
  blackListBlocksExchange: false,
  awardRule: 'TOP_OF_RANKING',
  reviewCadenceMonths: 1,
  publicationCadenceMonths: 3,
  objectionWindowDays: 20,
  villageAdoption: 'FILING',
};

function hh(id: string, members = 2, participating = true): EngineHousehold {
  return {
    id,
    villageCode: '500156001001',
    participating,
    members: Array.from({ length: members }, (_, i) => ({ id: `${id}m${i + 1}`, participating: true })),
  };
}

let seq = 0;
function e(householdId: string, points: number, over: Partial<EngineEntry> = {}): EngineEntry {
  seq += 1;
  return {
    id: `e${seq}`,
    householdId,
    memberId: null,
    itemCode: 'A01',
    kind: points < 0 ? 'NEGATIVE' : 'POSITIVE',
    points,
    occurredOn: '2026-03-10',
    ...over,
  };
}

describe('rankVillage: competition ranking', () => {
  const households = ['h1', 'h2', 'h3', 'h4', 'h5'].map((id) => hh(id));
  // values: h1 10, h2 20, h3 20, h4 5, h5 20 → order h2 h3 h5 (20, by id), h1 (10), h4 (5)
  const entries = [e('h1', 10), e('h2', 20), e('h3', 25), e('h3', -5), e('h4', 5), e('h5', 20)];

  it('shares ranks on ties and skips the next (1, 1, 1, 4, 5), ties ordered by household id', () => {
    const r = rankVillage({ parameters: base, households, entries, period: { year: 2026, fromMonth: 1, toMonth: 12 } });
    expect(r.rows.map((x) => [x.householdId, x.rank, x.value])).toEqual([
      ['h2', 1, 20],
      ['h3', 1, 20],
      ['h5', 1, 20],
      ['h1', 4, 10],
      ['h4', 5, 5],
    ]);
    // (20 + 20 + 20 + 10 + 5) / 5 = 15
    expect(r.average).toBe(15);
    // top: max(1, ceil(5 × 10%)) = 1 rank → every household sharing rank 1
    expect(r.rows.filter((x) => x.awardEligible).map((x) => x.householdId)).toEqual(['h2', 'h3', 'h5']);
  });

  it('counts only the period, and leaves out households not taking part', () => {
    const later = [...entries, e('h4', 100, { occurredOn: '2026-04-01' })];
    const q1 = rankVillage({
      parameters: base,
      households: [...households.slice(0, 4), hh('h5', 2, false)],
      entries: later,
      period: { year: 2026, fromMonth: 1, toMonth: 3 },
    });
    expect(q1.rows.map((x) => [x.householdId, x.rank])).toEqual([
      ['h2', 1],
      ['h3', 1],
      ['h1', 3],
      ['h4', 4],
    ]);
    // (20 + 20 + 10 + 5) / 4 = 13.75
    expect(q1.average).toBe(13.75);
  });

  it('ranks an empty village with average 0', () => {
    const r = rankVillage({
      parameters: base,
      households: [],
      entries: [],
      period: { year: 2026, fromMonth: 1, toMonth: 12 },
    });
    expect(r).toEqual({
      period: { year: 2026, fromMonth: 1, toMonth: 12 },
      basis: 'HOUSEHOLD_TOTAL',
      average: 0,
      rows: [],
    });
  });

  it('never makes a household with 0 or fewer points the top', () => {
    const r = rankVillage({
      parameters: base,
      households: [hh('h1'), hh('h2')],
      entries: [e('h1', -3)],
      period: { year: 2026, fromMonth: 1, toMonth: 12 },
    });
    expect(r.rows.map((x) => [x.householdId, x.rank, x.awardEligible])).toEqual([
      ['h2', 1, false],
      ['h1', 2, false],
    ]);
  });
});

describe('veto', () => {
  const params: PolicyParameters = {
    ...base,
    subjectModel: 'FAMILY_AVERAGE',
    rankingBasis: 'FAMILY_AVERAGE',
    awardRule: 'TOP_NO_VETO',
  };
  const veto = e('h1', -10, { kind: 'VETO', itemCode: 'V01' });
  const entries = [e('h1', 50), veto, e('h2', 30), e('h3', 8)];
  const households = [hh('h1'), hh('h2'), hh('h3')];
  const year = { year: 2026, fromMonth: 1, toMonth: 12 };

  it('a vetoed household is never eligible; the top passes to the best household without veto', () => {
    const r = rankVillage({ parameters: params, households, entries, period: year });
    // h1: 40 / 2 = 20, h2: 15, h3: 4
    expect(r.rows.map((x) => [x.householdId, x.rank, x.value, x.vetoed, x.awardEligible])).toEqual([
      ['h1', 1, 20, true, false],
      ['h2', 2, 15, false, true],
      ['h3', 3, 4, false, false],
    ]);
  });

  it('a reversed VETO entry no longer counts', () => {
    const reversal = e('h1', 10, { kind: 'VETO', itemCode: 'V01', reversalOf: veto.id, occurredOn: '2026-05-02' });
    const r = rankVillage({ parameters: params, households, entries: [...entries, reversal], period: year });
    // h1: 50 / 2 = 25
    expect(r.rows[0]).toMatchObject({ householdId: 'h1', value: 25, vetoed: false, awardEligible: true });
    expect(r.rows[1]).toMatchObject({ householdId: 'h2', awardEligible: false });
  });
});

describe('householdStanding', () => {
  it('refuses an opening of another household or year', () => {
    const input = {
      parameters: base,
      household: hh('h1'),
      year: 2026,
      entries: [],
      redemptions: [],
      blackList: [],
      asOf: '2026-05-01',
    };
    expect(() =>
      householdStanding({
        ...input,
        opening: { householdId: 'h2', year: 2026, carriedBalance: 1, carriedFamilyPoints: 1 },
      }),
    ).toThrow(RangeError);
    expect(() =>
      householdStanding({
        ...input,
        opening: { householdId: 'h1', year: 2025, carriedBalance: 1, carriedFamilyPoints: 1 },
      }),
    ).toThrow(RangeError);
  });

  it('lists every block at once and keeps entries and redemptions of other years and households out', () => {
    const s = householdStanding({
      parameters: {
        ...base,
        basePoints: 100,
        exchangeableRule: 'ABOVE_BASE',
        exchangeWindows: { months: [1], label: '一月' },
        blackListBlocksExchange: true,
        exchangeThreshold: 50,
      },
      household: hh('h1', 2, false),
      year: 2026,
      entries: [e('h1', 10), e('h1', 99, { occurredOn: '2025-12-31' }), e('h2', 7)],
      redemptions: [
        { id: 'r1', householdId: 'h1', points: 30, on: '2026-01-05' },
        { id: 'r2', householdId: 'h1', points: 5, on: '2027-01-05' },
        { id: 'r3', householdId: 'h2', points: 5, on: '2026-01-05' },
      ],
      blackList: [{ householdId: 'h1', from: '2026-02-01', to: '2026-02-28' }],
      asOf: '2026-02-28',
    });
    // balance = 100 + 10 − 30 = 80
    expect(s).toMatchObject({ householdEarned: 10, redeemed: 30, balance: 80, exchangeable: 0 });
    expect(s.blocks).toEqual([
      'NOT_PARTICIPATING',
      'WINDOW_CLOSED',
      'BELOW_THRESHOLD',
      'BLACK_LISTED',
      'NOTHING_ABOVE_BASE',
    ]);
  });
});

describe('closeYear', () => {
  it('opens the next year empty under ANNUAL_RESET, for taking-part households only', () => {
    expect(
      closeYear({
        parameters: base,
        households: [hh('h1'), hh('h2', 1, false)],
        year: 2026,
        entries: [e('h1', 40)],
        redemptions: [],
      }),
    ).toEqual([{ householdId: 'h1', year: 2027, carriedBalance: 0, carriedFamilyPoints: 0 }]);
  });
});
