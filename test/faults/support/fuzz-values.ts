import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  type GraphQLInputType,
} from 'graphql';

/** A small, fast PRNG (mulberry32): the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Hostile strings: huge, unicode, control characters, injections, paths, markup. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  'x'.repeat(200_000),
  '👶🏽 Anak ñ Ω \u202e\u0301 \uFEFF 漢字 العربية',
  'NUL \u0000 byte',
  '\uD800 lone surrogate',
  "'; drop table child; --",
  "1' or '1'='1",
  '%_\\%',
  '{"$ne": null}',
  '<script>alert(1)</script>',
  '=cmd|" /C calc"!A0',
  '../../../../etc/passwd',
  '${jndi:ldap://x}',
  '__proto__',
  'constructor',
];
const HOSTILE_IDS = ['not-a-uuid', '', '00000000-0000-0000-0000-000000000000', "1 or 1=1", 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'x'.repeat(5000), '-1'];
const HOSTILE_INTS: unknown[] = [-1, -2147483648, 2147483647, 0, 2147483648, 1e20, 1.5, '12', true, null];
const HOSTILE_FLOATS: unknown[] = [-1e308, 1e308, -0.0000001, 0, '1.5', 'NaN', false];
const HOSTILE_DATES: unknown[] = ['0000-00-00', '9999-12-31', '0001-01-01', '1800-01-01', '2026-02-30', '2026-13-01', 'yesterday', '2026-1-1', 20260101, '+275760-09-13'];
const HOSTILE_DATETIMES: unknown[] = ['+275760-09-13T00:00:00.000Z', '0000-01-01T00:00:00Z', '2026-02-30T25:61:00Z', 'now', 0, '9999-12-31T23:59:59.999Z'];
const HOSTILE_RUPIAH: unknown[] = ['-1', '0', '999999999999999', '9999999999999999', '9223372036854775808', '-9223372036854775809', '1.5', '1e9', '1.000.000', 1000, '', ' 1000', '0001'];
const INVALID_NIKS = ['1234', '3171010101010001x', '0000000000000000', '31710101010100011', '3171a10101010001', '9999999999999999', '3171014502990001'];

export interface FuzzPools {
  /** Ids of real records, so some operations reach deep into the services. */
  ids: string[];
  /** Plausible values by input field or argument name (kecamatanCode, year ...). */
  byName: Record<string, unknown[]>;
}

export class ValueGenerator {
  constructor(
    private readonly random: () => number,
    private readonly pools: FuzzPools,
  ) {}

  /** A random (seeded) version-4 UUID naming no record. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.random() * values.length)];
  }

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  /**
   * A value for `type`: plausible most of the time, hostile with probability `hostility` at each level,
   * so that an operation is often valid except for one field.
   */
  value(type: GraphQLInputType, name: string, hostility: number, depth = 0): unknown {
    if (type instanceof GraphQLNonNull) {
      if (this.chance(hostility / 6)) return null;
      return this.value(type.ofType, name, hostility, depth);
    }
    if (this.chance(hostility / 8)) return this.wrongShape(depth);
    if (type instanceof GraphQLList) {
      if (this.chance(hostility / 4)) return Array.from({ length: 2000 }, () => this.value(type.ofType, name, 0, depth + 1));
      const length = this.pick([0, 1, 1, 2, 3]);
      return Array.from({ length }, () => this.value(type.ofType, name, hostility, depth + 1));
    }
    if (type instanceof GraphQLInputObjectType) return this.inputObject(type, hostility, depth);
    if (type instanceof GraphQLEnumType) {
      if (this.chance(hostility)) return this.pick(['NOT_A_VALUE', 'admin', '', 1, "'; drop type x; --"]);
      return this.pick(type.getValues()).name;
    }
    return this.scalar(type as GraphQLScalarType, name, this.chance(hostility));
  }

  private inputObject(type: GraphQLInputObjectType, hostility: number, depth: number): unknown {
    if (depth > 4) return {};
    const object: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const required = field.type instanceof GraphQLNonNull;
      if (!required && !this.chance(0.5)) continue;
      if (required && this.chance(hostility / 10)) continue; // a missing required field
      object[field.name] = this.value(field.type, field.name, hostility, depth + 1);
    }
    if (this.chance(hostility / 10)) object.unknownField = 'x';
    return object;
  }

  private wrongShape(depth: number): unknown {
    const nested = (levels: number): unknown => (levels === 0 ? 'deep' : [nested(levels - 1)]);
    return this.pick<unknown>([{ a: 1 }, [1, 2], 'text', 42, true, depth < 2 ? nested(300) : 'x', { ...Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, i])) }]);
  }

  private scalar(type: GraphQLScalarType, name: string, hostile: boolean): unknown {
    const plausible = this.pools.byName[name];
    switch (type.name) {
      case 'ID':
        return hostile ? this.pick(HOSTILE_IDS) : this.pick([...this.pools.ids, ...this.pools.ids, this.uuid()]);
      case 'Int':
        return hostile ? this.pick(HOSTILE_INTS) : plausible ? this.pick(plausible) : this.pick([0, 1, 5, 10, 100, 2026]);
      case 'Float':
        return hostile ? this.pick(HOSTILE_FLOATS) : this.pick([0, 1.5, 12.25, 110]);
      case 'Boolean':
        return hostile ? this.pick(['yes', 1, null]) : this.pick([true, false]);
      case 'LocalDate':
        return hostile ? this.pick(HOSTILE_DATES) : this.pick(['2026-01-05', '2015-06-01', '2026-11-01', '2024-02-29']);
      case 'DateTimeISO':
        return hostile ? this.pick(HOSTILE_DATETIMES) : this.pick(['2026-11-28T01:00:00.000Z', '2026-01-01T00:00:00.000Z']);
      case 'Rupiah':
        return hostile ? this.pick(HOSTILE_RUPIAH) : this.pick(['1000', '250000', '1000000']);
      default: {
        if (/nik/i.test(name)) return hostile ? this.pick(INVALID_NIKS) : this.pick(['3171014502150001', ...INVALID_NIKS.slice(0, 2)]);
        if (/id$/i.test(name) && name !== 'paid') return hostile ? this.pick(HOSTILE_IDS) : this.pick([...this.pools.ids, this.uuid()]);
        if (hostile) return this.pick(HOSTILE_STRINGS);
        if (plausible) return this.pick(plausible);
        return this.pick(['Anak terlihat sendirian di pinggir jalan tengah malam', 'Catatan kunjungan rumah', 'Budi', 'test@example.org', '2026-01-05', 'LND-ABCD-EFGH']);
      }
    }
  }
}

/** The type as written in a variable definition, e.g. `[String!]!`. */
export function typeString(type: GraphQLInputType): string {
  if (type instanceof GraphQLNonNull) return `${typeString(type.ofType)}!`;
  if (type instanceof GraphQLList) return `[${typeString(type.ofType)}]`;
  return getNamedType(type).name;
}
