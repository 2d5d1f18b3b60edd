import type { QueryBuilder } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../shared/errors/domain-error';
import { leanEntitiesFromColumns } from '../shared/lean-rows';
import { decodeKeysetCursor, encodeKeysetCursor, type Page, pageOf } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import { ChildNeedStatus } from './child-needs.entities';
import { executePrepared, idIsOneOfJson } from '../shared/database/prepared-statements';
import { primeProfileParts, profilePartColumns, profilePartColumnsById, type ProfileParts } from './child-profile.prefetch';
import { childScope, type SqlCondition } from './child-scope';
import { Child } from './child.entity';
import { ChildOrder, type ChildFilter } from './child.filters';
import { readableFieldDefinitions } from './custom-fields';

const OPEN_NEED_STATUSES = [ChildNeedStatus.OPEN, ChildNeedStatus.IN_PROGRESS];
const TODAY_IN_JAKARTA = "(now() at time zone 'Asia/Jakarta')::date";

/** How each order sorts, and how its cursor names a position in it. */
const ORDERS: Record<ChildOrder, { columns: [string, string]; direction: 'asc' | 'desc'; key: (child: Child) => [string, string] }> = {
  [ChildOrder.NAME]: { columns: ['c.full_name', 'c.id'], direction: 'asc', key: (child) => [child.fullName, child.id] },
  [ChildOrder.REGISTERED_NEWEST_FIRST]: {
    columns: ['c.created_at', 'c.id'],
    direction: 'desc',
    key: (child) => [child.createdAt.toISOString(), child.id],
  },
};

/** Reads children, always within the caller's scope. */
export class ChildQueries {
  constructor(private readonly context: RequestContext) {}

  /** The children with these ids that the caller may see, in one statement, as entities a service may change. */
  async findByIds(ids: readonly string[]): Promise<Child[]> {
    if (ids.length === 0) return [];
    return this.scoped().andWhere({ id: { $in: [...ids] } }).getResultList();
  }

  /**
   * The same children for an answer (read-only), each with the parts of its profile `partsById` names, in
   * the same statement. Of the children themselves `childColumns` are read when given (every column otherwise).
   */
  async readByIds(ids: readonly string[], partsById: ReadonlyMap<string, ProfileParts>, childColumns?: readonly string[]): Promise<Child[]> {
    if (ids.length === 0) return [];
    const { actor, em } = this.context;
    // The ids as one JSON value: the statement's text is the same for 1 id or 100 (it is prepared once).
    const byId = { sql: idIsOneOfJson('c.id'), params: [JSON.stringify(ids)] };
    return this.answerRows(childStatement(profilePartColumnsById(partsById, actor, em), [childScope(actor, 'c'), byId], childColumns));
  }

  /**
   * A page of children for an answer (read-only), with `parts` of each profile in the same statement. Of the
   * children themselves only `childColumns` are read (what the query's selection needs, `childColumnsOf`):
   * these records go to that selection's fields alone. `readsNextPage`: whether the query asks if there is a
   * next page (`pageInfo.hasNextPage`, `asksForNextPage`); only then is one more child read to tell.
   */
  async list(filter: ChildFilter, order: ChildOrder, first: number, after: string | undefined, parts: ProfileParts, childColumns: readonly string[], readsNextPage = true): Promise<Page<Child>> {
    const conditions = await this.filterConditions(filter);
    const sort = ORDERS[order];
    const where = [childScope(this.context.actor, 'c'), ...conditions];
    if (after) {
      const comparison = sort.direction === 'asc' ? '>' : '<';
      where.push({ sql: `(${sort.columns[0]}, ${sort.columns[1]}) ${comparison} (?, ?)`, params: decodeKeysetCursor(after) });
    }
    const orderBy = `${sort.columns[0]} ${sort.direction}, ${sort.columns[1]} ${sort.direction}`;
    if (!Number.isSafeInteger(first)) throw new Error(`A page size must be an integer, not ${first}`);
    const { actor, em } = this.context;
    // The extra child, read only to say whether a next page exists, is read without its profile's parts;
    // a query that does not ask whether there is one does not read it at all.
    const statement = readsNextPage
      ? pageStatement(profilePartColumns(parts, actor, em, `c.page_position <= ${first}`), where, orderBy, first, childColumns)
      : childStatement(profilePartColumns(parts, actor, em), where, childColumns, ` order by ${orderBy} limit ${first}`);
    const rows = await this.answerRows(statement);
    const nodes = rows.slice(0, first);
    return pageOf(
      // A cursor is encoded when read (a page asks for `nodes`, or for the last one's through `pageInfo`).
      nodes.map((node) => ({
        node,
        get cursor() {
          return encodeKeysetCursor(sort.key(node));
        },
      })),
      // Not asked (`readsNextPage` false): not known, and not answered.
      rows.length > first,
      () => this.scoped(conditions).count('c.id').getCount(),
    );
  }

  /**
   * The children a statement finds, read lean (instances without the ORM's bookkeeping, src/shared/lean-rows.ts),
   * with the parts of their profiles it selects handed to the request's loaders.
   */
  private async answerRows(statement: SqlCondition): Promise<Child[]> {
    const rows = await executePrepared(this.context.em, statement.sql, statement.params);
    primeProfileParts(this.context, rows);
    return leanEntitiesFromColumns(this.context.em, Child, rows);
  }

