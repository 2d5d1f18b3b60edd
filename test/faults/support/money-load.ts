import { print } from 'graphql';
import { ApproveAidGrantDocument, ProposeAidGrantDocument, RecordDisbursementDocument } from '../../operations/generated/graphql';
import { assignCompanion, CareArrangement, createChild, JakartaArea } from '../../support/registry-factories';
import type { TestApp } from '../../support/test-app';
import type { Worker } from '../../../src/workers/worker.entity';

export interface MoneyFigures {
  grantsProposed: number;
  grantsApproved: number;
  paymentsAcknowledged: number;
  /** Cycles given up because a server went away mid-way (the next cycle starts on the next server). */
  cyclesInterrupted: number;
  unexpected: string[];
}

/**
 * One client working the aid ledger: for a new street child, a social worker proposes a PKSA grant, a
 * supervisor approves it, and four payments of 250,000 follow. A server that goes away interrupts the cycle,
 * and the client moves to the next URL.
 */
export class MoneyLoad {
  readonly figures: MoneyFigures = { grantsProposed: 0, grantsApproved: 0, paymentsAcknowledged: 0, cyclesInterrupted: 0, unexpected: [] };
  private stopping = false;
  private running?: Promise<void>;
  private target = 0;

  constructor(
    private readonly app: TestApp,
    private readonly urls: string[],
    private readonly tokens: { socialWorker: string; supervisor: string },
    private readonly companion: Worker,
  ) {}

  start(): void {
    this.running = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  private async call(document: Parameters<typeof print>[0], variables: Record<string, unknown>, token: string): Promise<Record<string, { id: string }> | undefined> {
    try {
      const response = await fetch(this.urls[this.target], {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: print(document), variables }),
        signal: AbortSignal.timeout(15_000),
      });
      const body = (await response.json()) as { data?: Record<string, { id: string }>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
      if (body.errors?.length) {
        if (this.figures.unexpected.length < 10) this.figures.unexpected.push(`${body.errors[0].extensions?.code}: ${body.errors[0].message}`);
        return undefined;
      }
      return body.data;
    } catch {
      this.target = Math.min(this.target + 1, this.urls.length - 1);
      this.figures.cyclesInterrupted += 1;
      return undefined;
    }
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      const child = await createChild(this.app, { careArrangement: CareArrangement.STREET, area: JakartaArea.JAKARTA_TIMUR });
      await assignCompanion(this.app, child, this.companion);
      const proposed = await this.call(ProposeAidGrantDocument, { input: { childId: child.id, programme: 'PKSA_VULNERABLE', year: 2015 } }, this.tokens.socialWorker);
      if (!proposed) continue;
      this.figures.grantsProposed += 1;
      const grantId = proposed.proposeAidGrant.id;
      if (!(await this.call(ApproveAidGrantDocument, { grantId }, this.tokens.supervisor))) continue;
      this.figures.grantsApproved += 1;
      for (let payment = 1; payment <= 4 && !this.stopping; payment += 1) {
        const paid = await this.call(RecordDisbursementDocument, { input: { grantId, share: 'CHILD', amount: '250000', paymentReference: `TRF-${grantId.slice(0, 8)}-${payment}` } }, this.tokens.supervisor);
        if (!paid) break;
        this.figures.paymentsAcknowledged += 1;
      }
    }
  }
}
