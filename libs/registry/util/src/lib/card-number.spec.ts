import {
  cardNumberPrefix,
  cardPayload,
  formatCardNumber,
  isValidCardNumber,
  parseCardNumber,
  parseCardPayload,
} from './card-number';

describe('card numbers', () => {
  const village = '150626001201';

  it.each([1, 42, 9999, 99_999])('round-trips sequence %i', (seq) => {
    const card = formatCardNumber(village, seq);
    expect(card).toHaveLength(21);
    expect(card).not.toMatch(/\d{17}/);
    expect(card.startsWith(`XZ${village}-`)).toBe(true);
    expect(parseCardNumber(card.replace('-', ''))?.cardNumber).toBe(card);
    expect(parseCardNumber(card)).toEqual({ villageCode: village, sequence: seq, cardNumber: card });
  });

  it.each([
    [0, RangeError],
    [100_000, RangeError],
    [1.5, RangeError],
  ])('refuses sequence %s', (seq, err) => {
    expect(() => formatCardNumber(village, seq)).toThrow(err);
  });

  it('refuses a non-village code', () => {
    expect(() => formatCardNumber('15062600', 1)).toThrow(RangeError);
  });

  const good = formatCardNumber(village, 7);
  const wrongCheck = good.slice(0, 20) + (good[20] === '0' ? '1' : '0');
  it.each([
    [good, true],
    [good.toLowerCase(), true],
    [wrongCheck, false],
    ['XZ' + village + '-00000' + '0', false],
    [good.replace('-', ''), true],
    [` ${good.slice(0, 10)} ${good.slice(10)} `, true],
    [good.slice(1), false],
    ['', false],
  ])('validates %j → %s', (card, ok) => {
    expect(isValidCardNumber(card)).toBe(ok);
  });

  it.each([
    [cardPayload('https://xz.example.cn/', good), good],
    [cardPayload('http://localhost:3000', good), good],
    [`https://other.example/grid/h/${good}?src=qr`, good],
    [good, good],
    [`https://xz.example.cn/grid/h/${wrongCheck}`, null],
    ['https://xz.example.cn/portal', null],
    ['hello', null],
  ])('parses payload %j', (text, card) => {
    expect(parseCardPayload(text)).toBe(card);
  });

  it('builds the payload URL', () => {
    expect(cardPayload('https://xz.example.cn/', good)).toBe(`https://xz.example.cn/grid/h/${good}`);
  });
});

describe('card number prefix', () => {
  it.each([
    ['xz1506', 'XZ1506'],
    ['XZ150626100201', 'XZ150626100201'],
    ['XZ1506261002010', 'XZ150626100201-0'],
    ['XZ150626100201-00', 'XZ150626100201-00'],
    ['XZ 150626100201 0001', 'XZ150626100201-0001'],
  ])('%j → %j', (typed, prefix) => {
    expect(cardNumberPrefix(typed)).toBe(prefix);
  });
});
