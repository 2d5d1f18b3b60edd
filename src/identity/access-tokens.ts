import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { AppConfig } from '../config';
import { UnauthenticatedError } from '../shared/errors/domain-error';

const EXTERNAL_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];

/**
 * Signs and checks staff tokens. Our own tokens are HS256 with `JWT_SECRET`; when `JWT_JWKS_URL` is set,
 * tokens signed by that identity provider (asymmetric algorithms only) are accepted too.
 */
export class AccessTokens {
  private readonly secret: Uint8Array;
  private readonly remoteKeys?: JWTVerifyGetKey;

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
      return payload.sub as string;
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
