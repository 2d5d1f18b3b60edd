import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { IsUUID } from 'class-validator';
import { Guarded } from '../shared/auth/guarded';
import { StaffRole } from '../shared/auth/roles';
import { Connection, type Page, PageArgs } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import { StaffAccount } from './staff-account.entity';
import { ChangeStaffAccountAccessInput, CreateStaffAccountInput, DeactivateStaffAccountInput } from './staff-account.inputs';
import { STAFF_ACCOUNT_CHANGED, type StaffAccountChangedEvent } from './staff-account.events';
import { StaffAccountService } from './staff-account.service';

@ObjectType({ description: 'A page of staff accounts, sorted by e-mail address.' })
class StaffAccountConnection extends Connection(StaffAccount) {}

@ArgsType()
class StaffAccountsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only active (true) or only deactivated (false) accounts.' })
  active?: boolean;

  @Field(() => StaffRole, { nullable: true, description: 'Only accounts holding this role.' })
  role?: StaffRole;
}

@ArgsType()
class StaffAccountIdArgs {
  @Field(() => ID)
  @IsUUID('4', { message: 'id must be a UUID' })
  id!: string;
}

@Resolver(() => StaffAccount)
export class StaffAccountResolver {
  @Guarded()
  @Query(() => StaffAccount, { description: 'The signed-in staff member.' })
  me(@Ctx() context: RequestContext): Promise<StaffAccount> {
    return new StaffAccountService(context).me();
  }

  @Guarded()
  @Query(() => StaffAccount, { nullable: true, description: 'A staff account by id, or null when there is none. Administrators only.' })
  staffAccount(@Args() { id }: StaffAccountIdArgs, @Ctx() context: RequestContext): Promise<StaffAccount | null> {
    return new StaffAccountService(context).findById(id);
  }

  @Guarded()
  @Query(() => StaffAccountConnection, { description: 'Staff accounts by e-mail address, a page at a time.' })
  staffAccounts(@Args() { active, role, ...page }: StaffAccountsArgs, @Ctx() context: RequestContext): Promise<Page<StaffAccount>> {
    return new StaffAccountService(context).list({ active, role }, { first: page.first, after: page.after });
  }

  @Guarded()
  @Mutation(() => StaffAccount, { description: 'Creates a staff account; an e-mail address already in use is refused with CONFLICT. Administrators only.' })
  createStaffAccount(@Arg('input') input: CreateStaffAccountInput, @Ctx() context: RequestContext): Promise<StaffAccount> {
    return new StaffAccountService(context).create(input);
  }

  @Guarded()
  @Mutation(() => StaffAccount, { description: 'Replaces the roles and scope of an account; they apply from its next request.' })
  changeStaffAccountAccess(@Arg('input') input: ChangeStaffAccountAccessInput, @Ctx() context: RequestContext): Promise<StaffAccount> {
    const { staffAccountId, ...access } = input;
    return new StaffAccountService(context).changeAccess(staffAccountId, access);
  }

  @Guarded()
  @Mutation(() => StaffAccount, { description: 'Switches an account off at once: its next request is refused and its live feeds close.' })
  deactivateStaffAccount(@Arg('input') input: DeactivateStaffAccountInput, @Ctx() context: RequestContext): Promise<StaffAccount> {
    return new StaffAccountService(context).deactivate(input.staffAccountId, input.reason);
  }

  @Guarded()
  @Mutation(() => StaffAccount, {
    description: 'Switches a deactivated account back on and clears its deactivation; an active account is refused with CONFLICT. Administrators only.',
  })
  reactivateStaffAccount(@Args() { id }: StaffAccountIdArgs, @Ctx() context: RequestContext): Promise<StaffAccount> {
    return new StaffAccountService(context).reactivate(id);
  }

  @Guarded()
  @Subscription(() => StaffAccount, {
    topics: STAFF_ACCOUNT_CHANGED,
    filter: ({ payload, context }: { payload: StaffAccountChangedEvent; context: RequestContext }) =>
      context.actor.kind === 'STAFF' && context.actor.staffAccountId === payload.staffAccountId,
    description: "Pushes the signed-in member's own account whenever it changes, so a client can refresh what it shows.",
  })
  myStaffAccountChanged(@Root() event: StaffAccountChangedEvent, @Ctx() context: RequestContext): Promise<StaffAccount> {
    return new StaffAccountService(context).loadForEvent(event);
  }
}
