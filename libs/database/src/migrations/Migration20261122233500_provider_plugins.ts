import { Migration } from '@mikro-orm/migrations';

export class Migration20261122233500_provider_plugins extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "sync_trigger" as enum ('SCHEDULE', 'MANUAL', 'WEBHOOK');`);
    this.addSql(`create type "sync_status" as enum ('QUEUED', 'RUNNING', 'RETRYING', 'SUCCEEDED', 'FAILED');`);
    this.addSql(`create type "sync_log_level" as enum ('INFO', 'WARN', 'ERROR');`);
    this.addSql(`create type "unmatched_status" as enum ('OPEN', 'RESOLVED', 'DISMISSED');`);
    this.addSql(`create table "sync_cursor" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "instance" varchar(64) not null, "capability" varchar(16) not null, "cursor" text null, constraint "sync_cursor_pkey" primary key ("id"));`);
    this.addSql(`create index "sync_cursor_partnership_id_index" on "sync_cursor" ("partnership_id");`);
    this.addSql(`alter table "sync_cursor" add constraint "sync_cursor_partnership_id_instance_capability_unique" unique ("partnership_id", "instance", "capability");`);

    this.addSql(`create table "sync_run" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "instance" varchar(64) not null, "plugin_id" varchar(64) not null, "capability" varchar(16) not null, "trigger" "sync_trigger" not null, "requested_by" uuid null, "tick" timestamptz null, "status" "sync_status" not null, "attempts" smallint not null, "created" int not null, "updated" int not null, "unchanged" int not null, "unmatched" int not null, "errors" int not null, "pages" int not null, "logged" int not null, "message" text null, "started_at" timestamptz null, "finished_at" timestamptz null, constraint "sync_run_pkey" primary key ("id"));`);
    this.addSql(`create index "sync_run_partnership_id_index" on "sync_run" ("partnership_id");`);
    this.addSql(`create index "sync_run_partnership_id_created_at_index" on "sync_run" ("partnership_id", "created_at");`);
    this.addSql(`alter table "sync_run" add constraint "sync_run_partnership_id_instance_capability_tick_unique" unique ("partnership_id", "instance", "capability", "tick");`);
    this.addSql(`create unique index "sync_run_one_active" on "sync_run" ("partnership_id", "instance", "capability") where "status" in ('QUEUED', 'RUNNING', 'RETRYING');`);

    this.addSql(`create table "sync_log_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "run_id" uuid not null, "position" int not null, "at" timestamptz not null, "level" "sync_log_level" not null, "record" varchar(300) null, "message" text not null, constraint "sync_log_line_pkey" primary key ("id"));`);
    this.addSql(`create index "sync_log_line_partnership_id_index" on "sync_log_line" ("partnership_id");`);
    this.addSql(`create index "sync_log_line_run_id_position_index" on "sync_log_line" ("run_id", "position");`);

    this.addSql(`create table "unmatched_completion" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "instance" varchar(64) not null, "provider" varchar(200) not null, "external_id" varchar(200) not null, "learner_email" varchar(320) null, "learner_employee_number" varchar(64) null, "learner_name" varchar(200) null, "course_title" varchar(200) not null, "completed_on" date not null, "status" "unmatched_status" not null, "person_id" uuid null, "resolved_by" uuid null, "resolved_at" timestamptz null, "dismiss_reason" text null, constraint "unmatched_completion_pkey" primary key ("id"));`);
    this.addSql(`create index "unmatched_completion_partnership_id_index" on "unmatched_completion" ("partnership_id");`);
    this.addSql(`create index "unmatched_completion_partnership_id_status_index" on "unmatched_completion" ("partnership_id", "status");`);
    this.addSql(`alter table "unmatched_completion" add constraint "unmatched_completion_partnership_id_instance_external_id_unique" unique ("partnership_id", "instance", "external_id");`);

    this.addSql(`alter table "sync_cursor" add constraint "sync_cursor_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "sync_run" add constraint "sync_run_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "sync_log_line" add constraint "sync_log_line_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sync_log_line" add constraint "sync_log_line_run_id_foreign" foreign key ("run_id") references "sync_run" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "unmatched_completion" add constraint "unmatched_completion_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "unmatched_completion" add constraint "unmatched_completion_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "course" add column "external_id" varchar(200) null;`);
    this.addSql(`alter table "course" add constraint "course_provider_id_external_id_unique" unique ("provider_id", "external_id");`);

    this.addSql(`alter table "training_session" add column "venue" varchar(500) null, add column "external_provider_id" uuid null, add column "external_id" varchar(200) null;`);
    this.addSql(`alter table "training_session" add constraint "training_session_external_provider_id_foreign" foreign key ("external_provider_id") references "training_provider" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "training_session" add constraint "training_session_external_provider_id_external_id_unique" unique ("external_provider_id", "external_id");`);

    this.addSql(`alter table "training_record" add column "external_provider_id" uuid null, add column "external_id" varchar(200) null;`);
    this.addSql(`alter table "training_record" add constraint "training_record_external_provider_id_foreign" foreign key ("external_provider_id") references "training_provider" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "training_record" add constraint "training_record_external_provider_id_external_id_unique" unique ("external_provider_id", "external_id");`);
    this.addSql(
      `create table "webhook_delivery" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "instance" varchar(64) not null, "delivery_id" varchar(200) not null, "run_id" uuid not null, constraint "webhook_delivery_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "webhook_delivery_partnership_id_index" on "webhook_delivery" ("partnership_id");`);
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_partnership_id_instance_delivery_id_unique" unique ("partnership_id", "instance", "delivery_id");`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_run_id_foreign" foreign key ("run_id") references "sync_run" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
    this.addSql(`alter table "sync_log_line" drop constraint "sync_log_line_run_id_foreign";`);

    this.addSql(`drop table if exists "sync_cursor" cascade;`);

    this.addSql(`drop table if exists "sync_run" cascade;`);

    this.addSql(`drop table if exists "sync_log_line" cascade;`);

    this.addSql(`drop table if exists "unmatched_completion" cascade;`);

    this.addSql(`alter table "training_record" drop constraint "training_record_external_provider_id_foreign";`);

    this.addSql(`alter table "training_session" drop constraint "training_session_external_provider_id_foreign";`);

    this.addSql(`alter table "course" drop constraint "course_provider_id_external_id_unique";`);
    this.addSql(`alter table "course" drop column "external_id";`);

    this.addSql(`alter table "training_record" drop constraint "training_record_external_provider_id_external_id_unique";`);
    this.addSql(`alter table "training_record" drop column "external_provider_id", drop column "external_id";`);

    this.addSql(`alter table "training_session" drop constraint "training_session_external_provider_id_external_id_unique";`);
    this.addSql(`alter table "training_session" drop column "venue", drop column "external_provider_id", drop column "external_id";`);

    this.addSql(`drop type "sync_trigger";`);
    this.addSql(`drop type "sync_status";`);
    this.addSql(`drop type "sync_log_level";`);
    this.addSql(`drop type "unmatched_status";`);
  }

}
