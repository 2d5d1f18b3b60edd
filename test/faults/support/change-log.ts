import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Records which tables each statement wrote, with a trigger on every table of the public schema. A write
 * rolled back with its transaction leaves no record, so after a refused operation the log must be empty.
 */
export async function installChangeLog(em: EntityManager): Promise<void> {
  const connection = em.getConnection();
  await connection.execute('create table fuzz_change (id bigserial primary key, table_name text not null, operation text not null)');
  await connection.execute(`
    create function fuzz_record_change() returns trigger language plpgsql as $$
    begin
      insert into fuzz_change (table_name, operation) values (tg_table_name, tg_op);
      return null;
    end $$`);
  const tables = await connection.execute<Array<{ tablename: string }>>("select tablename from pg_tables where schemaname = 'public' and tablename <> 'fuzz_change'");
  for (const { tablename } of tables) {
    await connection.execute(`create trigger fuzz_change_${tablename} after insert or update or delete on "${tablename}" for each row execute function fuzz_record_change()`);
  }
}

/** The tables written since the last call, and clears the log. */
export async function takeChanges(em: EntityManager): Promise<string[]> {
  const rows = await em.getConnection().execute<Array<{ table_name: string; operation: string }>>('delete from fuzz_change returning table_name, operation');
  return [...new Set(rows.map((row) => `${row.operation} ${row.table_name}`))];
}

/** Row count and an order-independent checksum of every table of the public schema. */
export async function tableChecksums(em: EntityManager): Promise<Record<string, string>> {
  const connection = em.getConnection();
  const tables = await connection.execute<Array<{ tablename: string }>>("select tablename from pg_tables where schemaname = 'public' and tablename <> 'fuzz_change' order by tablename");
  const sums: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = await connection.execute<Array<{ rows: string; checksum: string | null }>>(
      `select count(*)::text as rows, md5(string_agg(md5(t::text), '' order by md5(t::text))) as checksum from "${tablename}" t`,
    );
    sums[tablename] = `${row.rows}:${row.checksum ?? '-'}`;
  }
  return sums;
}
