import { Migration } from '@mikro-orm/migrations';

export class Migration20261128054948_case_notes_referrals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "referral_status" as enum ('REFERRED', 'ACCEPTED', 'DECLINED', 'COMPLETED');`);
    this.addSql(`create table "case_referral" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "protection_case_id" uuid not null, "institution_id" uuid null, "service_name" varchar(255) null, "reason" text not null, "status" "referral_status" not null default 'REFERRED', "outcome_note" text null, "referred_by" uuid null, constraint "case_referral_pkey" primary key ("id"));`);

    this.addSql(`create table "case_note" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "protection_case_id" uuid not null, "text" text not null, "author_id" uuid null, constraint "case_note_pkey" primary key ("id"));`);

    this.addSql(`alter table "case_referral" add constraint "case_referral_protection_case_id_foreign" foreign key ("protection_case_id") references "protection_case" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "case_referral" add constraint "case_referral_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "case_note" add constraint "case_note_protection_case_id_foreign" foreign key ("protection_case_id") references "protection_case" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter type "case_event_kind" add value if not exists 'NOTE_ADDED' after 'DEADLINE_MISSED';`);

    this.addSql(`alter type "case_event_kind" add value if not exists 'REFERRED' after 'NOTE_ADDED';`);

    this.addSql(`alter type "case_event_kind" add value if not exists 'REFERRAL_UPDATED' after 'REFERRED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_referral" cascade;`);

    this.addSql(`drop table if exists "case_note" cascade;`);

    this.addSql(`drop type "referral_status";`);
  }

}
