import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { AUTHORIZATION_POLICY, PUBLIC, Reach, type PolicyRole } from '../src/authorization-policy';
import { ChildService } from '../src/children/child.service';
import { LegalBasis, Sex } from '../src/children/child.enums';
import { HotlineReport } from '../src/hotline/hotline-report.entity';
import { buildLindungiSchema } from '../src/schema';
import { StaffRole } from '../src/shared/auth/roles';
import { DomainEvents } from '../src/shared/events/domain-events';
import type { Child } from '../src/children/child.entity';
import { SubmitHotlineReportDocument } from './operations/generated/graphql';
import { createStaff, systemContext } from './support/factories';
import { assignCompanion, createChild, createInstitution, createWorker, JakartaArea, linkGuardian, place, WorkerKind } from './support/registry-factories';
import { openSubscriptionCount, subscribe, waitForOpenSubscriptions } from './support/subscriptions';
import { createTestApp, type GraphQLResult, type TestApp } from './support/test-app';

/**
 * The authorization matrix, generated from the policy table and the schema: every role (and an anonymous
 * caller) against every query, mutation and subscription, over HTTP and WebSocket; the sensitive fields
 * on a record the role can reach; and the reach of every role on the records asked for by id. Each cell
 * is asserted against seeded data; the test prints how many it checked.
 */
const ROLE_REFUSAL = 'Your role does not allow this operation.';
const CALLERS: PolicyRole[] = [...Object.values(StaffRole), PUBLIC];

let app: TestApp;
let schema: GraphQLSchema;
const tokens = new Map<PolicyRole, string | undefined>();
let inScope: Child;
let outOfScope: Child;
let guardianId: string;
let reportId: string;
let cells = 0;

beforeAll(async () => {
  app = await createTestApp({ HOTLINE_RATE_LIMIT: '1000' });
  schema = await buildLindungiSchema(new DomainEvents().pubSub);
  const area = JakartaArea.JAKARTA_TIMUR;
  const institution = await createInstitution(app, area);
  const companion = await createWorker(app, WorkerKind.COMPANION, area);
  const linked: Partial<Record<StaffRole, { workerId?: string; institutionId?: string }>> = {
    COMPANION: { workerId: companion.id },
    SOCIAL_WORKER: { workerId: (await createWorker(app, WorkerKind.SOCIAL_WORKER, area)).id },
    INSTITUTION_STAFF: { workerId: (await createWorker(app, WorkerKind.INSTITUTION_STAFF, area, institution)).id, institutionId: institution.id },
    EXPERT_ADVISOR: { workerId: (await createWorker(app, WorkerKind.EXPERT_ADVISOR, area)).id },
  };
  for (const role of Object.values(StaffRole)) {
    const bound = role === StaffRole.AUDITOR || role === StaffRole.ADMIN || role === StaffRole.HOTLINE_OPERATOR ? null : area;
    tokens.set(role, (await createStaff(app, [role], bound, linked[role] ?? {})).token);
  }
  tokens.set(PUBLIC, undefined);

  // One child every care role of Jakarta Timur reaches (placed, with a companion, a guardian), one nobody does.
  const registered = await new ChildService(systemContext(app)).register({
    fullName: 'Citra Dewi Anggraini',
    sex: Sex.FEMALE,
    legalBasis: LegalBasis.PUBLIC_TASK,
    area,
    dateOfBirth: '2015-12-05',
    nik: '3175064512150001',
    address: 'Jl. Pemuda 12, Rawamangun',
    hasDisability: true,
    disabilityDetail: 'Gangguan pendengaran ringan',
    confirmNotDuplicate: true,
  });
  inScope = registered.child as Child;
  await place(app, inScope, institution);
  await assignCompanion(app, inScope, companion);
  guardianId = (await linkGuardian(app, inScope)).guardian.id;
  outOfScope = await createChild(app, { fullName: 'Bima Saputra', area: JakartaArea.JAKARTA_BARAT });
  await linkGuardian(app, outOfScope, guardianId); // Citra's mother also cares for Bima, in another area

  const receipt = await app.request(SubmitHotlineReportDocument, {
    input: {
      channel: 'PHONE_LINE',
      kind: 'CHILD_AT_RISK',
      description: 'Anak terlihat sendirian di halte setiap malam',
      area,
      reporterName: 'Pak Joko',
      reporterContact: '+62 811 1111 1111',
    },
  });
  reportId = (await app.orm.em.fork().findOneOrFail(HotlineReport, { trackingCode: receipt.data!.submitHotlineReport.trackingCode })).id;
});

afterAll(async () => {
  console.log(`authorization matrix: ${cells} cells checked`);
  await app.stop();
});

