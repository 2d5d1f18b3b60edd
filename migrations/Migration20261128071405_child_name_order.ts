import { Migration } from '@mikro-orm/migrations';

export class Migration20261128071405_child_name_order extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "child_full_name_id_index" on "child" ("full_name", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "child_full_name_id_index";`);
  }

}
