import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Invariants that hold only if every write was all-or-nothing, checked in SQL; each violated one is
 * returned with its count. A half-written report, case, grant or ledger entry shows up here.
 */
const INVARIANTS: Record<string, string> = {
  'a child-at-risk report without its case': `select count(*) from hotline_report r where r.kind = 'CHILD_AT_RISK' and (r.protection_case_id is null or not exists (select 1 from protection_case c where c.id = r.protection_case_id))`,
  'a report without its REPORT_RECEIVED event': `select count(*) from hotline_report r where not exists (select 1 from case_event e where e.report_id = r.id and e.kind = 'REPORT_RECEIVED')`,
  'a case opened by no report': `select count(*) from protection_case c where not exists (select 1 from hotline_report r where r.protection_case_id = c.id)`,
  'a case without its CASE_OPENED event': `select count(*) from protection_case c where not exists (select 1 from case_event e where e.case_id = c.id and e.kind = 'CASE_OPENED')`,
  'an aid grant without its first transition': `select count(*) from aid_grant g where not exists (select 1 from aid_grant_transition t where t.grant_id = g.id)`,
  'a grant share reversed below zero': `select count(*) from (select l.grant_id, l.share from ledger_entry l group by l.grant_id, l.share having sum(l.amount) < 0) over_reversed`,
  'a grant share paid past its entitlement': `select count(*) from (select l.grant_id, l.share, sum(l.amount) as paid from ledger_entry l group by l.grant_id, l.share) s join aid_grant g on g.id = s.grant_id join programme_year y on y.id = g.programme_year_id where s.paid > case when s.share = 'CHILD' then y.child_share_amount else y.second_share_amount end`,
  'a grant whose status is not its last transition': `select count(*) from aid_grant g where g.status <> (select t.to_status from aid_grant_transition t where t.grant_id = g.id order by t.created_at desc, (t.to_status = g.status) desc limit 1)`,
  'a DISBURSED grant without a payment': `select count(*) from aid_grant g where g.status = 'DISBURSED' and not exists (select 1 from ledger_entry l where l.grant_id = g.id)`,
  'a payment on a grant never approved': `select count(*) from ledger_entry l join aid_grant g on g.id = l.grant_id where g.approved_by is null`,
};

export async function reportInvariantViolations(em: EntityManager): Promise<string[]> {
  const violations: string[] = [];
  for (const [name, sql] of Object.entries(INVARIANTS)) {
    const [row] = await em.getConnection().execute<Array<{ count: string }>>(sql);
    if (Number(row.count) > 0) violations.push(`${name}: ${row.count}`);
  }
  return violations;
}
