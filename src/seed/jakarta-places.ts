import regions from '../reference-data/jakarta-regions.json';
import { JakartaArea } from '../shared/auth/roles';
import type { SeededRandom } from './random';

export interface SeedKelurahan {
  code: string;
  name: string;
}

export interface SeedKecamatan {
  code: string;
  name: string;
  area: JakartaArea;
  /** The six digits a NIK issued in this kecamatan starts with (31.73.01 → 317301). */
  nikDigits: string;
  kelurahan: SeedKelurahan[];
}

interface RegionFile {
  areas: Array<{ area: string; kecamatan: Array<{ code: string; name: string; kelurahan: SeedKelurahan[] }> }>;
}

/** The real kecamatan and kelurahan (Kemendagri codes) shipped with Lindungi, by area. */
export const KECAMATAN_BY_AREA: ReadonlyMap<JakartaArea, readonly SeedKecamatan[]> = new Map(
  (regions as RegionFile).areas.map((area) => [
    area.area as JakartaArea,
    area.kecamatan.map((district) => ({
      code: district.code,
      name: district.name,
      area: area.area as JakartaArea,
      nikDigits: district.code.replace(/\./g, ''),
      kelurahan: district.kelurahan,
    })),
  ]),
);

/**
 * Where the children known to the office live, roughly following each area's share of Jakarta's
 * population (BPS 2020); Kepulauan Seribu is raised a little so that small datasets still include it.
 */
export const AREA_WEIGHTS: ReadonlyArray<readonly [JakartaArea, number]> = [
  [JakartaArea.JAKARTA_TIMUR, 29],
  [JakartaArea.JAKARTA_BARAT, 23],
  [JakartaArea.JAKARTA_SELATAN, 21],
  [JakartaArea.JAKARTA_UTARA, 17],
  [JakartaArea.JAKARTA_PUSAT, 9],
  [JakartaArea.KEPULAUAN_SERIBU, 1],
];

export const AREAS = AREA_WEIGHTS.map(([area]) => area);

/** Street names as they are common in Jakarta's kampung: plants, virtues, mosques and local figures. */
const STREETS = [
  'Swadaya', 'Masjid', 'Musholla', 'Haji Naman', 'Haji Saidi', 'Haji Ung', 'Kenanga', 'Melati', 'Mawar', 'Anggrek', 'Flamboyan',
  'Kemuning', 'Cempaka', 'Dahlia', 'Bambu', 'Waru', 'Jati', 'Nangka', 'Rambutan', 'Duku', 'Salak', 'Delima', 'Manggis',
  'Pembangunan', 'Persatuan', 'Merdeka', 'Kramat', 'Pendidikan', 'Kali Baru', 'Inpres', 'Kebon Pala', 'Kebon Kacang',
  'Pisangan', 'Bina Marga', 'Sawo', 'Asem', 'Kelapa Gading', 'Tanah Merah', 'Rawa Bunga', 'Pulo Kambing', 'Kampung Baru',
];
const ROMAN = ['', '', '', ' I', ' II', ' III', ' IV', ' V', ' VI', ' VII'];

/** A house address in a kampung: street, number, RT/RW, kelurahan, kecamatan. */
export function houseAddress(random: SeededRandom, kecamatan: SeedKecamatan, kelurahan: SeedKelurahan): string {
  const street = `${random.chance(0.35) ? 'Gg.' : 'Jl.'} ${random.pick(STREETS)}${random.pick(ROMAN)}`;
  const rt = String(random.int(1, 16)).padStart(3, '0');
  const rw = String(random.int(1, 12)).padStart(3, '0');
  return `${street} No. ${random.int(1, 120)}, RT ${rt}/RW ${rw}, Kel. ${kelurahan.name}, Kec. ${kecamatan.name}`;
}

const STREET_SPOTS = [
  'Sekitar Pasar', 'Kolong jembatan dekat', 'Perempatan lampu merah', 'Sekitar Stasiun', 'Terminal bayangan', 'Pinggir kali di',
  'Emperan pertokoan', 'Taman kota', 'Pos ronda dekat pasar',
];

/** Where a street child can be found: a landmark, since they have no house address. */
export function streetLandmark(random: SeededRandom, kecamatan: SeedKecamatan, kelurahan: SeedKelurahan): string {
  return `${random.pick(STREET_SPOTS)} ${kelurahan.name}, Kec. ${kecamatan.name}`;
}

/** A rented room, as older children who live on their own have. */
export function boardingRoom(random: SeededRandom, kecamatan: SeedKecamatan, kelurahan: SeedKelurahan): string {
  return `Kamar kos, ${houseAddress(random, kecamatan, kelurahan)}`;
}

/** Names of institutions: the foundations behind them are named after virtues, hopes and Islamic terms. */
export const INSTITUTION_NAME_WORDS = [
  'Al-Hikmah', 'Nurul Iman', 'Kasih Bunda', 'Bina Insani', 'Harapan Bangsa', 'Tunas Bangsa', 'Darul Aitam', 'Putra Utama',
  'Putri Utama', 'Mekar Sari', 'Cahaya Hati', 'Pelita Harapan', 'Al-Muhajirin', 'Baitul Yatim', 'Kasih Sayang Ibu',
  'Bhakti Luhur', 'Tiara Kasih', 'Mutiara Bunda', 'Sayap Ibu', 'Anak Bangsa', 'Nurul Falah', 'Darussalam', 'Al-Amin',
  'Benih Kasih', 'Dharma Wanita', 'Bunda Pertiwi', 'Insan Mandiri', 'Kampung Anak', 'Sahabat Anak', 'Rumah Kita',
];
