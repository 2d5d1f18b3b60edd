import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Guarded } from '../shared/auth/guarded';
import { JakartaArea } from '../shared/auth/roles';
import type { RequestContext } from '../shared/request-context';
import { Kecamatan, Kelurahan } from './region.entities';
import { RegionService } from './region.service';

/** DKI Jakarta's kecamatan and kelurahan, for pickers and for reading codes back as names. */
@Resolver(() => Kecamatan)
export class RegionResolver {
  @Guarded()
  @Query(() => [Kecamatan], { description: 'The kecamatan of DKI Jakarta, of one area or all, by code.' })
  kecamatanList(@Arg('area', () => JakartaArea, { nullable: true }) area: JakartaArea | undefined, @Ctx() context: RequestContext): Promise<Kecamatan[]> {
    return new RegionService(context).listKecamatan(area);
  }

  @Guarded()
  @Query(() => [Kelurahan], { description: 'The kelurahan of one kecamatan, by code.' })
  kelurahanList(@Arg('kecamatanCode', () => String) kecamatanCode: string, @Ctx() context: RequestContext): Promise<Kelurahan[]> {
    return new RegionService(context).listKelurahan(kecamatanCode);
  }
}
