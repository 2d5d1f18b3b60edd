import { buildSchema, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { AUTHORIZATION_POLICY } from '../src/authorization-policy';
import { buildLindungiSchema } from '../src/schema';
import { authChecker } from '../src/shared/auth/auth-checker';
import { findAuthorizationGaps } from '../src/shared/auth/authorization-coverage';
import { Guarded } from '../src/shared/auth/guarded';
import { DomainEvents } from '../src/shared/events/domain-events';

@ObjectType()
class ProbeRecord {
  @Field()
  name!: string;
}

/** A resolver written the wrong way on purpose: one operation unguarded, one guarded without a policy entry. */
@Resolver(() => ProbeRecord)
class ResolverWithGaps {
  @Guarded()
  @Query(() => ProbeRecord)
  guardedProbe(): ProbeRecord {
    return { name: 'guarded' };
  }

  @Mutation(() => Boolean)
  unguardedProbe(@Ctx() _context: unknown): boolean {
    return true;
  }
}

describe('authorization rules on every operation', () => {
  it('finds every operation and field resolver of the Lindungi schema guarded and in the policy table, and no stale entry', async () => {
    const schema = await buildLindungiSchema(new DomainEvents().pubSub);
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
    expect(operations).toEqual(expect.arrayContaining(['me', 'staffAccounts', 'createStaffAccount', 'deactivateStaffAccount', 'myStaffAccountChanged']));
    expect(findAuthorizationGaps(schema)).toEqual([]);
    expect(Object.keys(AUTHORIZATION_POLICY).length).toBeGreaterThan(100);
  });

  it('names an unguarded operation and a guarded one with no entry, so the Lindungi schema build would refuse them', async () => {
    const schema = await buildSchema({ resolvers: [ResolverWithGaps], pubSub: createPubSub(), authChecker });
    const gaps = findAuthorizationGaps(schema).filter((gap) => gap.includes('Probe'));
    expect(gaps).toEqual(['Mutation.unguardedProbe: not @Guarded', 'Query.guardedProbe: no entry in the policy table']);
    // Every entry of the real table names nothing in this probe schema: stale entries are found too.
    expect(findAuthorizationGaps(schema)).toContain('Query.child: in the policy table but no guarded field of the schema');
  });
});
