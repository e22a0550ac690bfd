import { checklistsLinkFor } from './checklists-link';

describe('checklistsLinkFor', () => {
  it('keeps the village being viewed, else asks for one', () => {
    expect(checklistsLinkFor('/v/150626101201')).toEqual(['/lists', '150626101201']);
    expect(checklistsLinkFor('/shop/150626101201?year=2026')).toEqual(['/lists', '150626101201']);
    expect(checklistsLinkFor('/cases/150626101201')).toEqual(['/lists', '150626101201']);
    expect(checklistsLinkFor('/complaint/150626101201#x')).toEqual(['/lists', '150626101201']);
    expect(checklistsLinkFor('/lists/150626101201?list=NEGATIVE')).toEqual(['/lists', '150626101201']);
    expect(checklistsLinkFor('/verify/ZM-2026-000001')).toEqual(['/regions']);
    expect(checklistsLinkFor('/')).toEqual(['/regions']);
  });
});
