import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { StaffAccountService } from '../src/identity/staff-account.service';
import { StaffRole } from '../src/shared/auth/roles';
import { MeDocument } from './operations/generated/graphql';
import { systemContext } from './support/factories';
import { createTestApp, uniqueEmail, type TestApp } from './support/test-app';

/** An identity provider of the office's own, stood up on loopback: it publishes one RSA key as a JWKS. */
let identityProvider: Server;
let providerKey: { privateKey: KeyLike; publicKey: KeyLike };
let app: TestApp;

beforeAll(async () => {
  providerKey = await generateKeyPair('RS256');
  const jwks = { keys: [{ ...(await exportJWK(providerKey.publicKey)), kid: 'office-key-1', alg: 'RS256', use: 'sig' }] };
  identityProvider = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => identityProvider.listen(0, '127.0.0.1', resolve));
  const { port } = identityProvider.address() as AddressInfo;
  app = await createTestApp({ JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json` });
});

afterAll(async () => {
  await app.stop();
  await new Promise((resolve) => identityProvider.close(resolve));
});

function providerToken(subject: string, key: KeyLike, keyId = 'office-key-1') {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', kid: keyId })
    .setSubject(subject)
    .setIssuer(app.config.auth.issuer)
    .setAudience(app.config.auth.audience)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key);
}

it("accepts the identity provider's token for the account registered with its subject", async () => {
  const account = await new StaffAccountService(systemContext(app)).create({
    email: uniqueEmail('idp'),
    displayName: 'Siti via the office sign-in',
    roles: [StaffRole.HOTLINE_OPERATOR],
    externalSubject: 'office-idp|siti.rahma',
  });
  const me = await app.request(MeDocument, {}, await providerToken('office-idp|siti.rahma', providerKey.privateKey));
  expect(me.errors).toBeUndefined();
  expect(me.data?.me).toMatchObject({ id: account.id, roles: ['HOTLINE_OPERATOR'] });
});

it('refuses a token signed by a key the identity provider does not publish', async () => {
  const stranger = await generateKeyPair('RS256');
  const me = await app.request(MeDocument, {}, await providerToken('office-idp|siti.rahma', stranger.privateKey));
  expect(me.status).toBe(401);
  expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

it("refuses the provider's token for a subject that names no staff account", async () => {
  const me = await app.request(MeDocument, {}, await providerToken('office-idp|nobody', providerKey.privateKey));
  expect(me.status).toBe(401);
  expect(me.errors?.[0].message).toBe('Your token names no Lindungi staff account.');
});
