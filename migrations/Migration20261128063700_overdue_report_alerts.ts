import { Migration } from '@mikro-orm/migrations';

export class Migration20261128063700_overdue_report_alerts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "closed_reporting_period" ("period_start" date not null, "closed_at" timestamptz not null default now(), "obligations" int not null, constraint "closed_reporting_period_pkey" primary key ("period_start"));`);

    this.addSql(`create table "owed_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_id" uuid not null, "companion_id" uuid not null, "period_start" date not null, "period_end" date not null, "due_date" date not null, "overdue_at" timestamptz not null, "fulfilled_at" timestamptz null, "alert_level" smallint not null default 0, constraint "owed_report_pkey" primary key ("id"));`);
    this.addSql(`create index "owed_report_escalation_index" on "owed_report" ("alert_level", "overdue_at") where "fulfilled_at" is null and "alert_level" < 3;`);
    this.addSql(`create index "owed_report_companion_id_period_start_index" on "owed_report" ("companion_id", "period_start");`);
    this.addSql(`alter table "owed_report" add constraint "owed_report_child_id_period_start_unique" unique ("child_id", "period_start");`);

    this.addSql(`create table "overdue_report_alert" ("sequence" bigserial primary key, "obligation_id" uuid not null, "level" smallint not null, "child_id" uuid not null, "companion_id" uuid not null, "area" "jakarta_area" null, "period_start" date not null, "due_date" date not null, "aid_grants_suspended" int not null default 0, "raised_at" timestamptz not null);`);
    this.addSql(`create index "overdue_report_alert_area_sequence_index" on "overdue_report_alert" ("area", "sequence");`);
    this.addSql(`alter table "overdue_report_alert" add constraint "overdue_report_alert_obligation_id_level_unique" unique ("obligation_id", "level");`);

    this.addSql(`alter table "owed_report" add constraint "owed_report_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "owed_report" add constraint "owed_report_companion_id_foreign" foreign key ("companion_id") references "worker" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "overdue_report_alert" add constraint "overdue_report_alert_obligation_id_foreign" foreign key ("obligation_id") references "owed_report" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "overdue_report_alert" drop constraint "overdue_report_alert_obligation_id_foreign";`);

    this.addSql(`drop table if exists "closed_reporting_period" cascade;`);

    this.addSql(`drop table if exists "owed_report" cascade;`);

    this.addSql(`drop table if exists "overdue_report_alert" cascade;`);
  }

}
