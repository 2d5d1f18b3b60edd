import DataLoader from 'dataloader';

/**
 * DataLoaders of one request, created on first use and kept for the request's life, so every record a
 * request needs is fetched in a batch per type, whatever the depth and width of the query.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<Key, Value>(name: string, batch: (keys: readonly Key[]) => Promise<ReadonlyArray<Value | Error>>): DataLoader<Key, Value> {
    let loader = this.loaders.get(name) as DataLoader<Key, Value> | undefined;
    if (!loader) {
      loader = new DataLoader<Key, Value>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Groups `rows` by `keyOf` in the order of `keys`: the shape a one-to-many DataLoader returns. */
export function groupByKeys<Key, Row>(keys: readonly Key[], rows: readonly Row[], keyOf: (row: Row) => Key): Row[][] {
  const groups = new Map<Key, Row[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Picks `rows` by `keyOf` in the order of `keys`, `null` where none: the shape a by-id DataLoader returns. */
export function pickByKeys<Key, Row>(keys: readonly Key[], rows: readonly Row[], keyOf: (row: Row) => Key): Array<Row | null> {
  const byKey = new Map<Key, Row>(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}
