import { Migration } from '@mikro-orm/migrations';

/**
 * A read of several records alike becomes one audit entry with their ids (`subject_ids`), not a row each.
 * The existing lines keep their record: the column is converted in place (a table rewrite, which the
 * append-only trigger does not see, as it is not an UPDATE), never dropped.
 */
export class Migration20261129045101_audit_entries_with_record_ids extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "audit_entry_subject_id_sequence_index";`);
    this.addSql(`alter table "audit_entry" alter column "subject_id" type uuid[] using (case when "subject_id" is null then '{}'::uuid[] else array["subject_id"] end);`);
    this.addSql(`alter table "audit_entry" rename column "subject_id" to "subject_ids";`);
    this.addSql(`alter table "audit_entry" alter column "subject_ids" set default '{}', alter column "subject_ids" set not null;`);
    this.addSql(`create index "audit_entry_subject_ids_index" on "audit_entry" using gin ("subject_ids");`);
  }

  override async down(): Promise<void> {
    // One id per row fits the old column; an entry of several ids would lose all but one, so going back refuses.
    this.addSql(`do $$ begin
      if exists (select 1 from "audit_entry" where cardinality("subject_ids") > 1) then
        raise exception 'audit entries hold several records each: going back would lose them';
      end if;
    end $$;`);
    this.addSql(`drop index "audit_entry_subject_ids_index";`);
    this.addSql(`alter table "audit_entry" alter column "subject_ids" drop default, alter column "subject_ids" drop not null;`);
    this.addSql(`alter table "audit_entry" alter column "subject_ids" type uuid using ("subject_ids"[1]);`);
    this.addSql(`alter table "audit_entry" rename column "subject_ids" to "subject_id";`);
    this.addSql(`create index "audit_entry_subject_id_sequence_index" on "audit_entry" ("subject_id", "sequence");`);
  }

}
