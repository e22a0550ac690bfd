/**
 * Model-based property test of the shop ledgers against the points engine. An in-memory shop keeps its stock ONLY as
 * a list of movements (stock-in, redemption, reversal, stocktake); households hold approved points entries. Random
 * sequences of stock-in, redemption, reversal of an earlier redemption (at most once) and stocktake run through
 * `householdStanding` and `checkRedemption` exactly as the API does, for the presets 000, 001 and 004, and after
 * every step the stock, the balances and the rankings are checked against a plain model of the seed rules.
 */
import fc from 'fast-check';
import {
  PRESETS,
  householdStanding,
  type EngineBlackListing,
  type EngineEntry,
  type EngineHousehold,
  type EngineRedemption,
  type ExchangeBlock,
  type PolicyParameters,
  type SchemeItem,
} from '@xiangzhi/points/util';
import { stockOf, type StockMovement } from './ledgers';
import { checkRedemption, costPointsPrice, type BasketLine, type GoodsView } from './redemption-check';
import { shopPolicyOf } from './shop-policy';

type Key = 'CHANGBA_000' | 'HOUSHAN_001' | 'GAOYANG_004';
const KEYS: readonly Key[] = ['CHANGBA_000', 'HOUSHAN_001', 'GAOYANG_004'];
const YEAR = 2026;
const SHOP = 'shop-1';
const VILLAGE = 'V1';

/** A movement as the model ledger records it: a stocktake carries its reason. */
type Movement = StockMovement & { reason?: string };

type Op =
  | { t: 'stockIn'; goods: number; qty: number }
  | { t: 'redeem'; hh: number; lines: { goods: number; qty: number; showPrice: boolean }[]; date: Day }
  | { t: 'reverse'; which: number }
  | { t: 'stocktake'; goods: number; counted: number; reason: string };

interface Day {
  month: number;
  dom: number;
}

// ---- the shop -----------------------------------------------------------------------------------------------------

interface ModelGoods {
  id: string;
  name: string;
  costFen: number;
  cashLike: boolean;
  active: boolean;
  /** Set for schemes without an at-cost rule. */
  pointsPrice?: number;
}

const GOODS: readonly ModelGoods[] = [
  { id: 'soap', name: '肥皂', costFen: 350, cashLike: false, active: true, pointsPrice: 3 },
  { id: 'towel', name: '毛巾', costFen: 480, cashLike: false, active: true, pointsPrice: 5 },
  { id: 'oil', name: '菜籽油', costFen: 1250, cashLike: false, active: true, pointsPrice: 12 },
  { id: 'card', name: '话费充值卡', costFen: 1000, cashLike: true, active: true, pointsPrice: 10 },
  { id: 'old', name: '旧款水杯', costFen: 200, cashLike: false, active: false, pointsPrice: 2 },
];

function priceOf(key: Key, g: ModelGoods): number {
  const p = PRESETS[key].parameters;
  // 004 二(二) 按成本价兑换: the points price is the cost at the exchange value
  if (shopPolicyOf(key).atCostPrice) {
    const price = costPointsPrice(g.costFen, p.exchangeValue);
    if (price === null) throw new Error('no exchange value');
    return price;
  }
  return g.pointsPrice ?? 1;
}

// ---- households ---------------------------------------------------------------------------------------------------

interface Profile {
  household: EngineHousehold;
  /** Fixed entries of the profile (item code, points picked, member or null). */
  fixed: [string, number, string | null][];
  /** Random entries from the preset's items are added on top (false: the household stays at its fixed figures). */
  random?: boolean;
}

function hh(id: string): EngineHousehold {
  return {
    id,
    villageCode: VILLAGE,
    participating: true,
    members: [
      { id: `${id}-m1`, participating: true },
      { id: `${id}-m2`, participating: true },
    ],
  };
}

