import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { IsUUID } from 'class-validator';
import { Guarded } from '../shared/auth/guarded';
import { asksForNextPage, type Page, PageArgs } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import { ChildCareService } from './child-care.service';
import { childColumnsOf, profilePartsOf } from './child-profile.prefetch';
import { ChildGuardian, CompanionAssignment, Placement } from './child-links.entities';
import { ChildNeed, DevelopmentAssessment, Measurement } from './child-needs.entities';
import { Child } from './child.entity';
import { ChildFilter, ChildOrder } from './child.filters';
import {
  AssignCompanionInput,
  LinkGuardianInput,
  PlaceChildInput,
  RecordChildNeedInput,
  RecordDevelopmentAssessmentInput,
  RecordMeasurementInput,
  RegisterChildInput,
  UpdateChildProfileInput,
} from './child.inputs';
import { RegistryLoaders } from './child.loaders';
import { ChildQueries } from './child.queries';
import { ChildService } from './child.service';
import { ChildConnection, RegisterChildPayload } from './child.types';

@ArgsType()
class ChildrenArgs extends PageArgs {
  @Field(() => ChildFilter, { nullable: true })
  filter?: ChildFilter;

  @Field(() => ChildOrder, { defaultValue: ChildOrder.NAME })
  orderBy: ChildOrder = ChildOrder.NAME;
}

@ArgsType()
class ChildIdArgs {
  @Field(() => ID)
  @IsUUID('4', { message: 'id must be a UUID' })
  id!: string;
}

/** Finding children and changing their records. Every child outside the caller's scope is "not found". */
@Resolver(() => Child)
export class ChildResolver {
  @Guarded()
  @Query(() => Child, { nullable: true, description: 'A child you may see, or null.' })
  child(@Args() { id }: ChildIdArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Child | null | Promise<Child | null> {
    return new RegistryLoaders(context).childFor(id, info);
  }

  @Guarded()
  @Query(() => ChildConnection, { description: 'Children you may see, filtered and sorted, a page at a time.' })
  children(@Args() { filter, orderBy, first, after }: ChildrenArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Page<Child>> {
    const paths = [['nodes'], ['edges', 'node']];
    const parts = profilePartsOf(context.em, info, paths);
    return new ChildQueries(context).list(filter ?? {}, orderBy, first, after, parts, childColumnsOf(context.em, info, paths), asksForNextPage(info));
  }

  @Guarded()
  @Mutation(() => RegisterChildPayload, { description: 'Registers a child, or returns probable duplicates to check first.' })
  registerChild(@Arg('input') input: RegisterChildInput, @Ctx() context: RequestContext): Promise<RegisterChildPayload> {
    return new ChildService(context).register(input);
  }

  @Guarded()
  @Mutation(() => Child, { description: "Changes a child's profile; a stale expectedVersion is refused with CONFLICT." })
  updateChildProfile(@Arg('input') input: UpdateChildProfileInput, @Ctx() context: RequestContext): Promise<Child> {
    return new ChildService(context).updateProfile(input);
  }

  @Guarded()
  @Mutation(() => ChildGuardian, { description: 'Links an existing or new guardian to a child.' })
  linkGuardian(@Arg('input') input: LinkGuardianInput, @Ctx() context: RequestContext): Promise<ChildGuardian> {
    return new ChildCareService(context).linkGuardian(input);
  }

  @Guarded()
  @Mutation(() => Placement, { description: 'Places a child in an institution; the current placement ends that day.' })
  placeChildInInstitution(@Arg('input') input: PlaceChildInput, @Ctx() context: RequestContext): Promise<Placement> {
    return new ChildCareService(context).placeInInstitution(input);
  }

  @Guarded()
  @Mutation(() => CompanionAssignment, { description: "Hands a child to a companion; the previous companion's assignment ends." })
  assignCompanion(@Arg('input') input: AssignCompanionInput, @Ctx() context: RequestContext): Promise<CompanionAssignment> {
    return new ChildCareService(context).assignCompanion(input);
  }

  @Guarded()
  @Mutation(() => ChildNeed, { description: "Records a child's need, or updates it when needId is given." })
  recordChildNeed(@Arg('input') input: RecordChildNeedInput, @Ctx() context: RequestContext): Promise<ChildNeed> {
    return new ChildCareService(context).recordNeed(input);
  }

  @Guarded()
  @Mutation(() => Measurement, {
    description: "Records a child's weight, height or both on a day; companions, social workers, supervisors and institution staff, for children they may see.",
  })
  recordMeasurement(@Arg('input') input: RecordMeasurementInput, @Ctx() context: RequestContext): Promise<Measurement> {
    return new ChildCareService(context).recordMeasurement(input);
  }

  @Guarded()
  @Mutation(() => DevelopmentAssessment, {
    description: "Records a dated assessment of a child's development; companions, social workers, supervisors and institution staff, for children they may see.",
  })
  recordDevelopmentAssessment(@Arg('input') input: RecordDevelopmentAssessmentInput, @Ctx() context: RequestContext): Promise<DevelopmentAssessment> {
    return new ChildCareService(context).recordAssessment(input);
  }
}
