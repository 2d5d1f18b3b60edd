import { Migration } from '@mikro-orm/migrations';

export class Migration20261128065729_supervision_sessions extends Migration {

  override async up(): Promise<void> {
    // btree_gist lets one exclusion constraint compare the person id (=) and the time range (&&).
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`create type "supervision_session_change" as enum ('REQUESTED', 'CONFIRMED', 'CANCELLED', 'HELD', 'NO_SHOW');`);
    this.addSql(`create type "supervision_session_kind" as enum ('INDIVIDUAL', 'GROUP', 'CASE_CONFERENCE', 'COMMUNITY');`);
    this.addSql(`create type "supervision_session_status" as enum ('PROPOSED', 'CONFIRMED', 'HELD', 'CANCELLED', 'NO_SHOW');`);
    this.addSql(`create type "spot_check_outcome" as enum ('KNOWS', 'PARTLY', 'DOES_NOT_KNOW');`);
    this.addSql(`create type "availability_recurrence" as enum ('WEEKLY', 'ONE_OFF');`);
    this.addSql(`create table "calendar_token" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "staff_account_id" uuid not null, "token_hash" varchar(64) not null, constraint "calendar_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "calendar_token" add constraint "calendar_token_staff_account_id_unique" unique ("staff_account_id");`);
    this.addSql(`alter table "calendar_token" add constraint "calendar_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "supervision_session_event" ("sequence" bigserial primary key, "session_id" uuid not null, "change" "supervision_session_change" not null, "actor_id" uuid null, "occurred_at" timestamptz not null default now());`);
    this.addSql(`create index "supervision_session_event_session_id_sequence_index" on "supervision_session_event" ("session_id", "sequence");`);

    this.addSql(`create table "supervision_session" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "expert_id" uuid not null, "kind" "supervision_session_kind" not null, "status" "supervision_session_status" not null default 'PROPOSED', "topic" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "place" text null, "online_link" text null, "area" "jakarta_area" null, "requested_by" uuid not null, "cancellation_reason" text null, "notes" text null, "version" int not null default 1, constraint "supervision_session_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_session_expert_id_starts_at_index" on "supervision_session" ("expert_id", "starts_at");`);

    this.addSql(`create table "supervision_session_child" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "session_id" uuid not null, "child_id" uuid not null, "shared_with_expert" boolean not null, constraint "supervision_session_child_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_session_child_child_id_index" on "supervision_session_child" ("child_id");`);
    this.addSql(`alter table "supervision_session_child" add constraint "supervision_session_child_session_id_child_id_unique" unique ("session_id", "child_id");`);

    this.addSql(`create table "supervision_booking" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "session_id" uuid not null, "person_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "active" boolean not null default true, constraint "supervision_booking_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_booking_session_id_index" on "supervision_booking" ("session_id");`);
    this.addSql(`alter table "supervision_booking" add constraint "supervision_booking_ends_after_start" check ("ends_at" > "starts_at");`);
    this.addSql(`alter table "supervision_session" add constraint "supervision_session_ends_after_start" check ("ends_at" > "starts_at");`);
    this.addSql(`alter table "supervision_booking" add constraint "supervision_booking_no_overlap" exclude using gist ("person_id" with =, tstzrange("starts_at", "ends_at") with &&) where ("active");`);

    this.addSql(`create table "supervision_participant" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "session_id" uuid not null, "worker_id" uuid null, "community_name" text null, "community_contact" text null, "attended" boolean null, constraint "supervision_participant_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_participant_worker_id_index" on "supervision_participant" ("worker_id");`);
    this.addSql(`create index "supervision_participant_session_id_index" on "supervision_participant" ("session_id");`);

