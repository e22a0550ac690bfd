/**
 * One small village per preset, with exact figures worked out by hand from the seed rules (the comments show the
 * sums). Entries are built through entryPoints from the preset's own items, so a wrong sign or range fails here too.
 */
import { closeYear, entryPoints, householdStanding, rankVillage } from './engine';
import { PRESETS, type PresetKey } from './presets';
import type {
  EngineBlackListing,
  EngineEntry,
  EngineHousehold,
  EngineRedemption,
  ExchangeBlock,
  Period,
  YearOpening,
} from './types';

const YEAR: Period = { year: 2026, fromMonth: 1, toMonth: 12 };

function household(id: string, members: ReadonlyArray<boolean> = [true, true], participating = true): EngineHousehold {
  return {
    id,
    villageCode: '500156101001',
    participating,
    members: members.map((p, i) => ({ id: `${id}m${i + 1}`, participating: p })),
  };
}

/** An approved entry of a preset item, its signed points from entryPoints. */
function approve(
  key: PresetKey,
  id: string,
  householdId: string,
  code: string,
  picked: number,
  occurredOn: string,
  memberId: string | null = null,
): EngineEntry {
  const item = PRESETS[key].items.find((i) => i.code === code);
  if (!item) throw new Error(`no item ${code} in ${key}`);
  if ((item.subject === 'INDIVIDUAL') !== (memberId !== null)) throw new Error(`${code}: subject mismatch`);
  const r = entryPoints(item, picked);
  if (!r.ok) throw new Error(`${code}: ${r.code}`);
  return { id, householdId, memberId, itemCode: code, kind: item.kind, points: r.signed, occurredOn };
}

function reverse(original: EngineEntry, id: string, occurredOn: string): EngineEntry {
  return { ...original, id, points: -original.points, occurredOn, reversalOf: original.id };
}

function redeem(id: string, householdId: string, points: number, on: string): EngineRedemption {
  return { id, householdId, points, on };
}

interface Village {
  key: PresetKey;
  households: EngineHousehold[];
  entries: EngineEntry[];
  redemptions: EngineRedemption[];
  blackList: EngineBlackListing[];
  openings: YearOpening[];
}

/** The standing as the API would compute it on `asOf`: only what was approved or redeemed by then. */
function standingOn(v: Village, householdId: string, asOf: string) {
  const hh = v.households.find((h) => h.id === householdId);
  if (!hh) throw new Error(householdId);
  const year = Number(asOf.slice(0, 4));
  return householdStanding({
    parameters: PRESETS[v.key].parameters,
    household: hh,
    year,
    entries: v.entries.filter((e) => e.occurredOn <= asOf),
    redemptions: v.redemptions.filter((r) => r.on <= asOf),
    blackList: v.blackList,
    opening: v.openings.find((o) => o.householdId === householdId && o.year === year) ?? null,
    asOf,
  });
}

function ranking(v: Village, period: Period = YEAR) {
  return rankVillage({
    parameters: PRESETS[v.key].parameters,
    households: v.households,
    entries: v.entries,
    period,
    openings: v.openings,
  });
}

type StandingRow = [householdId: string, asOf: string, balance: number, exchangeable: number, blocks: ExchangeBlock[]];

// ---- 000 Changba: household points, windows June and December, the black list blocks, above-average awards ---------

