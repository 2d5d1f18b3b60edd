import { print } from 'graphql';
import { SubmitHotlineReportDocument } from '../../operations/generated/graphql';

/** One report a client submitted and the receipt it got: the receipt means "stored". */
export interface AcknowledgedReport {
  idempotencyKey: string;
  trackingCode: string;
  input: Record<string, unknown>;
}

export interface IntakeFigures {
  /** Requests sent, retries included. */
  requests: number;
  receipts: number;
  /** Refusals that said `retryable: true` (e.g. SERVICE_UNAVAILABLE while the database restarts), by code. */
  retryableRefusals: Record<string, number>;
  /** Requests that could not reach a server (refused or reset connection): the client fails over. */
  connectionFailures: number;
  /** Requests that got no answer within the request timeout: there must be none. */
  hangs: number;
  /** HTTP 5xx answers and INTERNAL_SERVER_ERROR: there must be none. */
  internalErrors: number;
  /** Any other refusal, as `code: message`: there must be none. */
  unexpected: string[];
  slowestMs: number;
}

export type SubmitOutcome =
  | { kind: 'receipt'; trackingCode: string }
  | { kind: 'refused'; code: string; retryable: boolean; message: string; status: number }
  | { kind: 'unreachable'; message: string }
  | { kind: 'hang' };

/** The content of report `key`: the same key always means the same content, as a retrying client sends. */
export function reportFor(idempotencyKey: string): Record<string, unknown> {
  return {
    idempotencyKey,
    channel: 'WEB',
    kind: 'CHILD_AT_RISK',
    area: 'JAKARTA_TIMUR',
    description: `Laporan uji ketahanan ${idempotencyKey}: seorang anak terlihat sendirian di pinggir jalan tengah malam`,
    childDescription: 'Anak perempuan, sekitar 7 tahun',
  };
}

/** Sends one submitHotlineReport over HTTP with a bounded wait; never throws. */
export async function submitReport(url: string, input: Record<string, unknown>, options: { token?: string; timeoutMs: number }): Promise<SubmitOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      body: JSON.stringify({ query: print(SubmitHotlineReportDocument), variables: { input } }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const body = (await response.json()) as {
      data?: { submitHotlineReport?: { trackingCode: string } | null } | null;
      errors?: Array<{ message: string; extensions?: { code?: string; retryable?: boolean } }>;
    };
    const receipt = body.data?.submitHotlineReport;
    if (receipt && !body.errors?.length) return { kind: 'receipt', trackingCode: receipt.trackingCode };
    const error = body.errors?.[0];
    return {
      kind: 'refused',
      code: error?.extensions?.code ?? `HTTP_${response.status}`,
      retryable: error?.extensions?.retryable === true,
      message: error?.message ?? '',
      status: response.status,
    };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') return { kind: 'hang' };
    return { kind: 'unreachable', message: error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error) };
  }
}

export interface IntakeLoadOptions {
  /** GraphQL URLs in order of preference; a client that cannot reach one fails over to the next. */
  urls: string[];
  clients: number;
  token?: string;
  /** A request with no answer after this long counts as a hang. Default 15 s. */
  requestTimeoutMs?: number;
  /** Pause before a retry. Default 100 ms. */
  retryDelayMs?: number;
  keyPrefix: string;
}

/**
 * Clients that submit reports one after another, each with its own idempotency key, and retry a report
 * (same key, same content) until it gets a receipt: after a retryable refusal, or after failing over to
 * the next URL when a server cannot be reached.
 */
export class IntakeLoad {
  readonly acknowledged: AcknowledgedReport[] = [];
  readonly figures: IntakeFigures = { requests: 0, receipts: 0, retryableRefusals: {}, connectionFailures: 0, hangs: 0, internalErrors: 0, unexpected: [], slowestMs: 0 };
  private stopping = false;
  private running: Array<Promise<void>> = [];
  private waiters: Array<() => void> = [];

  constructor(private readonly options: IntakeLoadOptions) {}

  start(): void {
    this.running = Array.from({ length: this.options.clients }, (_, client) => this.runClient(client));
  }

  /** Resolves once `count` receipts in all have arrived. */
  async receipts(count: number, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.acknowledged.length < count) {
      if (Date.now() > deadline) throw new Error(`only ${this.acknowledged.length} of ${count} receipts within ${timeoutMs} ms: ${JSON.stringify(this.figures)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  /** Lets every client finish the report it is on (until its receipt), then resolves. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.running);
  }

  private async runClient(client: number): Promise<void> {
    let target = 0;
    for (let sequence = 0; !this.stopping; sequence += 1) {
      const idempotencyKey = `${this.options.keyPrefix}-${client}-${sequence}`;
      const input = reportFor(idempotencyKey);
      for (let attempt = 0; ; attempt += 1) {
        if (attempt > 600) {
          this.figures.unexpected.push(`${idempotencyKey}: no receipt after ${attempt} attempts`);
          return;
        }
        const started = Date.now();
        this.figures.requests += 1;
        const outcome = await submitReport(this.options.urls[target], input, { token: this.options.token, timeoutMs: this.options.requestTimeoutMs ?? 15_000 });
        this.figures.slowestMs = Math.max(this.figures.slowestMs, Date.now() - started);
        if (outcome.kind === 'receipt') {
          this.acknowledged.push({ idempotencyKey, trackingCode: outcome.trackingCode, input });
          this.figures.receipts += 1;
          this.waiters.splice(0).forEach((wake) => wake());
          break;
        }
        if (outcome.kind === 'hang') this.figures.hangs += 1;
        else if (outcome.kind === 'unreachable') {
          this.figures.connectionFailures += 1;
          target = Math.min(target + 1, this.options.urls.length - 1);
        } else if ((outcome.status >= 500 && outcome.status !== 503) || outcome.code === 'INTERNAL_SERVER_ERROR') {
          this.figures.internalErrors += 1;
          if (this.figures.unexpected.length < 10) this.figures.unexpected.push(`${outcome.status} ${outcome.code}: ${outcome.message}`);
        } else if (outcome.retryable) {
          this.figures.retryableRefusals[outcome.code] = (this.figures.retryableRefusals[outcome.code] ?? 0) + 1;
        } else {
          this.figures.unexpected.push(`${outcome.code}: ${outcome.message}`);
        }
        await new Promise((resolve) => setTimeout(resolve, this.options.retryDelayMs ?? 100));
      }
    }
  }
}
