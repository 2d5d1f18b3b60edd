import { createHash, randomInt } from 'node:crypto';

/** Crockford-style alphabet: no I, L, O or U, so a code read out over the phone is not misheard. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** LND-XXXX-XXXX: 40 random bits, enough that guessing another reporter's code is hopeless at our rate limits. */
export function newTrackingCode(): string {
  const part = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `LND-${part()}-${part()}`;
}

/** A stable fingerprint of what was submitted, to tell a retry from a different report under the same key. */
export function fingerprint(content: object): string {
  const canonical = JSON.stringify(content, Object.keys(content).sort());
  return createHash('sha256').update(canonical).digest('hex');
}
