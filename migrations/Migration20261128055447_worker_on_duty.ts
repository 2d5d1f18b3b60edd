import { Migration } from '@mikro-orm/migrations';

export class Migration20261128055447_worker_on_duty extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "worker" add column "on_duty" boolean not null default true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "worker" drop column "on_duty";`);
  }

}
