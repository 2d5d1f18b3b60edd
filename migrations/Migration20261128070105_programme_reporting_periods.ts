import { Migration } from '@mikro-orm/migrations';

export class Migration20261128070105_programme_reporting_periods extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "aid_programme" add column "reporting_period_months" smallint not null default 1;`);
    this.addSql(`alter table "aid_programme" add constraint aid_programme_reporting_period_check check(reporting_period_months = ANY (ARRAY[1, 2, 3, 4, 6, 12]));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "aid_programme" drop constraint aid_programme_reporting_period_check;`);
    this.addSql(`alter table "aid_programme" drop column "reporting_period_months";`);
  }

}
