import { AccessRecorder } from '../../src/audit/access-recorder';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessTokens } from '../../src/identity/access-tokens';
import { StaffAccountService } from '../../src/identity/staff-account.service';
import { seedDatabase } from '../../src/seed/seed-database';
import { StaffRole } from '../../src/shared/auth/roles';
import { DomainEvents } from '../../src/shared/events/domain-events';
import { RequestLoaders } from '../../src/shared/loaders';
import { createLogger } from '../../src/shared/logger';
import type { RequestContext } from '../../src/shared/request-context';
import type { BenchDatabase } from './bench-database';

/** The sizes of issue 9: 10,000 children (about 20,000 guardians) and 5 monthly reports each; `--scale` x10. */
export interface DatasetSize {
  children: number;
  reportsPerChild: number;
}

export interface ApiDataset {
  children: number;
  guardians: number;
  institutions: number;
  workers: number;
  progressReports: number;
  /** A supervisor without an area (sees every child and every case event). */
  supervisorToken: string;
  /** A hotline operator, who takes reports. */
  operatorToken: string;
  /** A child with a current placement and companion whose guardian has other children: the 4-level query's root. */
  deepChildId: string;
  seedSeconds: number;
}

const AS_OF = '2026-11-15';

function systemContext(database: BenchDatabase): RequestContext {
  const actor = { kind: 'SYSTEM' as const, label: 'bench' };
  const requestId = randomUUID();
  return {
    em: database.orm.em.fork(),
    actor,
    audit: new AccessRecorder({ actor, requestId, clientAddress: null, purpose: 'benchmark setup' }),
    logger: createLogger('silent'),
    requestId,
    events: new DomainEvents(),
    loaders: new RequestLoaders(),
    config: database.config,
    clientAddress: null,
  };
}

/** Seeds with `lindungi seed`'s own generator, then adds accepted monthly reports with generate_series. */
export async function loadApiDataset(database: BenchDatabase, size: DatasetSize): Promise<ApiDataset> {
  const started = performance.now();
  await seedDatabase(database.orm.em.fork() as EntityManager, { children: size.children, seed: 42, asOf: AS_OF, append: false });
  const { sql } = database;
  // Every child gets `reportsPerChild` accepted reports for the months before AS_OF, by its companion
  // now (or any companion for children without one: the reports are history).
  await sql.query(
    `insert into progress_report (id, child_id, companion_id, period_start, period_end, due_date, status, content, submissions, submitted_at)
     select gen_random_uuid(), c.id, coalesce(ca.companion_id, fallback.id), m.period_start, (m.period_start + interval '1 month - 1 day')::date,
            (m.period_start + interval '1 month 6 days')::date, 'ACCEPTED', '{}', 1, m.period_start + interval '1 month 2 days'
       from child c
       left join companion_assignment ca on ca.child_id = c.id and ca.ended_on is null
       cross join (select id from worker where kind = 'COMPANION' order by id limit 1) fallback
       cross join lateral (select (date_trunc('month', $1::date) - make_interval(months => n))::date as period_start from generate_series(1, $2::int) n) m`,
    [AS_OF, size.reportsPerChild],
  );
  await sql.query('vacuum analyze');
  const count = async (table: string) => Number((await sql.query<{ count: string }>(`select count(*) as count from ${table}`)).rows[0].count);
  const context = systemContext(database);
  const accounts = new StaffAccountService(context);
  const supervisor = await accounts.create({ email: 'bench-supervisor@lindungi.local', displayName: 'Bench supervisor', roles: [StaffRole.SUPERVISOR], area: null });
  const operator = await accounts.create({ email: 'bench-operator@lindungi.local', displayName: 'Bench operator', roles: [StaffRole.HOTLINE_OPERATOR], area: null });
  const tokens = new AccessTokens(database.config.auth);
  const [deep] = (
    await sql.query<{ id: string }>(
      `select c.id from child c
         join placement p on p.child_id = c.id and p.ended_on is null
         join companion_assignment ca on ca.child_id = c.id and ca.ended_on is null
         join child_guardian cg on cg.child_id = c.id
        where (select count(*) from child_guardian sibling where sibling.guardian_id = cg.guardian_id) >= 2
        order by c.id limit 1`,
    )
  ).rows;
  if (!deep) throw new Error('the dataset has no child with a placement, a companion and siblings');
  return {
    children: await count('child'),
    guardians: await count('guardian'),
    institutions: await count('institution'),
    workers: await count('worker'),
    progressReports: await count('progress_report'),
    supervisorToken: await tokens.issue(supervisor.id, 86_400),
    operatorToken: await tokens.issue(operator.id, 86_400),
    deepChildId: deep.id,
    seedSeconds: (performance.now() - started) / 1000,
  };
}
