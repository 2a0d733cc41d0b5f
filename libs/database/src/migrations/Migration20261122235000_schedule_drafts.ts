import { Migration } from '@mikro-orm/migrations';

export class Migration20261122235000_schedule_drafts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "draft_status" as enum ('DRAFT', 'RUNNING', 'READY', 'PUBLISHED', 'FAILED');`);
    this.addSql(`create table "schedule_draft" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "term_starts_on" date not null, "term_ends_on" date not null, "status" "draft_status" not null, "progress" smallint not null, "result" jsonb null, "pins" jsonb not null, "error" text null, "requested_by" uuid not null, "requested_at" timestamptz not null, constraint "schedule_draft_pkey" primary key ("id"));`);
    this.addSql(`create index "schedule_draft_partnership_id_index" on "schedule_draft" ("partnership_id");`);
    this.addSql(`create index "schedule_draft_partnership_id_created_at_index" on "schedule_draft" ("partnership_id", "created_at");`);

    this.addSql(`alter table "schedule_draft" add constraint "schedule_draft_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "schedule_draft" cascade;`);

    this.addSql(`drop type "draft_status";`);
  }

}
