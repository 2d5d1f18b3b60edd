import { Migration } from '@mikro-orm/migrations';

export class Migration20261128081218_retention_anonymisation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "child" add column "anonymised_at" timestamptz null;`);

    this.addSql(`alter table "hotline_report" add column "anonymised_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "child" drop column "anonymised_at";`);

    this.addSql(`alter table "hotline_report" drop column "anonymised_at";`);
  }

}
