import { Migration } from '@mikro-orm/migrations';

export class Migration20261128053602_case_dispatch extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "dispatch_status" as enum ('DISPATCHED', 'ACKNOWLEDGED', 'EN_ROUTE', 'ON_SITE', 'CHILD_SAFE', 'UNABLE_TO_LOCATE', 'REASSIGNED');`);
    this.addSql(`create table "dispatch" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "protection_case_id" uuid not null, "worker_id" uuid not null, "status" "dispatch_status" not null default 'DISPATCHED', "acknowledge_by" timestamptz not null, "on_site_by" timestamptz null, "acknowledged_at" timestamptz null, "on_site_at" timestamptz null, "reason" text null, "acknowledge_alert_at" timestamptz null, "on_site_alert_at" timestamptz null, "dispatched_by" uuid null, constraint "dispatch_pkey" primary key ("id"));`);
    this.addSql(`create index "dispatch_status_acknowledge_by_index" on "dispatch" ("status", "acknowledge_by");`);

    this.addSql(`alter table "dispatch" add constraint "dispatch_protection_case_id_foreign" foreign key ("protection_case_id") references "protection_case" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "dispatch" add constraint "dispatch_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter type "case_event_kind" add value if not exists 'TRIAGED' after 'REPORT_JOINED_CASE';`);

    this.addSql(`alter type "case_event_kind" add value if not exists 'STATUS_CHANGED' after 'TRIAGED';`);

    this.addSql(`alter type "case_event_kind" add value if not exists 'CLOSED' after 'STATUS_CHANGED';`);

    this.addSql(`alter type "case_event_kind" add value if not exists 'DISPATCHED' after 'CLOSED';`);

    this.addSql(`alter type "case_event_kind" add value if not exists 'DISPATCH_UPDATED' after 'DISPATCHED';`);

    this.addSql(`alter type "case_event_kind" add value if not exists 'DEADLINE_MISSED' after 'DISPATCH_UPDATED';`);

    this.addSql(`alter table "case_event" add column "detail" text null;`);
    this.addSql(`create index "case_event_case_id_sequence_index" on "case_event" ("case_id", "sequence");`);

    this.addSql(`alter table "protection_case" add column "closure_reason" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dispatch" cascade;`);

    this.addSql(`drop index "case_event_case_id_sequence_index";`);
    this.addSql(`alter table "case_event" drop column "detail";`);

    this.addSql(`alter table "protection_case" drop column "closure_reason";`);

    this.addSql(`drop type "dispatch_status";`);
  }

}
