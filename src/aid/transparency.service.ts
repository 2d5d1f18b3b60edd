import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../shared/errors/domain-error';
import { SuspensionReason, TransparencyGrouping } from './aid.enums';
import { type PublicAmount, type PublicCount, SMALL_CELL_THRESHOLD, type TransparencyGroup, type TransparencyReport } from './transparency.types';

const REASONS = Object.values(SuspensionReason);

/** The group key and label of each grant, per grouping (institution names are public: institutions are public places). */
const GROUPING_SQL: Record<TransparencyGrouping, { key: string; label: string }> = {
  PROGRAMME: { key: 'py.programme_code', label: 'p.name' },
  AREA: { key: 'g.area::text', label: "coalesce(g.area::text, 'Area unknown')" },
  INSTITUTION: { key: 'i.id::text', label: "coalesce(i.name, 'No institution (second share paid to a companion or guardian)')" },
};

interface GroupRow {
  group_key: string | null;
  label: string;
  children: string;
  amount: string;
  [reason: string]: string | null;
}

/**
 * The public transparency figures of a programme year (DOMAIN.md promise 4): two SQL statements whatever
 * the number of grants and ledger lines. Nothing personal leaves the database, only counts and sums.
 */
export async function transparencyReport(em: EntityManager, year: number, groupBy: TransparencyGrouping): Promise<TransparencyReport> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new BadUserInputError('year must be 2000 to 2100.', { field: 'year' });
  const { key, label } = GROUPING_SQL[groupBy];
  const suspendedColumns = REASONS.map((reason) => `count(*) filter (where grants.status = 'SUSPENDED' and grants.suspension_reason = '${reason}') as "${reason}"`).join(',\n      ');
  const rows = await em.execute<GroupRow[]>(
    `with grants as (
      select g.id, g.child_id, g.status, g.suspension_reason, ${key} as group_key, ${label} as label
      from aid_grant g
      join programme_year py on py.id = g.programme_year_id
      join aid_programme p on p.code = py.programme_code
      left join institution i on g.beneficiary_kind = 'INSTITUTION' and i.id = g.beneficiary_id
      where py.year = ?
    ), paid as (
      select le.grant_id, sum(le.amount) as amount from ledger_entry le where le.grant_id in (select id from grants) group by le.grant_id
    )
    select grants.group_key, min(grants.label) as label,
      count(distinct grants.child_id) filter (where paid.amount > 0) as children,
      coalesce(sum(paid.amount), 0)::text as amount,
      ${suspendedColumns}
    from grants left join paid on paid.grant_id = grants.id
    group by grants.group_key
    order by min(grants.label)`,
    [year],
    'all',
    { ...em.getLoggerContext() },
  );
  const [complaints] = await em.execute<Array<{ received: string; resolved: string }>>(
    `with bounds as (select make_date(?, 1, 1)::timestamp at time zone 'Asia/Jakarta' as starts, make_date(? + 1, 1, 1)::timestamp at time zone 'Asia/Jakarta' as ends)
    select count(*) filter (where r.created_at >= bounds.starts and r.created_at < bounds.ends) as received,
      count(*) filter (where r.status = 'CLOSED' and r.updated_at >= bounds.starts and r.updated_at < bounds.ends) as resolved
    from hotline_report r, bounds where r.kind = 'FUND_MISUSE'`,
    [year, year],
    'all',
    { ...em.getLoggerContext() },
  );
  return {
    year,
    groupBy,
    groups: rows.map(toGroup),
    complaintsReceived: Number(complaints.received),
    complaintsResolved: Number(complaints.resolved),
  };
}

function toGroup(row: GroupRow): TransparencyGroup {
  const children = Number(row.children);
  const smallGroup = children > 0 && children < SMALL_CELL_THRESHOLD;
  return {
    key: row.group_key,
    label: row.label,
    childrenSupported: publicCount(children),
    amountDisbursed: publicAmount(row.amount, smallGroup),
    suspendedGrants: REASONS.map((reason) => ({ reason, grants: publicCount(Number(row[reason])) })),
  };
}

/** 1 to 4 is withheld; 0 describes no child and is shown. */
export function publicCount(value: number): PublicCount {
  const suppressed = value > 0 && value < SMALL_CELL_THRESHOLD;
  return { value: suppressed ? null : value, suppressed, display: suppressed ? `<${SMALL_CELL_THRESHOLD}` : String(value) };
}

function publicAmount(value: string, suppressed: boolean): PublicAmount {
  return { value: suppressed ? null : value, suppressed, display: suppressed ? `<${SMALL_CELL_THRESHOLD}` : value };
}
