import { TestBed } from '@angular/core/testing';
import { FileApi } from '@xiangzhi/shared/data-access';
import { of, throwError } from 'rxjs';
import { HouseholdImportGQL, StartHouseholdImportGQL } from './generated/graphql';
import {
  failureCode,
  HouseholdImportFacade,
  HouseholdImportJob,
  importPercent,
  IMPORT_POLL_INTERVAL_MS,
} from './household-import.facade';
import { HouseholdsFacade } from './households.facade';

function job(patch: Partial<HouseholdImportJob>): HouseholdImportJob {
  return {
    id: 'imp-1',
    status: 'IMPORTING',
    villageCode: '150102001001',
    total: 200,
    processed: 0,
    created: 0,
    errorCount: 0,
    errorReportFileId: null,
    message: null,
    ...patch,
  };
}

/** Lets pending promise callbacks run (fake timers do not flush microtasks). */
async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('HouseholdImportFacade', () => {
  const files = {
    upload: jest.fn(async () => ({ id: 'file-1', name: 'h.xlsx', size: 10, contentType: 'x' })),
    download: jest.fn(async () => new Blob(['report'])),
    saveBlob: jest.fn(),
  };
  const start = { mutate: jest.fn() };
  const poll = { fetch: jest.fn() };

  beforeEach(() => {
    jest.useFakeTimers();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        { provide: FileApi, useValue: files },
        { provide: StartHouseholdImportGQL, useValue: start },
        { provide: HouseholdImportGQL, useValue: poll },
        { provide: HouseholdsFacade, useValue: { evictLists: jest.fn() } },
      ],
    });
  });

  afterEach(() => jest.useRealTimers());

  it('uploads, starts, then polls every 500 ms until DONE', async () => {
    start.mutate.mockReturnValue(of({ data: { startHouseholdImport: job({ status: 'QUEUED' }) } }));
    poll.fetch
      .mockReturnValueOnce(of({ data: { householdImport: job({ processed: 80 }) } }))
      .mockReturnValueOnce(of({ data: { householdImport: job({ status: 'DONE', processed: 200, created: 60 }) } }));
    const facade = TestBed.inject(HouseholdImportFacade);

    await facade.start(new File(['x'], 'h.xlsx'), '150102001001');
    expect(files.upload).toHaveBeenCalled();
    expect(start.mutate).toHaveBeenCalledWith({
      variables: { input: { fileId: 'file-1', villageCode: '150102001001' } },
    });
    expect(facade.phase()).toBe('running');
    expect(poll.fetch).not.toHaveBeenCalled();

    jest.advanceTimersByTime(IMPORT_POLL_INTERVAL_MS);
    await flush();
    expect(poll.fetch).toHaveBeenCalledTimes(1);
    expect(facade.percent()).toBe(40);

    jest.advanceTimersByTime(IMPORT_POLL_INTERVAL_MS);
    await flush();
    expect(poll.fetch).toHaveBeenCalledTimes(2);
    expect(facade.phase()).toBe('done');
    expect(facade.job()?.created).toBe(60);

    jest.advanceTimersByTime(IMPORT_POLL_INTERVAL_MS * 10);
    await flush();
    expect(poll.fetch).toHaveBeenCalledTimes(2);
  });

  it('stops on FAILED with a translated error and offers the error report', async () => {
    start.mutate.mockReturnValue(of({ data: { startHouseholdImport: job({}) } }));
    poll.fetch.mockReturnValue(
      of({
        data: { householdImport: job({ status: 'FAILED', processed: 200, errorCount: 3, errorReportFileId: 'rep-1' }) },
      }),
    );
    const facade = TestBed.inject(HouseholdImportFacade);
    await facade.start(new File(['x'], 'h.xlsx'), '150102001001');
    jest.advanceTimersByTime(IMPORT_POLL_INTERVAL_MS);
    await flush();

    expect(facade.phase()).toBe('failed');
    expect(facade.error()?.code).toBe('REGISTRY_IMPORT_FAILED');
    expect(failureCode(job({ status: 'FAILED', message: 'IMPORT_COLUMNS_MISMATCH' }))).toBe('IMPORT_COLUMNS_MISMATCH');
    await facade.downloadErrorReport();
    expect(files.download).toHaveBeenCalledWith('rep-1');
    expect(files.saveBlob).toHaveBeenCalled();
  });

  it('reports a refused start with the server code', async () => {
    const { CombinedGraphQLErrors } = await import('@apollo/client/errors');
    start.mutate.mockReturnValue(
      throwError(
        () =>
          new CombinedGraphQLErrors({
            errors: [{ message: 'x', extensions: { code: 'REGISTRY_IMPORT_INVALID_FILE' } }],
          }),
      ),
    );
    const facade = TestBed.inject(HouseholdImportFacade);
    await facade.start(new File(['x'], 'h.xlsx'), '150102001001');
    expect(facade.phase()).toBe('failed');
    expect(facade.error()?.code).toBe('REGISTRY_IMPORT_INVALID_FILE');
  });
});

describe('importPercent', () => {
  it('is processed / total, 0 without a total, 100 when done', () => {
    expect(importPercent(null)).toBe(0);
    expect(importPercent(job({ total: 0 }))).toBe(0);
    expect(importPercent(job({ processed: 1, total: 3 }))).toBe(33);
    expect(importPercent(job({ status: 'DONE', processed: 0, total: 0 }))).toBe(100);
  });
});
