import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/**
 * The folder holding Lindungi's package.json. Code runs both from `src/` (ts-node, jest) and from
 * `dist/src/` (built), so relative paths to `migrations/` or `.lindungi/` are resolved from here.
 */
export function projectRoot(): string {
  if (cached) return cached;
  let directory = __dirname;
  for (;;) {
    const manifest = path.join(directory, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'lindungi') {
      cached = directory;
      return directory;
    }
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`Cannot find Lindungi's package.json above ${__dirname}`);
    directory = parent;
  }
}
