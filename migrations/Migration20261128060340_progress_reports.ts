import { Migration } from '@mikro-orm/migrations';

export class Migration20261128060340_progress_reports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "progress_report_status" as enum ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED');`);
    this.addSql(`create table "progress_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_id" uuid not null, "companion_id" uuid not null, "period_start" date not null, "period_end" date not null, "due_date" date not null, "status" "progress_report_status" not null default 'DRAFT', "version" int not null default 1, "content" jsonb not null, "submissions" int not null default 0, "submitted_at" timestamptz null, "return_reason" text null, "reviewed_by" uuid null, "reviewed_at" timestamptz null, constraint "progress_report_pkey" primary key ("id"));`);
    this.addSql(`create index "progress_report_companion_id_period_start_index" on "progress_report" ("companion_id", "period_start");`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_child_id_period_start_unique" unique ("child_id", "period_start");`);

    this.addSql(`create table "progress_report_revision" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "report_id" uuid not null, "submission" int not null, "content" jsonb not null, "submitted_by" uuid null, constraint "progress_report_revision_pkey" primary key ("id"));`);
    this.addSql(`alter table "progress_report_revision" add constraint "progress_report_revision_report_id_submission_unique" unique ("report_id", "submission");`);

    this.addSql(`alter table "progress_report" add constraint "progress_report_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_companion_id_foreign" foreign key ("companion_id") references "worker" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "progress_report_revision" add constraint "progress_report_revision_report_id_foreign" foreign key ("report_id") references "progress_report" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "progress_report_revision" drop constraint "progress_report_revision_report_id_foreign";`);

    this.addSql(`drop table if exists "progress_report" cascade;`);

    this.addSql(`drop table if exists "progress_report_revision" cascade;`);

    this.addSql(`drop type "progress_report_status";`);
  }

}
