import { buildSchema, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildLindungiSchema } from '../src/schema';
import { Allow } from '../src/shared/auth/allow';
import { authChecker } from '../src/shared/auth/auth-checker';
import { findFieldsWithoutAccessRule } from '../src/shared/auth/authorization-coverage';
import { AccessRule } from '../src/shared/auth/roles';
import { DomainEvents } from '../src/shared/events/domain-events';

@ObjectType()
class ProbeRecord {
  @Field()
  name!: string;
}

/** A resolver written the wrong way on purpose: one operation has no rule. */
@Resolver(() => ProbeRecord)
class ResolverWithAGap {
  @Allow(AccessRule.ADMIN)
  @Query(() => ProbeRecord)
  ruledProbe(): ProbeRecord {
    return { name: 'ruled' };
  }

  @Mutation(() => Boolean)
  unruledProbe(@Ctx() _context: unknown): boolean {
    return true;
  }
}

describe('authorization rules on every operation', () => {
  it('finds a rule on every query, mutation, subscription and field resolver of the Lindungi schema', async () => {
    const schema = await buildLindungiSchema(new DomainEvents().pubSub);
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}),
    );
    expect(operations).toEqual(expect.arrayContaining(['me', 'staffAccounts', 'createStaffAccount', 'deactivateStaffAccount', 'myStaffAccountChanged']));
    expect(findFieldsWithoutAccessRule(schema)).toEqual([]);
  });

  it('names an operation that has no rule, so the Lindungi schema build would refuse it', async () => {
    const schema = await buildSchema({ resolvers: [ResolverWithAGap], pubSub: createPubSub(), authChecker });
    expect(findFieldsWithoutAccessRule(schema)).toEqual(['Mutation.unruledProbe']);
  });
});
