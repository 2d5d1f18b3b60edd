import { base, en, Faker, id_ID, type Randomizer } from '@faker-js/faker';
import { Sex } from '../children/child.enums';
import type { SeededRandom } from './random';

/** Nicknames that are not shortened names, common in Jakarta families of every origin. */
const FOLK_NICKNAMES: Record<Sex, readonly string[]> = {
  [Sex.MALE]: ['Ucok', 'Asep', 'Ujang', 'Udin', 'Tole', 'Bang Ipul', 'Adek', 'Entong'],
  [Sex.FEMALE]: ['Butet', 'Neng', 'Upik', 'Nonik', 'Adek', 'Ening', 'Ipeh', 'Cici'],
};

/** Prefixes of operator ranges (Telkomsel, Indosat, XL, Tri, Smartfren, Axis) after the leading 08. */
const MOBILE_PREFIXES = ['11', '12', '13', '21', '22', '23', '52', '53', '14', '15', '16', '55', '56', '57', '58', '17', '18', '19', '59', '77', '78', '95', '96', '97', '98', '99', '81', '82', '83', '87', '88', '31', '32', '38'];

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * Indonesian person names and phone numbers. Names come from faker's `id_ID` locale; faker draws from the
 * dataset's own SeededRandom (as its randomizer), so one `--seed` fixes every name too.
 */
export class JakartaNames {
  private readonly faker: Faker;

  constructor(private readonly random: SeededRandom) {
    const randomizer: Randomizer = { next: () => random.next(), seed: (seed) => random.reseed(seed) };
    this.faker = new Faker({ locale: [id_ID, en, base], randomizer });
  }

  /** A child's full name and, for most, the nickname they are called by. */
  child(sex: Sex): { fullName: string; nickname: string | null } {
    const fakerSex = sex === Sex.MALE ? 'male' : 'female';
    const given = this.faker.person.firstName(fakerSex);
    const parts = [given];
    if (sex === Sex.MALE && this.random.chance(0.14)) parts.unshift(this.random.pick(['Muhammad', 'Muhammad', 'Ahmad', 'Rizky']));
    if (sex === Sex.FEMALE && this.random.chance(0.08)) parts.unshift(this.random.pick(['Siti', 'Nur', 'Dewi']));
    if (this.random.chance(0.3)) parts.push(this.faker.person.firstName(fakerSex));
    if (this.random.chance(0.6)) parts.push(this.faker.person.lastName(fakerSex));
    const fullName = dedupe(parts).join(' ');
    const nickname = this.nickname(sex, given);
    return { fullName, nickname: nickname === fullName ? null : nickname };
  }

  /** An adult's full name (guardians, workers). */
  adult(sex: Sex): string {
    const fakerSex = sex === Sex.MALE ? 'male' : 'female';
    const parts = [this.faker.person.firstName(fakerSex), this.faker.person.lastName(fakerSex)];
    if (sex === Sex.FEMALE && this.random.chance(0.1)) parts.unshift('Siti');
    if (sex === Sex.MALE && this.random.chance(0.06)) parts.unshift('H.'); // a man who made the hajj
    return dedupe(parts).join(' ');
  }

  /** A mobile number as people write it, e.g. 0812-3456-7890. */
  mobilePhone(): string {
    const digits = `08${this.random.pick(MOBILE_PREFIXES)}${this.digits(this.random.chance(0.7) ? 8 : 7)}`;
    return `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8)}`;
  }

  /** A Jakarta landline (area code 021, eight digits). */
  landline(): string {
    return `021-${this.random.int(2, 8)}${this.digits(7)}`;
  }

  private digits(count: number): string {
    let out = '';
    for (let index = 0; index < count; index += 1) out += String(this.random.int(0, 9));
    return out;
  }

  /**
   * Indonesian nicknames usually keep the first or the last two syllables of the given name
   * (Budiman → Budi, Kartika → Tika); some children go by a folk nickname or none at all.
   */
  private nickname(sex: Sex, given: string): string | null {
    const roll = this.random.next();
    if (roll < 0.25) return null;
    if (roll < 0.3) return this.random.pick(FOLK_NICKNAMES[sex]);
    const name = given.toLowerCase();
    const vowelPositions = [...name].flatMap((letter, index) => (VOWELS.has(letter) ? [index] : []));
    if (vowelPositions.length < 3) return given;
    let short: string;
    if (roll < 0.65) {
      short = name.slice(0, vowelPositions[1] + 1);
    } else {
      const penultimate = vowelPositions[vowelPositions.length - 2];
      short = name.slice(Math.max(0, penultimate - 1));
    }
    return short.length < 2 ? given : short[0].toUpperCase() + short.slice(1);
  }
}

function dedupe(parts: string[]): string[] {
  return parts.filter((part, index) => parts.indexOf(part) === index);
}
