import { Migration } from '@mikro-orm/migrations';

export class Migration20261122171419_workforce extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "organisation_kind" as enum ('LOCAL_AUTHORITY', 'HEALTH', 'EDUCATION', 'SOCIAL_CARE', 'VCFSE', 'HOUSING', 'POLICE', 'OTHER');`);
    this.addSql(`create type "organisation_status" as enum ('ACTIVE', 'INACTIVE');`);
    this.addSql(`create type "notification_status" as enum ('PENDING', 'QUEUED', 'SENT', 'FAILED');`);
    this.addSql(`create type "import_status" as enum ('QUEUED', 'RUNNING', 'SUCCEEDED', 'REJECTED', 'PARTIAL', 'FAILED');`);
    this.addSql(`create type "site_kind" as enum ('FAMILY_HUB', 'SPOKE', 'OUTREACH', 'VIRTUAL');`);
    this.addSql(`create type "sign_in_token_purpose" as enum ('INVITATION', 'SIGN_IN_LINK');`);
    this.addSql(`create type "employment_type" as enum ('STAFF', 'VOLUNTEER', 'STUDENT', 'AGENCY', 'SECONDED');`);
    this.addSql(`create type "dbs_level" as enum ('BASIC', 'STANDARD', 'ENHANCED', 'ENHANCED_WITH_BARRED_LISTS');`);
    this.addSql(`create table "organisation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "name" varchar(200) not null, "code" varchar(32) not null, "kind" "organisation_kind" not null, "statutory" boolean not null, "contact_name" varchar(200) null, "contact_email" varchar(320) null, "contact_phone" varchar(40) null, "status" "organisation_status" not null default 'ACTIVE', constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`create index "organisation_partnership_id_index" on "organisation" ("partnership_id");`);
    this.addSql(`alter table "organisation" add constraint "organisation_partnership_id_code_unique" unique ("partnership_id", "code");`);
    this.addSql(`alter table "organisation" add constraint "organisation_partnership_id_name_unique" unique ("partnership_id", "name");`);

    this.addSql(`create table "notification" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid null, "recipient_email" varchar(320) not null, "type" varchar(80) not null, "data" jsonb not null, "dedupe_key" varchar(200) not null, "status" "notification_status" not null, "attempts" int not null, "last_error" text null, "sent_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification" add constraint "notification_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "notification_status_created_at_index" on "notification" ("status", "created_at");`);

    this.addSql(`create table "import_run" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "requested_by" uuid not null, "file_name" varchar(255) not null, "format" varchar(8) not null, "file" bytea null, "dry_run" boolean not null, "skip_invalid" boolean not null, "limited_to_organisations" jsonb null, "status" "import_status" not null, "total_rows" int not null, "processed_rows" int not null, "created" int not null, "updated" int not null, "unchanged" int not null, "problems" jsonb not null, "finished_at" timestamptz null, constraint "import_run_pkey" primary key ("id"));`);
    this.addSql(`create index "import_run_partnership_id_index" on "import_run" ("partnership_id");`);
    this.addSql(`create index "import_run_partnership_id_created_at_index" on "import_run" ("partnership_id", "created_at");`);

    this.addSql(`create table "audit_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "person_id" uuid not null, "actor_user_id" uuid null, "action" varchar(40) not null, "entity_type" varchar(40) not null, "entity_id" uuid not null, "changes" jsonb not null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_partnership_id_index" on "audit_entry" ("partnership_id");`);
    this.addSql(`create index "audit_entry_partnership_id_person_id_created_at_index" on "audit_entry" ("partnership_id", "person_id", "created_at");`);

    this.addSql(`create table "site" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "name" varchar(200) not null, "kind" "site_kind" not null, "hub_id" uuid null, "address_line1" varchar(200) null, "address_line2" varchar(200) null, "town" varchar(100) null, "postcode" varchar(10) null, "locality" varchar(100) not null, constraint "site_pkey" primary key ("id"));`);
    this.addSql(`create index "site_partnership_id_index" on "site" ("partnership_id");`);
    this.addSql(`alter table "site" add constraint "site_partnership_id_name_unique" unique ("partnership_id", "name");`);

    this.addSql(`create table "room" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "site_id" uuid not null, "name" varchar(100) not null, "capacity" int not null, "accessibility_notes" text null, constraint "room_pkey" primary key ("id"));`);
    this.addSql(`create index "room_partnership_id_index" on "room" ("partnership_id");`);
    this.addSql(`alter table "room" add constraint "room_site_id_name_unique" unique ("site_id", "name");`);

    this.addSql(`create table "sign_in_token" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "purpose" "sign_in_token_purpose" not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "sign_in_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "sign_in_token" add constraint "sign_in_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "sign_in_token_user_id_purpose_index" on "sign_in_token" ("user_id", "purpose");`);

    this.addSql(`create table "person" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "given_name" varchar(100) not null, "family_name" varchar(100) not null, "email" varchar(320) not null, "employee_number" varchar(40) null, "phone" varchar(40) null, "user_id" uuid null, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`create index "person_partnership_id_index" on "person" ("partnership_id");`);
    this.addSql(`alter table "person" add constraint "person_user_id_unique" unique ("user_id");`);
    this.addSql(`create index "person_partnership_id_family_name_given_name_index" on "person" ("partnership_id", "family_name", "given_name");`);
    this.addSql(`alter table "person" add constraint "person_partnership_id_employee_number_unique" unique ("partnership_id", "employee_number");`);
    this.addSql(`alter table "person" add constraint "person_partnership_id_email_unique" unique ("partnership_id", "email");`);

    this.addSql(`create table "team" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "organisation_id" uuid not null, "name" varchar(200) not null, "site_id" uuid null, "manager_id" uuid null, constraint "team_pkey" primary key ("id"));`);
    this.addSql(`create index "team_partnership_id_index" on "team" ("partnership_id");`);
    this.addSql(`alter table "team" add constraint "team_organisation_id_name_unique" unique ("organisation_id", "name");`);

    this.addSql(`create table "job_assignment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "person_id" uuid not null, "organisation_id" uuid not null, "team_id" uuid null, "job_title" varchar(200) not null, "role_profile_id" uuid null, "employment_type" "employment_type" not null, "hours_per_week" numeric(4,1) null, "start_date" date not null, "end_date" date null, "line_manager_id" uuid null, constraint "job_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "job_assignment_partnership_id_index" on "job_assignment" ("partnership_id");`);
    this.addSql(`create index "job_assignment_organisation_id_end_date_index" on "job_assignment" ("organisation_id", "end_date");`);

    this.addSql(`create table "dbs_check" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "person_id" uuid not null, "level" "dbs_level" not null, "certificate_number" varchar(20) null, "certificate_date" date not null, "update_service" boolean not null, "recheck_due" date null, constraint "dbs_check_pkey" primary key ("id"));`);
    this.addSql(`create index "dbs_check_partnership_id_index" on "dbs_check" ("partnership_id");`);

    this.addSql(`alter table "organisation" add constraint "organisation_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "import_run" add constraint "import_run_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "site" add constraint "site_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "site" add constraint "site_hub_id_foreign" foreign key ("hub_id") references "site" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "room" add constraint "room_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "room" add constraint "room_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "sign_in_token" add constraint "sign_in_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "person" add constraint "person_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "person" add constraint "person_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "team" add constraint "team_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "team" add constraint "team_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "team" add constraint "team_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "team" add constraint "team_manager_id_foreign" foreign key ("manager_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "job_assignment" add constraint "job_assignment_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "job_assignment" add constraint "job_assignment_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "job_assignment" add constraint "job_assignment_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "job_assignment" add constraint "job_assignment_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "job_assignment" add constraint "job_assignment_line_manager_id_foreign" foreign key ("line_manager_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "dbs_check" add constraint "dbs_check_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "dbs_check" add constraint "dbs_check_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "team" drop constraint "team_organisation_id_foreign";`);

    this.addSql(`alter table "job_assignment" drop constraint "job_assignment_organisation_id_foreign";`);

    this.addSql(`alter table "site" drop constraint "site_hub_id_foreign";`);

    this.addSql(`alter table "room" drop constraint "room_site_id_foreign";`);

    this.addSql(`alter table "team" drop constraint "team_site_id_foreign";`);

    this.addSql(`alter table "team" drop constraint "team_manager_id_foreign";`);

    this.addSql(`alter table "job_assignment" drop constraint "job_assignment_person_id_foreign";`);

    this.addSql(`alter table "job_assignment" drop constraint "job_assignment_line_manager_id_foreign";`);

    this.addSql(`alter table "dbs_check" drop constraint "dbs_check_person_id_foreign";`);

    this.addSql(`alter table "job_assignment" drop constraint "job_assignment_team_id_foreign";`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "import_run" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "site" cascade;`);

    this.addSql(`drop table if exists "room" cascade;`);

    this.addSql(`drop table if exists "sign_in_token" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "team" cascade;`);

    this.addSql(`drop table if exists "job_assignment" cascade;`);

    this.addSql(`drop table if exists "dbs_check" cascade;`);

    this.addSql(`drop type "organisation_kind";`);
    this.addSql(`drop type "organisation_status";`);
    this.addSql(`drop type "notification_status";`);
    this.addSql(`drop type "import_status";`);
    this.addSql(`drop type "site_kind";`);
    this.addSql(`drop type "sign_in_token_purpose";`);
    this.addSql(`drop type "employment_type";`);
    this.addSql(`drop type "dbs_level";`);
  }

}
