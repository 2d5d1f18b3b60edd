import { Migration } from '@mikro-orm/migrations';

export class Migration20261128042556_initial_staff_accounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "staff_role" as enum ('HOTLINE_OPERATOR', 'SOCIAL_WORKER', 'COMPANION', 'INSTITUTION_STAFF', 'SUPERVISOR', 'EXPERT_ADVISOR', 'AUDITOR', 'ADMIN');`);
    this.addSql(`create type "jakarta_area" as enum ('JAKARTA_PUSAT', 'JAKARTA_UTARA', 'JAKARTA_BARAT', 'JAKARTA_SELATAN', 'JAKARTA_TIMUR', 'KEPULAUAN_SERIBU');`);
    this.addSql(`create table "staff_account" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(255) not null, "display_name" varchar(255) not null, "roles" "staff_role"[] not null, "area" "jakarta_area" null, "institution_id" uuid null, "worker_id" uuid null, "external_subject" varchar(255) null, "active" boolean not null default true, "deactivated_at" timestamptz null, "deactivation_reason" text null, "deactivated_by" varchar(255) null, constraint "staff_account_pkey" primary key ("id"));`);
    this.addSql(`alter table "staff_account" add constraint "staff_account_email_unique" unique ("email");`);
    this.addSql(`alter table "staff_account" add constraint "staff_account_external_subject_unique" unique ("external_subject");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "staff_account" cascade;`);

    this.addSql(`drop type "staff_role";`);
    this.addSql(`drop type "jakarta_area";`);
  }

}