describe('CHANGBA_000 village', () => {
  const K = 'CHANGBA_000';
  const e2 = approve(K, 'h2-e4', 'h2', 'E02', 10, '2026-04-12');
  const v: Village = {
    key: K,
    households: [household('h1', [true, true, true]), household('h2'), household('h3'), household('h4')],
    entries: [
      // h1: 5 + 10 + 10 − 3 = 22
      approve(K, 'h1-e1', 'h1', 'D01', 5, '2026-03-02'),
      approve(K, 'h1-e2', 'h1', 'E02', 10, '2026-04-10'),
      approve(K, 'h1-e3', 'h1', 'F05', 10, '2026-05-01'),
      approve(K, 'h1-e4', 'h1', 'A51', 3, '2026-05-20'),
      // h2: 5 + 2 − 2 + 10 − 10 (reversed) = 5
      approve(K, 'h2-e1', 'h2', 'D01', 5, '2026-03-05'),
      approve(K, 'h2-e2', 'h2', 'B02', 2, '2026-03-15'),
      approve(K, 'h2-e3', 'h2', 'D51', 2, '2026-04-02'),
      e2,
      reverse(e2, 'h2-e5', '2026-04-30'),
      // h3: 20 + 5 = 25
      approve(K, 'h3-e1', 'h3', 'F03', 20, '2026-02-10'),
      approve(K, 'h3-e2', 'h3', 'E01', 5, '2026-06-05'),
      // h4: 2 (and 50 of 2025, which do not count in 2026: 次年清零)
      approve(K, 'h4-e0', 'h4', 'F01', 50, '2025-12-10'),
      approve(K, 'h4-e1', 'h4', 'B02', 2, '2026-03-20'),
    ],
    redemptions: [
      redeem('r1', 'h1', 10, '2026-06-15'),
      redeem('r2', 'h3', 20, '2026-06-10'),
      redeem('r3', 'h3', -20, '2026-06-11'),
      redeem('r4', 'h3', 15, '2026-06-12'),
    ],
    blackList: [
      { householdId: 'h2', from: '2026-05-01', to: '2026-06-30' },
      { householdId: 'h4', from: '2026-11-01', to: null },
    ],
    openings: [],
  };

  it.each<StandingRow>([
    // h1: 22 − 10 = 12, June window open
    ['h1', '2026-06-20', 12, 12, []],
    ['h1', '2026-07-01', 12, 0, ['WINDOW_CLOSED']],
    ['h1', '2026-05-31', 22, 0, ['WINDOW_CLOSED']],
    // h2 is on the black list 1 May – 30 June: 积分不予兑换
    ['h2', '2026-06-20', 5, 0, ['BLACK_LISTED']],
    ['h2', '2026-12-01', 5, 5, []],
    // h3: 25 − (20 − 20 + 15) = 10
    ['h3', '2026-06-10', 25 - 20, 5, []],
    ['h3', '2026-12-31', 10, 10, []],
    // h4: black-listed from 1 November, open-ended
    ['h4', '2026-08-01', 2, 0, ['WINDOW_CLOSED']],
    ['h4', '2026-12-15', 2, 0, ['BLACK_LISTED']],
    ['h4', '2026-10-15', 2, 0, ['WINDOW_CLOSED']],
  ])('%s on %s: balance %i, exchangeable %i, blocks %j', (id, asOf, balance, exchangeable, blocks) => {
    expect(standingOn(v, id, asOf)).toMatchObject({ balance, exchangeable, blocks });
  });

  it('h3 after the reversal of a redemption and a new one: redeemed 15', () => {
    expect(standingOn(v, 'h3', '2026-06-12')).toMatchObject({ householdEarned: 25, redeemed: 15, balance: 10 });
  });

  it('ranks by household points of the year; awards only above the village average (13.5)', () => {
    const r = ranking(v);
    // (22 + 5 + 25 + 2) / 4 = 13.5
    expect(r.average).toBe(13.5);
    expect(r.rows.map((x) => [x.householdId, x.rank, x.value, x.awardEligible])).toEqual([
      ['h3', 1, 25, true],
      ['h1', 2, 22, true],
      ['h2', 3, 5, false],
      ['h4', 4, 2, false],
    ]);
  });

  it('ranks the second quarter; equal to the average is not above it', () => {
    const r = ranking(v, { year: 2026, fromMonth: 4, toMonth: 6 });
    // Q2: h1 10 + 10 − 3 = 17, h3 5, h4 0, h2 −2 + 10 − 10 = −2; average (17 + 5 + 0 − 2) / 4 = 5
    expect(r.average).toBe(5);
    expect(r.rows.map((x) => [x.householdId, x.rank, x.value, x.awardEligible])).toEqual([
      ['h1', 1, 17, true],
      ['h3', 2, 5, false],
      ['h4', 3, 0, false],
      ['h2', 4, -2, false],
    ]);
  });

  it('closes the year: everything starts from 0 again (次年清零)', () => {
    const openings = closeYear({
      parameters: PRESETS[K].parameters,
      households: v.households,
      year: 2026,
      entries: v.entries,
      redemptions: v.redemptions,
    });
    expect(openings).toEqual(
      ['h1', 'h2', 'h3', 'h4'].map((householdId) => ({
        householdId,
        year: 2027,
        carriedBalance: 0,
        carriedFamilyPoints: 0,
      })),
    );
    const next: Village = {
      ...v,
      openings,
      entries: [...v.entries, approve(K, 'h1-n1', 'h1', 'B01', 2, '2027-01-20')],
    };
    expect(standingOn(next, 'h1', '2027-06-01')).toMatchObject({ householdEarned: 2, balance: 2, exchangeable: 2 });
  });
});

