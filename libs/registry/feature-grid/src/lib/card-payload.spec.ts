import { parseCardPayload } from './card-payload';

describe('parseCardPayload (QR code of a points card)', () => {
  it.each([
    ['150102001001-0042', '150102001001-0042'],
    ['  XZ0042  ', 'XZ0042'],
    ['https://xz.example.gov.cn/grid/h/150102001001-0042', '150102001001-0042'],
    ['http://127.0.0.1:3000/grid/h/XZ0042/', 'XZ0042'],
    ['https://xz.example.gov.cn/grid/h/XZ0042?from=card#top', 'XZ0042'],
    ['/grid/h/XZ0042', 'XZ0042'],
    ['https://xz.example.gov.cn/grid/h/XZ%2D0042', 'XZ-0042'],
  ])('%s → %s', (payload, cardNumber) => {
    expect(parseCardPayload(payload)).toBe(cardNumber);
  });

  it.each([
    [''],
    [null],
    ['hello world'],
    ['https://xz.example.gov.cn/grid/households/12'],
    ['https://xz.example.gov.cn/grid/h/'],
    ['https://xz.example.gov.cn/grid/h/%E0%A4%A'],
    ['https://xz.example.gov.cn/grid/h/<script>'],
    ['WIFI:S:net;T:WPA;P:secret;;'],
  ])('rejects %s', (payload) => {
    expect(parseCardPayload(payload)).toBeNull();
  });
});
