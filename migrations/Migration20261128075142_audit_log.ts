import { Migration } from '@mikro-orm/migrations';

export class Migration20261128075142_audit_log extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "audit_action" as enum ('CHANGE', 'READ');`);
    this.addSql(`create table "audit_entry" ("sequence" bigserial primary key, "occurred_at" timestamptz not null default now(), "action" "audit_action" not null, "operation" text not null, "actor_kind" text not null, "staff_account_id" uuid null, "roles" text[] not null, "subject_type" text null, "subject_id" uuid null, "fields" text[] not null, "purpose" text null, "outcome" text not null, "request_id" text not null, "client_address" text null);`);
    this.addSql(`create index "audit_entry_staff_account_id_sequence_index" on "audit_entry" ("staff_account_id", "sequence");`);
    this.addSql(`create index "audit_entry_subject_id_sequence_index" on "audit_entry" ("subject_id", "sequence");`);

    // The audit log is append-only: the database itself refuses to change or remove a line.
    this.addSql(`create function lindungi_audit_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_entry is append-only: % is not allowed', tg_op using errcode = 'restrict_violation';
      end;
    $$;`);
    this.addSql(`create trigger audit_entry_no_update_or_delete before update or delete on "audit_entry" for each row execute function lindungi_audit_append_only();`);
    this.addSql(`create trigger audit_entry_no_truncate before truncate on "audit_entry" for each statement execute function lindungi_audit_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop type "audit_action";`);
    this.addSql(`drop function lindungi_audit_append_only();`);
  }

}
