import type {
  EntityManager,
  EntitySubscriberInterface,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

const KEY = 'xzAfterCommit';

type Hooks = Array<() => void>;

/** Calls the hooks registered with `afterCommit` once the transaction has committed; drops it on rollback. */
export class AfterCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    const hooks = event.queryRunner.data[KEY] as Hooks | undefined;
    if (!hooks) return;
    delete event.queryRunner.data[KEY];
    // synchronous: hooks only queue work (so that it is known to be pending before the response goes out)
    for (const hook of hooks) {
      try {
        hook();
      } catch {
        // a hook that cannot queue its work must not turn a committed mutation into an error
      }
    }
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    delete event.queryRunner.data[KEY];
  }
}

/** Schedules `hook` after the commit of `em`'s transaction (at once when there is none). */
export function afterCommit(em: EntityManager, hook: () => void): void {
  const runner = em.queryRunner;
  if (!runner || !runner.isTransactionActive) {
    hook();
    return;
  }
  const hooks = (runner.data[KEY] as Hooks | undefined) ?? [];
  hooks.push(hook);
  runner.data[KEY] = hooks;
}
