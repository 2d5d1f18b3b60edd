import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';

/** What knex's transaction object tells about itself (not in MikroORM's types). */
interface KnexTransaction {
  isCompleted?(): boolean;
  /** Rejected with the error that ended the transaction. */
  executionPromise?: Promise<unknown>;
}

/**
 * knex hands a transaction to its caller even when its BEGIN failed (the connection was lost: a database
 * restart). The caller's first statement then fails with "Transaction query already complete", and why is
 * lost: the request answered INTERNAL_SERVER_ERROR instead of a retryable SERVICE_UNAVAILABLE. Here the
 * transaction's start fails with BEGIN's own error instead, which the error mapping knows.
 */
export class FailedTransactionStart implements EventSubscriber {
  async afterTransactionStart({ transaction }: TransactionEventArgs): Promise<void> {
    const started = transaction as KnexTransaction | undefined;
    if (started?.isCompleted?.()) await started.executionPromise;
  }
}
