import type { JakartaNames } from './jakarta-names';
import type { SeededRandom } from './random';
import type { Day } from './seed-dates';

/** What every part of the generator draws from: one random stream, names drawn from it, and "today". */
export interface SeedContext {
  random: SeededRandom;
  names: JakartaNames;
  /** The day the dataset describes as today: ages, histories and due dates are counted from it. */
  asOf: Day;
}