    this.addSql(`create table "supervision_follow_up" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "session_id" uuid not null, "recommendation" text not null, "owner_id" uuid not null, "due_on" date not null, "child_id" uuid null, "completed_at" timestamptz null, "completion_note" text null, constraint "supervision_follow_up_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_follow_up_open_index" on "supervision_follow_up" ("due_on") where "completed_at" is null;`);
    this.addSql(`create index "supervision_follow_up_owner_id_index" on "supervision_follow_up" ("owner_id");`);
    this.addSql(`create index "supervision_follow_up_child_id_index" on "supervision_follow_up" ("child_id");`);

    this.addSql(`create table "spot_check" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "companion_id" uuid not null, "child_id" uuid not null, "checked_by" uuid not null, "outcome" "spot_check_outcome" null, "notes" text null, "recorded_at" timestamptz null, "aid_grants_changed" int not null default 0, constraint "spot_check_pkey" primary key ("id"));`);
    this.addSql(`create index "spot_check_companion_id_index" on "spot_check" ("companion_id");`);
    this.addSql(`create index "spot_check_child_id_created_at_index" on "spot_check" ("child_id", "created_at");`);

    this.addSql(`create table "expert_availability" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "expert_id" uuid not null, "recurrence" "availability_recurrence" not null, "weekday" smallint null, "date" date null, "start_time" varchar(5) not null, "end_time" varchar(5) not null, "withdrawn_at" timestamptz null, constraint "expert_availability_pkey" primary key ("id"));`);
    this.addSql(`create index "expert_availability_expert_id_index" on "expert_availability" ("expert_id");`);

    this.addSql(`alter table "supervision_session" add constraint "supervision_session_expert_id_foreign" foreign key ("expert_id") references "worker" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "supervision_session_child" add constraint "supervision_session_child_session_id_foreign" foreign key ("session_id") references "supervision_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supervision_session_child" add constraint "supervision_session_child_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "supervision_booking" add constraint "supervision_booking_session_id_foreign" foreign key ("session_id") references "supervision_session" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "supervision_participant" add constraint "supervision_participant_session_id_foreign" foreign key ("session_id") references "supervision_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supervision_participant" add constraint "supervision_participant_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "supervision_follow_up" add constraint "supervision_follow_up_session_id_foreign" foreign key ("session_id") references "supervision_session" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "supervision_follow_up" add constraint "supervision_follow_up_owner_id_foreign" foreign key ("owner_id") references "worker" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "supervision_follow_up" add constraint "supervision_follow_up_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "spot_check" add constraint "spot_check_companion_id_foreign" foreign key ("companion_id") references "worker" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "spot_check" add constraint "spot_check_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "expert_availability" add constraint "expert_availability_expert_id_foreign" foreign key ("expert_id") references "worker" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "supervision_session_child" drop constraint "supervision_session_child_session_id_foreign";`);

    this.addSql(`alter table "supervision_booking" drop constraint "supervision_booking_session_id_foreign";`);

    this.addSql(`alter table "supervision_participant" drop constraint "supervision_participant_session_id_foreign";`);

    this.addSql(`alter table "supervision_follow_up" drop constraint "supervision_follow_up_session_id_foreign";`);

    this.addSql(`drop table if exists "calendar_token" cascade;`);

    this.addSql(`drop table if exists "supervision_session_event" cascade;`);

    this.addSql(`drop table if exists "supervision_session" cascade;`);

    this.addSql(`drop table if exists "supervision_session_child" cascade;`);

    this.addSql(`drop table if exists "supervision_booking" cascade;`);

    this.addSql(`drop table if exists "supervision_participant" cascade;`);

    this.addSql(`drop table if exists "supervision_follow_up" cascade;`);

    this.addSql(`drop table if exists "spot_check" cascade;`);

    this.addSql(`drop table if exists "expert_availability" cascade;`);

    this.addSql(`drop type "supervision_session_change";`);
    this.addSql(`drop type "supervision_session_kind";`);
    this.addSql(`drop type "supervision_session_status";`);
    this.addSql(`drop type "spot_check_outcome";`);
    this.addSql(`drop type "availability_recurrence";`);
  }

}
