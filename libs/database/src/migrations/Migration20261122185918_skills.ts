import { Migration } from '@mikro-orm/migrations';

export class Migration20261122185918_skills extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "level_rule" as enum ('HIGHEST_VALIDATED', 'LATEST_VALIDATED');`);
    this.addSql(`create type "competency_kind" as enum ('DOMAIN', 'COMPETENCY');`);
    this.addSql(`create type "requirement_priority" as enum ('ESSENTIAL', 'DESIRABLE');`);
    this.addSql(`create type "evidence_source" as enum ('SELF', 'MANAGER', 'TRAINING', 'IMPORTED', 'EXPIRED');`);
    this.addSql(`create type "review_status" as enum ('PENDING', 'VALIDATED', 'ADJUSTED');`);
    this.addSql(`create table "proficiency_scale" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "name" varchar(200) not null, "description" text not null, "cumulative" boolean not null, "levels" jsonb not null, constraint "proficiency_scale_pkey" primary key ("id"));`);
    this.addSql(`create index "proficiency_scale_partnership_id_index" on "proficiency_scale" ("partnership_id");`);
    this.addSql(`alter table "proficiency_scale" add constraint "proficiency_scale_partnership_id_name_unique" unique ("partnership_id", "name");`);

    this.addSql(`create table "competency_framework" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "code" varchar(60) not null, "name" varchar(200) not null, "version" varchar(40) not null, "description" text not null, "source" text not null, "effective_from" date not null, "effective_to" date null, "scale_id" uuid not null, "level_rule" "level_rule" not null, "self_assessment_counts" boolean not null, constraint "competency_framework_pkey" primary key ("id"));`);
    this.addSql(`create index "competency_framework_partnership_id_index" on "competency_framework" ("partnership_id");`);
    this.addSql(`alter table "competency_framework" add constraint "competency_framework_partnership_id_code_version_unique" unique ("partnership_id", "code", "version");`);

    this.addSql(`create table "competency" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "framework_id" uuid not null, "parent_id" uuid null, "kind" "competency_kind" not null, "code" varchar(40) not null, "name" varchar(200) not null, "description" text not null, "valid_for_months" smallint null, "indicators" jsonb not null, "position" int not null, constraint "competency_pkey" primary key ("id"));`);
    this.addSql(`create index "competency_partnership_id_index" on "competency" ("partnership_id");`);
    this.addSql(`create index "competency_framework_id_parent_id_position_index" on "competency" ("framework_id", "parent_id", "position");`);
    this.addSql(`alter table "competency" add constraint "competency_framework_id_code_unique" unique ("framework_id", "code");`);

    this.addSql(`create table "role_profile" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "name" varchar(200) not null, "description" text not null, constraint "role_profile_pkey" primary key ("id"));`);
    this.addSql(`create index "role_profile_partnership_id_index" on "role_profile" ("partnership_id");`);
    this.addSql(`alter table "role_profile" add constraint "role_profile_partnership_id_name_unique" unique ("partnership_id", "name");`);

    this.addSql(`create table "role_requirement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "role_profile_id" uuid not null, "competency_id" uuid not null, "level" smallint not null, "priority" "requirement_priority" not null, "within_days" smallint null, constraint "role_requirement_pkey" primary key ("id"));`);
    this.addSql(`create index "role_requirement_partnership_id_index" on "role_requirement" ("partnership_id");`);
    this.addSql(`create index "role_requirement_competency_id_index" on "role_requirement" ("competency_id");`);
    this.addSql(`alter table "role_requirement" add constraint "role_requirement_role_profile_id_competency_id_unique" unique ("role_profile_id", "competency_id");`);

    this.addSql(`create table "skill_holding" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "person_id" uuid not null, "competency_id" uuid not null, "level" smallint not null, "held_mask" smallint not null, "source" "evidence_source" not null, "since" date not null, "review_on" date null, constraint "skill_holding_pkey" primary key ("id"));`);
    this.addSql(`create index "skill_holding_partnership_id_index" on "skill_holding" ("partnership_id");`);
    this.addSql(`create index "skill_holding_competency_id_index" on "skill_holding" ("competency_id");`);
    this.addSql(`create index "skill_holding_review_on_index" on "skill_holding" ("review_on");`);
    this.addSql(`alter table "skill_holding" add constraint "skill_holding_person_id_competency_id_unique" unique ("person_id", "competency_id");`);

    this.addSql(`create table "assessment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "person_id" uuid not null, "competency_id" uuid not null, "level" smallint not null, "source" "evidence_source" not null, "assessed_on" date not null, "valid_until" date null, "note" text null, "assessor_id" uuid null, "recorded_by_user_id" uuid null, "review" "review_status" null, "answers_id" uuid null, constraint "assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "assessment_partnership_id_index" on "assessment" ("partnership_id");`);
    this.addSql(`create index "assessment_competency_id_index" on "assessment" ("competency_id");`);
    this.addSql(`create index "assessment_partnership_id_review_index" on "assessment" ("partnership_id", "review");`);
    this.addSql(`create index "assessment_person_id_competency_id_assessed_on_index" on "assessment" ("person_id", "competency_id", "assessed_on");`);

    this.addSql(`alter table "proficiency_scale" add constraint "proficiency_scale_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "competency_framework" add constraint "competency_framework_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "competency_framework" add constraint "competency_framework_scale_id_foreign" foreign key ("scale_id") references "proficiency_scale" ("id") on update cascade;`);

    this.addSql(`alter table "competency" add constraint "competency_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "competency" add constraint "competency_framework_id_foreign" foreign key ("framework_id") references "competency_framework" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "competency" add constraint "competency_parent_id_foreign" foreign key ("parent_id") references "competency" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "role_profile" add constraint "role_profile_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "role_requirement" add constraint "role_requirement_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_requirement" add constraint "role_requirement_role_profile_id_foreign" foreign key ("role_profile_id") references "role_profile" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_requirement" add constraint "role_requirement_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade;`);

    this.addSql(`alter table "skill_holding" add constraint "skill_holding_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "skill_holding" add constraint "skill_holding_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "skill_holding" add constraint "skill_holding_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "assessment" add constraint "assessment_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assessment" add constraint "assessment_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assessment" add constraint "assessment_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade;`);
    this.addSql(`alter table "assessment" add constraint "assessment_assessor_id_foreign" foreign key ("assessor_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "assessment" add constraint "assessment_answers_id_foreign" foreign key ("answers_id") references "assessment" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "competency_framework" drop constraint "competency_framework_scale_id_foreign";`);

    this.addSql(`alter table "competency" drop constraint "competency_framework_id_foreign";`);

    this.addSql(`alter table "competency" drop constraint "competency_parent_id_foreign";`);

    this.addSql(`alter table "role_requirement" drop constraint "role_requirement_competency_id_foreign";`);

    this.addSql(`alter table "skill_holding" drop constraint "skill_holding_competency_id_foreign";`);

    this.addSql(`alter table "assessment" drop constraint "assessment_competency_id_foreign";`);

    this.addSql(`alter table "role_requirement" drop constraint "role_requirement_role_profile_id_foreign";`);

    this.addSql(`alter table "assessment" drop constraint "assessment_answers_id_foreign";`);

    this.addSql(`drop table if exists "proficiency_scale" cascade;`);

    this.addSql(`drop table if exists "competency_framework" cascade;`);

    this.addSql(`drop table if exists "competency" cascade;`);

    this.addSql(`drop table if exists "role_profile" cascade;`);

    this.addSql(`drop table if exists "role_requirement" cascade;`);

    this.addSql(`drop table if exists "skill_holding" cascade;`);

    this.addSql(`drop table if exists "assessment" cascade;`);

    this.addSql(`drop type "level_rule";`);
    this.addSql(`drop type "competency_kind";`);
    this.addSql(`drop type "requirement_priority";`);
    this.addSql(`drop type "evidence_source";`);
    this.addSql(`drop type "review_status";`);
  }

}
