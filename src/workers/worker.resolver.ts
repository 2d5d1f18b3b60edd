import { Arg, Args, ArgsType, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Allow } from '../shared/auth/allow';
import { AccessRule, JakartaArea } from '../shared/auth/roles';
import { Connection, type Page, PageArgs } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import { Worker, WorkerKind } from './worker.entity';
import { WorkerService } from './worker.service';

@ObjectType()
class WorkerConnection extends Connection(Worker) {}

@InputType({ description: 'A worker to add to the registry; link their staff account with changeStaffAccountAccess(workerId).' })
export class RegisterWorkerInput {
  @Field(() => String)
  @Length(2, 120, { message: 'fullName must be 2 to 120 characters' })
  fullName!: string;

  @Field(() => WorkerKind)
  kind!: WorkerKind;

  @Field(() => JakartaArea, { nullable: true })
  area?: JakartaArea;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('4', { message: 'institutionId must be a UUID' })
  institutionId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 -]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;
}

@ArgsType()
class WorkersArgs extends PageArgs {
  @Field(() => WorkerKind, { nullable: true })
  kind?: WorkerKind;

  @Field(() => JakartaArea, { nullable: true })
  area?: JakartaArea;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('4', { message: 'institutionId must be a UUID' })
  institutionId?: string;
}

@ArgsType()
class WorkerIdArgs {
  @Field(() => ID)
  @IsUUID('4', { message: 'id must be a UUID' })
  id!: string;
}

@Resolver(() => Worker)
export class WorkerResolver {
  @Allow(AccessRule.ANY_STAFF)
  @Query(() => Worker, { nullable: true })
  worker(@Args() { id }: WorkerIdArgs, @Ctx() context: RequestContext): Promise<Worker | null> {
    return new WorkerService(context).findById(id);
  }

  @Allow(AccessRule.ANY_STAFF)
  @Query(() => WorkerConnection, { description: 'Workers by name, a page at a time.' })
  workers(@Args() { kind, area, institutionId, ...page }: WorkersArgs, @Ctx() context: RequestContext): Promise<Page<Worker>> {
    return new WorkerService(context).list({ kind, area, institutionId }, { first: page.first, after: page.after });
  }

  @Allow(AccessRule.ADMIN, AccessRule.SUPERVISOR)
  @Mutation(() => Worker, { description: 'Adds a social worker, companion, institution staff member or expert to the registry.' })
  registerWorker(@Arg('input') input: RegisterWorkerInput, @Ctx() context: RequestContext): Promise<Worker> {
    return new WorkerService(context).register(input);
  }
}
