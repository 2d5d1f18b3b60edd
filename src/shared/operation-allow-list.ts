import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';

/** The hash clients and the manifest name an operation by: SHA-256 of its exact text, as Apollo's persisted queries do. */
export function operationHash(query: string): string {
  return createHash('sha256').update(query).digest('hex');
}

/**
 * The operations production front ends may send, from a JSON manifest `{ "<sha256>": "<query>" }` built
 * from their code. With it, an unknown operation is refused before it runs, over HTTP and WebSocket alike,
 * so an attacker cannot send a crafted query even with a stolen token.
 */
export class OperationAllowList {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  static load(file: string): OperationAllowList {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const entries = Object.entries(manifest).map(([hash, query]) => {
      if (typeof query !== 'string' || operationHash(query) !== hash.toLowerCase()) {
        throw new Error(`${file}: the entry ${hash} is not the SHA-256 of its query`);
      }
      return [hash.toLowerCase(), query] as const;
    });
    return new OperationAllowList(new Map(entries));
  }

  /** The query registered under a hash, so clients can send the hash only (persisted queries). */
  queryOf(hash: string): string | undefined {
    return this.byHash.get(hash.toLowerCase());
  }

  /** Null when the query is in the list, else the error to answer with. */
  refusal(query: string | undefined): GraphQLError | null {
    if (query !== undefined && this.byHash.has(operationHash(query))) return null;
    return new GraphQLError('This server only runs the operations of its registered front ends.', {
      extensions: { code: 'OPERATION_NOT_ALLOWED', http: { status: 400 } },
    });
  }
}
