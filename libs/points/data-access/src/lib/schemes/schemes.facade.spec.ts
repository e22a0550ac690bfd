import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { of } from 'rxjs';
import {
  AdaptPointsSchemeGQL,
  ApprovePointsSchemeGQL,
  CreatePointsSchemeGQL,
  RejectPointsSchemeGQL,
  SchemeDiffGQL,
  SchemeInForceGQL,
  SchemeVersionGQL,
  SchemeVersionsGQL,
  SubmitPointsSchemeGQL,
  UpdatePointsSchemeDraftGQL,
} from '../generated/graphql';
import { SchemesFacade } from './schemes.facade';

describe('SchemesFacade', () => {
  const update = { mutate: jest.fn() };
  const reject = { mutate: jest.fn() };
  const version = { fetch: jest.fn() };

  beforeEach(() => {
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        { provide: SchemeVersionsGQL, useValue: { fetch: jest.fn() } },
        { provide: SchemeVersionGQL, useValue: version },
        { provide: SchemeInForceGQL, useValue: {} },
        { provide: SchemeDiffGQL, useValue: {} },
        { provide: CreatePointsSchemeGQL, useValue: {} },
        { provide: AdaptPointsSchemeGQL, useValue: {} },
        { provide: UpdatePointsSchemeDraftGQL, useValue: update },
        { provide: SubmitPointsSchemeGQL, useValue: {} },
        { provide: ApprovePointsSchemeGQL, useValue: {} },
        { provide: RejectPointsSchemeGQL, useValue: reject },
      ],
    });
  });

  it('throws the coded refusal of an item (nothing written)', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'refused',
          // as the API sends it: the item code beside the code, not under `fields`
          extensions: { code: 'SCHEME_ITEM_TAKES_ENTITLEMENT', kind: 'BAD_USER_INPUT', itemCode: 'N07' },
        },
      ],
    });
    update.mutate.mockReturnValue(of({ data: null, error }));
    await expect(TestBed.inject(SchemesFacade).updateDraft({ id: 'v1', upsertItems: [] })).rejects.toMatchObject({
      code: 'SCHEME_ITEM_TAKES_ENTITLEMENT',
      fields: { itemCode: 'N07' },
    });
    expect(update.mutate.mock.calls[0][0].errorPolicy).toBe('all');
  });

  it('keeps a version whose one field the API could not serialize', async () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'Int cannot represent non-integer value: 1.2' }] });
    version.fetch.mockReturnValue(of({ data: { pointsScheme: { id: 'v1', name: '长坝镇' } }, error }));
    await expect(TestBed.inject(SchemesFacade).version('v1')).resolves.toMatchObject({ id: 'v1' });
  });

  it('refuses to reject without a reason before calling the API', async () => {
    await expect(TestBed.inject(SchemesFacade).reject('v1', '  ')).rejects.toMatchObject({
      code: 'SCHEME_REASON_REQUIRED',
    });
    expect(reject.mutate).not.toHaveBeenCalled();
  });
});
