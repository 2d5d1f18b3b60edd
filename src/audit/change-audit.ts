import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventSubscriber, Transaction, TransactionEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';

/** The audit line of the mutation running in this async context, until a transaction carries it. */
interface PendingChange {
  write(em: EntityManager, outcome: string, transaction?: Transaction): Promise<void>;
  committed: boolean;
}

const pendingChange = new AsyncLocalStorage<PendingChange>();

/**
 * Writes a mutation's audit line inside the first database transaction the mutation commits, just before
 * the commit: the change and its line reach the database together or not at all, whichever service or
 * EntityManager fork made the change.
 */
export class ChangeAuditSubscriber implements EventSubscriber {
  async beforeTransactionCommit(args: TransactionEventArgs): Promise<void> {
    const pending = pendingChange.getStore();
    if (!pending || pending.committed || !args.transaction) return;
    pending.committed = true;
    await pending.write(args.em as EntityManager, 'OK', args.transaction);
  }
}

function outcomeOf(error: unknown): string {
  if (error instanceof DomainError) return error.code;
  if (error instanceof ArgumentValidationError) return 'BAD_USER_INPUT';
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * Runs a mutation with its audit line: written with the first commit, or after the mutation when it
 * committed nothing (refused, failed, or had nothing to change); a mutation that fails after a commit
 * gets a second line with the error.
 */
export async function auditedMutation<Result>(context: RequestContext, operation: string, args: Record<string, unknown>, run: () => Promise<Result>): Promise<Result> {
  const pending: PendingChange = {
    committed: false,
    write: (em, outcome, transaction) => context.audit.recordChange(em, operation, args, outcome, transaction),
  };
  try {
    const result = await pendingChange.run(pending, run);
    if (!pending.committed) await pending.write(context.em.fork() as EntityManager, 'OK');
    return result;
  } catch (error) {
    await pending.write(context.em.fork() as EntityManager, outcomeOf(error)).catch((writeError: unknown) =>
      context.logger.error({ err: writeError, operation }, 'could not write the audit line of a failed mutation'),
    );
    throw error;
  }
}

/** The audit line of a mutation refused before it ran (by the policy table). */
export async function recordRefusedChange(context: RequestContext, operation: string, args: Record<string, unknown>, code: string): Promise<void> {
  await context.audit.recordChange(context.em.fork() as EntityManager, operation, args, code).catch((writeError: unknown) =>
    context.logger.error({ err: writeError, operation }, 'could not write the audit line of a refused mutation'),
  );
}
