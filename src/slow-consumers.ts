import type { Socket } from 'node:net';
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
 * Bytes a socket may hold on its way to the network before its subscriptions wait for their messages to be
 * written. Below it a message counts as sent once queued, so the events of one report (the report and its
 * case) go out in one write instead of one write each, each after the other's; above it every subscription
 * on the socket waits, so a stalled reader holds this much, the message that crossed it and one message per
 * subscription, never a growing queue.
 */
export const SOCKET_HIGH_WATER_BYTES = 64 * 1024;

/**
 * Sockets written to in this turn of the event loop, corked until the turn ends: whatever their
 * subscriptions send meanwhile (the events of one commit) leaves in one write per socket.
 */
class TurnWrites {
  private readonly corked = new Set<Socket>();

  hold(socket: Socket): void {
    if (this.corked.has(socket)) return;
    if (this.corked.size === 0) setImmediate(() => this.release());
    this.corked.add(socket);
    socket.cork();
  }

  private release(): void {
    for (const socket of this.corked) socket.uncork();
    this.corked.clear();
  }
}

/**
 * How messages leave a WebSocket, and what happens to one that stops taking them. graphql-ws waits for
 * each message of a subscription to be sent before producing the next; here "sent" means queued while the
 * socket holds less than `SOCKET_HIGH_WATER_BYTES`, and handed to the network beyond that, so a stalled
 * reader costs that much (and the message that crossed it) and one message per subscription, never a
 * growing queue. It must not hold those
 * (and a database-backed feed) forever either: a socket whose oldest message waited longer than `limitMs`
 * is closed with `SLOW_CONSUMER_CLOSE_CODE`. Other sockets are unaffected: nothing is shared between them.
 */
export class SlowConsumerWatch {
  private readonly waiting = new Map<WebSocket, number[]>();
  private readonly details = new WeakMap<WebSocket, Record<string, unknown>>();
  private readonly turnWrites = new TurnWrites();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly limitMs: number,
    private readonly logger: Logger,
  ) {
    this.timer = setInterval(() => this.closeStalled(), Math.max(50, Math.min(1000, Math.floor(limitMs / 4))));
    this.timer.unref();
  }

  /**
   * Starts timing every message sent on `socket` until it is handed to the network, and batching its writes
   * per turn of the event loop. `connection` is the TCP socket under it (the upgrade request's socket).
   */
  watch(socket: WebSocket, connection: Socket, details: Record<string, unknown>): void {
    if (this.waiting.has(socket)) return;
    const started: number[] = [];
    this.waiting.set(socket, started);
    const send = socket.send.bind(socket) as (data: unknown, options: object, callback?: SendCallback) => void;
    const timed = (data: unknown, optionsOrCallback?: object | SendCallback, callback?: SendCallback) => {
      const options = typeof optionsOrCallback === 'function' ? {} : (optionsOrCallback ?? {});
      const done = typeof optionsOrCallback === 'function' ? optionsOrCallback : callback;
      started.push(Date.now());
      this.turnWrites.hold(connection);
      const queuedIsEnough = socket.bufferedAmount < SOCKET_HIGH_WATER_BYTES;
      send(data, options, (error?: Error) => {
        started.shift();
        // A message already counted as sent: a failed write closes the socket, which graphql-ws sees.
        if (!queuedIsEnough) done?.(error);
      });
      if (queuedIsEnough) done?.();
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
