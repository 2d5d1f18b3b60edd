import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import { hasRole } from '../shared/auth/actor';
import { StaffRole } from '../shared/auth/roles';
import { DomainError, ErrorCode } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';

const COLUMNS = [
  'entry_id',
  'recorded_at',
  'programme',
  'programme_year',
  'grant_id',
  'share',
  'beneficiary_kind',
  'beneficiary_id',
  'amount_idr',
  'payment_reference',
  'reverses_entry_id',
  'reason',
  'recorded_by',
] as const;

type Row = Record<(typeof COLUMNS)[number], string | null>;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. Text that a
 * spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe; amounts are not text.
 */
export function csvField(value: string | null, isText = true): string {
  let text = value ?? '';
  if (isText && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The ledger of one programme year as CSV, in the order recorded: one statement. */
export async function ledgerCsv(em: EntityManager, year: number): Promise<string> {
  const rows = await em.execute<Row[]>(
    `select le.id as entry_id, to_char(le.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as recorded_at,
      py.programme_code as programme, py.year::text as programme_year, g.id as grant_id, le.share::text as share,
      g.beneficiary_kind::text as beneficiary_kind, g.beneficiary_id as beneficiary_id, le.amount::text as amount_idr,
      le.payment_reference, le.reverses_id as reverses_entry_id, le.reason, le.recorded_by
    from ledger_entry le join aid_grant g on g.id = le.grant_id join programme_year py on py.id = g.programme_year_id
    where py.year = ? order by le.created_at, le.id`,
    [year],
  );
  const lines = [COLUMNS.join(',')];
  for (const row of rows) lines.push(COLUMNS.map((column) => csvField(row[column], column === 'payment_reference' || column === 'reason')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Path of the CSV export of a programme year's ledger: `GET /exports/ledger/<year>.csv`. */
export const LEDGER_EXPORT_PATH = '/exports/ledger/:file';

/**
 * The CSV export for auditors and administrators, with the same Bearer token as GraphQL. `openContext`
 * authenticates the request (throwing a DomainError for a bad token); no token is 401, another role 403.
 */
export function ledgerExportHandler(openContext: (authorization: string | undefined) => Promise<RequestContext>): RequestHandler {
  return async (request, response, next) => {
    try {
      const match = /^(\d{4})\.csv$/.exec(String(request.params.file));
      if (!match) {
        response.status(404).json({ errors: [{ message: 'Ask for /exports/ledger/<year>.csv, e.g. /exports/ledger/2015.csv.', extensions: { code: ErrorCode.NOT_FOUND } }] });
        return;
      }
      let context: RequestContext;
      try {
        context = await openContext(request.headers.authorization);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        response.status(error.code === ErrorCode.FORBIDDEN ? 403 : 401).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
        return;
      }
      const { actor } = context;
      if (actor.kind !== 'STAFF') {
        response.status(401).json({ errors: [{ message: 'Sign in first: send an auditor\'s token as "Authorization: Bearer <token>".', extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
        return;
      }
      if (!hasRole(actor, StaffRole.AUDITOR) && !hasRole(actor, StaffRole.ADMIN)) {
        response.status(403).json({ errors: [{ message: 'Only auditors and administrators export the ledger.', extensions: { code: ErrorCode.FORBIDDEN } }] });
        return;
      }
      const csv = await ledgerCsv(context.em, Number(match[1]));
      response
        .status(200)
        .type('text/csv; charset=utf-8')
        .setHeader('content-disposition', `attachment; filename="ledger-${match[1]}.csv"`)
        .setHeader('cache-control', 'no-store')
        .send(csv);
    } catch (error) {
      next(error);
    }
  };
}
