import { Migration } from '@mikro-orm/migrations';

export class Migration20261122195620_training extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "booking_approval" as enum ('LINE_MANAGER', 'NONE');`);
    this.addSql(`create type "provider_kind" as enum ('IN_HOUSE', 'PARTNER', 'EXTERNAL');`);
    this.addSql(`create type "course_mode" as enum ('IN_PERSON', 'VIRTUAL', 'E_LEARNING', 'BLENDED');`);
    this.addSql(`create type "course_status" as enum ('ACTIVE', 'ARCHIVED');`);
    this.addSql(`create type "session_status" as enum ('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED');`);
    this.addSql(`create type "booking_status" as enum ('PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED', 'OFFERED', 'DECLINED', 'EXPIRED', 'CANCELLED', 'ATTENDED', 'PARTIALLY_ATTENDED', 'NO_SHOW');`);
    this.addSql(`create type "record_source" as enum ('SESSION', 'EXTERNAL', 'IMPORTED', 'PLUGIN');`);
    this.addSql(`create type "record_validation" as enum ('PENDING', 'VALIDATED', 'REJECTED');`);
    this.addSql(`create type "attendance_status" as enum ('ATTENDED', 'PARTIAL', 'ABSENT');`);
    this.addSql(`create type "attendance_source" as enum ('REGISTER', 'CHECK_IN');`);
    this.addSql(`create table "training_provider" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "name" varchar(200) not null, "kind" "provider_kind" not null, "organisation_id" uuid null, "contact_email" varchar(320) null, "website" varchar(500) null, constraint "training_provider_pkey" primary key ("id"));`);
    this.addSql(`create index "training_provider_partnership_id_index" on "training_provider" ("partnership_id");`);
    this.addSql(`alter table "training_provider" add constraint "training_provider_partnership_id_name_unique" unique ("partnership_id", "name");`);

    this.addSql(`create table "course" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "provider_id" uuid not null, "title" varchar(200) not null, "summary" text not null, "outcomes" jsonb not null, "mode" "course_mode" not null, "duration_minutes" int not null, "cpd_minutes" int not null, "audience" jsonb not null, "prerequisites" jsonb not null, "grants" jsonb not null, "validity_months" smallint null, "reminder_months" jsonb not null, "cost_per_place_pence" int null, "status" "course_status" not null, constraint "course_pkey" primary key ("id"));`);
    this.addSql(`create index "course_partnership_id_index" on "course" ("partnership_id");`);
    this.addSql(`alter table "course" add constraint "course_partnership_id_title_unique" unique ("partnership_id", "title");`);

    this.addSql(`create table "training_session" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "course_id" uuid not null, "status" "session_status" not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "site_id" uuid null, "room_id" uuid null, "online_url" varchar(500) null, "capacity" int not null, "minimum_numbers" int null, "minimum_cutoff_at" timestamptz null, "registration_opens_at" timestamptz null, "registration_closes_at" timestamptz not null, "cancellation_cutoff_at" timestamptz not null, "offer_hours" smallint not null, "check_in_code" varchar(8) not null, "published_at" timestamptz null, "cancellation_reason" text null, constraint "training_session_pkey" primary key ("id"));`);
    this.addSql(`create index "training_session_partnership_id_index" on "training_session" ("partnership_id");`);
    this.addSql(`create index "training_session_partnership_id_starts_at_index" on "training_session" ("partnership_id", "starts_at");`);
    this.addSql(`alter table "training_session" add constraint "training_session_check_in_code_unique" unique ("check_in_code");`);

    this.addSql(`create table "session_quota" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "session_id" uuid not null, "organisation_id" uuid null, "organisation_kind" "organisation_kind" null, "seats" int not null, "release_at" timestamptz not null, constraint "session_quota_pkey" primary key ("id"));`);
    this.addSql(`create index "session_quota_partnership_id_index" on "session_quota" ("partnership_id");`);

    this.addSql(`create table "session_part" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "session_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "position" smallint not null, constraint "session_part_pkey" primary key ("id"));`);
    this.addSql(`create index "session_part_partnership_id_index" on "session_part" ("partnership_id");`);
    this.addSql(`create index "session_part_starts_at_ends_at_index" on "session_part" ("starts_at", "ends_at");`);

    this.addSql(`create table "training_session_trainer" ("training_session_id" uuid not null, "person_id" uuid not null, constraint "training_session_trainer_pkey" primary key ("training_session_id", "person_id"));`);

    this.addSql(`create table "expression_of_interest" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "course_id" uuid not null, "person_id" uuid not null, "organisation_id" uuid not null, "site_id" uuid null, "fulfilled_at" timestamptz null, constraint "expression_of_interest_pkey" primary key ("id"));`);
    this.addSql(`create index "expression_of_interest_partnership_id_index" on "expression_of_interest" ("partnership_id");`);
    this.addSql(`alter table "expression_of_interest" add constraint "expression_of_interest_course_id_person_id_unique" unique ("course_id", "person_id");`);

    this.addSql(`create table "booking" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "session_id" uuid not null, "person_id" uuid not null, "organisation_id" uuid not null, "status" "booking_status" not null, "quota_id" uuid null, "arrival" int not null, "approver_id" uuid null, "requested_by_user_id" uuid not null, "guards" jsonb not null, "override_reason" text null, "decided_by_user_id" uuid null, "decided_at" timestamptz null, "decline_reason" text null, "offer_expires_at" timestamptz null, "cancelled_at" timestamptz null, "late" boolean not null, "waiver_reason" text null, constraint "booking_pkey" primary key ("id"));`);
    this.addSql(`create index "booking_partnership_id_index" on "booking" ("partnership_id");`);
    this.addSql(`create index "booking_person_id_status_index" on "booking" ("person_id", "status");`);
    this.addSql(`create index "booking_session_id_status_arrival_index" on "booking" ("session_id", "status", "arrival");`);

    this.addSql(`create table "training_record" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "person_id" uuid not null, "course_id" uuid null, "title" varchar(200) not null, "completed_on" date not null, "expires_on" date null, "source" "record_source" not null, "validation" "record_validation" not null, "cpd_minutes" int not null, "evidence" text null, "booking_id" uuid null, "certificate_code" varchar(16) null, "reviewed_by_user_id" uuid null, "reviewed_at" timestamptz null, "review_comment" text null, "revoked_at" timestamptz null, "revoke_reason" text null, constraint "training_record_pkey" primary key ("id"));`);
    this.addSql(`create index "training_record_partnership_id_index" on "training_record" ("partnership_id");`);
    this.addSql(`create index "training_record_partnership_id_expires_on_index" on "training_record" ("partnership_id", "expires_on");`);
    this.addSql(`create index "training_record_person_id_completed_on_index" on "training_record" ("person_id", "completed_on");`);
    this.addSql(`alter table "training_record" add constraint "training_record_certificate_code_unique" unique ("certificate_code");`);

    this.addSql(`create table "attendance_mark" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "booking_id" uuid not null, "part_id" uuid not null, "status" "attendance_status" not null, "source" "attendance_source" not null, "marked_by_user_id" uuid not null, constraint "attendance_mark_pkey" primary key ("id"));`);
    this.addSql(`create index "attendance_mark_partnership_id_index" on "attendance_mark" ("partnership_id");`);
    this.addSql(`alter table "attendance_mark" add constraint "attendance_mark_booking_id_part_id_unique" unique ("booking_id", "part_id");`);

    this.addSql(`alter table "training_provider" add constraint "training_provider_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "training_provider" add constraint "training_provider_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "course" add constraint "course_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "course" add constraint "course_provider_id_foreign" foreign key ("provider_id") references "training_provider" ("id") on update cascade;`);

    this.addSql(`alter table "training_session" add constraint "training_session_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "training_session" add constraint "training_session_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade;`);
    this.addSql(`alter table "training_session" add constraint "training_session_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "training_session" add constraint "training_session_room_id_foreign" foreign key ("room_id") references "room" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session_quota" add constraint "session_quota_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session_quota" add constraint "session_quota_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session_quota" add constraint "session_quota_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session_part" add constraint "session_part_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session_part" add constraint "session_part_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "training_session_trainer" add constraint "training_session_trainer_training_session_id_foreign" foreign key ("training_session_id") references "training_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "training_session_trainer" add constraint "training_session_trainer_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "expression_of_interest" add constraint "expression_of_interest_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "expression_of_interest" add constraint "expression_of_interest_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "expression_of_interest" add constraint "expression_of_interest_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "expression_of_interest" add constraint "expression_of_interest_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "expression_of_interest" add constraint "expression_of_interest_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "booking" add constraint "booking_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_quota_id_foreign" foreign key ("quota_id") references "session_quota" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "booking" add constraint "booking_approver_id_foreign" foreign key ("approver_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "training_record" add constraint "training_record_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "training_record" add constraint "training_record_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "training_record" add constraint "training_record_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "training_record" add constraint "training_record_booking_id_foreign" foreign key ("booking_id") references "booking" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "attendance_mark" add constraint "attendance_mark_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "attendance_mark" add constraint "attendance_mark_booking_id_foreign" foreign key ("booking_id") references "booking" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "attendance_mark" add constraint "attendance_mark_part_id_foreign" foreign key ("part_id") references "session_part" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organisation" add column "booking_approval" "booking_approval" not null default 'LINE_MANAGER';`);

    this.addSql(`alter table "team" add column "training_away_limit_percent" smallint null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "course" drop constraint "course_provider_id_foreign";`);

    this.addSql(`alter table "training_session" drop constraint "training_session_course_id_foreign";`);

    this.addSql(`alter table "expression_of_interest" drop constraint "expression_of_interest_course_id_foreign";`);

    this.addSql(`alter table "training_record" drop constraint "training_record_course_id_foreign";`);

    this.addSql(`alter table "session_quota" drop constraint "session_quota_session_id_foreign";`);

    this.addSql(`alter table "session_part" drop constraint "session_part_session_id_foreign";`);

    this.addSql(`alter table "training_session_trainer" drop constraint "training_session_trainer_training_session_id_foreign";`);

    this.addSql(`alter table "booking" drop constraint "booking_session_id_foreign";`);

    this.addSql(`alter table "booking" drop constraint "booking_quota_id_foreign";`);

    this.addSql(`alter table "attendance_mark" drop constraint "attendance_mark_part_id_foreign";`);

    this.addSql(`alter table "training_record" drop constraint "training_record_booking_id_foreign";`);

    this.addSql(`alter table "attendance_mark" drop constraint "attendance_mark_booking_id_foreign";`);

    this.addSql(`drop table if exists "training_provider" cascade;`);

    this.addSql(`drop table if exists "course" cascade;`);

    this.addSql(`drop table if exists "training_session" cascade;`);

    this.addSql(`drop table if exists "session_quota" cascade;`);

    this.addSql(`drop table if exists "session_part" cascade;`);

    this.addSql(`drop table if exists "training_session_trainer" cascade;`);

    this.addSql(`drop table if exists "expression_of_interest" cascade;`);

    this.addSql(`drop table if exists "booking" cascade;`);

    this.addSql(`drop table if exists "training_record" cascade;`);

    this.addSql(`drop table if exists "attendance_mark" cascade;`);

    this.addSql(`alter table "organisation" drop column "booking_approval";`);

    this.addSql(`alter table "team" drop column "training_away_limit_percent";`);

    this.addSql(`drop type "booking_approval";`);
    this.addSql(`drop type "provider_kind";`);
    this.addSql(`drop type "course_mode";`);
    this.addSql(`drop type "course_status";`);
    this.addSql(`drop type "session_status";`);
    this.addSql(`drop type "booking_status";`);
    this.addSql(`drop type "record_source";`);
    this.addSql(`drop type "record_validation";`);
    this.addSql(`drop type "attendance_status";`);
    this.addSql(`drop type "attendance_source";`);
  }

}
