import { Migration } from '@mikro-orm/migrations';

export class Migration20261128052851_hotline_intake extends Migration {

  override async up(): Promise<void> {
    // Case numbers (PC-<year>-<n>) come from a sequence, so instances never hand out the same one.
    this.addSql(`create sequence if not exists "protection_case_number_seq";`);
    this.addSql(`create type "case_event_kind" as enum ('REPORT_RECEIVED', 'CASE_OPENED', 'REPORT_JOINED_CASE');`);
    this.addSql(`create type "event_audience" as enum ('CASEWORK', 'OVERSIGHT');`);
    this.addSql(`create type "report_kind" as enum ('CHILD_AT_RISK', 'UNRESPONSIVE_OFFICER', 'FUND_MISUSE');`);
    this.addSql(`create type "report_channel" as enum ('HOTLINE_164', 'PHONE_LINE', 'INSTITUTION_WALK_IN', 'WEB');`);
    this.addSql(`create type "report_status" as enum ('RECEIVED', 'IN_PROGRESS', 'CLOSED');`);
    this.addSql(`create type "case_status" as enum ('NEW', 'ASSESSMENT', 'CASE_PLAN', 'SERVICE_PROVISION', 'MONITORING', 'CLOSED', 'REOPENED');`);
    this.addSql(`create type "case_priority" as enum ('URGENT', 'HIGH', 'NORMAL', 'LOW');`);
    this.addSql(`create table "case_event" ("sequence" bigserial primary key, "kind" "case_event_kind" not null, "audience" "event_audience" not null, "report_id" uuid null, "case_id" uuid null, "report_kind" "report_kind" null, "area" "jakarta_area" null, "risk_level" "risk_level" null, "actor_id" uuid null, "occurred_at" timestamptz not null default now());`);
    this.addSql(`create index "case_event_audience_sequence_index" on "case_event" ("audience", "sequence");`);

    this.addSql(`create table "hotline_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tracking_code" varchar(20) not null, "idempotency_key" varchar(100) null, "content_fingerprint" varchar(64) not null, "channel" "report_channel" not null, "kind" "report_kind" not null, "status" "report_status" not null default 'RECEIVED', "description" text not null, "area" "jakarta_area" null, "kecamatan_code" varchar(16) null, "kelurahan_code" varchar(16) null, "location_detail" text null, "child_description" text null, "child_id" uuid null, "institution_id" uuid null, "accused_worker_id" uuid null, "reporter_name" varchar(255) null, "reporter_contact" varchar(255) null, "taken_by" uuid null, "protection_case_id" uuid null, constraint "hotline_report_pkey" primary key ("id"));`);
    this.addSql(`alter table "hotline_report" add constraint "hotline_report_tracking_code_unique" unique ("tracking_code");`);
    this.addSql(`alter table "hotline_report" add constraint "hotline_report_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "hotline_report_kind_index" on "hotline_report" ("kind");`);
    this.addSql(`create index "hotline_report_area_index" on "hotline_report" ("area");`);
    this.addSql(`create index "hotline_report_protection_case_id_index" on "hotline_report" ("protection_case_id");`);

    this.addSql(`create table "protection_case" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "case_number" varchar(20) not null, "status" "case_status" not null default 'NEW', "risk_level" "risk_level" null, "priority" "case_priority" null, "area" "jakarta_area" null, "child_id" uuid null, "unidentified_child_description" text null, constraint "protection_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "protection_case" add constraint "protection_case_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "protection_case_status_index" on "protection_case" ("status");`);
    this.addSql(`create index "protection_case_area_index" on "protection_case" ("area");`);
    this.addSql(`create index "protection_case_child_id_index" on "protection_case" ("child_id");`);

    this.addSql(`create table "rate_limit_window" ("key" varchar(200) not null, "window_start" timestamptz not null, "hits" int not null, constraint "rate_limit_window_pkey" primary key ("key", "window_start"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "protection_case_number_seq";`);
    this.addSql(`drop table if exists "case_event" cascade;`);

    this.addSql(`drop table if exists "hotline_report" cascade;`);

    this.addSql(`drop table if exists "protection_case" cascade;`);

    this.addSql(`drop table if exists "rate_limit_window" cascade;`);

    this.addSql(`drop type "case_event_kind";`);
    this.addSql(`drop type "event_audience";`);
    this.addSql(`drop type "report_kind";`);
    this.addSql(`drop type "report_channel";`);
    this.addSql(`drop type "report_status";`);
    this.addSql(`drop type "case_status";`);
    this.addSql(`drop type "case_priority";`);
  }

}
