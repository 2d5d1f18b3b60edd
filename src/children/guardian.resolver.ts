import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { IsUUID } from 'class-validator';
import { Guardian } from '../guardians/guardian.entity';
import { Guarded } from '../shared/auth/guarded';
import type { RequestContext } from '../shared/request-context';
import { RegistryLoaders } from './child.loaders';
import { guardianVisible } from './guardian-visibility';

@ArgsType()
class GuardianIdArgs {
  @Field(() => ID)
  @IsUUID('4', { message: 'id must be a UUID' })
  id!: string;
}

/** Guardians are reached through children: visible only to whoever may see one of their children. */
@Resolver(() => Guardian)
export class GuardianResolver {
  @Guarded()
  @Query(() => Guardian, { nullable: true, description: 'A guardian of a child you may see, or null.' })
  async guardian(@Args() { id }: GuardianIdArgs, @Ctx() context: RequestContext): Promise<Guardian | null> {
    return (await guardianVisible(context, id)) ? new RegistryLoaders(context).guardianById.load(id) : null;
  }

  @Guarded()
  @FieldResolver(() => String, { nullable: true, description: 'Phone number. Personal data: roles that work with the family only.' })
  phone(@Root() guardian: Guardian): string | null {
    return guardian.phone;
  }

  @Guarded()
  @FieldResolver(() => String, { nullable: true, description: 'Home address. Personal data: roles that work with the family only.' })
  address(@Root() guardian: Guardian): string | null {
    return guardian.address;
  }
}
