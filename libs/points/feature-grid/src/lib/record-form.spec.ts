import type { GridSchemeItem } from '@xiangzhi/points/data-access';
import {
  buildRecordInput,
  emptyRecordForm,
  itemGroups,
  localToday,
  recordFormErrors,
  steppedPoints,
  withItem,
} from './record-form';

const item = (patch: Partial<GridSchemeItem>): GridSchemeItem => ({
  code: 'A11',
  category: '环境卫生',
  name: '清扫巷道',
  kind: 'POSITIVE',
  minPoints: 1,
  maxPoints: 5,
  subject: 'HOUSEHOLD',
  evidenceRequired: false,
  capPerPeriod: null,
  ...patch,
});
const today = '2026-12-03';

describe('record form', () => {
  it('starts today with channel 扫码 and groups items by category in scheme order', () => {
    expect(emptyRecordForm(today)).toMatchObject({ occurredOn: today, channel: 'QR_SCAN', evidenceFileIds: [] });
    const groups = itemGroups([item({ code: 'A1' }), item({ code: 'B1', category: '孝老爱亲' }), item({ code: 'A2' })]);
    expect(groups.map((g) => [g.category, g.items.map((i) => i.code)])).toEqual([
      ['环境卫生', ['A1', 'A2']],
      ['孝老爱亲', ['B1']],
    ]);
    expect(localToday(new Date(2026, 11, 3, 0, 5))).toBe('2026-12-03');
  });

  it('starts an item at its minimum, keeps the stepper in range, drops the member of a household item', () => {
    const form = withItem({ ...emptyRecordForm(today), memberId: 'm1' }, item({}));
    expect(form).toMatchObject({ itemCode: 'A11', points: 1, memberId: '' });
    const range = item({});
    expect(steppedPoints(range, 1, -1)).toBe(1);
    expect(steppedPoints(range, 4, 1)).toBe(5);
    expect(steppedPoints(range, 5, 1)).toBe(5);
    expect(withItem({ ...form, memberId: 'm1' }, item({ subject: 'INDIVIDUAL' })).memberId).toBe('m1');
  });

  it('refuses what the API refuses: no item, points out of range, no member, future date, no text, no photo', () => {
    expect(Object.keys(recordFormErrors(emptyRecordForm(today), null, today)).sort()).toEqual(['description', 'item']);
    const individual = item({ subject: 'INDIVIDUAL', evidenceRequired: true });
    const form = {
      ...withItem(emptyRecordForm(today), individual),
      points: 9,
      occurredOn: '2026-12-04',
      description: ' ',
    };
    const errors = recordFormErrors(form, individual, today);
    expect(Object.keys(errors).sort()).toEqual(['date', 'description', 'member', 'photos', 'points']);
    expect(errors.points).toEqual({ key: 'pointsGrid.record.errors.points', params: { min: 1, max: 5 } });
    expect(recordFormErrors({ ...form, points: 2.5 }, individual, today).points).toBeDefined();
    const ok = {
      ...form,
      points: 3,
      occurredOn: today,
      description: '照顾孤寡老人',
      memberId: 'm2',
      evidenceFileIds: ['f1'],
    };
    expect(recordFormErrors(ok, individual, today)).toEqual({});
  });

  it('builds the recordPointsEntry input (trimmed, nulls for what is empty, the key as given)', () => {
    const household = item({});
    const form = {
      ...withItem(emptyRecordForm(today), household),
      points: 3,
      description: ' 清扫二组巷道 ',
      memberId: 'm9',
    };
    expect(buildRecordInput(form, household, 'h1', 'key-1')).toEqual({
      householdId: 'h1',
      itemCode: 'A11',
      points: 3,
      memberId: null,
      occurredOn: today,
      place: null,
      description: '清扫二组巷道',
      channel: 'QR_SCAN',
      evidenceFileIds: null,
      idempotencyKey: 'key-1',
    });
    const individual = item({ subject: 'INDIVIDUAL' });
    const input = buildRecordInput(
      { ...form, memberId: 'm2', place: ' 村委会 ', channel: 'WECHAT', evidenceFileIds: ['f1', 'f2'] },
      individual,
      'h1',
      'key-2',
    );
    expect(input).toMatchObject({ memberId: 'm2', place: '村委会', channel: 'WECHAT', evidenceFileIds: ['f1', 'f2'] });
  });
});
