import type { WebSocket } from 'ws';
import type { Logger } from './shared/logger';

/**
 * Close code for a WebSocket that stopped taking messages (private range 4000-4999; graphql-ws's own
 * codes are 4400-4409, 4429, 4499-4504). The client reconnects and resubscribes with `afterSequence` set
 * to the last sequence it received; the feeds replay what it missed from the database.
 */
export const SLOW_CONSUMER_CLOSE_CODE = 4413;
export const SLOW_CONSUMER_REASON = 'Too far behind: reconnect and resubscribe with afterSequence';

type SendCallback = (error?: Error) => void;

/**
 * Watches how long each socket's oldest message has waited for the network. graphql-ws waits for each
 * message of a subscription to be sent before producing the next, so a stalled reader costs one message
 * per subscription, never a queue; but it must not hold those (and a database-backed feed) forever, so a
 * socket whose oldest message waited longer than `limitMs` is closed with `SLOW_CONSUMER_CLOSE_CODE`.
 * Other sockets are unaffected: nothing is shared between them.
 */
export class SlowConsumerWatch {
  private readonly waiting = new Map<WebSocket, number[]>();
  private readonly details = new WeakMap<WebSocket, Record<string, unknown>>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly limitMs: number,
    private readonly logger: Logger,
  ) {
    this.timer = setInterval(() => this.closeStalled(), Math.max(50, Math.min(1000, Math.floor(limitMs / 4))));
    this.timer.unref();
  }

  /** Starts timing every message sent on `socket` until it is handed to the network. */
  watch(socket: WebSocket, details: Record<string, unknown>): void {
    if (this.waiting.has(socket)) return;
    const started: number[] = [];
    this.waiting.set(socket, started);
    const send = socket.send.bind(socket) as (data: unknown, options: object, callback?: SendCallback) => void;
    const timed = (data: unknown, optionsOrCallback?: object | SendCallback, callback?: SendCallback) => {
      const options = typeof optionsOrCallback === 'function' ? {} : (optionsOrCallback ?? {});
      const done = typeof optionsOrCallback === 'function' ? optionsOrCallback : callback;
      started.push(Date.now());
      send(data, options, (error?: Error) => {
        started.shift();
        done?.(error);
      });
    };
    socket.send = timed as WebSocket['send'];
    socket.once('close', () => this.waiting.delete(socket));
    this.details.set(socket, details);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private closeStalled(): void {
    const now = Date.now();
    for (const [socket, started] of this.waiting) {
      if (started.length === 0 || now - started[0] <= this.limitMs) continue;
      this.waiting.delete(socket);
      this.logger.warn(
        { ...this.details.get(socket), waitingMs: now - started[0], messagesWaiting: started.length, bufferedBytes: socket.bufferedAmount },
        'closed a WebSocket that stopped taking messages (slow consumer)',
      );
      socket.close(SLOW_CONSUMER_CLOSE_CODE, SLOW_CONSUMER_REASON);
    }
  }
}
