import type { EntityManager } from '@mikro-orm/postgresql';
import type { JakartaArea } from '../shared/auth/roles';
import regions from '../reference-data/jakarta-regions.json';
import { Kecamatan, Kelurahan } from './region.entities';

interface RegionFile {
  areas: Array<{
    area: string;
    kecamatan: Array<{ code: string; name: string; kelurahan: Array<{ code: string; name: string }> }>;
  }>;
}

/**
 * Brings the kecamatan and kelurahan tables in line with the reference file shipped with Lindungi
 * (Kemendagri codes). Idempotent: run after every migration, so a corrected file needs no migration.
 */
export async function syncRegionReferenceData(em: EntityManager): Promise<void> {
  const file = regions as RegionFile;
  const kecamatan = file.areas.flatMap((area) =>
    area.kecamatan.map((district) => ({ code: district.code, name: district.name, area: area.area as JakartaArea })),
  );
  const kelurahan = file.areas.flatMap((area) =>
    area.kecamatan.flatMap((district) => district.kelurahan.map((village) => ({ code: village.code, name: village.name, kecamatan: district.code }))),
  );
  await em.transactional(async (transaction) => {
    await transaction.upsertMany(Kecamatan, kecamatan);
    await transaction.upsertMany(Kelurahan, kelurahan);
  });
}
