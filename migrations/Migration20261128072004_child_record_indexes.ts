import { Migration } from '@mikro-orm/migrations';

export class Migration20261128072004_child_record_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "child_need_child_id_index" on "child_need" ("child_id");`);

    this.addSql(`create index "development_assessment_child_id_index" on "development_assessment" ("child_id");`);

    this.addSql(`create index "child_guardian_child_id_index" on "child_guardian" ("child_id");`);

    this.addSql(`create index "measurement_child_id_index" on "measurement" ("child_id");`);

    this.addSql(`create index "placement_child_id_index" on "placement" ("child_id");`);

    this.addSql(`create index "companion_assignment_child_id_index" on "companion_assignment" ("child_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "child_guardian_child_id_index";`);

    this.addSql(`drop index "child_need_child_id_index";`);

    this.addSql(`drop index "companion_assignment_child_id_index";`);

    this.addSql(`drop index "development_assessment_child_id_index";`);

    this.addSql(`drop index "measurement_child_id_index";`);

    this.addSql(`drop index "placement_child_id_index";`);
  }

}
