import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvents } from '../shared/events/domain-events';
import type { Logger } from '../shared/logger';
import { appendCaseEvent } from './case-event.outbox';
import { CaseEventKind, DispatchStatus, EventAudience } from './case.enums';
import { Dispatch } from './dispatch.entity';

const BATCH = 100;
const NOT_ACKNOWLEDGED = [DispatchStatus.DISPATCHED];
const NOT_ON_SITE = [DispatchStatus.DISPATCHED, DispatchStatus.ACKNOWLEDGED, DispatchStatus.EN_ROUTE];

/**
 * Raises an alert, once, for every dispatch whose acknowledgement or on-site deadline has passed: a
 * DEADLINE_MISSED event in the case feed and timeline. Every instance runs it; rows are claimed with
 * FOR UPDATE SKIP LOCKED, so two instances never raise the same alert.
 */
export class DeadlineMonitor {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    /** A fresh EntityManager for each scan. */
    private readonly newEntityManager: () => EntityManager,
    private readonly events: DomainEvents,
    private readonly logger: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.running ??= this.scan()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error({ err: error }, 'deadline scan failed'))
        .finally(() => (this.running = undefined));
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass; returns how many alerts were raised. */
  async scan(): Promise<number> {
    return this.newEntityManager().transactional(async (em) => {
      const now = new Date();
      const late = await em.find(
        Dispatch,
        { status: { $in: NOT_ACKNOWLEDGED }, acknowledgeBy: { $lt: now }, acknowledgeAlertAt: null },
        { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, limit: BATCH },
      );
      const farAway = await em.find(
        Dispatch,
        { status: { $in: NOT_ON_SITE }, onSiteBy: { $lt: now }, onSiteAlertAt: null },
        { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, limit: BATCH },
      );
      await em.populate([...late, ...farAway], ['worker', 'protectionCase']);
      for (const dispatch of late) {
        dispatch.acknowledgeAlertAt = now;
        await this.alert(em, dispatch, `${dispatch.worker.fullName} did not acknowledge by ${dispatch.acknowledgeBy.toISOString()}`);
      }
      for (const dispatch of farAway) {
        dispatch.onSiteAlertAt = now;
        await this.alert(em, dispatch, `${dispatch.worker.fullName} was not on site by ${dispatch.onSiteBy?.toISOString()}`);
      }
      return late.length + farAway.length;
    });
  }

  private async alert(em: EntityManager, dispatch: Dispatch, detail: string): Promise<void> {
    await appendCaseEvent(em, this.events, {
      kind: CaseEventKind.DEADLINE_MISSED,
      audience: EventAudience.CASEWORK,
      caseId: dispatch.protectionCase.id,
      area: dispatch.protectionCase.area,
      riskLevel: dispatch.protectionCase.riskLevel,
      detail,
    });
  }
}
