import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { AppConfig } from '../config';
import { UnauthenticatedError } from '../shared/errors/domain-error';

/** How many verified tokens are kept (the oldest goes first): more than the staff signed in at once. */
const VERIFIED_TOKENS_KEPT = 10_000;

const EXTERNAL_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];

/**
 * Signs and checks staff tokens. Our own tokens are HS256 with `JWT_SECRET`; when `JWT_JWKS_URL` is set,
 * tokens signed by that identity provider (asymmetric algorithms only) are accepted too.
 */
export class AccessTokens {
  private readonly secret: Uint8Array;
  private readonly remoteKeys?: JWTVerifyGetKey;
  /**
   * Tokens that passed `verify`, with their subject and expiry. A signed-in front end sends the same token
   * with every request, and checking its signature and claims again was 1.5% of a profile page's CPU. A
   * token is answered from here only until it expires; the account it names is still read on every request
   * (a deactivated account is refused at once). Keyed by the whole token, so nothing unverified can match.
   */
  private readonly verified = new Map<string, { subject: string; expiresAtMs: number }>();

  constructor(private readonly config: AppConfig['auth']) {
    this.secret = new TextEncoder().encode(config.jwtSecret);
    if (config.jwksUrl) this.remoteKeys = createRemoteJWKSet(new URL(config.jwksUrl));
  }

  async issue(staffAccountId: string, lifetimeSeconds = this.config.tokenLifetimeSeconds): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(staffAccountId)
      .setIssuer(this.config.issuer)
      .setAudience(this.config.audience)
      .setIssuedAt()
      .setExpirationTime(`${lifetimeSeconds}s`)
      .sign(this.secret);
  }

  /** Returns the token's subject, or throws UNAUTHENTICATED saying what is wrong with the token. */
  async verify(token: string): Promise<string> {
    const known = this.verified.get(token);
    if (known && Date.now() < known.expiresAtMs) return known.subject;
    this.verified.delete(token);
    return this.verifyAgain(token);
  }

  private async verifyAgain(token: string): Promise<string> {
    try {
      const { payload } = await jwtVerify(
        token,
        async (header, input) => {
          if (header.alg === 'HS256') return this.secret;
          if (this.remoteKeys) return this.remoteKeys(header, input);
          throw new errors.JOSEAlgNotAllowed(`algorithm ${header.alg} is not accepted`);
        },
        {
          issuer: this.config.issuer,
          audience: this.config.audience,
          algorithms: this.remoteKeys ? ['HS256', ...EXTERNAL_ALGORITHMS] : ['HS256'],
          requiredClaims: ['sub', 'exp'],
        },
      );
      const subject = payload.sub as string;
      if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { subject, expiresAtMs: (payload.exp as number) * 1000 });
      return subject;
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw new UnauthenticatedError('Your token has expired: sign in again to get a new one.');
      }
      if (error instanceof errors.JOSEError) {
        throw new UnauthenticatedError('Your token is not valid for Lindungi: sign in again to get a new one.');
      }
      throw error;
    }
  }
}
