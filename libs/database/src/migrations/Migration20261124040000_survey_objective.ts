import { Migration } from '@mikro-orm/migrations';

export class Migration20261124040000_survey_objective extends Migration {
  override async up(): Promise<void> {
    // An objective can measure agreement with a pulse survey statement (decision 0065).
    this.addSql(`alter type "objective_measure" add value if not exists 'SURVEY_AGREEMENT';`);
    this.addSql(`alter table "plan_objective" add column "statement_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "plan_objective" drop column "statement_id";`);
  }
}
