import { Migration } from '@mikro-orm/migrations';

export class Migration20261122224903_evidence_source_record extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "assessment" add column "source_record_id" uuid null;`);
    this.addSql(`create index "assessment_source_record_id_index" on "assessment" ("source_record_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "assessment_source_record_id_index";`);
    this.addSql(`alter table "assessment" drop column "source_record_id";`);
  }

}
