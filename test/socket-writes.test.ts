import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { createLogger } from '../src/shared/logger';
import { SOCKET_HIGH_WATER_BYTES, SlowConsumerWatch } from '../src/slow-consumers';

/**
 * What a WebSocket holds for a reader that stopped reading. A message counts as sent while its socket holds
 * less than SOCKET_HIGH_WATER_BYTES; past that, each waits until the network takes it. graphql-ws sends a
 * subscription's next message only once the previous one counts as sent, so the queue stops growing.
 */
const server = createServer();
const webSockets = new WebSocketServer({ server });
const watch = new SlowConsumerWatch(60_000, createLogger('silent'));
let client: WebSocket;

afterAll(async () => {
  client?.terminate();
  watch.stop();
  webSockets.close();
  server.close();
  await once(server, 'close');
});

it("stops counting a stalled reader's messages as sent at the high-water mark, and goes on once it reads again", async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const accepted = once(webSockets, 'connection') as Promise<[WebSocket, { socket: Socket }]>;
  client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  let received = 0;
  client.on('message', () => (received += 1));
  await once(client, 'open');
  const [socket, request] = await accepted;
  watch.watch(socket, request.socket, {});
  const clientConnection = (client as unknown as { _socket: Socket })._socket;
  clientConnection.pause(); // the reader stops reading

  const message = 'x'.repeat(16 * 1024);
  const sendAsGraphqlWsDoes = () => new Promise<void>((resolve, reject) => socket.send(message, (error) => (error ? reject(error) : resolve())));
  let sent = 0;
  // 256 MB: far more than the kernel's buffers between the two ends take (up to 36 MB with this machine's
  // tcp_rmem and tcp_wmem) before the server's own queue grows.
  const messages = 16_384;
  const sending = (async () => {
    for (; sent < messages; sent += 1) await sendAsGraphqlWsDoes();
    return 'every message counted as sent';
  })();
  const outcome = await Promise.race([sending, new Promise((resolve) => setTimeout(() => resolve('waiting for the reader'), 2000))]);
  expect(outcome).toBe('waiting for the reader');
  const sentWhileStalled = sent;
  expect(sentWhileStalled).toBeGreaterThan(0);
  // What the server holds for it: under the mark, the message that crossed it (counted as sent) and the one
  // waiting for the network, each with its frame header.
  expect(socket.bufferedAmount).toBeGreaterThanOrEqual(SOCKET_HIGH_WATER_BYTES);
  expect(socket.bufferedAmount).toBeLessThanOrEqual(SOCKET_HIGH_WATER_BYTES + 2 * (message.length + 16));

  clientConnection.resume();
  await sending;
  expect(sent).toBe(messages);
  for (const deadline = Date.now() + 30_000; received < messages && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(received).toBe(messages);
});
