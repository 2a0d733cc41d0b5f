import { Migration } from '@mikro-orm/migrations';

export class Migration20261123020000_booking_pushes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "booking_push_action" as enum ('BOOK', 'CANCEL');`);
    this.addSql(`create type "booking_push_status" as enum ('PENDING', 'QUEUED', 'SUCCEEDED', 'FAILED', 'SKIPPED');`);
    this.addSql(`create table "booking_push" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "booking_id" uuid not null, "provider_id" uuid not null, "session_external_id" varchar(200) not null, "action" "booking_push_action" not null, "status" "booking_push_status" not null, "attempts" smallint not null, "round" smallint not null, "reference" varchar(200) null, "message" text null, "finished_at" timestamptz null, constraint "booking_push_pkey" primary key ("id"));`);
    this.addSql(`create index "booking_push_partnership_id_index" on "booking_push" ("partnership_id");`);
    this.addSql(`create index "booking_push_partnership_id_status_index" on "booking_push" ("partnership_id", "status");`);
    this.addSql(`create index "booking_push_status_created_at_index" on "booking_push" ("status", "created_at");`);
    this.addSql(`alter table "booking_push" add constraint "booking_push_booking_id_action_unique" unique ("booking_id", "action");`);

    this.addSql(`alter table "booking_push" add constraint "booking_push_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "booking_push" add constraint "booking_push_booking_id_foreign" foreign key ("booking_id") references "booking" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "booking_push" add constraint "booking_push_provider_id_foreign" foreign key ("provider_id") references "training_provider" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "booking_push" cascade;`);

    this.addSql(`drop type "booking_push_action";`);
    this.addSql(`drop type "booking_push_status";`);
  }

}
