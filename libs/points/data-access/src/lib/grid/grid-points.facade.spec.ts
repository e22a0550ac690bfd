import { TestBed } from '@angular/core/testing';
import { ApiError, FileApi } from '@xiangzhi/shared/data-access';
import { of, throwError } from 'rxjs';
import {
  GridHouseholdPointsEntriesGQL,
  GridHouseholdPointsStandingGQL,
  GridPointsSchemeInForceGQL,
  GridRecordPointsEntryGQL,
} from '../generated/graphql';
import { GridPointsFacade, GridRecordInput, isOfflineFailure } from './grid-points.facade';

describe('GridPointsFacade', () => {
  const record = { mutate: jest.fn() };
  const files = { upload: jest.fn(async () => ({ id: 'f1', name: 'a.jpg', size: 3, contentType: 'image/jpeg' })) };
  const input: GridRecordInput = {
    householdId: 'h1',
    itemCode: 'A11',
    points: 2,
    occurredOn: '2026-04-01',
    description: '打扫巷道',
    channel: 'QR_SCAN',
    idempotencyKey: 'k-12345678',
  };

  beforeEach(() => {
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        {
          provide: GridPointsSchemeInForceGQL,
          useValue: { fetch: jest.fn(() => of({ data: { pointsSchemeInForce: null } })) },
        },
        { provide: GridHouseholdPointsStandingGQL, useValue: { fetch: jest.fn() } },
        { provide: GridHouseholdPointsEntriesGQL, useValue: { fetch: jest.fn() } },
        { provide: GridRecordPointsEntryGQL, useValue: record },
        { provide: FileApi, useValue: files },
      ],
    });
  });

  it('records with the input as given (the idempotency key included)', async () => {
    record.mutate.mockReturnValue(of({ data: { recordPointsEntry: { id: 'e1' } } }));
    const entry = await TestBed.inject(GridPointsFacade).record(input);
    expect(record.mutate).toHaveBeenCalledWith({ variables: { input } });
    expect(entry.id).toBe('e1');
  });

  it('turns a failure into a coded ApiError', async () => {
    record.mutate.mockReturnValue(throwError(() => new ApiError('POINTS_OUT_OF_RANGE', 'BAD_USER_INPUT')));
    await expect(TestBed.inject(GridPointsFacade).record(input)).rejects.toMatchObject({ code: 'POINTS_OUT_OF_RANGE' });
  });

  it('answers null when no scheme is in force, and uploads evidence through the file API', async () => {
    const facade = TestBed.inject(GridPointsFacade);
    expect(await facade.schemeInForce('150102001001', 2026)).toBeNull();
    const photo = new File(['abc'], 'a.jpg', { type: 'image/jpeg' });
    expect((await facade.uploadEvidence(photo)).id).toBe('f1');
    expect(files.upload).toHaveBeenCalledWith(photo, 'a.jpg');
  });
});

describe('isOfflineFailure', () => {
  it('is true when the browser is offline or fetch could not reach the server', () => {
    expect(isOfflineFailure(new ApiError('POINTS_OUT_OF_RANGE'), false)).toBe(true);
    expect(isOfflineFailure(new TypeError('Failed to fetch'), true)).toBe(true);
    expect(isOfflineFailure(new ApiError('NETWORK_ERROR', 'UNAVAILABLE'), true)).toBe(true);
  });

  it('is false for a coded refusal while online', () => {
    expect(isOfflineFailure(new ApiError('POINTS_OUT_OF_RANGE', 'BAD_USER_INPUT'), true)).toBe(false);
  });
});
