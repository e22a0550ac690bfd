import { BASKET_LIMIT, QUANTITY_LIMIT } from '@xiangzhi/shop/util';
import {
  addOne,
  BasketGoods,
  canAdd,
  maxQuantity,
  newBasket,
  priceChanges,
  quantityOf,
  redeemInput,
  removeOne,
  summarize,
  withQuantity,
} from './basket';

const soap: BasketGoods = { id: 'g1', name: '洗衣粉', unit: '袋', pointsPrice: 15, stock: 3 };
const oil: BasketGoods = { id: 'g2', name: '食用油', unit: '桶', pointsPrice: 40, stock: 10 };
const goods = [soap, oil];

describe('basket', () => {
  it('adds and removes units, in the order first added, keeping the client key', () => {
    const empty = newBasket('key-00000001');
    let b = addOne(empty, oil);
    b = addOne(b, soap);
    b = addOne(b, oil);
    expect(b.entries).toEqual([
      { goodsId: 'g2', quantity: 2 },
      { goodsId: 'g1', quantity: 1 },
    ]);
    b = removeOne(removeOne(b, 'g2'), 'g2');
    expect(b.entries).toEqual([{ goodsId: 'g1', quantity: 1 }]);
    expect(removeOne(b, 'g9')).toBe(b);
    expect(b.clientKey).toBe('key-00000001');
    expect(empty.entries).toEqual([]);
  });

  it('totals the lines and what remains exchangeable', () => {
    const b = addOne(addOne(addOne(newBasket('k-1234567'), soap), soap), oil);
    const s = summarize(b, goods, 100);
    expect(s.lines.map((l) => [l.goods.name, l.quantity, l.points])).toEqual([
      ['洗衣粉', 2, 30],
      ['食用油', 1, 40],
    ]);
    expect(s.count).toBe(3);
    expect(s.total).toBe(70);
    expect(s.remaining).toBe(30);
    expect(s.canConfirm).toBe(true);
  });

  it('cannot be confirmed empty, over the exchangeable points or over the stock', () => {
    expect(summarize(newBasket('k-1234567'), goods, 100).canConfirm).toBe(false);
    const b = addOne(addOne(newBasket('k-1234567'), oil), oil);
    const over = summarize(b, goods, 79);
    expect(over.overExchangeable).toBe(true);
    expect(over.remaining).toBe(-1);
    expect(over.canConfirm).toBe(false);
    expect(summarize(b, goods, 80).canConfirm).toBe(true);
    // the stock fell under the basket after a refresh
    const short = summarize(b, [soap, { ...oil, stock: 1 }], 1000);
    expect(short.overStock.map((l) => l.goods.name)).toEqual(['食用油']);
    expect(short.canConfirm).toBe(false);
  });

  it('stops at the stock, at the limit per line and at the lines a basket may hold', () => {
    let b = newBasket('k-1234567');
    for (let i = 0; i < 5; i++) b = addOne(b, soap);
    expect(quantityOf(b, 'g1')).toBe(3);
    expect(canAdd(b, soap)).toBe(false);
    expect(canAdd(newBasket('k-1234567'), { ...soap, stock: 0 })).toBe(false);
    expect(maxQuantity({ stock: 5000 })).toBe(QUANTITY_LIMIT);
    expect(maxQuantity({ stock: -2 })).toBe(0);
    let full = newBasket('k-1234567');
    for (let i = 0; i < BASKET_LIMIT; i++) full = withQuantity(full, `x${i}`, 1);
    const extra: BasketGoods = { ...soap, id: 'extra' };
    expect(canAdd(full, extra)).toBe(false);
    expect(canAdd(full, { ...soap, id: 'x0' })).toBe(true);
  });

  it('builds the redeem input with the prices the operator saw and the basket key', () => {
    const b = addOne(addOne(addOne(newBasket('key-00000002'), soap), oil), soap);
    expect(redeemInput(b, goods, 's1', 'h1')).toEqual({
      shopId: 's1',
      householdId: 'h1',
      clientKey: 'key-00000002',
      lines: [
        { goodsId: 'g1', quantity: 2, expectedPointsPrice: 15 },
        { goodsId: 'g2', quantity: 1, expectedPointsPrice: 40 },
      ],
    });
  });

  it('reuses the key across changes and retries; a new basket has a new key', () => {
    const first = newBasket();
    const changed = removeOne(addOne(addOne(first, soap), oil), 'g2');
    expect(changed.clientKey).toBe(first.clientKey);
    expect(redeemInput(changed, goods, 's1', 'h1').clientKey).toBe(redeemInput(changed, goods, 's1', 'h1').clientKey);
    const next = newBasket();
    expect(next.clientKey).not.toBe(first.clientKey);
    expect(next.clientKey).toMatch(/^[A-Za-z0-9_.:-]{8,64}$/);
  });

  it('names the basket goods whose price changed after a refresh', () => {
    const b = addOne(addOne(newBasket('k-1234567'), soap), oil);
    const after = [{ ...soap, pointsPrice: 18 }, oil];
    expect(priceChanges(b, goods, after)).toEqual([{ goodsId: 'g1', name: '洗衣粉', before: 15, after: 18 }]);
    const repriced = summarize(b, after, 100);
    expect(repriced.total).toBe(58);
  });
});
