import { PRESET_KEYS, PRESETS, type PresetKey } from '@xiangzhi/points/util';
import { NEUTRAL_SHOP_POLICY, SHOP_POLICIES, shopPolicyOf, type ShopPolicy } from './shop-policy';

describe('shopPolicyOf', () => {
  const expected: Record<PresetKey, ShopPolicy> = {
    // 000 三(四): 30% of resident households per round; nothing about cash or cost
    CHANGBA_000: { forbidsCash: false, operatorAwardItemCode: null, roundTargetShare: 0.3, atCostPrice: false },
    HOUSHAN_001: NEUTRAL_SHOP_POLICY,
    TUKE_002: NEUTRAL_SHOP_POLICY,
    GENERIC_003: NEUTRAL_SHOP_POLICY,
    // 004 二(二) 按成本价兑换, G01 operator award; 四(四) 严禁…直接发放现金物品
    GAOYANG_004: { forbidsCash: true, operatorAwardItemCode: 'G01', roundTargetShare: null, atCostPrice: true },
  };

  it.each(PRESET_KEYS.map((k) => [k, expected[k]] as const))('%s', (key, policy) => {
    expect(shopPolicyOf(key)).toEqual(policy);
  });

  it('has a policy for every preset key of the points engine, and nothing else', () => {
    expect(Object.keys(SHOP_POLICIES).sort()).toEqual([...PRESET_KEYS].sort());
  });

  it.each([[null], [undefined], [''], ['UNKNOWN_999'], ['changba_000']])('%p → the neutral policy', (key) => {
    expect(shopPolicyOf(key)).toBe(NEUTRAL_SHOP_POLICY);
  });

  it('the neutral policy restricts nothing', () => {
    expect(NEUTRAL_SHOP_POLICY).toEqual({
      forbidsCash: false,
      operatorAwardItemCode: null,
      roundTargetShare: null,
      atCostPrice: false,
    });
  });

  it('the G01 item of the 004 policy exists in the 004 preset and is a POSITIVE item', () => {
    const item = PRESETS.GAOYANG_004.items.find((i) => i.code === shopPolicyOf('GAOYANG_004').operatorAwardItemCode);
    expect(item).toMatchObject({ code: 'G01', kind: 'POSITIVE', category: '积分超市' });
  });

  // KNOWN BUG (shop-policy.ts, shopPolicyOf): SHOP_POLICIES is a plain object literal, so a key inherited from
  // Object.prototype ('constructor', 'toString', '__proto__', …) is found and returned instead of the neutral
  // policy. Flip `it.failing` to `it` once shopPolicyOf uses Object.hasOwn (or a Map).
  it.each([['constructor'], ['toString'], ['__proto__'], ['hasOwnProperty']])(
    '%p (an Object.prototype key) → the neutral policy',
    (key) => {
      expect(shopPolicyOf(key)).toBe(NEUTRAL_SHOP_POLICY);
    },
  );
});