/** The households of each preset, with the situations the brief asks for; random entries are added on top. */
function profiles(key: Key): { list: Profile[]; blackList: EngineBlackListing[] } {
  switch (key) {
    case 'CHANGBA_000':
      return {
        list: [
          {
            household: hh('h-a'),
            random: true,
            fixed: [
              ['A01', 10, null],
              ['E02', 10, null],
              ['F02', 30, null],
              ['F05', 10, null],
            ],
          },
          // 黑榜 the whole year: 积分不予兑换
          {
            household: hh('h-black'),
            fixed: [
              ['F03', 20, null],
              ['E02', 10, null],
            ],
          },
          // black-listed for the first half of December only (inside the December window)
          {
            household: hh('h-dec'),
            random: true,
            fixed: [
              ['E01', 5, null],
              ['D01', 5, null],
            ],
          },
        ],
        blackList: [
          { householdId: 'h-black', from: `${YEAR}-01-01`, to: null },
          { householdId: 'h-dec', from: `${YEAR}-12-01`, to: `${YEAR}-12-15` },
        ],
      };
    case 'HOUSHAN_001':
      return {
        list: [
          // family total exactly 100 (household 20 + individual 80): reaches the threshold
          {
            household: hh('h-100'),
            fixed: [
              ['G01', 50, 'h-100-m1'],
              ['G02', 30, 'h-100-m2'],
              ['B01', 10, null],
              ['C05', 10, null],
            ],
          },
          // family total 99: below the threshold 100, whatever the balance
          {
            household: hh('h-99'),
            fixed: [
              ['G01', 50, 'h-99-m1'],
              ['G03', 20, 'h-99-m2'],
              ['E02', 10, null],
              ['F01', 10, null],
              ['A05', 10, null],
              ['B51', -1, null],
            ],
          },
          {
            household: hh('h-rich'),
            random: true,
            fixed: [
              ['G01', 50, 'h-rich-m1'],
              ['G01', 50, 'h-rich-m2'],
              ['F01', 10, null],
            ],
          },
        ],
        blackList: [],
      };
    case 'GAOYANG_004':
      return {
        list: [
          // balance exactly the base 100: nothing above base
          { household: hh('h-base'), fixed: [] },
          // a little above the base (104): exactly one soap (3.50 yuan at cost → 4 points) brings it back to 100
          {
            household: hh('h-104'),
            fixed: [
              ['A01', 2, null],
              ['A02', 2, null],
            ],
          },
          // below the base after a deduction (95)
          { household: hh('h-95'), fixed: [['C01', -5, null]] },
          {
            household: hh('h-rich'),
            random: true,
            fixed: [
              ['F02', 20, null],
              ['F03', 10, null],
            ],
          },
          {
            household: hh('h-star'),
            random: true,
            fixed: [
              ['F01', 50, null],
              ['F02', 20, null],
            ],
          },
        ],
        blackList: [],
      };
  }
}

function entryOf(
  id: string,
  householdId: string,
  item: SchemeItem,
  points: number,
  member: string | null,
  day: number,
): EngineEntry {
  return {
    id,
    householdId,
    memberId: item.subject === 'INDIVIDUAL' ? (member ?? `${householdId}-m1`) : null,
    itemCode: item.code,
    kind: item.kind,
    points,
    occurredOn: `${YEAR}-01-${String(1 + (day % 28)).padStart(2, '0')}`,
  };
}

// ---- arbitraries --------------------------------------------------------------------------------------------------

function dayArb(p: PolicyParameters): fc.Arbitrary<Day> {
  const months = p.exchangeWindows.months;
  const any = fc.record({ month: fc.integer({ min: 1, max: 12 }), dom: fc.integer({ min: 1, max: 28 }) });
  if (months === null) return any;
  const inside = fc.record({ month: fc.constantFrom(...months), dom: fc.integer({ min: 1, max: 28 }) });
  // dates inside the windows twice as often as anywhere in the year (which is mostly outside)
  return fc.oneof({ weight: 2, arbitrary: inside }, { weight: 1, arbitrary: any });
}

