import { Migration } from '@mikro-orm/migrations';

export class Migration20261128044658_registry extends Migration {

  override async up(): Promise<void> {
    // Name search tolerates missing accents and spelling variants: trigram matching (pg_trgm) over the
    // unaccented name. unaccent() is only STABLE, so an IMMUTABLE wrapper bound to its dictionary is
    // what the index uses.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create or replace function lindungi_unaccent(text) returns text language sql immutable parallel safe strict as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;`);
    this.addSql(`create type "sex" as enum ('MALE', 'FEMALE');`);
    this.addSql(`create type "care_arrangement" as enum ('FAMILY', 'KINSHIP_CARE', 'INSTITUTION', 'STREET', 'INDEPENDENT', 'NONE');`);
    this.addSql(`create type "pksa_programme" as enum ('PKSA_VULNERABLE', 'ALTERNATIVE_CARE', 'KINSHIP_CARE', 'SPECIAL_PROTECTION', 'DISABILITY', 'NEGLECTED_TODDLER');`);
    this.addSql(`create type "risk_level" as enum ('HIGH', 'MEDIUM', 'LOW', 'NONE');`);
    this.addSql(`create type "record_status" as enum ('ACTIVE', 'INACTIVE', 'CLOSED');`);
    this.addSql(`create type "legal_basis" as enum ('CONSENT', 'LEGAL_OBLIGATION', 'VITAL_INTEREST', 'PUBLIC_TASK');`);
    this.addSql(`create type "consent_status" as enum ('GIVEN', 'REFUSED', 'WITHDRAWN', 'NOT_ASKED');`);
    this.addSql(`create type "child_need_kind" as enum ('BIRTH_CERTIFICATE', 'NUTRITION', 'EDUCATION', 'HEALTH', 'OTHER');`);
    this.addSql(`create type "child_need_status" as enum ('OPEN', 'IN_PROGRESS', 'MET', 'NOT_APPLICABLE');`);
    this.addSql(`create type "school_level" as enum ('NOT_IN_SCHOOL', 'PAUD', 'SD', 'SMP', 'SMA', 'SMK', 'PAKET');`);
    this.addSql(`create type "guardian_relationship" as enum ('PARENT', 'GRANDPARENT', 'AUNT_UNCLE', 'SIBLING', 'LEGAL_GUARDIAN', 'OTHER');`);
    this.addSql(`create type "institution_type" as enum ('PANTI', 'LKSA', 'RUMAH_SINGGAH', 'PSAA', 'NON_PSAA', 'TAS');`);
    this.addSql(`create type "accreditation_grade" as enum ('A', 'B', 'C', 'NOT_ACCREDITED');`);
    this.addSql(`create type "profile_field_type" as enum ('TEXT', 'NUMBER', 'DATE', 'BOOLEAN', 'CHOICE');`);
    this.addSql(`create type "worker_kind" as enum ('SOCIAL_WORKER', 'COMPANION', 'INSTITUTION_STAFF', 'EXPERT_ADVISOR');`);
    this.addSql(`create table "child" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "full_name" varchar(255) not null, "nickname" varchar(255) null, "sex" "sex" not null, "date_of_birth" date null, "date_of_birth_estimated" boolean not null default false, "nik" varchar(16) null, "area" "jakarta_area" null, "kecamatan_code" varchar(16) null, "kelurahan_code" varchar(16) null, "address" text null, "care_arrangement" "care_arrangement" not null default 'NONE', "programmes" "pksa_programme"[] not null, "has_disability" boolean not null default false, "disability_detail" text null, "risk_level" "risk_level" not null default 'NONE', "record_status" "record_status" not null default 'ACTIVE', "legal_basis" "legal_basis" not null, "consent_status" "consent_status" not null default 'NOT_ASKED', "consent_recorded_at" timestamptz null, "custom_field_values" jsonb not null default '{}', "registered_by" uuid null, constraint "child_pkey" primary key ("id"));`);
    this.addSql(`create index "child_date_of_birth_index" on "child" ("date_of_birth");`);
    this.addSql(`create index "child_nik_index" on "child" ("nik");`);
    this.addSql(`create index "child_area_index" on "child" ("area");`);
    this.addSql(`create index "child_kecamatan_code_index" on "child" ("kecamatan_code");`);
    this.addSql(`create index "child_care_arrangement_index" on "child" ("care_arrangement");`);
    this.addSql(`create index "child_risk_level_index" on "child" ("risk_level");`);
    this.addSql(`create index child_name_search_index on child using gin (lindungi_unaccent(lower(full_name || ' ' || coalesce(nickname, ''))) gin_trgm_ops);`);

    this.addSql(`create table "child_need" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_id" uuid not null, "kind" "child_need_kind" not null, "status" "child_need_status" not null default 'OPEN', "description" text null, "due_date" date null, "evidence_note" text null, "school_level" "school_level" null, "enrolled" boolean null, constraint "child_need_pkey" primary key ("id"));`);

    this.addSql(`create table "development_assessment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_id" uuid not null, "assessed_on" date not null, "scores" jsonb not null, "note" text null, "assessed_by" uuid null, constraint "development_assessment_pkey" primary key ("id"));`);

    this.addSql(`create table "guardian" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "full_name" varchar(255) not null, "phone" varchar(255) null, "address" text null, constraint "guardian_pkey" primary key ("id"));`);

    this.addSql(`create table "child_guardian" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_id" uuid not null, "guardian_id" uuid not null, "relationship" "guardian_relationship" not null, "is_caregiver" boolean not null default false, constraint "child_guardian_pkey" primary key ("id"));`);
    this.addSql(`create index "child_guardian_guardian_id_index" on "child_guardian" ("guardian_id");`);

    this.addSql(`create table "institution" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(255) not null, "type" "institution_type" not null, "area" "jakarta_area" not null, "kecamatan_code" varchar(16) null, "address" text null, "phone" varchar(255) null, "capacity" int not null, "licence_number" varchar(255) null, "licence_valid_until" date null, "accreditation" "accreditation_grade" not null, "is_reporting_point" boolean not null, constraint "institution_pkey" primary key ("id"));`);
    this.addSql(`create index "institution_area_index" on "institution" ("area");`);

    this.addSql(`create table "kecamatan" ("code" varchar(16) not null, "name" varchar(255) not null, "area" "jakarta_area" not null, constraint "kecamatan_pkey" primary key ("code"));`);

    this.addSql(`create table "kelurahan" ("code" varchar(16) not null, "name" varchar(255) not null, "kecamatan_code" varchar(16) not null, constraint "kelurahan_pkey" primary key ("code"));`);

    this.addSql(`create table "measurement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_id" uuid not null, "measured_on" date not null, "weight_kg" numeric(5,2) null, "height_cm" numeric(5,1) null, constraint "measurement_pkey" primary key ("id"));`);

    this.addSql(`create table "placement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_id" uuid not null, "institution_id" uuid not null, "started_on" date not null, "ended_on" date null, "reason" text null, constraint "placement_pkey" primary key ("id"));`);
    this.addSql(`create index "placement_institution_id_ended_on_index" on "placement" ("institution_id", "ended_on");`);

    this.addSql(`create table "profile_field_definition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(255) not null, "label_id" varchar(255) not null, "label_en" varchar(255) not null, "type" "profile_field_type" not null, "choices" jsonb not null, "required" boolean not null default false, "read_roles" "staff_role"[] not null, "write_roles" "staff_role"[] not null, "active" boolean not null default true, "version" int not null default 1, constraint "profile_field_definition_pkey" primary key ("id"));`);
    this.addSql(`alter table "profile_field_definition" add constraint "profile_field_definition_key_unique" unique ("key");`);

    this.addSql(`create table "worker" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "full_name" varchar(255) not null, "kind" "worker_kind" not null, "area" "jakarta_area" null, "institution_id" uuid null, "phone" varchar(255) null, constraint "worker_pkey" primary key ("id"));`);
    this.addSql(`create index "worker_area_index" on "worker" ("area");`);

    this.addSql(`create table "companion_assignment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_id" uuid not null, "companion_id" uuid not null, "started_on" date not null, "ended_on" date null, "end_reason" text null, "assigned_by" uuid null, constraint "companion_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "companion_assignment_companion_id_ended_on_index" on "companion_assignment" ("companion_id", "ended_on");`);

    this.addSql(`alter table "child_need" add constraint "child_need_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "development_assessment" add constraint "development_assessment_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "child_guardian" add constraint "child_guardian_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "child_guardian" add constraint "child_guardian_guardian_id_foreign" foreign key ("guardian_id") references "guardian" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "kelurahan" add constraint "kelurahan_kecamatan_code_foreign" foreign key ("kecamatan_code") references "kecamatan" ("code") on update cascade on delete restrict;`);

    this.addSql(`alter table "measurement" add constraint "measurement_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "placement" add constraint "placement_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "placement" add constraint "placement_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "worker" add constraint "worker_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "companion_assignment" add constraint "companion_assignment_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "companion_assignment" add constraint "companion_assignment_companion_id_foreign" foreign key ("companion_id") references "worker" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "child_need" drop constraint "child_need_child_id_foreign";`);

    this.addSql(`alter table "development_assessment" drop constraint "development_assessment_child_id_foreign";`);

    this.addSql(`alter table "child_guardian" drop constraint "child_guardian_child_id_foreign";`);

    this.addSql(`alter table "measurement" drop constraint "measurement_child_id_foreign";`);

    this.addSql(`alter table "placement" drop constraint "placement_child_id_foreign";`);

    this.addSql(`alter table "companion_assignment" drop constraint "companion_assignment_child_id_foreign";`);

    this.addSql(`alter table "child_guardian" drop constraint "child_guardian_guardian_id_foreign";`);

    this.addSql(`alter table "placement" drop constraint "placement_institution_id_foreign";`);

    this.addSql(`alter table "worker" drop constraint "worker_institution_id_foreign";`);

    this.addSql(`alter table "kelurahan" drop constraint "kelurahan_kecamatan_code_foreign";`);

    this.addSql(`alter table "companion_assignment" drop constraint "companion_assignment_companion_id_foreign";`);

    this.addSql(`drop table if exists "child" cascade;`);

    this.addSql(`drop table if exists "child_need" cascade;`);

    this.addSql(`drop table if exists "development_assessment" cascade;`);

    this.addSql(`drop table if exists "guardian" cascade;`);

    this.addSql(`drop table if exists "child_guardian" cascade;`);

    this.addSql(`drop table if exists "institution" cascade;`);

    this.addSql(`drop table if exists "kecamatan" cascade;`);

    this.addSql(`drop table if exists "kelurahan" cascade;`);

    this.addSql(`drop table if exists "measurement" cascade;`);

    this.addSql(`drop table if exists "placement" cascade;`);

    this.addSql(`drop table if exists "profile_field_definition" cascade;`);

    this.addSql(`drop table if exists "worker" cascade;`);

    this.addSql(`drop table if exists "companion_assignment" cascade;`);

    this.addSql(`drop type "sex";`);
    this.addSql(`drop type "care_arrangement";`);
    this.addSql(`drop type "pksa_programme";`);
    this.addSql(`drop type "risk_level";`);
    this.addSql(`drop type "record_status";`);
    this.addSql(`drop type "legal_basis";`);
    this.addSql(`drop type "consent_status";`);
    this.addSql(`drop type "child_need_kind";`);
    this.addSql(`drop type "child_need_status";`);
    this.addSql(`drop type "school_level";`);
    this.addSql(`drop type "guardian_relationship";`);
    this.addSql(`drop type "institution_type";`);
    this.addSql(`drop type "accreditation_grade";`);
    this.addSql(`drop type "profile_field_type";`);
    this.addSql(`drop type "worker_kind";`);
    this.addSql(`drop function if exists lindungi_unaccent(text);`);
  }

}