  private scoped(conditions: SqlCondition[] = []): QueryBuilder<Child> {
    const scope = childScope(this.context.actor, 'c');
    const query = this.context.em.createQueryBuilder(Child, 'c').select('*').where(scope.sql, scope.params);
    for (const condition of conditions) query.andWhere(condition.sql, condition.params);
    return query;
  }

  private async filterConditions(filter: ChildFilter): Promise<SqlCondition[]> {
    const conditions: SqlCondition[] = [];
    const add = (sql: string, ...params: unknown[]) => conditions.push({ sql, params });
    if (filter.area) add('c.area = ?', filter.area);
    if (filter.kecamatanCode) add('c.kecamatan_code = ?', filter.kecamatanCode);
    if (filter.riskLevels?.length) add(`c.risk_level in (${filter.riskLevels.map(() => '?').join(', ')})`, ...filter.riskLevels);
    if (filter.careArrangement) add('c.care_arrangement = ?', filter.careArrangement);
    if (filter.programme) add('? = any(c.programmes)', filter.programme);
    if (filter.recordStatus) add('c.record_status = ?', filter.recordStatus);
    if (filter.institutionId) {
      add('c.id in (select p.child_id from placement p where p.institution_id = ? and p.ended_on is null)', filter.institutionId);
    }
    if (filter.companionId) {
      add('c.id in (select ca.child_id from companion_assignment ca where ca.companion_id = ? and ca.ended_on is null)', filter.companionId);
    }
    if (filter.minimumAge !== undefined) add(`c.date_of_birth <= ${TODAY_IN_JAKARTA} - make_interval(years => ?)`, filter.minimumAge);
    if (filter.maximumAge !== undefined) add(`c.date_of_birth > ${TODAY_IN_JAKARTA} - make_interval(years => ?)`, filter.maximumAge + 1);
    if (filter.openNeed) {
      add(
        `exists (select 1 from child_need n where n.child_id = c.id and n.kind = ? and n.status in (${OPEN_NEED_STATUSES.map(() => '?').join(', ')}))`,
        filter.openNeed,
        ...OPEN_NEED_STATUSES,
      );
    }
    if (filter.nameSearch?.trim()) {
      // Word similarity over unaccented names (pg_trgm): "Muhamad Rizky" finds "Muhammad Rizki".
      add("lindungi_unaccent(lower(?)) <% lindungi_unaccent(lower(c.full_name || ' ' || coalesce(c.nickname, '')))", filter.nameSearch.trim());
    }
    for (const customField of filter.customFields ?? []) {
      const readable = await readableFieldDefinitions(this.context);
      if (!readable.some((definition) => definition.key === customField.key)) {
        throw new BadUserInputError(`There is no profile field "${customField.key}" you may read.`, { field: 'customFields' });
      }
      add('c.custom_field_values ->> ? = ?', customField.key, customField.equals);
    }
    return conditions;
  }
}

/**
 * A page of `first` children and one more (only to say whether a next page exists): the children in a
 * subquery, numbered in their order as `page_position`, which the parts' `columns` may use to skip the extra
 * one (A/B: 1.7% and 5.9% more pages per second, BENCHMARKS.md). `first` is written into the text, as
 * `executePrepared` wants a page size.
 */
function pageStatement(columns: SqlCondition[], where: SqlCondition[], orderBy: string, first: number, childColumns: readonly string[]): SqlCondition {
  const page = `select c.*, row_number() over (order by ${orderBy}) as page_position from child c where ${conjunction(where)} order by ${orderBy} limit ${first + 1}`;
  return selectOf(childColumns, columns, `(${page}) c`, ' order by c.page_position', where);
}

/**
 * Children by a condition, aliased `c`, with extra `columns`, written as text rather than through the query
 * builder: building the profile page's statement with it was about a tenth of the page's Node CPU
 * (BENCHMARKS.md). Of the child itself, `childColumns` are read (every column when not given); `orderBy`
 * (with its limit) follows the condition.
 */
function childStatement(columns: SqlCondition[], where: SqlCondition[], childColumns?: readonly string[], orderBy = ''): SqlCondition {
  return selectOf(childColumns, columns, `child c where ${conjunction(where)}`, orderBy, where);
}

function conjunction(where: SqlCondition[]): string {
  return where.map((condition) => `(${condition.sql})`).join(' and ');
}

/** The statement's text and its values in text order: the columns' first, then the conditions'. */
function selectOf(childColumns: readonly string[] | undefined, columns: SqlCondition[], from: string, orderBy: string, where: SqlCondition[]): SqlCondition {
  const own = childColumns ? childColumns.map((column) => `c."${column}"`).join(', ') : 'c.*';
  const sql = `select ${[own, ...columns.map((column) => column.sql)].join(', ')} from ${from}${orderBy}`;
  return { sql, params: [...columns.flatMap((column) => column.params), ...where.flatMap((condition) => condition.params)] };
}
