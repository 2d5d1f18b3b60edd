import { Arg, Args, ArgsType, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Guarded } from '../shared/auth/guarded';
import { JakartaArea } from '../shared/auth/roles';
import { Connection, type Page, PageArgs } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import { Worker, WorkerKind } from './worker.entity';
import { WorkerService } from './worker.service';

@ObjectType({ description: 'A page of workers, sorted by full name.' })
class WorkerConnection extends Connection(Worker) {}

@InputType({ description: 'A worker to add to the registry; link their staff account with changeStaffAccountAccess(workerId).' })
export class RegisterWorkerInput {
  @Field(() => String, { description: "The worker's full name, 2 to 120 characters." })
  @Length(2, 120, { message: 'fullName must be 2 to 120 characters' })
  fullName!: string;

  @Field(() => WorkerKind, { description: 'What the worker does: Pekerja Sosial, pendamping, petugas lembaga or pakar.' })
  kind!: WorkerKind;

  @Field(() => JakartaArea, { nullable: true, description: "The area they work in; when left out, their institution's area, if any." })
  area?: JakartaArea;

  @Field(() => ID, {
    nullable: true,
    description: 'The institution they work for: required for INSTITUTION_STAFF (BAD_USER_INPUT otherwise); NOT_FOUND when there is no such institution.',
  })
  @IsOptional()
  @IsUUID('4', { message: 'institutionId must be a UUID' })
  institutionId?: string;

  @Field(() => String, { nullable: true, description: 'Phone number: digits, spaces and dashes, optionally starting with +.' })
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

  @Field(() => Boolean, { nullable: true, description: 'Only workers on duty (true) or off duty (false).' })
  onDuty?: boolean;
}

@ArgsType()
class WorkerIdArgs {
  @Field(() => ID)
  @IsUUID('4', { message: 'id must be a UUID' })
  id!: string;
}

@Resolver(() => Worker)
export class WorkerResolver {
  @Guarded()
  @Query(() => Worker, { nullable: true, description: 'A worker by id, or null when there is none. Any staff member.' })
  worker(@Args() { id }: WorkerIdArgs, @Ctx() context: RequestContext): Promise<Worker | null> {
    return new WorkerService(context).findById(id);
  }

  @Guarded()
  @Query(() => WorkerConnection, { description: 'Workers by name, a page at a time.' })
  workers(@Args() { kind, area, institutionId, onDuty, ...page }: WorkersArgs, @Ctx() context: RequestContext): Promise<Page<Worker>> {
    return new WorkerService(context).list({ kind, area, institutionId, onDuty }, { first: page.first, after: page.after });
  }

  @Guarded()
  @Mutation(() => Worker, { description: 'Starts (true) or ends (false) your shift: only workers on duty can be dispatched.' })
  setMyDutyStatus(@Arg('onDuty', () => Boolean) onDuty: boolean, @Ctx() context: RequestContext): Promise<Worker> {
    return new WorkerService(context).setMyDutyStatus(onDuty);
  }

  @Guarded()
  @Mutation(() => Worker, { description: 'Adds a social worker, companion, institution staff member or expert to the registry.' })
  registerWorker(@Arg('input') input: RegisterWorkerInput, @Ctx() context: RequestContext): Promise<Worker> {
    return new WorkerService(context).register(input);
  }
}
