import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessRecorder } from '../audit/access-recorder';

export interface RetentionResult {
  childrenAnonymised: number;
  reportsAnonymised: number;
}

const BATCH = 500;

/**
 * The retention rule (UU PDP: keep personal data no longer than the purpose needs). A child record closed
 * more than `years` ago, with no case still open, loses what identifies the child (name, nickname, NIK,
 * address, day and month of birth, disability detail, custom fields); a hotline report whose case was
 * closed that long ago (or that never led to a case) loses the reporter's identity and its free-text
 * details. Figures stay countable. Each record anonymised gets its own audit line in the same transaction.
 */
export async function applyRetention(newEntityManager: () => EntityManager, years: number, now: Date): Promise<RetentionResult> {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  const result: RetentionResult = { childrenAnonymised: 0, reportsAnonymised: 0 };
  for (let done = BATCH; done === BATCH; ) {
    done = await newEntityManager().transactional(async (em) => {
      const children = await em.execute<Array<{ id: string }>>(
        `update child c set full_name = 'Anonim', nickname = null, nik = null, address = null, disability_detail = null,
                custom_field_values = '{}', date_of_birth = date_trunc('year', c.date_of_birth)::date, anonymised_at = ?, updated_at = ?
          where c.id in (select id from child where record_status = 'CLOSED' and anonymised_at is null and updated_at < ?
                           and not exists (select 1 from protection_case pc where pc.child_id = child.id and pc.status <> 'CLOSED')
                         order by updated_at limit ${BATCH} for update skip locked)
         returning c.id`,
        [now, now, cutoff],
      );
      await auditLines(em, 'Child', children.map((row) => row.id));
      result.childrenAnonymised += children.length;
      return children.length;
    });
  }
  for (let done = BATCH; done === BATCH; ) {
    done = await newEntityManager().transactional(async (em) => {
      const reports = await em.execute<Array<{ id: string }>>(
        `update hotline_report r set reporter_name = null, reporter_contact = null, child_description = null, location_detail = null, anonymised_at = ?
          where r.id in (select h.id from hotline_report h left join protection_case pc on pc.id = h.protection_case_id
                          where h.anonymised_at is null and h.created_at < ? and (pc.id is null or (pc.status = 'CLOSED' and pc.updated_at < ?))
                          order by h.created_at limit ${BATCH} for update of h skip locked)
         returning r.id`,
        [now, cutoff, cutoff],
      );
      await auditLines(em, 'HotlineReport', reports.map((row) => row.id));
      result.reportsAnonymised += reports.length;
      return reports.length;
    });
  }
  return result;
}

/** The retention job's own lines in the audit log: the command-line-like SYSTEM actor, one line per record. */
const retentionAudit = new AccessRecorder({ actor: { kind: 'SYSTEM', label: 'retention' }, requestId: 'retention', clientAddress: null, purpose: null });

function auditLines(em: EntityManager, subjectType: string, ids: string[]): Promise<void> {
  return retentionAudit.recordChanges(em, 'Job.applyRetention', ids.map((subjectId) => ({ subjectType, subjectId })), 'ANONYMISED');
}