// ---- 001 Houshan: family total, carried across years, exchange from 100 family points -----------------------------

describe('HOUSHAN_001 village', () => {
  const K = 'HOUSHAN_001';
  const c02 = approve(K, 'h1-e6', 'h1', 'C02', 5, '2026-06-01', 'h1m2');
  const v: Village = {
    key: K,
    households: [household('h1'), household('h2', [true, false]), household('h3'), household('h4', [true], false)],
    entries: [
      // h1 household: 10 + 5 − 2 = 13
      approve(K, 'h1-e1', 'h1', 'C03', 10, '2026-03-01'),
      approve(K, 'h1-e2', 'h1', 'D04', 5, '2026-03-02'),
      approve(K, 'h1-e3', 'h1', 'B51', 2, '2026-04-01'),
      // h1 individual: m1 20 (+ 5 on 1 July), m2 5 + 5 − 5 = 5
      approve(K, 'h1-e4', 'h1', 'G03', 20, '2026-05-01', 'h1m1'),
      approve(K, 'h1-e5', 'h1', 'C02', 5, '2026-05-02', 'h1m2'),
      c02,
      reverse(c02, 'h1-e7', '2026-06-10'),
      approve(K, 'h1-e8', 'h1', 'A02', 5, '2026-07-01', 'h1m1'),
      // h2 household 10 + 10 = 20; individual m1 50 − 5 = 45
      approve(K, 'h2-e1', 'h2', 'C05', 10, '2026-02-01'),
      approve(K, 'h2-e2', 'h2', 'E02', 10, '2026-02-02'),
      approve(K, 'h2-e3', 'h2', 'G01', 50, '2026-03-01', 'h2m1'),
      approve(K, 'h2-e4', 'h2', 'B54', 5, '2026-03-05', 'h2m1'),
      // h3 household 10
      approve(K, 'h3-e1', 'h3', 'F01', 10, '2026-08-01'),
      // h4 does not take part
      approve(K, 'h4-e1', 'h4', 'C05', 10, '2026-02-01'),
    ],
    redemptions: [
      redeem('r1', 'h1', 50, '2026-07-05'),
      redeem('r2', 'h1', -5, '2026-07-06'),
      redeem('r3', 'h3', 40, '2026-09-01'),
    ],
    blackList: [{ householdId: 'h1', from: '2026-01-01', to: null }],
    openings: [
      { householdId: 'h1', year: 2026, carriedBalance: 70, carriedFamilyPoints: 60 },
      { householdId: 'h3', year: 2026, carriedBalance: 150, carriedFamilyPoints: 120 },
    ],
  };

  it.each<[...StandingRow, number, number]>([
    // h1 on 30 June: family total 13 + 25 + 60 = 98 < 100; balance 70 + 13 + 25 = 108
    ['h1', '2026-06-30', 108, 0, ['BELOW_THRESHOLD'], 98, 25],
    // 1 July, m1 + 5: family total 103 ≥ 100; balance 113, all of it (the black list does not block in 001)
    ['h1', '2026-07-01', 113, 113, [], 103, 30],
    // after redeeming 50 and getting 5 back: balance 68; the family total of the ranking stays 103
    ['h1', '2026-07-10', 68, 68, [], 103, 30],
    // h2: 20 + 45 = 65 < 100
    ['h2', '2026-12-31', 65, 0, ['BELOW_THRESHOLD'], 65, 45],
    // h3: carried 120 + 10 = 130 ≥ 100; balance 150 + 10 − 40 = 120
    ['h3', '2026-09-02', 120, 120, [], 130, 0],
    // before its 2026 entry h3 still has 120 carried family points ≥ 100
    ['h3', '2026-03-01', 150, 150, [], 120, 0],
    // h4 does not take part
    ['h4', '2026-06-01', 10, 0, ['NOT_PARTICIPATING', 'BELOW_THRESHOLD'], 10, 0],
  ])(
    '%s on %s: balance %i, exchangeable %i, blocks %j, family total %i, individual %i',
    (id, asOf, balance, exchangeable, blocks, familyTotal, individualEarned) => {
      expect(standingOn(v, id, asOf)).toMatchObject({ balance, exchangeable, blocks, familyTotal, individualEarned });
    },
  );

  it('keeps per-member individual points and the family average', () => {
    const s = standingOn(v, 'h1', '2026-12-31');
    expect(s.members).toEqual([
      { memberId: 'h1m1', earned: 25 },
      { memberId: 'h1m2', earned: 5 },
    ]);
    expect(s).toMatchObject({ householdEarned: 13, familyAverage: 51.5, redeemed: 45 });
  });

  it('ranks by family total incl. carried family points over the whole year; top = 1 of 3', () => {
    const r = ranking(v);
    // (130 + 103 + 65) / 3 = 99.33
    expect(r.average).toBe(99.33);
    expect(r.rows.map((x) => [x.householdId, x.rank, x.value, x.awardEligible])).toEqual([
      ['h3', 1, 130, true],
      ['h1', 2, 103, false],
      ['h2', 3, 65, false],
    ]);
  });

  it('a quarter ranks the points of the quarter only, without carried points', () => {
    const r = ranking(v, { year: 2026, fromMonth: 7, toMonth: 9 });
    expect(r.rows.map((x) => [x.householdId, x.rank, x.value])).toEqual([
      ['h3', 1, 10],
      ['h1', 2, 5],
      ['h2', 3, 0],
    ]);
  });

  it('closes the year: the balance carries, the family points carry without the individual points', () => {
    const openings = closeYear({
      parameters: PRESETS[K].parameters,
      households: v.households,
      year: 2026,
      entries: v.entries,
      redemptions: v.redemptions,
      openings: v.openings,
    });
    expect(openings).toEqual([
      // balance 68; family points 60 + 13
      { householdId: 'h1', year: 2027, carriedBalance: 68, carriedFamilyPoints: 73 },
      // balance 65; family points 0 + 20
      { householdId: 'h2', year: 2027, carriedBalance: 65, carriedFamilyPoints: 20 },
      // balance 120; family points 120 + 10
      { householdId: 'h3', year: 2027, carriedBalance: 120, carriedFamilyPoints: 130 },
    ]);
    const next: Village = {
      ...v,
      openings,
      entries: [
        ...v.entries,
        approve(K, 'h1-n1', 'h1', 'C05', 10, '2027-02-01'),
        approve(K, 'h1-n2', 'h1', 'C02', 5, '2027-02-02', 'h1m1'),
      ],
    };
    // 2027: family total 10 + 5 + 73 = 88 < 100; balance 68 + 15 = 83; m1 starts from 0 again
    expect(standingOn(next, 'h1', '2027-03-01')).toMatchObject({
      familyTotal: 88,
      balance: 83,
      exchangeable: 0,
      blocks: ['BELOW_THRESHOLD'],
      members: [
        { memberId: 'h1m1', earned: 5 },
        { memberId: 'h1m2', earned: 0 },
      ],
    });
  });
});

