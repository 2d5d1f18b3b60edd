import regions from '../src/reference-data/jakarta-regions.json';

/**
 * The DKI Jakarta administrative regions shipped as reference data (Kemendagri codes, province 31).
 * These checks guard the shape and the counts; the names are spot checks against well-known places.
 */

type Kelurahan = { code: string; name: string };
type Kecamatan = { code: string; name: string; kelurahan: Kelurahan[] };
type Area = { code: string; area: string; name: string; kecamatan: Kecamatan[] };

const areas: Area[] = regions.areas;
const allKecamatan = areas.flatMap((area) => area.kecamatan);
const allKelurahan = allKecamatan.flatMap((kecamatan) => kecamatan.kelurahan);

function area(enumValue: string): Area {
  const found = areas.find((candidate) => candidate.area === enumValue);
  if (!found) throw new Error(`no area ${enumValue}`);
  return found;
}

function kecamatanIn(enumValue: string, name: string): Kecamatan {
  const found = area(enumValue).kecamatan.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no kecamatan ${name} in ${enumValue}`);
  return found;
}

function sortedByCode<T extends { code: string }>(items: T[]): boolean {
  return items.every((item, index) => index === 0 || items[index - 1].code < item.code);
}

describe('DKI Jakarta reference regions', () => {
  it('names its source', () => {
    expect(regions.source).toMatch(/\S/);
  });

  it('has the six areas, each enum value exactly once, with their Kemendagri codes', () => {
    expect(areas).toHaveLength(6);
    expect(areas.map((a) => a.area).sort()).toEqual(
      ['JAKARTA_BARAT', 'JAKARTA_PUSAT', 'JAKARTA_SELATAN', 'JAKARTA_TIMUR', 'JAKARTA_UTARA', 'KEPULAUAN_SERIBU'],
    );
    expect(Object.fromEntries(areas.map((a) => [a.area, a.code]))).toEqual({
      KEPULAUAN_SERIBU: '31.01',
      JAKARTA_PUSAT: '31.71',
      JAKARTA_UTARA: '31.72',
      JAKARTA_BARAT: '31.73',
      JAKARTA_SELATAN: '31.74',
      JAKARTA_TIMUR: '31.75',
    });
    expect(area('KEPULAUAN_SERIBU').name).toBe('Kabupaten Administrasi Kepulauan Seribu');
    expect(area('JAKARTA_PUSAT').name).toBe('Kota Administrasi Jakarta Pusat');
  });

  it('has 44 kecamatan and 267 kelurahan', () => {
    expect(allKecamatan).toHaveLength(44);
    expect(allKelurahan).toHaveLength(267);
  });

  it('gives every region a unique code in the right format, prefixed by its parent code', () => {
    const codes = [...areas.map((a) => a.code), ...allKecamatan.map((k) => k.code), ...allKelurahan.map((k) => k.code)];
    expect(new Set(codes).size).toBe(codes.length);

    for (const a of areas) {
      expect(a.code).toMatch(/^31\.\d{2}$/);
      for (const kecamatan of a.kecamatan) {
        expect(kecamatan.code).toMatch(/^31\.\d{2}\.\d{2}$/);
        expect(kecamatan.code.startsWith(`${a.code}.`)).toBe(true);
        expect(kecamatan.kelurahan.length).toBeGreaterThan(0);
        for (const kelurahan of kecamatan.kelurahan) {
          expect(kelurahan.code).toMatch(/^31\.\d{2}\.\d{2}\.\d{4}$/);
          expect(kelurahan.code.startsWith(`${kecamatan.code}.`)).toBe(true);
        }
      }
    }
  });

  it('has no blank or untrimmed names', () => {
    const names = [...areas, ...allKecamatan, ...allKelurahan].map((region) => region.name);
    for (const name of names) {
      expect(name).toMatch(/^\S(.*\S)?$/);
      expect(name).not.toMatch(/\s{2}/);
    }
  });

  it('is sorted by code at every level', () => {
    expect(sortedByCode(areas)).toBe(true);
    for (const a of areas) {
      expect(sortedByCode(a.kecamatan)).toBe(true);
      for (const kecamatan of a.kecamatan) expect(sortedByCode(kecamatan.kelurahan)).toBe(true);
    }
  });

  it('puts Kecamatan Menteng in Jakarta Pusat with its five kelurahan', () => {
    const menteng = kecamatanIn('JAKARTA_PUSAT', 'Menteng');
    expect(menteng.code).toBe('31.71.06');
    expect(menteng.kelurahan.map((k) => k.name).sort()).toEqual(
      ['Cikini', 'Gondangdia', 'Kebon Sirih', 'Menteng', 'Pegangsaan'],
    );
  });

  it('puts Gambir first in Jakarta Pusat', () => {
    const gambir = kecamatanIn('JAKARTA_PUSAT', 'Gambir');
    expect(gambir.code).toBe('31.71.01');
    expect(gambir.kelurahan[0]).toEqual({ code: '31.71.01.1001', name: 'Gambir' });
  });

  it('puts Kebayoran Baru in Jakarta Selatan and Kelapa Gading in Jakarta Utara', () => {
    const kebayoranBaru = kecamatanIn('JAKARTA_SELATAN', 'Kebayoran Baru');
    expect(kebayoranBaru.code).toBe('31.74.07');
    expect(kebayoranBaru.kelurahan.map((k) => k.name)).toEqual(expect.arrayContaining(['Senayan', 'Melawai', 'Gunung']));

    const kelapaGading = kecamatanIn('JAKARTA_UTARA', 'Kelapa Gading');
    expect(kelapaGading.kelurahan.map((k) => k.name)).toEqual(
      expect.arrayContaining(['Kelapa Gading Barat', 'Kelapa Gading Timur', 'Pegangsaan Dua']),
    );
  });

  it('splits Kepulauan Seribu into Utara and Selatan with their island kelurahan', () => {
    const seribu = area('KEPULAUAN_SERIBU');
    expect(seribu.kecamatan.map((k) => k.name)).toEqual(['Kepulauan Seribu Utara', 'Kepulauan Seribu Selatan']);
    expect(kecamatanIn('KEPULAUAN_SERIBU', 'Kepulauan Seribu Utara').kelurahan.map((k) => k.name)).toEqual(
      ['Pulau Panggang', 'Pulau Kelapa', 'Pulau Harapan'],
    );
    expect(kecamatanIn('KEPULAUAN_SERIBU', 'Kepulauan Seribu Selatan').kelurahan.map((k) => k.name)).toEqual(
      ['Pulau Untung Jawa', 'Pulau Tidung', 'Pulau Pari'],
    );
  });

  it('has the expected number of kecamatan in each area', () => {
    expect(Object.fromEntries(areas.map((a) => [a.area, a.kecamatan.length]))).toEqual({
      KEPULAUAN_SERIBU: 2,
      JAKARTA_PUSAT: 8,
      JAKARTA_UTARA: 6,
      JAKARTA_BARAT: 8,
      JAKARTA_SELATAN: 10,
      JAKARTA_TIMUR: 10,
    });
  });
});
