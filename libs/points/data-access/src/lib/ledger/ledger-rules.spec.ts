import { TestBed } from '@angular/core/testing';
import { FileApi } from '@xiangzhi/shared/data-access';
import { of } from 'rxjs';
import {
  LedgerHouseholdByCardGQL,
  LedgerHouseholdMembersGQL,
  LedgerHouseholdSearchGQL,
  LedgerSchemeInForceGQL,
  RecordPointsEntriesGQL,
  RecordPointsEntryGQL,
} from '../generated/graphql';
import {
  chunk,
  groupItemsByCategory,
  isOwnEntry,
  keepKeyAfter,
  LedgerItem,
  monthKey,
  parseMonthKey,
  pointsProblem,
  toBulkInputs,
  toRecordInput,
} from './ledger-rules';
import { LedgerRecordFacade } from './record.facade';
import { reviewInput } from './review.facade';

const item = (code: string, category: string, extra: Partial<LedgerItem> = {}): LedgerItem => ({
  code,
  category,
  name: code,
  kind: 'POSITIVE',
  minPoints: 1,
  maxPoints: 5,
  subject: 'HOUSEHOLD',
  capPerPeriod: null,
  evidenceRequired: false,
  publicWording: code,
  example: false,
  ...extra,
});

describe('recording rules', () => {
  it('groups items by category in the scheme order', () => {
    const groups = groupItemsByCategory([item('A01', '环境卫生'), item('B01', '孝老爱亲'), item('A02', '环境卫生')]);
    expect(groups.map((g) => [g.category, g.items.map((i) => i.code)])).toEqual([
      ['环境卫生', ['A01', 'A02']],
      ['孝老爱亲', ['B01']],
    ]);
  });

  it('checks the points against the item range', () => {
    const i = item('A01', 'x', { minPoints: 2, maxPoints: 4 });
    expect(pointsProblem(i, null)).toBe('pointsRequired');
    expect(pointsProblem(i, 1)).toBe('pointsOutOfRange');
    expect(pointsProblem(i, 5)).toBe('pointsOutOfRange');
    expect(pointsProblem(i, 2.5)).toBe('pointsNotInteger');
    expect(pointsProblem(i, 3)).toBeNull();
  });

  it('builds a single entry: trimmed, the member only for individual items', () => {
    const value = {
      householdId: 'h1',
      itemCode: 'A01',
      memberId: 'm1',
      points: 3,
      occurredOn: '2026-11-02',
      place: '  ',
      description: ' 清理门前垃圾 ',
      channel: 'ON_SITE' as const,
      declaredByResident: false,
    };
    expect(toRecordInput(value, { subject: 'HOUSEHOLD' }, ['f1'], 'key-12345')).toEqual({
      householdId: 'h1',
      itemCode: 'A01',
      memberId: null,
      points: 3,
      occurredOn: '2026-11-02',
      place: null,
      description: '清理门前垃圾',
      channel: 'ON_SITE',
      declaredByResident: false,
      evidenceFileIds: ['f1'],
      idempotencyKey: 'key-12345',
    });
    expect(toRecordInput(value, { subject: 'INDIVIDUAL' }, [], 'key-12345').memberId).toBe('m1');
  });

  it('builds the bulk calls: one item for many households, unique, chunked, one derived key per call', () => {
    const inputs = toBulkInputs(
      {
        itemCode: 'A01',
        points: 2,
        occurredOn: '2026-11-02',
        place: '村委会',
        description: ' 清洁日 ',
        channel: 'ON_SITE',
      },
      ['h1', 'h2', 'h2', 'h3', 'h4', 'h5'],
      ['photo'],
      '0b7c1c2e-0000-4000-8000-000000000000',
      2,
    );
    expect(inputs.map((i) => i.householdIds)).toEqual([['h1', 'h2'], ['h3', 'h4'], ['h5']]);
    expect(inputs.map((i) => i.idempotencyKey)).toEqual([
      '0b7c1c2e-0000-4000-8000-000000000000.0',
      '0b7c1c2e-0000-4000-8000-000000000000.1',
      '0b7c1c2e-0000-4000-8000-000000000000.2',
    ]);
    expect(inputs[0]).toMatchObject({ itemCode: 'A01', points: 2, description: '清洁日', place: '村委会' });
    expect(inputs[0].evidenceFileIds).toEqual(['photo']);
    for (const i of inputs) expect(i.idempotencyKey).toMatch(/^[A-Za-z0-9_.:-]{8,64}$/);
  });

  it('chunks, months and own entries', () => {
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
    expect(monthKey(2026, 3)).toBe('2026-03');
    expect(parseMonthKey('2026-03')).toEqual({ year: 2026, month: 3 });
    expect(parseMonthKey('2026-13')).toBeNull();
    expect(isOwnEntry({ recordedBy: 'u1' }, 'u1')).toBe(true);
    expect(isOwnEntry({ recordedBy: 'u1' }, 'u2')).toBe(false);
  });

  it('requires a reason to reject, not to approve', () => {
    expect(() => reviewInput(['e1'], 'REJECT', '  ')).toThrow(
      expect.objectContaining({ code: 'ENTRY_REASON_REQUIRED' }),
    );
    expect(reviewInput(['e1'], 'REJECT', ' 照片不清楚 ')).toEqual({
      entryIds: ['e1'],
      decision: 'REJECT',
      reason: '照片不清楚',
    });
    expect(reviewInput(['e1'], 'APPROVE', '')).toEqual({ entryIds: ['e1'], decision: 'APPROVE', reason: null });
  });
});

