import { Migration } from '@mikro-orm/migrations';

export class Migration20261128063516_aid_grants extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "beneficiary_kind" as enum ('COMPANION', 'INSTITUTION', 'GUARDIAN');`);
    this.addSql(`create type "aid_grant_status" as enum ('PROPOSED', 'APPROVED', 'DISBURSED', 'SUSPENDED', 'REINSTATED', 'TERMINATED');`);
    this.addSql(`create type "suspension_reason" as enum ('OVERDUE_REPORT', 'MISUSE_INVESTIGATION', 'SPOT_CHECK', 'OTHER');`);
    this.addSql(`create type "ledger_share" as enum ('CHILD', 'COMPANION', 'INSTITUTION', 'GUARDIAN');`);
    this.addSql(`create table "aid_programme" ("code" varchar(32) not null, "name" varchar(255) not null, "second_share_beneficiary" "beneficiary_kind" not null, constraint "aid_programme_pkey" primary key ("code"));`);

    this.addSql(`create table "programme_year" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_code" varchar(32) not null, "year" int not null, "child_share_amount" bigint not null, "second_share_amount" bigint not null, "opened_by" uuid null, constraint "programme_year_pkey" primary key ("id"), constraint programme_year_amounts_check check (child_share_amount > 0 and second_share_amount > 0));`);
    this.addSql(`alter table "programme_year" add constraint "programme_year_programme_code_year_unique" unique ("programme_code", "year");`);

    this.addSql(`create table "aid_grant" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_id" uuid not null, "programme_year_id" uuid not null, "beneficiary_kind" "beneficiary_kind" not null, "beneficiary_id" uuid not null, "area" "jakarta_area" null, "status" "aid_grant_status" not null default 'PROPOSED', "version" int not null default 1, "eligibility_note" text null, "suspension_reason" "suspension_reason" null, "suspension_detail" text null, "proposed_by" uuid not null, "approved_by" uuid null, constraint "aid_grant_pkey" primary key ("id"));`);
    this.addSql(`create index "aid_grant_child_id_index" on "aid_grant" ("child_id");`);
    this.addSql(`create unique index aid_grant_one_active_per_child_and_year on aid_grant (child_id, programme_year_id) where status <> 'TERMINATED';`);

    this.addSql(`create table "ledger_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "grant_id" uuid not null, "share" "ledger_share" not null, "amount" bigint not null, "payment_reference" varchar(100) not null, "reverses_id" uuid null, "reason" text null, "recorded_by" uuid not null, constraint "ledger_entry_pkey" primary key ("id"), constraint ledger_entry_amount_sign_check check ((reverses_id is null and amount > 0) or (reverses_id is not null and amount < 0)));`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_reverses_id_unique" unique ("reverses_id");`);
    this.addSql(`create index "ledger_entry_created_at_id_index" on "ledger_entry" ("created_at", "id");`);
    this.addSql(`create index "ledger_entry_grant_id_share_index" on "ledger_entry" ("grant_id", "share");`);

    this.addSql(`create table "aid_grant_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "grant_id" uuid not null, "from_status" "aid_grant_status" null, "to_status" "aid_grant_status" not null, "reason_category" "suspension_reason" null, "detail" text null, "actor_id" uuid null, constraint "aid_grant_transition_pkey" primary key ("id"));`);
    this.addSql(`create index "aid_grant_transition_grant_id_created_at_index" on "aid_grant_transition" ("grant_id", "created_at");`);

    this.addSql(`alter table "programme_year" add constraint "programme_year_programme_code_foreign" foreign key ("programme_code") references "aid_programme" ("code") on update cascade on delete restrict;`);

    this.addSql(`alter table "aid_grant" add constraint "aid_grant_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "aid_grant" add constraint "aid_grant_programme_year_id_foreign" foreign key ("programme_year_id") references "programme_year" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_grant_id_foreign" foreign key ("grant_id") references "aid_grant" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_reverses_id_foreign" foreign key ("reverses_id") references "ledger_entry" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "aid_grant_transition" add constraint "aid_grant_transition_grant_id_foreign" foreign key ("grant_id") references "aid_grant" ("id") on update cascade on delete restrict;`);

    // Reference data (DOMAIN.md, "Aid"): the six programmes and who gets their second share.
    this.addSql(`insert into "aid_programme" ("code", "name", "second_share_beneficiary") values
      ('PKSA_VULNERABLE', 'Children whose lives are at risk (anak jalanan and similar)', 'COMPANION'),
      ('ALTERNATIVE_CARE', 'Children in alternative care (panti, LKSA)', 'INSTITUTION'),
      ('KINSHIP_CARE', 'Children raised by the extended family (pengasuhan kerabat)', 'GUARDIAN'),
      ('SPECIAL_PROTECTION', 'Children needing special protection (AMPK)', 'COMPANION'),
      ('DISABILITY', 'Children with disabilities', 'COMPANION'),
      ('NEGLECTED_TODDLER', 'Neglected children under five (balita terlantar)', 'COMPANION');`);
    // The 2015 figures from the article: 1,000,000 IDR per child and 200,000 IDR second share, per programme.
    this.addSql(`insert into "programme_year" ("id", "programme_code", "year", "child_share_amount", "second_share_amount")
      select gen_random_uuid(), "code", 2015, 1000000, 200000 from "aid_programme";`);

    // The ledger is append-only: corrections are reversing entries. The database itself refuses the rest.
    this.addSql(`create function lindungi_ledger_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'ledger_entry is append-only: % is not allowed; record a reversing entry instead', tg_op
          using errcode = 'restrict_violation';
      end;
    $$;`);
    this.addSql(`create trigger ledger_entry_no_update_or_delete before update or delete on "ledger_entry" for each row execute function lindungi_ledger_append_only();`);
    this.addSql(`create trigger ledger_entry_no_truncate before truncate on "ledger_entry" for each statement execute function lindungi_ledger_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "programme_year" drop constraint "programme_year_programme_code_foreign";`);

    this.addSql(`alter table "aid_grant" drop constraint "aid_grant_programme_year_id_foreign";`);

    this.addSql(`alter table "ledger_entry" drop constraint "ledger_entry_grant_id_foreign";`);

    this.addSql(`alter table "aid_grant_transition" drop constraint "aid_grant_transition_grant_id_foreign";`);

    this.addSql(`alter table "ledger_entry" drop constraint "ledger_entry_reverses_id_foreign";`);

    this.addSql(`drop table if exists "aid_programme" cascade;`);

    this.addSql(`drop table if exists "programme_year" cascade;`);

    this.addSql(`drop table if exists "aid_grant" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`drop table if exists "aid_grant_transition" cascade;`);

    this.addSql(`drop type "beneficiary_kind";`);
    this.addSql(`drop type "aid_grant_status";`);
    this.addSql(`drop type "suspension_reason";`);
    this.addSql(`drop type "ledger_share";`);
    this.addSql(`drop function lindungi_ledger_append_only();`);
  }

}
