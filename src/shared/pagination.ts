import { Cursor } from '@mikro-orm/core';
import { Max, Min } from 'class-validator';
import { BadUserInputError } from './errors/domain-error';
import { UUID } from './malformed-ids';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { fieldsAt } from './selection';

/** The largest page any list returns, whatever the client asks for. */
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page ends, to ask for the next one.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1, { message: 'first must be at least 1' })
  @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}` })
  first = 20;

  @Field(() => String, { nullable: true, description: "The previous page's `pageInfo.endCursor`." })
  after?: string;
}

export interface Edge<Item> {
  cursor: string;
  node: Item;
}

export interface Page<Item> {
  edges: Array<Edge<Item>>;
  nodes: Item[];
  pageInfo: PageInfo;
  /** A promise when the count is counted on demand. */
  totalCount: number | Promise<number>;
}

/**
 * `after` for MikroORM's `findByCursor` over an order of [text, id], checked first: MikroORM decodes a
 * cursor with JSON.parse and sends its parts to SQL as they are, so a forged one failed as an internal error.
 */
export function checkedEntityCursor(after: string | null | undefined): string | undefined {
  if (after === undefined || after === null) return undefined;
  try {
    const key = Cursor.decode(after);
    if (Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string' && UUID.test(key[1])) return after;
  } catch {
    // not a cursor: fall through to the error below
  }
  throw new BadUserInputError('The cursor is not one this list gave out; start again without `after`.', { field: 'after' });
}

/** Per field group (`info.fieldNodes`, the same array for every execution of a compiled query): whether it asks. */
const asksForNextPageByFieldGroup = new WeakMap<readonly FieldNode[], boolean>();

/** Whether a connection field's selection asks `pageInfo { hasNextPage }` (through fragments and aliases too). */
export function asksForNextPage(info: GraphQLResolveInfo): boolean {
  let asks = asksForNextPageByFieldGroup.get(info.fieldNodes);
  if (asks === undefined) {
    asks = fieldsAt(info, info.fieldNodes, ['pageInfo', 'hasNextPage']).length > 0;
    asksForNextPageByFieldGroup.set(info.fieldNodes, asks);
  }
  return asks;
}

/**
 * A page from its edges, whether there are more, and the count across all pages: a number, or a function
 * that counts. A function runs only when `totalCount` is read (GraphQL reads it only when a client asks
 * for it), so a page that does not ask costs no count statement.
 */
export function pageOf<Item>(edges: Array<Edge<Item>>, hasNextPage: boolean, totalCount: number | (() => Promise<number>)): Page<Item> {
  const page = { edges, nodes: edges.map((edge) => edge.node), pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  if (typeof totalCount === 'number') return { ...page, totalCount };
  let counted: Promise<number> | undefined;
  return Object.defineProperty(page, 'totalCount', { enumerable: true, get: () => (counted ??= totalCount()) }) as Page<Item>;
}

/** An opaque cursor for a position in a keyset order: the sort key values of the row, e.g. [name, id]. */
export function encodeKeysetCursor(key: [string, string]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key back from a cursor this server gave out; anything else is BAD_USER_INPUT on `after`. */
export function decodeKeysetCursor(cursor: string): [string, string] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === 2 && key.every((part) => typeof part === 'string')) return key as [string, string];
  } catch {
    // not JSON: fall through to the error below
  }
  throw new BadUserInputError('The cursor is not one this list gave out; start again without `after`.', { field: 'after' });
}

/** A page from a MikroORM `findByCursor` result (with `includeCount: true`). */
export function pageFromCursor<Item extends object>(cursor: {
  items: Item[];
  hasNextPage: boolean;
  totalCount: number;
  from(item: Item): string;
}): Page<Item> {
  return pageOf(cursor.items.map((node) => ({ node, cursor: cursor.from(node) })), cursor.hasNextPage, cursor.totalCount);
}

/**
 * A Relay connection of `Item`: `edges { cursor node }`, `nodes` as a shortcut, `pageInfo` and `totalCount`.
 * Lists are keyset-paginated: a cursor names a position in the order, so pages stay stable under inserts.
 * `typeName` is the item's GraphQL name, when it differs from its class's.
 */
export function Connection<Item extends object>(itemClass: ClassType<Item>, typeName = itemClass.name) {
  @ObjectType(`${typeName}Edge`, { description: `A ${typeName} in a list, with its cursor.` })
  class EdgeClass implements Edge<Item> {
    @Field(() => String, { description: 'Pass as `after` to continue after this item.' })
    cursor!: string;

    @Field(() => itemClass, { description: `The ${typeName} itself.` })
    node!: Item;
  }

  @ObjectType()
  abstract class ConnectionClass implements Page<Item> {
    @Field(() => [EdgeClass], { description: 'The items of this page, in order, each with its cursor.' })
    edges!: Array<Edge<Item>>;

    @Field(() => [itemClass], { description: 'The items of `edges`, without their cursors.' })
    nodes!: Item[];

    @Field(() => PageInfo, { description: 'Whether there is a next page, and the cursor to ask for it.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount!: number | Promise<number>;
  }
  return ConnectionClass;
}