// ---- 002 Tuke: household points, nothing else set by the town ------------------------------------------------------

describe('TUKE_002 village', () => {
  const K = 'TUKE_002';
  const g02 = approve(K, 'h1-e4', 'h1', 'G02', 10, '2026-05-01');
  const v: Village = {
    key: K,
    households: [household('h1'), household('h2'), household('h3')],
    entries: [
      // h1: 2 + 5 − 1 + 10 − 10 = 6
      approve(K, 'h1-e1', 'h1', 'A01', 2, '2026-01-10'),
      approve(K, 'h1-e2', 'h1', 'E01', 5, '2026-02-10'),
      approve(K, 'h1-e3', 'h1', 'B02', 1, '2026-03-10'),
      g02,
      reverse(g02, 'h1-e5', '2026-05-20'),
      // h2: 5 + 5 = 10
      approve(K, 'h2-e1', 'h2', 'E01', 5, '2026-02-10'),
      approve(K, 'h2-e2', 'h2', 'F02', 5, '2026-08-10'),
      // h3: −3
      approve(K, 'h3-e1', 'h3', 'E02', 3, '2026-04-10'),
    ],
    redemptions: [redeem('r1', 'h1', 4, '2026-06-01')],
    blackList: [{ householdId: 'h1', from: '2026-01-01', to: null }],
    openings: [],
  };

  it.each<StandingRow>([
    // any time, and the black list does not block in 002
    ['h1', '2026-05-10', 16, 16, []],
    ['h1', '2026-06-01', 2, 2, []],
    ['h2', '2026-09-30', 10, 10, []],
    // a negative balance exchanges nothing, with no block
    ['h3', '2026-12-31', -3, 0, []],
  ])('%s on %s: balance %i, exchangeable %i, blocks %j', (id, asOf, balance, exchangeable, blocks) => {
    expect(standingOn(v, id, asOf)).toMatchObject({ balance, exchangeable, blocks });
  });

  it('ranks by household points; no award rule', () => {
    const r = ranking(v);
    // (10 + 6 − 3) / 3 = 4.33
    expect(r.average).toBe(4.33);
    expect(r.rows.map((x) => [x.householdId, x.rank, x.value, x.awardEligible])).toEqual([
      ['h2', 1, 10, false],
      ['h1', 2, 6, false],
      ['h3', 3, -3, false],
    ]);
  });

  it('closes the year with nothing carried', () => {
    expect(
      closeYear({
        parameters: PRESETS[K].parameters,
        households: v.households,
        year: 2026,
        entries: v.entries,
        redemptions: v.redemptions,
      }).map((o) => [o.householdId, o.year, o.carriedBalance, o.carriedFamilyPoints]),
    ).toEqual([
      ['h1', 2027, 0, 0],
      ['h2', 2027, 0, 0],
      ['h3', 2027, 0, 0],
    ]);
  });
});

