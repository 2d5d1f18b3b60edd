import DataLoader from 'dataloader';

/**
 * A DataLoader that also answers, without a promise, for the keys whose value the request already holds
 * (primed, or loaded by an earlier batch): `loadNow`. graphql-js completes a record whose fields are all
 * plain values in one synchronous pass; one promise among them makes it wait on every field of the record
 * (a Promise.all over all of them) and each of those promises is tracked by Node's async hooks. A profile
 * page read with its parts (child-profile.prefetch.ts) thus resolves without a promise per part.
 */
export class RequestLoader<Key, Value> extends DataLoader<Key, Value> {
  private readonly ready: Map<Key, Value>;
  /** Keys asked for before they were ready: a prime of one of them does not change what the loader answers. */
  private readonly asked = new Set<Key>();

  constructor(batch: (keys: readonly Key[]) => Promise<ReadonlyArray<Value | Error>>) {
    const ready = new Map<Key, Value>();
    super(
      async (keys) => {
        const values = await batch(keys);
        keys.forEach((key, index) => {
          const value = values[index];
          if (!(value instanceof Error)) ready.set(key, value);
        });
        return values;
      },
      { maxBatchSize: 1000 },
    );
    this.ready = ready;
  }

  /** The value, when the request holds it already; the loader's promise otherwise. */
  loadNow(key: Key): Value | Promise<Value> {
    if (this.ready.has(key)) return this.ready.get(key) as Value;
    return this.load(key);
  }

  override load(key: Key): Promise<Value> {
    if (!this.ready.has(key)) this.asked.add(key);
    return super.load(key);
  }

  /** As DataLoader's prime (no change for a key it already has), and ready for `loadNow`. */
  override prime(key: Key, value: Value | Promise<Value> | Error): this {
    if (!this.ready.has(key) && !this.asked.has(key) && !(value instanceof Error) && !(value instanceof Promise)) this.ready.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: Key): this {
    this.ready.delete(key);
    this.asked.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.ready.clear();
    this.asked.clear();
    return super.clearAll();
  }
}

/** `map` applied to a value that may still be coming: at once when it is here, without a promise. */
export function whenReady<Value, Result>(value: Value | Promise<Value>, map: (value: Value) => Result | Promise<Result>): Result | Promise<Result> {
  return value instanceof Promise ? value.then(map) : map(value);
}

/**
 * DataLoaders of one request, created on first use and kept for the request's life, so every record a
 * request needs is fetched in a batch per type, whatever the depth and width of the query.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, RequestLoader<unknown, unknown>>();
  private readonly heldRecords = new Map<string, PartialRecords<unknown>>();

  /** Records of one kind the request holds with some of their columns, by key (see `PartialRecords`). */
  held<Value>(name: string): PartialRecords<Value> {
    let records = this.heldRecords.get(name) as PartialRecords<Value> | undefined;
    if (!records) {
      records = new PartialRecords<Value>();
      this.heldRecords.set(name, records as PartialRecords<unknown>);
    }
    return records;
  }

  get<Key, Value>(name: string, batch: (keys: readonly Key[]) => Promise<ReadonlyArray<Value | Error>>): RequestLoader<Key, Value> {
    let loader = this.loaders.get(name) as RequestLoader<Key, Value> | undefined;
    if (!loader) {
      loader = new RequestLoader<Key, Value>(batch);
      this.loaders.set(name, loader as RequestLoader<unknown, unknown>);
    }
    return loader;
  }
}

/**
 * Records a request read with some of their columns only (the profile statement reads what the query
 * selects), by key, each with the columns it was read with. A field asks with the columns its own
 * selection needs and gets the record only when all of them were read; otherwise it goes to a loader that
 * reads every column. They are kept apart from those loaders so that no other reader of the same records
 * (another field, another path in the query) is handed one with a column missing.
 */
export class PartialRecords<Value> {
  private readonly records = new Map<string, { value: Value; columns: ReadonlySet<string> }>();

  /** Holds `value`, unless the request already holds this key with every one of `columns`. */
  hold(key: string, value: Value, columns: ReadonlySet<string>): void {
    const held = this.records.get(key);
    if (held && [...columns].every((column) => held.columns.has(column))) return;
    this.records.set(key, { value, columns });
  }

  /** The record, when it was read with every one of `columns`. */
  get(key: string, columns: readonly string[]): Value | undefined {
    const held = this.records.get(key);
    return held && columns.every((column) => held.columns.has(column)) ? held.value : undefined;
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
