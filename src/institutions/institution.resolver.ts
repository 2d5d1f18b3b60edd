import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsUUID } from 'class-validator';
import { Guarded } from '../shared/auth/guarded';
import { JakartaArea } from '../shared/auth/roles';
import { Connection, type Page, PageArgs } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import { Institution } from './institution.entity';
import { InstitutionType } from './institution.enums';
import { RegisterInstitutionInput, UpdateInstitutionInput } from './institution.inputs';
import { InstitutionService } from './institution.service';

@ObjectType({ description: 'A page of institutions, sorted by name.' })
class InstitutionConnection extends Connection(Institution) {}

@ArgsType()
class InstitutionsArgs extends PageArgs {
  @Field(() => JakartaArea, { nullable: true })
  area?: JakartaArea;

  @Field(() => InstitutionType, { nullable: true })
  type?: InstitutionType;

  @Field(() => Boolean, { nullable: true })
  isReportingPoint?: boolean;
}

@ArgsType()
class InstitutionIdArgs {
  @Field(() => ID)
  @IsUUID('4', { message: 'id must be a UUID' })
  id!: string;
}

/** Institutions are public places: any staff member may look them up. */
@Resolver(() => Institution)
export class InstitutionResolver {
  @Guarded()
  @Query(() => Institution, { nullable: true, description: 'An institution by id, or null when there is none. Any staff member.' })
  institution(@Args() { id }: InstitutionIdArgs, @Ctx() context: RequestContext): Promise<Institution | null> {
    return new InstitutionService(context).findById(id);
  }

  @Guarded()
  @Query(() => InstitutionConnection, { description: 'Institutions by name, a page at a time.' })
  institutions(@Args() { area, type, isReportingPoint, ...page }: InstitutionsArgs, @Ctx() context: RequestContext): Promise<Page<Institution>> {
    return new InstitutionService(context).list({ area, type, isReportingPoint }, { first: page.first, after: page.after });
  }

  @Guarded()
  @Mutation(() => Institution, { description: 'Adds an institution to the registry.' })
  registerInstitution(@Arg('input') input: RegisterInstitutionInput, @Ctx() context: RequestContext): Promise<Institution> {
    return new InstitutionService(context).register(input);
  }

  @Guarded()
  @Mutation(() => Institution, { description: "Changes an institution's details (licence, accreditation, capacity, reporting point, contact)." })
  updateInstitution(@Arg('input') input: UpdateInstitutionInput, @Ctx() context: RequestContext): Promise<Institution> {
    return new InstitutionService(context).update(input);
  }
}
