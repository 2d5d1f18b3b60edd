import { decodeJwt } from 'jose';
import { loadConfig } from '../src/config';
import { AccessTokens } from '../src/identity/access-tokens';

/**
 * Verified tokens are remembered (src/identity/access-tokens.ts), which must never make a token valid
 * longer than it says, nor let anything but the very token that was verified through.
 */
const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 't'.repeat(32) }).auth;

it('refuses a token once it expires, though it was accepted (and remembered) before', async () => {
  const tokens = new AccessTokens(config);
  const token = await tokens.issue('5b0f8f7e-3c1d-4d6a-9a55-0d1f3b6f2a10', 1);
  expect(await tokens.verify(token)).toBe('5b0f8f7e-3c1d-4d6a-9a55-0d1f3b6f2a10');
  expect(await tokens.verify(token)).toBe('5b0f8f7e-3c1d-4d6a-9a55-0d1f3b6f2a10');
  const expiresAtMs = (decodeJwt(token).exp as number) * 1000;
  await new Promise((resolve) => setTimeout(resolve, expiresAtMs - Date.now() + 50));
  await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/expired/) });
});

it('refuses a token whose signature was changed after the genuine one was accepted', async () => {
  const tokens = new AccessTokens(config);
  const token = await tokens.issue('0c9f2f43-1b7e-4a43-8e0a-6a2a1f0d9b21', 600);
  expect(await tokens.verify(token)).toBe('0c9f2f43-1b7e-4a43-8e0a-6a2a1f0d9b21');
  const [header, payload, signature] = token.split('.');
  const forged = `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
  await expect(tokens.verify(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/not valid/) });
  const other = new AccessTokens(loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'u'.repeat(32) }).auth);
  await expect(other.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
});