const goodsArb = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 0, max: 2 }) },
  { weight: 1, arbitrary: fc.constant(3) },
  { weight: 1, arbitrary: fc.constant(4) },
);

function opArb(p: PolicyParameters, households: number): fc.Arbitrary<Op> {
  return fc.oneof(
    {
      weight: 2,
      arbitrary: fc.record({
        t: fc.constant('stockIn' as const),
        goods: fc.integer({ min: 0, max: GOODS.length - 1 }),
        qty: fc.integer({ min: 1, max: 12 }),
      }),
    },
    {
      weight: 6,
      arbitrary: fc.record({
        t: fc.constant('redeem' as const),
        hh: fc.nat(households - 1),
        lines: fc.array(fc.record({ goods: goodsArb, qty: fc.integer({ min: 1, max: 4 }), showPrice: fc.boolean() }), {
          minLength: 1,
          maxLength: 3,
        }),
        date: dayArb(p),
      }),
    },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('reverse' as const), which: fc.nat(50) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        t: fc.constant('stocktake' as const),
        goods: fc.integer({ min: 0, max: GOODS.length - 1 }),
        counted: fc.integer({ min: 0, max: 15 }),
        reason: fc.constantFrom('月末盘点', '盘亏：破损', '盘盈：漏记入库'),
      }),
    },
  );
}

/** Random extra entries per household: [item index, pick 0..1]. */
const extraArb = fc.array(fc.tuple(fc.nat(200), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 6 });

// ---- assertions (plain throws: `expect` in the hot loop would cost most of the time budget) -------------------

