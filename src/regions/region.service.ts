import type DataLoader from 'dataloader';
import type { JakartaArea } from '../shared/auth/roles';
import { pickByKeys } from '../shared/loaders';
import type { RequestContext } from '../shared/request-context';
import { Kecamatan, Kelurahan } from './region.entities';

/** Reads the shipped reference data: kecamatan and kelurahan of DKI Jakarta. */
export class RegionService {
  constructor(private readonly context: RequestContext) {}

  listKecamatan(area?: JakartaArea): Promise<Kecamatan[]> {
    return this.context.em.find(Kecamatan, area ? { area } : {}, { orderBy: { code: 'asc' } });
  }

  listKelurahan(kecamatanCode: string): Promise<Kelurahan[]> {
    return this.context.em.find(Kelurahan, { kecamatan: kecamatanCode }, { orderBy: { code: 'asc' } });
  }

  get kecamatanByCode(): DataLoader<string, Kecamatan | null> {
    return this.context.loaders.get('kecamatan-by-code', async (codes: readonly string[]) =>
      pickByKeys(codes, await this.context.em.find(Kecamatan, { code: { $in: [...codes] } }), (kecamatan) => kecamatan.code),
    );
  }

  get kelurahanByCode(): DataLoader<string, Kelurahan | null> {
    return this.context.loaders.get('kelurahan-by-code', async (codes: readonly string[]) =>
      pickByKeys(codes, await this.context.em.find(Kelurahan, { code: { $in: [...codes] } }), (kelurahan) => kelurahan.code),
    );
  }
}
