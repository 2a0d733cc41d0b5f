import { Migration } from '@mikro-orm/migrations';

export class Migration20261124010000_development_pathways extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "pathway_status" as enum ('DRAFT', 'PUBLISHED', 'RETIRED');`);
    this.addSql(`create type "pathway_step_kind" as enum ('COURSE', 'COMPETENCY', 'SUPERVISION', 'QUALIFICATION');`);
    this.addSql(`create type "pathway_enrolment_status" as enum ('ACTIVE', 'WITHDRAWN');`);
    this.addSql(`create table "development_pathway" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "name" varchar(200) not null, "description" text not null, "from_role_id" uuid not null, "to_role_id" uuid not null, "status" "pathway_status" not null, constraint "development_pathway_pkey" primary key ("id"));`);
    this.addSql(`create index "development_pathway_partnership_id_index" on "development_pathway" ("partnership_id");`);
    this.addSql(`alter table "development_pathway" add constraint "development_pathway_partnership_id_name_unique" unique ("partnership_id", "name");`);

    this.addSql(`create table "pathway_step" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "pathway_id" uuid not null, "position" smallint not null, "kind" "pathway_step_kind" not null, "course_id" uuid null, "competency_id" uuid null, "level" smallint null, "qualification" varchar(200) null, "note" varchar(500) not null, constraint "pathway_step_pkey" primary key ("id"));`);
    this.addSql(`create index "pathway_step_partnership_id_index" on "pathway_step" ("partnership_id");`);
    this.addSql(`create index "pathway_step_pathway_id_index" on "pathway_step" ("pathway_id");`);

    this.addSql(`create table "qualification_award" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "person_id" uuid not null, "qualification" varchar(200) not null, "attained_on" date not null, "recorded_by_user_id" uuid not null, constraint "qualification_award_pkey" primary key ("id"));`);
    this.addSql(`create index "qualification_award_partnership_id_index" on "qualification_award" ("partnership_id");`);
    this.addSql(`alter table "qualification_award" add constraint "qualification_award_person_id_qualification_unique" unique ("person_id", "qualification");`);

    this.addSql(`create table "pathway_enrolment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "pathway_id" uuid not null, "person_id" uuid not null, "started_on" date not null, "target_on" date null, "status" "pathway_enrolment_status" not null, "enrolled_by_user_id" uuid not null, constraint "pathway_enrolment_pkey" primary key ("id"));`);
    this.addSql(`create index "pathway_enrolment_partnership_id_index" on "pathway_enrolment" ("partnership_id");`);
    this.addSql(`create index "pathway_enrolment_person_id_index" on "pathway_enrolment" ("person_id");`);
    this.addSql(`alter table "pathway_enrolment" add constraint "pathway_enrolment_pathway_id_person_id_unique" unique ("pathway_id", "person_id");`);

    this.addSql(`alter table "development_pathway" add constraint "development_pathway_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "development_pathway" add constraint "development_pathway_from_role_id_foreign" foreign key ("from_role_id") references "role_profile" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "development_pathway" add constraint "development_pathway_to_role_id_foreign" foreign key ("to_role_id") references "role_profile" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "pathway_step" add constraint "pathway_step_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pathway_step" add constraint "pathway_step_pathway_id_foreign" foreign key ("pathway_id") references "development_pathway" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pathway_step" add constraint "pathway_step_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pathway_step" add constraint "pathway_step_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "qualification_award" add constraint "qualification_award_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "qualification_award" add constraint "qualification_award_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "pathway_enrolment" add constraint "pathway_enrolment_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pathway_enrolment" add constraint "pathway_enrolment_pathway_id_foreign" foreign key ("pathway_id") references "development_pathway" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pathway_enrolment" add constraint "pathway_enrolment_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "pathway_step" drop constraint "pathway_step_pathway_id_foreign";`);

    this.addSql(`alter table "pathway_enrolment" drop constraint "pathway_enrolment_pathway_id_foreign";`);

    this.addSql(`drop table if exists "development_pathway" cascade;`);

    this.addSql(`drop table if exists "pathway_step" cascade;`);

    this.addSql(`drop table if exists "qualification_award" cascade;`);

    this.addSql(`drop table if exists "pathway_enrolment" cascade;`);

    this.addSql(`drop type "pathway_status";`);
    this.addSql(`drop type "pathway_step_kind";`);
    this.addSql(`drop type "pathway_enrolment_status";`);
  }

}