describe('LedgerRecordFacade.recordBulk', () => {
  it('sends each call in turn, reports progress and sums the entries written', async () => {
    const mutate = jest
      .fn()
      .mockReturnValueOnce(of({ data: { recordPointsEntries: { count: 2, replayed: false, items: [] } } }))
      .mockReturnValueOnce(of({ data: { recordPointsEntries: { count: 1, replayed: false, items: [] } } }));
    TestBed.configureTestingModule({
      providers: [
        { provide: RecordPointsEntriesGQL, useValue: { mutate } },
        { provide: RecordPointsEntryGQL, useValue: {} },
        { provide: LedgerSchemeInForceGQL, useValue: {} },
        { provide: LedgerHouseholdSearchGQL, useValue: {} },
        { provide: LedgerHouseholdByCardGQL, useValue: {} },
        { provide: LedgerHouseholdMembersGQL, useValue: {} },
        { provide: FileApi, useValue: {} },
      ],
    });
    const facade = TestBed.inject(LedgerRecordFacade);
    const inputs = toBulkInputs(
      { itemCode: 'A01', points: 2, occurredOn: '2026-11-02', place: '', description: '清洁日', channel: 'ON_SITE' },
      ['h1', 'h2', 'h3'],
      [],
      'attempt-key-1',
      2,
    );
    const progress: number[] = [];
    const result = await facade.recordBulk(inputs, (p) => progress.push(p.done));
    expect(result).toEqual({ count: 3, replayed: false });
    expect(progress).toEqual([0, 1, 2]);
    expect(mutate.mock.calls.map((c) => c[0].variables.input.householdIds)).toEqual([['h1', 'h2'], ['h3']]);
  });
});

describe('idempotency key after a failure', () => {
  it('keeps the key after a network failure, drops it after a refusal', () => {
    expect(keepKeyAfter({ kind: 'UNAVAILABLE' })).toBe(true);
    expect(keepKeyAfter({ kind: null })).toBe(true);
    expect(keepKeyAfter({ kind: 'BAD_USER_INPUT' })).toBe(false);
    expect(keepKeyAfter({ kind: 'CONFLICT' })).toBe(false);
  });
});
