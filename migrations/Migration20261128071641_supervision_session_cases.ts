import { Migration } from '@mikro-orm/migrations';

export class Migration20261128071641_supervision_session_cases extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "supervision_session_case" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "session_id" uuid not null, "protection_case_id" uuid not null, constraint "supervision_session_case_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_session_case_protection_case_id_index" on "supervision_session_case" ("protection_case_id");`);
    this.addSql(`alter table "supervision_session_case" add constraint "supervision_session_case_session_id_protection_case_id_unique" unique ("session_id", "protection_case_id");`);

    this.addSql(`alter table "supervision_session_case" add constraint "supervision_session_case_session_id_foreign" foreign key ("session_id") references "supervision_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supervision_session_case" add constraint "supervision_session_case_protection_case_id_foreign" foreign key ("protection_case_id") references "protection_case" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "supervision_session_case" cascade;`);
  }

}
