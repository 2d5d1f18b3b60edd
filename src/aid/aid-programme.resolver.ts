import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PksaProgramme } from '../children/child.enums';
import { Guarded } from '../shared/auth/guarded';
import type { RequestContext } from '../shared/request-context';
import { AidProgramme, ProgrammeYear } from './aid-programme.entity';
import { AidGrantService } from './aid-grant.service';
import { AidLoaders } from './aid.loaders';
import { RupiahScalar } from './rupiah.scalar';

/** The programmes and their yearly amounts: public reference data; administrators open new years. */
@Resolver(() => AidProgramme)
export class AidProgrammeResolver {
  @Guarded()
  @Query(() => [AidProgramme], { description: 'The six PKSA programmes with their yearly amounts (public).' })
  aidProgrammes(@Ctx() context: RequestContext): Promise<AidProgramme[]> {
    return new AidGrantService(context).programmes();
  }

  @Guarded()
  @Mutation(() => ProgrammeYear, { description: 'Opens a programme year with its amounts; an open year never changes (CONFLICT).' })
  openProgrammeYear(
    @Arg('programme', () => PksaProgramme, { description: 'The programme.' }) programme: PksaProgramme,
    @Arg('year', () => Int, { description: 'The year, 2000 to 2100.' }) year: number,
    @Arg('childShareAmount', () => RupiahScalar, { description: "Whole rupiah per child for the child's share." }) childShareAmount: string,
    @Arg('secondShareAmount', () => RupiahScalar, { description: 'Whole rupiah per child for the second share.' }) secondShareAmount: string,
    @Ctx() context: RequestContext,
  ): Promise<ProgrammeYear> {
    return new AidGrantService(context).openProgrammeYear(programme, year, childShareAmount, secondShareAmount);
  }

  @Guarded()
  @Mutation(() => AidProgramme, {
    description:
      "Sets how many months each accountability-reporting period of the programme's children lasts (1, 2, 3, 4, 6 or 12). Months already closed by overdue detection keep the reports they owed.",
  })
  setProgrammeReportingPeriod(
    @Arg('programme', () => PksaProgramme, { description: 'The programme.' }) programme: PksaProgramme,
    @Arg('months', () => Int, { description: 'Months per period: 1, 2, 3, 4, 6 or 12.' }) months: number,
    @Ctx() context: RequestContext,
  ): Promise<AidProgramme> {
    return new AidGrantService(context).setReportingPeriod(programme, months);
  }

  @Guarded()
  @FieldResolver(() => [ProgrammeYear], { description: 'The years opened for the programme, oldest first.' })
  years(@Root() programme: AidProgramme, @Ctx() context: RequestContext): Promise<ProgrammeYear[]> {
    return new AidLoaders(context).yearsOfProgramme.load(programme.code);
  }
}

@Resolver(() => ProgrammeYear)
export class ProgrammeYearResolver {
  @Guarded()
  @FieldResolver(() => AidProgramme, { description: 'The programme.' })
  async programme(@Root() year: ProgrammeYear, @Ctx() context: RequestContext): Promise<AidProgramme> {
    return (await new AidLoaders(context).programmeByCode.load(year.programme.code)) as AidProgramme;
  }
}