function holds(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function same(actual: unknown, expected: unknown, message: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}: got ${a}, expected ${e}`);
}

// ---- the run ------------------------------------------------------------------------------------------------------

interface Stats {
  accepted: number;
  refused: number;
  reversals: number;
  stocktakes: number;
  codes: Set<string>;
  acceptedBy: Map<string, number>;
}

interface Accepted {
  redemption: EngineRedemption;
  lines: { goodsId: string; quantity: number }[];
  reversed: boolean;
}

function run(
  key: Key,
  extras: [number, number][][],
  initial: number[],
  ops: Op[],
  stats: Stats,
  check: typeof checkRedemption = checkRedemption,
): void {
  const p = PRESETS[key].parameters;
  const policy = shopPolicyOf(key);
  const { list, blackList } = profiles(key);
  const households = list.map((x) => x.household);

  // approved entries: the fixed ones of each profile and random ones from the preset's own items
  const entries: EngineEntry[] = [];
  const items = PRESETS[key].items;
  list.forEach((prof, h) => {
    prof.fixed.forEach(([code, points, member], i) => {
      const item = items.find((x) => x.code === code);
      if (!item) throw new Error(`no item ${code} in ${key}`);
      entries.push(entryOf(`${prof.household.id}-f${i}`, prof.household.id, item, points, member, i));
    });
    (prof.random ? (extras[h] ?? []) : []).forEach(([idx, pick], i) => {
      const item = items[idx % items.length];
      const magnitude = item.minPoints + Math.round(pick * (item.maxPoints - item.minPoints));
      const sign = item.kind === 'NEGATIVE' || item.kind === 'VETO' ? -1 : 1;
      entries.push(entryOf(`${prof.household.id}-x${i}`, prof.household.id, item, sign * magnitude + 0, null, i));
    });
  });

  // the model: earned and ranking figures straight from the entries, and what each household has redeemed net
  const own = (id: string) => entries.filter((e) => e.householdId === id);
  const householdPart = (id: string) =>
    own(id)
      .filter((e) => e.memberId === null)
      .reduce((s, e) => s + e.points, 0);
  const allPoints = (id: string) => own(id).reduce((s, e) => s + e.points, 0);
  const earned = (id: string) => (p.subjectModel === 'HOUSEHOLD' ? householdPart(id) : allPoints(id));
  const rankingValueOf = (id: string) => (p.rankingBasis === 'FAMILY_TOTAL' ? allPoints(id) : householdPart(id));
  const netRedeemed = new Map(households.map((h) => [h.id, 0]));
  const modelBalance = (id: string) => p.basePoints + earned(id) - (netRedeemed.get(id) ?? 0);

  // the shop: stock only as movements
  const movements: Movement[] = [];
  GOODS.forEach((g, i) => {
    if (initial[i] > 0) movements.push({ goodsId: g.id, kind: 'STOCK_IN', quantity: initial[i] });
  });
  const modelStock = new Map(GOODS.map((g, i) => [g.id, Math.max(0, initial[i])]));
  const redemptions: EngineRedemption[] = [];
  const accepted: Accepted[] = [];
  let serial = 0;

  const standing = (h: EngineHousehold, asOf: string) =>
    householdStanding({ parameters: p, household: h, year: YEAR, entries, redemptions, blackList, asOf });
  const goodsViews = (): Map<string, GoodsView> => {
    const stock = stockOf(movements);
    return new Map(
      GOODS.map((g) => [
        g.id,
        {
          id: g.id,
          shopId: SHOP,
          name: g.name,
          active: g.active,
          cashLike: g.cashLike,
          pointsPrice: priceOf(key, g),
          stock: stock.get(g.id) ?? 0,
        },
      ]),
    );
  };

  const verify = (where: string) => {
    const stock = stockOf(movements);
    for (const g of GOODS) {
      const sum = movements.filter((m) => m.goodsId === g.id).reduce((s, m) => s + m.quantity, 0);
      same(stock.get(g.id) ?? 0, sum, `${where}: stock of ${g.id} = sum of its movements`);
      same(sum, modelStock.get(g.id), `${where}: stock of ${g.id} against the model`);
      holds(sum >= 0, `${where}: stock of ${g.id} negative (${sum})`);
    }
    for (const m of movements) {
      if (m.kind === 'STOCKTAKE') holds(!!m.reason?.trim(), `${where}: stocktake without a reason`);
      if (m.kind === 'REDEMPTION') holds(m.quantity < 0, `${where}: redemption movement not negative`);
      if (m.kind === 'REVERSAL' || m.kind === 'STOCK_IN') holds(m.quantity > 0, `${where}: ${m.kind} not positive`);
    }
    for (const h of households) {
      const s = standing(h, `${YEAR}-12-31`);
      const net = netRedeemed.get(h.id) ?? 0;
      same(s.balance, modelBalance(h.id), `${where}: balance of ${h.id} = base + earned − net redeemed`);
      same(s.redeemed, net, `${where}: redeemed of ${h.id}`);
      same(s.rankingValue, rankingValueOf(h.id), `${where}: ranking value of ${h.id}`);
      // 004 四(三)2: only what lies above the base is ever taken
      if (p.exchangeableRule === 'ABOVE_BASE') {
        holds(net <= Math.max(0, earned(h.id)), `${where}: ${h.id} redeemed ${net}, more than above base`);
      }
      holds(net >= 0, `${where}: ${h.id} net redeemed negative`);
    }
  };

  verify('start');
  ops.forEach((op, step) => {
    const where = `${key} step ${step} ${op.t}`;
    switch (op.t) {
      case 'stockIn': {
        const g = GOODS[op.goods];
        movements.push({ goodsId: g.id, kind: 'STOCK_IN', quantity: op.qty });
        modelStock.set(g.id, (modelStock.get(g.id) ?? 0) + op.qty);
        break;
      }
      case 'stocktake': {
        const g = GOODS[op.goods];
        const current = stockOf(movements).get(g.id) ?? 0;
        const adjustment = op.counted - current;
        if (adjustment !== 0)
          movements.push({ goodsId: g.id, kind: 'STOCKTAKE', quantity: adjustment, reason: op.reason });
        modelStock.set(g.id, op.counted);
        same(stockOf(movements).get(g.id) ?? 0, op.counted, `${where}: stock after the stocktake`);
        stats.stocktakes += 1;
        break;
      }
      case 'redeem': {
        const h = households[op.hh % households.length];
        const on = `${YEAR}-${String(op.date.month).padStart(2, '0')}-${String(op.date.dom).padStart(2, '0')}`;
        const before = standing(h, on);
        const views = goodsViews();
        const lines: BasketLine[] = op.lines.map((l) => {
          const g = GOODS[l.goods];
          return { goodsId: g.id, quantity: l.qty, expectedPointsPrice: l.showPrice ? priceOf(key, g) : undefined };
        });

        // the model's view of the scheme: window, threshold, black list, above base
        const windowOpen = p.exchangeWindows.months === null || p.exchangeWindows.months.includes(op.date.month);
        const listed = blackList.some((b) => b.householdId === h.id && b.from <= on && (b.to === null || on <= b.to));
        const balance = modelBalance(h.id);
        const blocks: ExchangeBlock[] = [];
        if (!windowOpen) blocks.push('WINDOW_CLOSED');
        if (p.exchangeThreshold > 0 && rankingValueOf(h.id) < p.exchangeThreshold) blocks.push('BELOW_THRESHOLD');
        if (p.blackListBlocksExchange && listed) blocks.push('BLACK_LISTED');
        if (p.exchangeableRule === 'ABOVE_BASE' && balance <= p.basePoints) blocks.push('NOTHING_ABOVE_BASE');
        const exchangeable =
          blocks.length > 0 ? 0 : p.exchangeableRule === 'ABOVE_BASE' ? balance - p.basePoints : Math.max(0, balance);
        same(
          { blocks: before.blocks, exchangeable: before.exchangeable, balance: before.balance },
          { blocks, exchangeable, balance },
          `${where}: standing of ${h.id} on ${on}`,
        );

        // what the basket asks: merged quantities per goods, total at current prices
        const wanted = new Map<string, number>();
        for (const l of lines) wanted.set(l.goodsId, (wanted.get(l.goodsId) ?? 0) + l.quantity);
        const total = [...wanted].reduce((s, [id, q]) => s + q * (views.get(id)?.pointsPrice ?? 0), 0);
        const goodsOk = [...wanted].every(([id, q]) => {
          const v = views.get(id);
          return !!v && v.active && !(v.cashLike && policy.forbidsCash) && q <= v.stock;
        });
        const expectOk = blocks.length === 0 && goodsOk && total <= before.exchangeable;

        const result = check({
          shopId: SHOP,
          servedVillageCodes: [VILLAGE],
          householdVillageCode: h.villageCode,
          standing: { schemeInForce: true, exchangeable: before.exchangeable, blocks: before.blocks },
          lines,
          goods: views,
          policy,
        });
        same(result.ok, expectOk, `${where}: ${JSON.stringify({ h: h.id, on, lines, result })}`);

        if (!result.ok) {
          stats.refused += 1;
          for (const r of result.refusals) stats.codes.add(r.code);
          for (const b of before.blocks) {
            holds(
              result.refusals.some((r) => r.code === `POINTS_EXCHANGE_${b}`),
              `${where}: block ${b} not refused`,
            );
          }
          break;
        }
        // accepted only if the window is open, no block applies, and the total fits what was exchangeable before
        holds(windowOpen, `${where}: accepted outside the window`);
        same(before.blocks, [], `${where}: accepted with blocks`);
        same(result.total, total, `${where}: total`);
        holds(result.total <= before.exchangeable, `${where}: accepted above the exchangeable amount`);
        holds(result.total > 0, `${where}: accepted an empty total`);

        stats.accepted += 1;
        stats.acceptedBy.set(h.id, (stats.acceptedBy.get(h.id) ?? 0) + 1);
        serial += 1;
        const redemption: EngineRedemption = { id: `r${serial}`, householdId: h.id, points: result.total, on };
        for (const l of result.lines) {
          movements.push({ goodsId: l.goodsId, kind: 'REDEMPTION', quantity: -l.quantity });
          modelStock.set(l.goodsId, (modelStock.get(l.goodsId) ?? 0) - l.quantity);
        }
        redemptions.push(redemption);
        accepted.push({
          redemption,
          lines: result.lines.map((l) => ({ goodsId: l.goodsId, quantity: l.quantity })),
          reversed: false,
        });
        netRedeemed.set(h.id, (netRedeemed.get(h.id) ?? 0) + result.total);

        const after = standing(h, on);
        same(after.balance, p.basePoints + earned(h.id) - (netRedeemed.get(h.id) ?? 0), `${where}: balance after`);
        same(after.balance, before.balance - result.total, `${where}: balance after = before − total`);
        if (p.exchangeableRule === 'ABOVE_BASE') holds(after.balance >= p.basePoints, `${where}: below the base`);
        else holds(after.balance >= 0, `${where}: balance negative`);
        // 004 四(三)2 扣减的积分不影响年底积分排名
        same(after.rankingValue, before.rankingValue, `${where}: redemption changed the ranking value`);
        same(after.familyTotal, before.familyTotal, `${where}: redemption changed the family total`);
        break;
      }
      case 'reverse': {
        const open = accepted.filter((a) => !a.reversed);
        if (open.length === 0) break;
        const a = open[op.which % open.length];
        const h = households.find((x) => x.id === a.redemption.householdId);
        if (!h) throw new Error('no household');
        const on = a.redemption.on;
        const before = standing(h, on);
        const stockBefore = stockOf(movements);
        a.reversed = true;
        for (const l of a.lines) {
          movements.push({ goodsId: l.goodsId, kind: 'REVERSAL', quantity: l.quantity });
          modelStock.set(l.goodsId, (modelStock.get(l.goodsId) ?? 0) + l.quantity);
        }
        redemptions.push({ ...a.redemption, id: `${a.redemption.id}-rev`, points: -a.redemption.points });
        netRedeemed.set(h.id, (netRedeemed.get(h.id) ?? 0) - a.redemption.points);
        stats.reversals += 1;

        const after = standing(h, on);
        same(after.balance, before.balance + a.redemption.points, `${where}: reversal restores the balance`);
        same(after.rankingValue, before.rankingValue, `${where}: reversal changed the ranking value`);
        const stockAfter = stockOf(movements);
        for (const g of GOODS) {
          const back = a.lines.filter((l) => l.goodsId === g.id).reduce((s, l) => s + l.quantity, 0);
          same(stockAfter.get(g.id) ?? 0, (stockBefore.get(g.id) ?? 0) + back, `${where}: reversal restores ${g.id}`);
        }
        break;
      }
    }
    verify(where);
  });

  // every redemption reversed: each household is back at base + earned, and the goods at their other movements
  if (accepted.every((a) => a.reversed)) {
    for (const h of households) {
      same(standing(h, `${YEAR}-12-31`).balance, p.basePoints + earned(h.id), `${key}: all reversed, ${h.id}`);
    }
    const taken = movements.filter((m) => m.kind === 'REDEMPTION' || m.kind === 'REVERSAL');
    holds(
      [...stockOf(taken).values()].every((q) => q === 0),
      `${key}: all reversed, stock not restored`,
    );
  }
}

describe('shop ledgers against the points engine (model-based)', () => {
  it.each(KEYS)('%s: 400 random sequences of stock-in, redemption, reversal and stocktake', (key) => {
    const stats: Stats = {
      accepted: 0,
      refused: 0,
      reversals: 0,
      stocktakes: 0,
      codes: new Set(),
      acceptedBy: new Map(),
    };
    const p = PRESETS[key].parameters;
    const households = profiles(key).list.length;
    fc.assert(
      fc.property(
        fc.array(extraArb, { minLength: households, maxLength: households }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: GOODS.length, maxLength: GOODS.length }),
        fc.array(opArb(p, households), { minLength: 1, maxLength: 30 }),
        (extras, initial, ops) => run(key, extras, initial, ops, stats),
      ),
      { seed: 20260401, numRuns: 400 },
    );
    // the sequences exercised every path, for every preset
    // (floors at about half of what the fixed seed and a few other seeds give, so that a change of seed passes too)
    expect(stats.accepted).toBeGreaterThan(60);
    expect(stats.refused).toBeGreaterThan(500);
    expect(stats.reversals).toBeGreaterThan(25);
    expect(stats.stocktakes).toBeGreaterThan(100);
    const neverAccepted: Record<Key, string[]> = {
      CHANGBA_000: ['h-black'],
      HOUSHAN_001: ['h-99'],
      GAOYANG_004: ['h-base', 'h-95'],
    };
    const sometimesAccepted: Record<Key, string[]> = {
      CHANGBA_000: ['h-a', 'h-dec'],
      HOUSHAN_001: ['h-100', 'h-rich'],
      GAOYANG_004: ['h-104', 'h-rich', 'h-star'],
    };
    for (const id of neverAccepted[key]) expect(stats.acceptedBy.get(id) ?? 0).toBe(0);
    for (const id of sometimesAccepted[key]) expect(stats.acceptedBy.get(id) ?? 0).toBeGreaterThan(0);
    expect(stats.codes).toContain('SHOP_OUT_OF_STOCK');
    expect(stats.codes).toContain('SHOP_EXCEEDS_EXCHANGEABLE');
    expect(stats.codes).toContain('SHOP_GOODS_INACTIVE');
    const expectedCodes: Record<Key, string[]> = {
      CHANGBA_000: ['POINTS_EXCHANGE_WINDOW_CLOSED', 'POINTS_EXCHANGE_BLACK_LISTED'],
      HOUSHAN_001: ['POINTS_EXCHANGE_BELOW_THRESHOLD'],
      GAOYANG_004: ['POINTS_EXCHANGE_WINDOW_CLOSED', 'POINTS_EXCHANGE_NOTHING_ABOVE_BASE', 'SHOP_GOODS_CASH_FORBIDDEN'],
    };
    for (const c of expectedCodes[key]) expect(stats.codes).toContain(c);
    if (!shopPolicyOf(key).forbidsCash) expect(stats.codes).not.toContain('SHOP_GOODS_CASH_FORBIDDEN');
  });
});

describe('the property catches a broken redemption check', () => {
  const mutants: [string, typeof checkRedemption][] = [
    [
      'ignores the engine blocks',
      (i) => checkRedemption({ ...i, standing: { ...i.standing, blocks: [], exchangeable: 1000 } }),
    ],
    [
      'ignores the stock',
      (i) => checkRedemption({ ...i, goods: new Map([...i.goods].map(([id, g]) => [id, { ...g, stock: 999 }])) }),
    ],
    [
      'lets 1 point more through',
      (i) =>
        checkRedemption({
          ...i,
          standing: { ...i.standing, exchangeable: i.standing.exchangeable + (i.standing.blocks.length ? 0 : 1) },
        }),
    ],
  ];
  it.each(KEYS)('%s', (key) => {
    const p = PRESETS[key].parameters;
    const households = profiles(key).list.length;
    for (const [, mutant] of mutants) {
      const stats: Stats = {
        accepted: 0,
        refused: 0,
        reversals: 0,
        stocktakes: 0,
        codes: new Set(),
        acceptedBy: new Map(),
      };
      expect(() =>
        fc.assert(
          fc.property(
            fc.array(extraArb, { minLength: households, maxLength: households }),
            fc.array(fc.integer({ min: 0, max: 10 }), { minLength: GOODS.length, maxLength: GOODS.length }),
            fc.array(opArb(p, households), { minLength: 1, maxLength: 30 }),
            (extras, initial, ops) => run(key, extras, initial, ops, stats, mutant),
          ),
          { seed: 20260401, numRuns: 400, endOnFailure: true },
        ),
      ).toThrow();
    }
  });
});
