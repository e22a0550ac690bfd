import { parsePath } from './region-chooser.component';

describe('parsePath (the chooser path in the URL)', () => {
  it('keeps valid 12-digit codes in order', () => {
    expect(parsePath('150102000000,150102001000')).toEqual(['150102000000', '150102001000']);
  });

  it('drops anything else', () => {
    expect(parsePath(undefined)).toEqual([]);
    expect(parsePath('')).toEqual([]);
    expect(parsePath('abc, 150102000000 ,1501')).toEqual(['150102000000']);
    expect(parsePath(Array(9).fill('150102000000').join(','))).toHaveLength(5);
  });
});
