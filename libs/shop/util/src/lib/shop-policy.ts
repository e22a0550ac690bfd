/**
 * What a town's scheme says about its points shop beyond the points engine's parameters (DOMAIN.md §3.4–3.5),
 * keyed by the scheme preset the town started from. A scheme without a preset gets the neutral policy.
 */
export interface ShopPolicy {
  /** Goods that are cash or cash-like (cards, vouchers) may not be listed or exchanged (004 四(四) 严禁…直接发放现金). */
  forbidsCash: boolean;
  /** The scheme item through which the town awards the shop operator points for service quality (004 二(二)); null = none. */
  operatorAwardItemCode: string | null;
  /** Share of resident households that should redeem in each exchange round (000 三(四): 30%); null = no target. */
  roundTargetShare: number | null;
  /** Goods are exchanged at cost price (004 二(二) 按成本价兑换): the points price must equal cost × exchange value. */
  atCostPrice: boolean;
}

/** The policy of a scheme with no preset (or a preset that says nothing about the shop). */
export const NEUTRAL_SHOP_POLICY: ShopPolicy = {
  forbidsCash: false,
  operatorAwardItemCode: null,
  roundTargetShare: null,
  atCostPrice: false,
};

/** Shop policy by preset key (the keys of PRESETS in @xiangzhi/points/util). */
export const SHOP_POLICIES: Readonly<Record<string, ShopPolicy>> = {
  // 000 长坝镇: 六有; 半年一兑换; 每次兑换活动的积分兑换户数达到辖区内常住户数的30%以上
  CHANGBA_000: { ...NEUTRAL_SHOP_POLICY, roundTargetShare: 0.3 },
  // 001 后山镇: threshold 100 and 1:1 live in the scheme parameters; funds and goods ledgers are disclosed
  HOUSHAN_001: NEUTRAL_SHOP_POLICY,
  // 002 图克镇: shops may serve neighbouring villages (a property of the shop itself)
  TUKE_002: NEUTRAL_SHOP_POLICY,
  GENERIC_003: NEUTRAL_SHOP_POLICY,
  // 004 高阳镇: 按成本价兑换; 根据服务质量每年给予超市经营者积分奖励 (G01); 严禁搞平均主义或直接发放现金物品
  GAOYANG_004: { forbidsCash: true, operatorAwardItemCode: 'G01', roundTargetShare: null, atCostPrice: true },
};

/** The shop policy of a scheme that started from `presetKey`. */
export function shopPolicyOf(presetKey: string | null | undefined): ShopPolicy {
  return presetKey && Object.hasOwn(SHOP_POLICIES, presetKey) ? SHOP_POLICIES[presetKey] : NEUTRAL_SHOP_POLICY;
}
