/**
 * Values worked out once per pair of keys: the first an object whose values go when it goes (an ORM's
 * entity metadata, a compiled query's field group), the second any key under it. A `compute` that throws
 * leaves nothing behind.
 */
export class PairMemo<Outer extends object, Inner, Value> {
  private readonly byOuter = new WeakMap<Outer, Map<Inner, Value>>();

  get(outer: Outer, inner: Inner, compute: () => Value): Value {
    let byInner = this.byOuter.get(outer);
    if (!byInner) {
      byInner = new Map();
      this.byOuter.set(outer, byInner);
    }
    if (byInner.has(inner)) return byInner.get(inner) as Value;
    const value = compute();
    byInner.set(inner, value);
    return value;
  }
}