// ---- 003 generic: family average over taking-part members, veto items disqualify ------------------------------------

describe('GENERIC_003 village', () => {
  const K = 'GENERIC_003';
  const veto5 = approve(K, 'h5-e1', 'h5', 'V04', 20, '2026-03-01');
  const v: Village = {
    key: K,
    households: [
      household('h1', [true, true, true, false]),
      household('h2'),
      household('h3', [true]),
      household('h4', [false, false]),
      household('h5'),
    ],
    entries: [
      // h1: household 2 + 10 = 12; individual 5 + 5 − 5 = 5; total 17 over 3 taking part = 5.67
      approve(K, 'h1-e1', 'h1', 'C02', 2, '2026-02-01'),
      approve(K, 'h1-e2', 'h1', 'D01', 10, '2026-02-02'),
      approve(K, 'h1-e3', 'h1', 'F01', 5, '2026-03-01', 'h1m1'),
      approve(K, 'h1-e4', 'h1', 'H04', 5, '2026-07-01', 'h1m2'),
      approve(K, 'h1-e5', 'h1', 'A04', 5, '2026-08-01', 'h1m3'),
      // h2: household 5 + 10 = 15; individual −20 (VETO) + 30 = 10; total 25 / 2 = 12.5, vetoed
      approve(K, 'h2-e1', 'h2', 'G02', 5, '2026-02-01'),
      approve(K, 'h2-e2', 'h2', 'D02', 10, '2026-03-01'),
      approve(K, 'h2-e3', 'h2', 'V01', 20, '2026-05-01', 'h2m1'),
      approve(K, 'h2-e4', 'h2', 'H01', 30, '2026-06-01', 'h2m1'),
      // h3: household 2 + 2 = 4; individual 5; total 9 / 1 = 9
      approve(K, 'h3-e1', 'h3', 'C02', 2, '2026-02-01'),
      approve(K, 'h3-e2', 'h3', 'F04', 2, '2026-02-02'),
      approve(K, 'h3-e3', 'h3', 'F01', 5, '2026-04-01', 'h3m1'),
      // h4: 5, but no member takes part → average 0
      approve(K, 'h4-e1', 'h4', 'G02', 5, '2026-02-01'),
      // h5: VETO −20, reversed (an upheld objection) +20, and 10 → 10 / 2 = 5, not vetoed
      veto5,
      reverse(veto5, 'h5-e2', '2026-04-01'),
      approve(K, 'h5-e3', 'h5', 'D02', 10, '2026-05-01'),
    ],
    redemptions: [redeem('r1', 'h1', 7, '2026-09-01')],
    blackList: [],
    openings: [],
  };

  it.each<
    [id: string, asOf: string, balance: number, exchangeable: number, total: number, average: number, veto: boolean]
  >([
    ['h1', '2026-08-31', 17, 17, 17, 5.67, false],
    ['h1', '2026-09-01', 10, 10, 17, 5.67, false],
    // the veto disqualifies from awards, it does not block exchange
    ['h2', '2026-12-31', 25, 25, 25, 12.5, true],
    // before its bonus h2 has 15 − 20 = −5
    ['h2', '2026-05-15', -5, 0, -5, -2.5, true],
    ['h3', '2026-12-31', 9, 9, 9, 9, false],
    ['h4', '2026-12-31', 5, 5, 5, 0, false],
    // between the veto and its reversal h5 is vetoed
    ['h5', '2026-03-15', -20, 0, -20, -10, true],
    ['h5', '2026-12-31', 10, 10, 10, 5, false],
  ])(
    '%s on %s: balance %i, exchangeable %i, family total %i, average %p, vetoed %p',
    (id, asOf, balance, exchangeable, familyTotal, familyAverage, vetoed) => {
      expect(standingOn(v, id, asOf)).toMatchObject({
        balance,
        exchangeable,
        familyTotal,
        familyAverage,
        vetoed,
        rankingValue: familyAverage,
        blocks: [],
      });
    },
  );

  it('ranks family averages; the vetoed first is not eligible, the best without veto is', () => {
    const r = ranking(v);
    // (12.5 + 9 + 5.67 + 5 + 0) / 5 = 6.434 → 6.43
    expect(r.average).toBe(6.43);
    expect(r.rows.map((x) => [x.householdId, x.rank, x.value, x.vetoed, x.awardEligible])).toEqual([
      ['h2', 1, 12.5, true, false],
      ['h3', 2, 9, false, true],
      ['h1', 3, 5.67, false, false],
      ['h5', 4, 5, false, false],
      ['h4', 5, 0, false, false],
    ]);
  });

  it('closes the year with nothing carried (每年排名、清零)', () => {
    expect(
      closeYear({
        parameters: PRESETS[K].parameters,
        households: v.households,
        year: 2026,
        entries: v.entries,
        redemptions: v.redemptions,
      }).every((o) => o.year === 2027 && o.carriedBalance === 0 && o.carriedFamilyPoints === 0),
    ).toBe(true);
  });
});

