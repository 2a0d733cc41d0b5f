import { Migration } from '@mikro-orm/migrations';

export class Migration20261123040000_workforce_plan extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "workforce_plan_status" as enum ('DRAFT', 'CONSULTATION', 'APPROVED', 'CLOSED');`);
    this.addSql(`create type "objective_measure" as enum ('COMPETENCY_LEVEL', 'COURSE_VALID', 'SUPERVISION_IN_FREQUENCY', 'CPD_ON_TRACK');`);
    this.addSql(`create type "plan_action_status" as enum ('OPEN', 'DONE', 'DROPPED');`);
    this.addSql(`create table "plan_change" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "plan_id" uuid not null, "actor_user_id" uuid not null, "action" varchar(20) not null, "entity_type" varchar(40) not null, "entity_id" uuid not null, "changes" jsonb not null, constraint "plan_change_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_change_partnership_id_index" on "plan_change" ("partnership_id");`);
    this.addSql(`create index "plan_change_plan_id_created_at_index" on "plan_change" ("plan_id", "created_at");`);

    this.addSql(`create table "workforce_plan" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "period" varchar(40) not null, "title" varchar(200) not null, "summary" text not null, "starts_on" date not null, "ends_on" date not null, "owner_id" uuid not null, "partner_organisation_ids" jsonb not null, "status" "workforce_plan_status" not null, "next_version" int not null, "approved_at" timestamptz null, constraint "workforce_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "workforce_plan_partnership_id_index" on "workforce_plan" ("partnership_id");`);
    this.addSql(`alter table "workforce_plan" add constraint "workforce_plan_partnership_id_period_unique" unique ("partnership_id", "period");`);

    this.addSql(`create table "plan_version" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "plan_id" uuid not null, "number" int not null, "status" varchar(20) not null, "reason" varchar(200) not null, "made_by_user_id" uuid not null, "snapshot" jsonb not null, constraint "plan_version_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_version_partnership_id_index" on "plan_version" ("partnership_id");`);
    this.addSql(`alter table "plan_version" add constraint "plan_version_plan_id_number_unique" unique ("plan_id", "number");`);

    this.addSql(`create table "plan_objective" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "plan_id" uuid not null, "title" varchar(200) not null, "population" jsonb not null, "measure_kind" "objective_measure" not null, "competency_id" uuid null, "level" smallint null, "course_id" uuid null, "target_percent" smallint not null, "deadline" date not null, "baseline_percent" double precision null, constraint "plan_objective_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_objective_partnership_id_index" on "plan_objective" ("partnership_id");`);
    this.addSql(`create index "plan_objective_plan_id_index" on "plan_objective" ("plan_id");`);

    this.addSql(`create table "objective_snapshot" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "objective_id" uuid not null, "day" date not null, "population" int not null, "meeting" int not null, "percent" double precision not null, constraint "objective_snapshot_pkey" primary key ("id"));`);
    this.addSql(`create index "objective_snapshot_partnership_id_index" on "objective_snapshot" ("partnership_id");`);
    this.addSql(`alter table "objective_snapshot" add constraint "objective_snapshot_objective_id_day_unique" unique ("objective_id", "day");`);

    this.addSql(`create table "plan_action" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "plan_id" uuid not null, "objective_id" uuid null, "title" varchar(300) not null, "owner_id" uuid not null, "due_on" date not null, "status" "plan_action_status" not null, constraint "plan_action_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_action_partnership_id_index" on "plan_action" ("partnership_id");`);
    this.addSql(`create index "plan_action_plan_id_index" on "plan_action" ("plan_id");`);

    this.addSql(`alter table "plan_change" add constraint "plan_change_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "workforce_plan" add constraint "workforce_plan_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "plan_version" add constraint "plan_version_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plan_version" add constraint "plan_version_plan_id_foreign" foreign key ("plan_id") references "workforce_plan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "plan_objective" add constraint "plan_objective_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plan_objective" add constraint "plan_objective_plan_id_foreign" foreign key ("plan_id") references "workforce_plan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "objective_snapshot" add constraint "objective_snapshot_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "objective_snapshot" add constraint "objective_snapshot_objective_id_foreign" foreign key ("objective_id") references "plan_objective" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "plan_action" add constraint "plan_action_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plan_action" add constraint "plan_action_plan_id_foreign" foreign key ("plan_id") references "workforce_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plan_action" add constraint "plan_action_objective_id_foreign" foreign key ("objective_id") references "plan_objective" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "plan_version" drop constraint "plan_version_plan_id_foreign";`);

    this.addSql(`alter table "plan_objective" drop constraint "plan_objective_plan_id_foreign";`);

    this.addSql(`alter table "plan_action" drop constraint "plan_action_plan_id_foreign";`);

    this.addSql(`alter table "objective_snapshot" drop constraint "objective_snapshot_objective_id_foreign";`);

    this.addSql(`alter table "plan_action" drop constraint "plan_action_objective_id_foreign";`);

    this.addSql(`drop table if exists "plan_change" cascade;`);

    this.addSql(`drop table if exists "workforce_plan" cascade;`);

    this.addSql(`drop table if exists "plan_version" cascade;`);

    this.addSql(`drop table if exists "plan_objective" cascade;`);

    this.addSql(`drop table if exists "objective_snapshot" cascade;`);

    this.addSql(`drop table if exists "plan_action" cascade;`);

    this.addSql(`drop type "workforce_plan_status";`);
    this.addSql(`drop type "objective_measure";`);
    this.addSql(`drop type "plan_action_status";`);
  }

}
