import {
  formatLocalDateTime,
  isAfter,
  isIsoDateTime,
  isWorkingDay,
  localDateOf,
  periodEnd,
  type DeadlineOptions,
} from './calendar';

describe('isIsoDateTime', () => {
  it.each([
    ['2024-03-01T09:00:00+08:00', true],
    ['2024-03-01T09:00Z', true],
    ['2024-03-01T09:00:00.123Z', true],
    ['2024-03-01T09:00:00', false], // no offset: ambiguous between server and browser
    ['2024-03-01', false],
    ['2024-13-01T09:00:00Z', false],
    ['yesterday', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDateTime(value)).toBe(expected);
  });
});

describe('local dates in China Standard Time', () => {
  it('puts an instant late in the UTC day on the next local day', () => {
    expect(localDateOf('2024-03-01T17:30:00Z')).toBe('2024-03-02');
    expect(localDateOf('2024-03-01T15:59:59Z')).toBe('2024-03-01');
  });

  it('formats with the local offset', () => {
    expect(formatLocalDateTime(Date.parse('2024-03-01T16:00:00Z'))).toBe('2024-03-02T00:00:00.000+08:00');
    expect(formatLocalDateTime(Date.parse('2024-03-01T16:00:00Z'), -90)).toBe('2024-03-01T14:30:00.000-01:30');
  });
});

describe('isWorkingDay', () => {
  it.each<[string, DeadlineOptions, boolean]>([
    ['2024-03-01', {}, true], // Friday
    ['2024-03-02', {}, false], // Saturday
    ['2024-03-03', {}, false], // Sunday
    ['2024-10-01', { holidays: ['2024-10-01'] }, false], // 国庆节, a Tuesday
    ['2024-09-29', { extraWorkingDays: ['2024-09-29'] }, true], // 调休上班, a Sunday
  ])('%s with %j → %s', (date, options, expected) => {
    expect(isWorkingDay(date, options)).toBe(expected);
  });
});

describe('periodEnd', () => {
  // 2024-03-01 is a Friday
  it.each<[string, number, DeadlineOptions, string]>([
    ['2024-03-01T09:00:00+08:00', 0, {}, '2024-03-01T23:59:59.999+08:00'],
    ['2024-03-01T09:00:00+08:00', 1, {}, '2024-03-02T23:59:59.999+08:00'],
    ['2024-03-01T09:00:00+08:00', 3, {}, '2024-03-04T23:59:59.999+08:00'],
    ['2024-02-28T09:00:00+08:00', 2, {}, '2024-03-01T23:59:59.999+08:00'], // leap year
    ['2024-03-01T09:00:00+08:00', 1, { counting: 'WORKING' }, '2024-03-04T23:59:59.999+08:00'],
    ['2024-03-01T09:00:00+08:00', 5, { counting: 'WORKING' }, '2024-03-08T23:59:59.999+08:00'],
    ['2024-03-02T09:00:00+08:00', 0, { counting: 'WORKING' }, '2024-03-02T23:59:59.999+08:00'],
    [
      '2024-03-01T09:00:00+08:00',
      1,
      { counting: 'WORKING', holidays: ['2024-03-04'] },
      '2024-03-05T23:59:59.999+08:00',
    ],
    ['2024-03-01T09:00:00+08:00', 1, { extendOverRestDay: true }, '2024-03-04T23:59:59.999+08:00'],
    ['2024-03-01T09:00:00+08:00', 1, { extendOverRestDay: false }, '2024-03-02T23:59:59.999+08:00'],
    // entered at 01:00 local, which is the previous UTC day: the local day counts
    ['2024-02-29T17:00:00Z', 1, {}, '2024-03-02T23:59:59.999+08:00'],
  ])('from %s, %d days, %j → %s', (from, days, options, expected) => {
    expect(periodEnd(from, days, options)).toBe(expected);
  });

  it('refuses malformed input instead of guessing', () => {
    expect(() => periodEnd('2024-03-01', 1)).toThrow(RangeError);
    expect(() => periodEnd('2024-03-01T09:00:00Z', -1)).toThrow(RangeError);
    expect(() => periodEnd('2024-03-01T09:00:00Z', 1.5)).toThrow(RangeError);
  });
});

describe('isAfter', () => {
  it('compares instants across offsets', () => {
    expect(isAfter('2024-03-01T09:00:01+08:00', '2024-03-01T01:00:00Z')).toBe(true);
    expect(isAfter('2024-03-01T09:00:00+08:00', '2024-03-01T01:00:00Z')).toBe(false);
  });
});
