import { isValidPhone, maskIdNumber, maskName, maskPhone } from './masking';

describe('masking', () => {
  it.each([
    ['11010519491231002X', '110***********002X'],
    ['150626199001011234', '150***********1234'],
    ['1234567', '*******'],
  ])('ID %s → %s', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });

  it.each([
    ['13812345678', '138****5678'],
    ['0477-8123456', '047****3456'],
    ['123', '***'],
  ])('phone %s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it.each([
    ['张三明', '张*明'],
    ['张三', '张*'],
    ['欧阳小明', '欧**明'],
    ['王', '*'],
    ['巴特尔', '巴*尔'],
    ['𠀀美丽', '𠀀*丽'],
  ])('name %s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it.each([
    ['13812345678', true],
    ['12812345678', false],
    ['1381234567', false],
    ['0477-8123456', true],
    ['04778123456', true],
    ['abc', false],
  ])('phone %s valid: %s', (phone, ok) => {
    expect(isValidPhone(phone)).toBe(ok);
  });
});
