import type { EntityManager } from '@mikro-orm/postgresql';
import { executePrepared } from '../shared/database/prepared-statements';

/** Read lines that differ only in their record, with the records' ids: one element of the insert's parameter. */
export interface ReadLineGroup {
  operation: string;
  actor_kind: string;
  staff_account_id: string | null;
  roles: string[];
  subject_type: string;
  fields: string[];
  purpose: string | null;
  request_id: string;
  client_address: string | null;
  subject_ids: string[];
}

/**
 * Read entries in one statement whose parameter names each request, reader and set of fields once: a page
 * of 20 children read alike is one entry of 20 ids, not 20 rows of 12 values spelled out as SQL text (which
 * cost more to build in Node and to parse in PostgreSQL than the insert itself).
 */
const INSERT_READ_LINES = `
insert into audit_entry (action, operation, actor_kind, staff_account_id, roles, subject_type, subject_ids, fields, purpose, outcome, request_id, client_address)
select 'READ', line.operation, line.actor_kind, line.staff_account_id, line.roles, line.subject_type, line.subject_ids, line.fields, line.purpose, 'OK', line.request_id, line.client_address
  from jsonb_to_recordset(?::jsonb) as line(operation text, actor_kind text, staff_account_id uuid, roles text[], subject_type text, fields text[], purpose text, request_id text, client_address text, subject_ids uuid[])`;

/** As a prepared statement: its text never changes, and a 3 KB parameter is not escaped into it each time. */
export async function insertReadLines(em: EntityManager, groups: readonly ReadLineGroup[], loggerContext: Record<string, unknown>): Promise<void> {
  await executePrepared(em, INSERT_READ_LINES, [JSON.stringify(groups)], loggerContext);
}