/** A value of the input type that the GraphQL layer accepts; unknown scalars fail the test (add a sample). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((field) => isNonNullType(field.type)).map((field) => [field.name, sample(field.type)]));
  }
  if (isScalarType(type)) {
    const samples: Record<string, unknown> = {
      ID: randomUUID(),
      String: 'x',
      Int: 1,
      Float: 1,
      Boolean: true,
      LocalDate: '2026-01-05',
      DateTimeISO: '2026-01-05T00:00:00.000Z',
      Rupiah: '1000',
      JSONObject: {},
      JSON: {},
    };
    if (type.name in samples) return samples[type.name];
  }
  throw new Error(`No sample value for input type ${String(type)}: add one to the authorization matrix`);
}

/** The operation for a root field: its required arguments as variables, `__typename` of what it returns. */
function operationFor(kind: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const argumentList = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const returned = getNamedType(field.type);
  const selection = isScalarType(returned) || isEnumType(returned) ? '' : ' { __typename }';
  const text = `${kind} Probe${declarations ? `(${declarations})` : ''} { ${field.name}${argumentList ? `(${argumentList})` : ''}${selection} }`;
  return { document: parse(text) as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>, variables: Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)])) };
}

function refusedByRole(errors: readonly GraphQLFormattedError[] | undefined, caller: PolicyRole): boolean {
  return (errors ?? []).some((error) =>
    caller === PUBLIC ? error.extensions?.code === 'UNAUTHENTICATED' : error.extensions?.code === 'FORBIDDEN' && error.message === ROLE_REFUSAL,
  );
}

function allows(coordinate: string, caller: PolicyRole): boolean {
  const entry = AUTHORIZATION_POLICY[coordinate];
  return entry[caller] !== undefined || entry[PUBLIC] !== undefined;
}

it('refuses or admits every role at every query and mutation over HTTP, as the policy table says', async () => {
  const checked: string[] = [];
  for (const kind of ['query', 'mutation'] as const) {
    const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(root?.getFields() ?? {})) {
      const coordinate = `${root?.name}.${field.name}`;
      const { document, variables } = operationFor(kind, field);
      for (const caller of CALLERS) {
        const result = await app.request(document, variables, tokens.get(caller));
        const refused = refusedByRole(result.errors, caller);
        if (refused === allows(coordinate, caller)) throw new Error(`${caller} on ${coordinate}: ${refused ? 'refused' : 'admitted'} (${JSON.stringify(result.errors ?? result.data)})`);
        expect(result.status).toBeLessThan(500);
        cells += 1;
      }
      checked.push(coordinate);
    }
  }
  expect(checked.length).toBe(Object.keys(AUTHORIZATION_POLICY).filter((coordinate) => /^(Query|Mutation)\./.test(coordinate)).length);
});

it('refuses or admits every role at every subscription over WebSocket, as the policy table says', async () => {
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    const coordinate = `Subscription.${field.name}`;
    const { document, variables } = operationFor('subscription', field);
    for (const caller of CALLERS) {
      const open = await openSubscriptionCount(app);
      const client = app.webSocketClient(tokens.get(caller));
      const subscription = subscribe(client, document, variables);
      // Admitted: the server counts one more open subscription. Refused: the error arrives and it ends.
      const outcome = await Promise.race([
        subscription.ended.then(() => 'ended' as const),
        (async () => {
          while ((await openSubscriptionCount(app)) <= open) await new Promise((resolve) => setTimeout(resolve, 20));
          return 'open' as const;
        })(),
      ]);
      const refused = outcome === 'ended' && refusedByRole(subscription.results.flatMap((result) => (result.errors ?? []) as unknown as GraphQLFormattedError[]), caller);
      if (refused === allows(coordinate, caller)) throw new Error(`${caller} on ${coordinate}: ${outcome} ${JSON.stringify(subscription.results)}`);
      await client.dispose();
      // The server ends the subscription when the client leaves, even one that never received an event.
      await waitForOpenSubscriptions(app, open, 'at most');
      cells += 1;
    }
  }
});

/** Sensitive fields on a record in the caller's reach: the field is there for the roles the table names, refused for the others. */
const SENSITIVE: Array<{ coordinate: string; query: () => string; variables: () => Record<string, unknown>; path: string[]; seeded?: unknown }> = [
  ...(['nik', 'address', 'disabilityDetail'] as const).map((name) => ({
    coordinate: `Child.${name}`,
    query: () => `query Probe($id: ID!) { child(id: $id) { id ${name} } }`,
    variables: () => ({ id: inScope.id }),
    path: ['child', name],
    seeded: { nik: '3175064512150001', address: 'Jl. Pemuda 12, Rawamangun', disabilityDetail: 'Gangguan pendengaran ringan' }[name],
  })),
  ...(['measurements', 'developmentAssessments', 'developmentRegressions'] as const).map((name) => ({
    coordinate: `Child.${name}`,
    query: () => `query Probe($id: ID!) { child(id: $id) { id ${name} { __typename } } }`,
    variables: () => ({ id: inScope.id }),
    path: ['child', name],
  })),
  ...(['phone', 'address'] as const).map((name) => ({
    coordinate: `Guardian.${name}`,
    query: () => `query Probe($id: ID!) { guardian(id: $id) { id ${name} } }`,
    variables: () => ({ id: guardianId }),
    path: ['guardian', name],
    seeded: name === 'phone' ? '+62 812 0000 0000' : undefined,
  })),
  ...(['reporterName', 'reporterContact'] as const).map((name) => ({
    coordinate: `HotlineReport.${name}`,
    query: () => `query Probe($id: ID!) { hotlineReport(id: $id) { id ${name} } }`,
    variables: () => ({ id: reportId }),
    path: ['hotlineReport', name],
    seeded: name === 'reporterName' ? 'Pak Joko' : '+62 811 1111 1111',
  })),
];

