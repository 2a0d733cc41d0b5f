import { Migration } from '@mikro-orm/migrations';

export class Migration20261122195337_job_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "job_assignment_team_id_index" on "job_assignment" ("team_id");`);
    this.addSql(`create index "job_assignment_person_id_index" on "job_assignment" ("person_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "job_assignment_team_id_index";`);
    this.addSql(`drop index "job_assignment_person_id_index";`);
  }

}
