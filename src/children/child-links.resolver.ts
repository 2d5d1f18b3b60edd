import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Guardian } from '../guardians/guardian.entity';
import { Institution } from '../institutions/institution.entity';
import { Guarded } from '../shared/auth/guarded';
import type { RequestContext } from '../shared/request-context';
import { Worker } from '../workers/worker.entity';
import { ChildGuardian, CompanionAssignment, Placement } from './child-links.entities';
import { Child } from './child.entity';
import { RegistryLoaders } from './child.loaders';

const CHILD_IN_SCOPE = 'The child, when you may see them; null otherwise.';

@Resolver(() => ChildGuardian)
export class ChildGuardianResolver {
  @Guarded()
  @FieldResolver(() => Guardian, { description: 'The guardian; their phone and address are readable only by roles that work with the family.' })
  guardian(@Root() link: ChildGuardian, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Guardian | Promise<Guardian> {
    return new RegistryLoaders(context).guardianFor(link.guardian.id, info) as Guardian | Promise<Guardian>;
  }

  @Guarded()
  @FieldResolver(() => Child, { nullable: true, description: CHILD_IN_SCOPE })
  child(@Root() link: ChildGuardian, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Child | null | Promise<Child | null> {
    return new RegistryLoaders(context).childFor(link.child.id, info);
  }
}

@Resolver(() => Placement)
export class PlacementResolver {
  @Guarded()
  @FieldResolver(() => Institution, { description: 'The institution the child stays or stayed in.' })
  institution(@Root() placement: Placement, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Institution | Promise<Institution> {
    return new RegistryLoaders(context).institutionFor(placement.institution.id, info) as Institution | Promise<Institution>;
  }

  @Guarded()
  @FieldResolver(() => Child, { nullable: true, description: CHILD_IN_SCOPE })
  child(@Root() placement: Placement, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Child | null | Promise<Child | null> {
    return new RegistryLoaders(context).childFor(placement.child.id, info);
  }
}

@Resolver(() => CompanionAssignment)
export class CompanionAssignmentResolver {
  @Guarded()
  @FieldResolver(() => Worker, { description: 'The companion (pendamping) responsible for the child during this assignment.' })
  companion(@Root() assignment: CompanionAssignment, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Worker | Promise<Worker> {
    return new RegistryLoaders(context).workerFor(assignment.companion.id, info) as Worker | Promise<Worker>;
  }

  @Guarded()
  @FieldResolver(() => Child, { nullable: true, description: CHILD_IN_SCOPE })
  child(@Root() assignment: CompanionAssignment, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Child | null | Promise<Child | null> {
    return new RegistryLoaders(context).childFor(assignment.child.id, info);
  }
}

/** Ways back to children from the registry: only children in the caller's scope appear. */
@Resolver(() => Guardian)
export class GuardianChildrenResolver {
  @Guarded()
  @FieldResolver(() => [ChildGuardian], { description: "This guardian's children that you may see, with the relationship." })
  children(@Root() guardian: Guardian, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): ChildGuardian[] | Promise<ChildGuardian[]> {
    return new RegistryLoaders(context).guardianChildrenFor(guardian.id, info);
  }
}

@Resolver(() => Institution)
export class InstitutionChildrenResolver {
  @Guarded()
  @FieldResolver(() => [Placement], { description: 'Children placed here now that you may see.' })
  currentPlacements(@Root() institution: Institution, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Placement[] | Promise<Placement[]> {
    return new RegistryLoaders(context).institutionChildrenFor(institution.id, info);
  }
}

@Resolver(() => Worker)
export class WorkerCaseloadResolver {
  @Guarded()
  @FieldResolver(() => [CompanionAssignment], { description: "A companion's caseload now: the children you may see." })
  caseload(@Root() worker: Worker, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): CompanionAssignment[] | Promise<CompanionAssignment[]> {
    return new RegistryLoaders(context).caseloadFor(worker.id, info);
  }

  @Guarded()
  @FieldResolver(() => Institution, { nullable: true, description: 'The institution the worker belongs to: always set for institution staff, optional for others.' })
  institution(@Root() worker: Worker, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Institution | null | Promise<Institution | null> {
    return worker.institution ? new RegistryLoaders(context).institutionFor(worker.institution.id, info) : null;
  }
}