function at(data: unknown, path: string[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

it('shows each sensitive field only to the roles the policy table names, on a record they reach', async () => {
  for (const probe of SENSITIVE) {
    for (const caller of CALLERS) {
      const result: GraphQLResult<Record<string, unknown>> = await app.request(parse(probe.query()) as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>, probe.variables(), tokens.get(caller));
      const record = at(result.data, probe.path.slice(0, -1));
      const value = at(result.data, probe.path);
      const fieldRefused = (result.errors ?? []).some((error) => error.path?.join('.') === probe.path.join('.') && error.extensions?.code === 'FORBIDDEN');
      if (!record) {
        // Out of the role's reach (or the role may not ask at all): nothing of the record shows.
        expect(value ?? null).toBeNull();
      } else if (allows(probe.coordinate, caller)) {
        expect(fieldRefused).toBe(false);
        if (probe.seeded !== undefined) expect(value).toEqual(probe.seeded);
      } else {
        expect({ caller, coordinate: probe.coordinate, fieldRefused, value: value ?? null }).toEqual({ caller, coordinate: probe.coordinate, fieldRefused: true, value: null });
      }
      cells += 1;
    }
  }
});

/** Which records asked for by id each reach must return: the seeded child in Jakarta Timur, never the one in Jakarta Barat. */
const REACHES_SEEDED_CHILD = new Set<Reach>([Reach.ALL, Reach.OWN_AREA, Reach.OWN_CASELOAD, Reach.OWN_INSTITUTION]);

it('gives each role exactly its reach over children, by id and in lists, and answers out of reach as for a missing record', async () => {
  const byId = parse('query Probe($id: ID!) { child(id: $id) { id fullName } }') as TypedDocumentNode<{ child: { id: string } | null }, { id: string }>;
  const list = parse('query Probe { children(first: 100) { nodes { id } } }') as TypedDocumentNode<{ children: { nodes: Array<{ id: string }> } }, Record<string, never>>;
  for (const caller of CALLERS) {
    const reach = AUTHORIZATION_POLICY['Query.child'][caller];
    const expectSeen = reach !== undefined && REACHES_SEEDED_CHILD.has(reach);
    const seen = await app.request(byId, { id: inScope.id }, tokens.get(caller));
    const hidden = await app.request(byId, { id: outOfScope.id }, tokens.get(caller));
    const missing = await app.request(byId, { id: randomUUID() }, tokens.get(caller));
    expect({ caller, seen: seen.data?.child?.id ?? null }).toEqual({ caller, seen: expectSeen ? inScope.id : null });
    // Out of reach and missing look the same (hotline operators reach every child, so Bima is in their reach).
    if (reach !== Reach.ALL) expect(JSON.stringify(hidden)).toBe(JSON.stringify(missing));
    const listed = (await app.request(list, {}, tokens.get(caller))).data?.children.nodes.map((node) => node.id) ?? [];
    expect({ caller, seen: listed.includes(inScope.id), hidden: listed.includes(outOfScope.id) }).toEqual({ caller, seen: expectSeen, hidden: reach === Reach.ALL });
    cells += 4;
  }
});

it('keeps each role to its reach through aliases, fragments, one batch of ids and nesting from a guardian', async () => {
  const probe = parse(`
    fragment Seen on Child { id fullName }
    query Probe($in: ID!, $out: ID!, $guardian: ID!) {
      first: child(id: $in) { ...Seen }
      second: child(id: $out) { ...Seen }
      again: child(id: $out) { ... on Child { id } }
      guardian(id: $guardian) { children { child { id } } }
    }`) as TypedDocumentNode<
    { first: { id: string } | null; second: { id: string } | null; again: { id: string } | null; guardian: { children: Array<{ child: { id: string } | null }> } | null },
    { in: string; out: string; guardian: string }
  >;
  for (const caller of CALLERS) {
    const reach = AUTHORIZATION_POLICY['Query.child'][caller];
    const result = await app.request(probe, { in: inScope.id, out: outOfScope.id, guardian: guardianId }, tokens.get(caller));
    const seesCitra = reach !== undefined && REACHES_SEEDED_CHILD.has(reach);
    const seesBima = reach === Reach.ALL;
    const nested = result.data?.guardian?.children.map((link) => link.child?.id).filter(Boolean) ?? [];
    expect({ caller, first: result.data?.first?.id ?? null, second: result.data?.second?.id ?? null, again: result.data?.again?.id ?? null }).toEqual({
      caller,
      first: seesCitra ? inScope.id : null,
      second: seesBima ? outOfScope.id : null,
      again: seesBima ? outOfScope.id : null,
    });
    // Through the guardian: only the children in reach, never Bima for a role that does not reach him.
    expect({ caller, bima: nested.includes(outOfScope.id) }).toEqual({ caller, bima: seesBima && result.data?.guardian !== null });
    cells += 4;
  }
});
