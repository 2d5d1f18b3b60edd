import { RequestLoader, whenReady } from '../src/shared/loaders';

/**
 * The request's loaders answer at once for values the request already holds (so a profile page's fields
 * resolve without a promise each), and never answer differently from what DataLoader itself answers.
 */
function countingLoader(): { loader: RequestLoader<string, string>; batches: string[][] } {
  const batches: string[][] = [];
  const loader = new RequestLoader<string, string>(async (keys) => {
    batches.push([...keys]);
    return keys.map((key) => `loaded ${key}`);
  });
  return { loader, batches };
}

it('answers a primed key at once, with the value load() also gives, and reads nothing', async () => {
  const { loader, batches } = countingLoader();
  loader.prime('a', 'primed a');
  const now = loader.loadNow('a');
  expect(now).toBe('primed a');
  expect(await loader.load('a')).toBe('primed a');
  expect(batches).toEqual([]);
});

it('answers a key it does not hold with the batch, then at once', async () => {
  const { loader, batches } = countingLoader();
  const first = loader.loadNow('b');
  expect(first).toBeInstanceOf(Promise);
  expect(await first).toBe('loaded b');
  expect(loader.loadNow('b')).toBe('loaded b');
  expect(batches).toEqual([['b']]);
});

it('keeps the answer of a key asked for before a prime of it, as DataLoader does', async () => {
  const { loader, batches } = countingLoader();
  const asked = loader.load('c');
  loader.prime('c', 'primed c');
  expect(loader.loadNow('c')).toBeInstanceOf(Promise);
  expect(await asked).toBe('loaded c');
  expect(loader.loadNow('c')).toBe('loaded c');
  expect(batches).toEqual([['c']]);
});

it('forgets a cleared key and reads it again', async () => {
  const { loader, batches } = countingLoader();
  loader.prime('d', 'primed d');
  loader.clear('d');
  expect(await loader.loadNow('d')).toBe('loaded d');
  loader.clearAll();
  expect(await loader.loadNow('d')).toBe('loaded d');
  expect(batches).toEqual([['d'], ['d']]);
});

it('maps a value at once when it is here, and after it comes otherwise', async () => {
  expect(whenReady(2, (value) => value * 10)).toBe(20);
  const later = whenReady(Promise.resolve(3), (value) => value * 10);
  expect(later).toBeInstanceOf(Promise);
  expect(await later).toBe(30);
});