// ---- 004 Gaoyang: base 100, only what is above the base, first month of each quarter -------------------------------

describe('GAOYANG_004 village', () => {
  const K = 'GAOYANG_004';
  const e04 = approve(K, 'h3-e3', 'h3', 'E04', 10, '2026-06-03');
  const v: Village = {
    key: K,
    households: [household('h1'), household('h2'), household('h3'), household('h4')],
    entries: [
      // h1: 2 + 5 + 20 − 5 (+ 5 in May) = 27
      approve(K, 'h1-e1', 'h1', 'A01', 2, '2026-01-10'),
      approve(K, 'h1-e2', 'h1', 'E01', 5, '2026-02-05'),
      approve(K, 'h1-e3', 'h1', 'F02', 20, '2026-03-01'),
      approve(K, 'h1-e4', 'h1', 'C02', 5, '2026-03-15'),
      approve(K, 'h1-e5', 'h1', 'E06', 5, '2026-05-06'),
      // h2: −10 + 5 = −5
      approve(K, 'h2-e1', 'h2', 'C04', 10, '2026-02-01'),
      approve(K, 'h2-e2', 'h2', 'A05', 5, '2026-02-02'),
      // h3: 50 + 10 + 10 − 10 = 60
      approve(K, 'h3-e1', 'h3', 'F01', 50, '2026-06-01'),
      approve(K, 'h3-e2', 'h3', 'E05', 10, '2026-06-02'),
      e04,
      reverse(e04, 'h3-e4', '2026-06-20'),
      // h4: 2
      approve(K, 'h4-e1', 'h4', 'A01', 2, '2026-01-05'),
    ],
    redemptions: [
      redeem('r1', 'h1', 20, '2026-04-02'),
      redeem('r2', 'h1', -20, '2026-04-03'),
      redeem('r3', 'h1', 15, '2026-04-03'),
      redeem('r4', 'h3', 60, '2026-10-02'),
    ],
    blackList: [{ householdId: 'h4', from: '2026-01-01', to: null }],
    openings: [],
  };

  it.each<StandingRow>([
    // h1 on 1 April: 100 + 22 = 122, above the base 22
    ['h1', '2026-04-01', 122, 22, []],
    // after redeeming 20, getting 20 back and redeeming 15: 107 → 7
    ['h1', '2026-04-05', 107, 7, []],
    // May is no window
    ['h1', '2026-05-10', 112, 0, ['WINDOW_CLOSED']],
    ['h1', '2026-07-01', 112, 12, []],
    // h2 is below the base
    ['h2', '2026-04-10', 95, 0, ['NOTHING_ABOVE_BASE']],
    ['h2', '2026-05-10', 95, 0, ['WINDOW_CLOSED', 'NOTHING_ABOVE_BASE']],
    // h3: 160 → 60 above the base; after redeeming it all, exactly the base: nothing above it
    ['h3', '2026-10-01', 160, 60, []],
    ['h3', '2026-10-02', 100, 0, ['NOTHING_ABOVE_BASE']],
    // the black list does not block in 004
    ['h4', '2026-01-20', 102, 2, []],
  ])('%s on %s: balance %i, exchangeable %i, blocks %j', (id, asOf, balance, exchangeable, blocks) => {
    expect(standingOn(v, id, asOf)).toMatchObject({ balance, exchangeable, blocks });
  });

  it('ranks by the points earned; redeemed points do not lower it (扣减的积分不影响年底积分排名)', () => {
    const r = ranking(v);
    // (60 + 27 + 2 − 5) / 4 = 21
    expect(r.average).toBe(21);
    expect(r.rows.map((x) => [x.householdId, x.rank, x.value, x.awardEligible])).toEqual([
      ['h3', 1, 60, true],
      ['h1', 2, 27, false],
      ['h4', 3, 2, false],
      ['h2', 4, -5, false],
    ]);
    expect(standingOn(v, 'h3', '2026-12-31').rankingValue).toBe(60);
  });

  it('closes the year: next year starts from the base again (次年重新积分)', () => {
    const openings = closeYear({
      parameters: PRESETS[K].parameters,
      households: v.households,
      year: 2026,
      entries: v.entries,
      redemptions: v.redemptions,
    });
    expect(openings.map((o) => [o.householdId, o.carriedBalance, o.carriedFamilyPoints])).toEqual([
      ['h1', 0, 0],
      ['h2', 0, 0],
      ['h3', 0, 0],
      ['h4', 0, 0],
    ]);
    expect(standingOn({ ...v, openings }, 'h1', '2027-01-15')).toMatchObject({
      balance: 100,
      exchangeable: 0,
      blocks: ['NOTHING_ABOVE_BASE'],
    });
  });
});
