import { Migration } from '@mikro-orm/migrations';

export class Migration20261123050000_learning_culture extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "practice_use" as enum ('YES', 'PARTLY', 'NO');`);
    this.addSql(`create type "you_said_status" as enum ('PLANNED', 'IN_PROGRESS', 'DONE');`);
    this.addSql(`create table "pulse_survey" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "title" varchar(200) not null, constraint "pulse_survey_pkey" primary key ("id"));`);
    this.addSql(`create index "pulse_survey_partnership_id_index" on "pulse_survey" ("partnership_id");`);

    this.addSql(`create table "survey_statement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "survey_id" uuid not null, "text" varchar(300) not null, "position" smallint not null, "from_evaluation" boolean not null, "retired" boolean not null, constraint "survey_statement_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_statement_partnership_id_index" on "survey_statement" ("partnership_id");`);

    this.addSql(`create table "survey_wave" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "survey_id" uuid not null, "name" varchar(100) not null, "opens_on" date not null, "closes_on" date not null, constraint "survey_wave_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_wave_partnership_id_index" on "survey_wave" ("partnership_id");`);

    this.addSql(`create table "survey_response" ("id" uuid not null, "partnership_id" uuid not null, "wave_id" uuid not null, "organisation_id" uuid not null, "role_profile_id" uuid null, "employment_type" "employment_type" not null, constraint "survey_response_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_response_partnership_id_index" on "survey_response" ("partnership_id");`);
    this.addSql(`create index "survey_response_wave_id_index" on "survey_response" ("wave_id");`);

    this.addSql(`create table "survey_answer" ("id" uuid not null, "partnership_id" uuid not null, "response_id" uuid not null, "statement_id" uuid not null, "agreement" smallint not null, constraint "survey_answer_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_answer_statement_id_index" on "survey_answer" ("statement_id");`);
    this.addSql(`alter table "survey_answer" add constraint "survey_answer_response_id_statement_id_unique" unique ("response_id", "statement_id");`);

    this.addSql(`create table "survey_participation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "wave_id" uuid not null, "person_id" uuid not null, constraint "survey_participation_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_participation_partnership_id_index" on "survey_participation" ("partnership_id");`);
    this.addSql(`alter table "survey_participation" add constraint "survey_participation_wave_id_person_id_unique" unique ("wave_id", "person_id");`);

    this.addSql(`create table "session_feedback" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "booking_id" uuid not null, "session_id" uuid not null, "person_id" uuid not null, "reaction" smallint not null, "usefulness" smallint not null, "confidence" jsonb not null, "comment" text null, constraint "session_feedback_pkey" primary key ("id"));`);
    this.addSql(`create index "session_feedback_partnership_id_index" on "session_feedback" ("partnership_id");`);
    this.addSql(`create index "session_feedback_session_id_index" on "session_feedback" ("session_id");`);
    this.addSql(`alter table "session_feedback" add constraint "session_feedback_booking_id_unique" unique ("booking_id");`);

    this.addSql(`create table "feedback_follow_up" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "booking_id" uuid not null, "session_id" uuid not null, "person_id" uuid not null, "used" "practice_use" not null, "comment" text null, constraint "feedback_follow_up_pkey" primary key ("id"));`);
    this.addSql(`create index "feedback_follow_up_partnership_id_index" on "feedback_follow_up" ("partnership_id");`);
    this.addSql(`create index "feedback_follow_up_session_id_index" on "feedback_follow_up" ("session_id");`);
    this.addSql(`alter table "feedback_follow_up" add constraint "feedback_follow_up_booking_id_unique" unique ("booking_id");`);

    this.addSql(`create table "you_said_action" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "you_said" text not null, "we_did" text not null, "owner_id" uuid not null, "status" "you_said_status" not null, "course_id" uuid null, "wave_id" uuid null, "statement_id" uuid null, constraint "you_said_action_pkey" primary key ("id"));`);
    this.addSql(`create index "you_said_action_partnership_id_index" on "you_said_action" ("partnership_id");`);

    this.addSql(`alter table "pulse_survey" add constraint "pulse_survey_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_statement" add constraint "survey_statement_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_statement" add constraint "survey_statement_survey_id_foreign" foreign key ("survey_id") references "pulse_survey" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_wave" add constraint "survey_wave_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_wave" add constraint "survey_wave_survey_id_foreign" foreign key ("survey_id") references "pulse_survey" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_response" add constraint "survey_response_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_wave_id_foreign" foreign key ("wave_id") references "survey_wave" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_answer" add constraint "survey_answer_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_answer" add constraint "survey_answer_response_id_foreign" foreign key ("response_id") references "survey_response" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_answer" add constraint "survey_answer_statement_id_foreign" foreign key ("statement_id") references "survey_statement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_participation" add constraint "survey_participation_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_participation" add constraint "survey_participation_wave_id_foreign" foreign key ("wave_id") references "survey_wave" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_participation" add constraint "survey_participation_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session_feedback" add constraint "session_feedback_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session_feedback" add constraint "session_feedback_booking_id_foreign" foreign key ("booking_id") references "booking" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session_feedback" add constraint "session_feedback_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session_feedback" add constraint "session_feedback_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "feedback_follow_up" add constraint "feedback_follow_up_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "feedback_follow_up" add constraint "feedback_follow_up_booking_id_foreign" foreign key ("booking_id") references "booking" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "feedback_follow_up" add constraint "feedback_follow_up_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "feedback_follow_up" add constraint "feedback_follow_up_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "you_said_action" add constraint "you_said_action_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "you_said_action" add constraint "you_said_action_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "you_said_action" add constraint "you_said_action_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "you_said_action" add constraint "you_said_action_wave_id_foreign" foreign key ("wave_id") references "survey_wave" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "you_said_action" add constraint "you_said_action_statement_id_foreign" foreign key ("statement_id") references "survey_statement" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "survey_statement" drop constraint "survey_statement_survey_id_foreign";`);

    this.addSql(`alter table "survey_wave" drop constraint "survey_wave_survey_id_foreign";`);

    this.addSql(`alter table "survey_answer" drop constraint "survey_answer_statement_id_foreign";`);

    this.addSql(`alter table "you_said_action" drop constraint "you_said_action_statement_id_foreign";`);

    this.addSql(`alter table "survey_response" drop constraint "survey_response_wave_id_foreign";`);

    this.addSql(`alter table "survey_participation" drop constraint "survey_participation_wave_id_foreign";`);

    this.addSql(`alter table "you_said_action" drop constraint "you_said_action_wave_id_foreign";`);

    this.addSql(`alter table "survey_answer" drop constraint "survey_answer_response_id_foreign";`);

    this.addSql(`drop table if exists "pulse_survey" cascade;`);

    this.addSql(`drop table if exists "survey_statement" cascade;`);

    this.addSql(`drop table if exists "survey_wave" cascade;`);

    this.addSql(`drop table if exists "survey_response" cascade;`);

    this.addSql(`drop table if exists "survey_answer" cascade;`);

    this.addSql(`drop table if exists "survey_participation" cascade;`);

    this.addSql(`drop table if exists "session_feedback" cascade;`);

    this.addSql(`drop table if exists "feedback_follow_up" cascade;`);

    this.addSql(`drop table if exists "you_said_action" cascade;`);

    this.addSql(`drop type "practice_use";`);
    this.addSql(`drop type "you_said_status";`);
  }

}
