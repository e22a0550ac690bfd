import { formatDay, itemFields } from './portal-format';
import { sampleLists } from './test-fixtures';

describe('portal formats', () => {
  it('formats a day in China Standard Time', () => {
    expect(formatDay('2026-12-03T17:30:00Z', 'zh-CN')).toBe('2026年12月4日');
    expect(formatDay('2026-12-03T17:30:00Z', 'en')).toBe('4 Dec 2026');
    expect(formatDay(null, 'zh-CN')).toBe('');
    expect(formatDay('not a date', 'zh-CN')).toBe('');
  });

  it('lists the fields of an item in the order of the wall, without empty ones', () => {
    const [negative, certificates] = sampleLists().lists;
    expect(itemFields(negative.items[0]).map((f) => f.key)).toEqual([
      'category',
      'forbidden',
      'basis',
      'responsibleBody',
      'oversight',
      'disclosure',
    ]);
    const fields = itemFields(certificates.items[0]);
    expect(fields.map((f) => f.key)).toContain('sample');
    expect(fields.find((f) => f.key === 'materials')?.list).toEqual(['党组织出具的外调函', '被调查人居民身份证复印件']);
    expect(fields.find((f) => f.key === 'oversight')?.parts?.map((p) => p.label)).toEqual([
      'checklistsPortal.oversight.who',
      'checklistsPortal.oversight.ofWhom',
      'checklistsPortal.oversight.how',
    ]);
  });
});
