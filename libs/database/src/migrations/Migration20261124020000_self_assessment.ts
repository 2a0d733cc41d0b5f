import { Migration } from '@mikro-orm/migrations';

export class Migration20261124020000_self_assessment extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "framework_judgement" as enum ('NOT_YET', 'BASIC', 'DEVELOPED');`);
    this.addSql(`create table "self_assessment_judgement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "plan_id" uuid not null, "statement_code" varchar(20) not null, "judgement" "framework_judgement" not null, "note" text not null, "made_by_user_id" uuid not null, constraint "self_assessment_judgement_pkey" primary key ("id"));`);
    this.addSql(`create index "self_assessment_judgement_partnership_id_index" on "self_assessment_judgement" ("partnership_id");`);
    this.addSql(`create index "self_assessment_judgement_plan_id_statement_code_c_a5e8b_index" on "self_assessment_judgement" ("plan_id", "statement_code", "created_at");`);

    this.addSql(`create table "self_assessment_evidence" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "plan_id" uuid not null, "statement_code" varchar(20) not null, "text" text not null, "link" varchar(500) null, "added_by_user_id" uuid not null, constraint "self_assessment_evidence_pkey" primary key ("id"));`);
    this.addSql(`create index "self_assessment_evidence_partnership_id_index" on "self_assessment_evidence" ("partnership_id");`);
    this.addSql(`create index "self_assessment_evidence_plan_id_statement_code_index" on "self_assessment_evidence" ("plan_id", "statement_code");`);

    this.addSql(`alter table "self_assessment_judgement" add constraint "self_assessment_judgement_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "self_assessment_judgement" add constraint "self_assessment_judgement_plan_id_foreign" foreign key ("plan_id") references "workforce_plan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "self_assessment_evidence" add constraint "self_assessment_evidence_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "self_assessment_evidence" add constraint "self_assessment_evidence_plan_id_foreign" foreign key ("plan_id") references "workforce_plan" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "self_assessment_judgement" cascade;`);

    this.addSql(`drop table if exists "self_assessment_evidence" cascade;`);

    this.addSql(`drop type "framework_judgement";`);
  }

}
