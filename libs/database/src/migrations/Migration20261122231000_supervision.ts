import { Migration } from '@mikro-orm/migrations';

export class Migration20261122231000_supervision extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "supervision_audit_action" as enum ('READ', 'EXPORTED', 'ERASED');`);
    this.addSql(`create type "supervision_type" as enum ('LINE_MANAGEMENT', 'CLINICAL', 'RESTORATIVE', 'PEER', 'PRACTICE_SUPERVISION');`);
    this.addSql(`create type "supervision_model" as enum ('MORRISON_4X4X4', 'PROCTOR', 'A_EQUIP', 'OTHER');`);
    this.addSql(`create type "supervision_frequency" as enum ('EVERY_N_DAYS', 'ASYE');`);
    this.addSql(`create type "supervision_session_kind" as enum ('ONE_TO_ONE', 'GROUP', 'REFLECTIVE_PRACTICE');`);
    this.addSql(`create type "supervision_session_status" as enum ('SCHEDULED', 'RECORDED', 'SIGNED_OFF', 'CANCELLED', 'MISSED');`);
    this.addSql(`create type "wellbeing_rating" as enum ('RED', 'AMBER', 'GREEN');`);
    this.addSql(`create type "supervision_action_status" as enum ('OPEN', 'DONE', 'DROPPED');`);
    this.addSql(`create type "concern_kind" as enum ('SAFEGUARDING', 'CONDUCT');`);
    this.addSql(`create table "supervision_audit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "actor_user_id" uuid null, "action" "supervision_audit_action" not null, "record_type" varchar(40) not null, "record_id" uuid not null, "subject_person_id" uuid not null, constraint "supervision_audit_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_audit_partnership_id_index" on "supervision_audit" ("partnership_id");`);
    this.addSql(`create index "supervision_audit_record_id_index" on "supervision_audit" ("record_id");`);
    this.addSql(`create index "supervision_audit_partnership_id_subject_person_id_38ccd_index" on "supervision_audit" ("partnership_id", "subject_person_id", "created_at");`);

    this.addSql(`create table "supervision_agreement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "supervisee_id" uuid not null, "supervisor_id" uuid not null, "type" "supervision_type" not null, "model" "supervision_model" not null, "frequency_pattern" "supervision_frequency" not null, "frequency_days" int null, "expected_minutes" int not null, "start_date" date not null, "review_date" date null, "sharing_sealed" text null, "supervisee_signed_at" timestamptz null, "supervisor_signed_at" timestamptz null, "end_date" date null, constraint "supervision_agreement_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_agreement_partnership_id_index" on "supervision_agreement" ("partnership_id");`);
    this.addSql(`create index "supervision_agreement_supervisor_id_index" on "supervision_agreement" ("supervisor_id");`);
    this.addSql(`create index "supervision_agreement_supervisee_id_index" on "supervision_agreement" ("supervisee_id");`);

    this.addSql(`create table "supervision_session" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "kind" "supervision_session_kind" not null, "type" "supervision_type" not null, "agreement_id" uuid null, "facilitator_id" uuid not null, "supervisee_id" uuid null, "starts_at" timestamptz not null, "duration_minutes" int not null, "status" "supervision_session_status" not null, "status_reason_sealed" text null, "rescheduled_from" timestamptz null, "functions" text[] not null default '{}', "wellbeing_rating" "wellbeing_rating" null, "content_sealed" text null, "next_date" date null, "recorded_at" timestamptz null, "signed_off_at" timestamptz null, "acknowledged_at" timestamptz null, "supervisee_comment_sealed" text null, "content_erased_at" timestamptz null, constraint "supervision_session_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_session_partnership_id_index" on "supervision_session" ("partnership_id");`);
    this.addSql(`create index "supervision_session_partnership_id_signed_off_at_index" on "supervision_session" ("partnership_id", "signed_off_at");`);
    this.addSql(`create index "supervision_session_facilitator_id_starts_at_index" on "supervision_session" ("facilitator_id", "starts_at");`);
    this.addSql(`create index "supervision_session_supervisee_id_starts_at_index" on "supervision_session" ("supervisee_id", "starts_at");`);
    this.addSql(`create index "supervision_session_agreement_id_starts_at_index" on "supervision_session" ("agreement_id", "starts_at");`);

    this.addSql(`create table "supervision_learning_need" ("supervision_session_id" uuid not null, "competency_id" uuid not null, constraint "supervision_learning_need_pkey" primary key ("supervision_session_id", "competency_id"));`);

    this.addSql(`create table "supervision_action" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "session_id" uuid not null, "current_session_id" uuid not null, "owner_id" uuid not null, "description_sealed" text null, "due_date" date not null, "status" "supervision_action_status" not null, "closed_at" timestamptz null, "times_carried_forward" int not null, constraint "supervision_action_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_action_partnership_id_index" on "supervision_action" ("partnership_id");`);
    this.addSql(`create index "supervision_action_owner_id_status_index" on "supervision_action" ("owner_id", "status");`);

    this.addSql(`create table "supervision_session_attendee" ("supervision_session_id" uuid not null, "person_id" uuid not null, constraint "supervision_session_attendee_pkey" primary key ("supervision_session_id", "person_id"));`);

    this.addSql(`create table "session_addendum" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "session_id" uuid not null, "author_id" uuid not null, "text_sealed" text null, constraint "session_addendum_pkey" primary key ("id"));`);
    this.addSql(`create index "session_addendum_partnership_id_index" on "session_addendum" ("partnership_id");`);

    this.addSql(`create table "reflective_log_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "author_id" uuid not null, "occurred_on" date not null, "content_sealed" text null, "shared_with_id" uuid null, "shared_at" timestamptz null, constraint "reflective_log_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "reflective_log_entry_partnership_id_index" on "reflective_log_entry" ("partnership_id");`);
    this.addSql(`create index "reflective_log_entry_author_id_occurred_on_index" on "reflective_log_entry" ("author_id", "occurred_on");`);

    this.addSql(`create table "escalation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "session_id" uuid not null, "supervisee_id" uuid not null, "raised_by_id" uuid not null, "lead_id" uuid not null, "concern" "concern_kind" not null, "summary_sealed" text null, "supervisee_informed_at" timestamptz not null, "acknowledged_at" timestamptz null, constraint "escalation_pkey" primary key ("id"));`);
    this.addSql(`create index "escalation_partnership_id_index" on "escalation" ("partnership_id");`);
    this.addSql(`create index "escalation_lead_id_created_at_index" on "escalation" ("lead_id", "created_at");`);

    this.addSql(`alter table "supervision_audit" add constraint "supervision_audit_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "supervision_agreement" add constraint "supervision_agreement_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supervision_agreement" add constraint "supervision_agreement_supervisee_id_foreign" foreign key ("supervisee_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supervision_agreement" add constraint "supervision_agreement_supervisor_id_foreign" foreign key ("supervisor_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "supervision_session" add constraint "supervision_session_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supervision_session" add constraint "supervision_session_agreement_id_foreign" foreign key ("agreement_id") references "supervision_agreement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supervision_session" add constraint "supervision_session_facilitator_id_foreign" foreign key ("facilitator_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supervision_session" add constraint "supervision_session_supervisee_id_foreign" foreign key ("supervisee_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "supervision_learning_need" add constraint "supervision_learning_need_supervision_session_id_foreign" foreign key ("supervision_session_id") references "supervision_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supervision_learning_need" add constraint "supervision_learning_need_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "supervision_action" add constraint "supervision_action_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supervision_action" add constraint "supervision_action_session_id_foreign" foreign key ("session_id") references "supervision_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supervision_action" add constraint "supervision_action_current_session_id_foreign" foreign key ("current_session_id") references "supervision_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supervision_action" add constraint "supervision_action_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "supervision_session_attendee" add constraint "supervision_session_attendee_supervision_session_id_foreign" foreign key ("supervision_session_id") references "supervision_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supervision_session_attendee" add constraint "supervision_session_attendee_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session_addendum" add constraint "session_addendum_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session_addendum" add constraint "session_addendum_session_id_foreign" foreign key ("session_id") references "supervision_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session_addendum" add constraint "session_addendum_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "reflective_log_entry" add constraint "reflective_log_entry_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reflective_log_entry" add constraint "reflective_log_entry_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reflective_log_entry" add constraint "reflective_log_entry_shared_with_id_foreign" foreign key ("shared_with_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "escalation" add constraint "escalation_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "escalation" add constraint "escalation_session_id_foreign" foreign key ("session_id") references "supervision_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "escalation" add constraint "escalation_supervisee_id_foreign" foreign key ("supervisee_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "escalation" add constraint "escalation_raised_by_id_foreign" foreign key ("raised_by_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "escalation" add constraint "escalation_lead_id_foreign" foreign key ("lead_id") references "person" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "supervision_session" drop constraint "supervision_session_agreement_id_foreign";`);

    this.addSql(`alter table "supervision_learning_need" drop constraint "supervision_learning_need_supervision_session_id_foreign";`);

    this.addSql(`alter table "supervision_action" drop constraint "supervision_action_session_id_foreign";`);

    this.addSql(`alter table "supervision_action" drop constraint "supervision_action_current_session_id_foreign";`);

    this.addSql(`alter table "supervision_session_attendee" drop constraint "supervision_session_attendee_supervision_session_id_foreign";`);

    this.addSql(`alter table "session_addendum" drop constraint "session_addendum_session_id_foreign";`);

    this.addSql(`alter table "escalation" drop constraint "escalation_session_id_foreign";`);

    this.addSql(`drop table if exists "supervision_audit" cascade;`);

    this.addSql(`drop table if exists "supervision_agreement" cascade;`);

    this.addSql(`drop table if exists "supervision_session" cascade;`);

    this.addSql(`drop table if exists "supervision_learning_need" cascade;`);

    this.addSql(`drop table if exists "supervision_action" cascade;`);

    this.addSql(`drop table if exists "supervision_session_attendee" cascade;`);

    this.addSql(`drop table if exists "session_addendum" cascade;`);

    this.addSql(`drop table if exists "reflective_log_entry" cascade;`);

    this.addSql(`drop table if exists "escalation" cascade;`);

    this.addSql(`drop type "supervision_audit_action";`);
    this.addSql(`drop type "supervision_type";`);
    this.addSql(`drop type "supervision_model";`);
    this.addSql(`drop type "supervision_frequency";`);
    this.addSql(`drop type "supervision_session_kind";`);
    this.addSql(`drop type "supervision_session_status";`);
    this.addSql(`drop type "wellbeing_rating";`);
    this.addSql(`drop type "supervision_action_status";`);
    this.addSql(`drop type "concern_kind";`);
  }

}
