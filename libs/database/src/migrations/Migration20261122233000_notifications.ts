import { Migration } from '@mikro-orm/migrations';

export class Migration20261122233000_notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "notification_kind" as enum ('TRANSACTIONAL', 'REMINDER', 'DIGEST');`);
    this.addSql(`create table "notification_preference" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "person_id" uuid not null, "reminders" boolean not null default true, "digests" boolean not null default true, constraint "notification_preference_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_preference_partnership_id_index" on "notification_preference" ("partnership_id");`);
    this.addSql(`alter table "notification_preference" add constraint "notification_preference_person_id_unique" unique ("person_id");`);

    this.addSql(`create table "calendar_feed" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "person_id" uuid not null, "token_hash" varchar(64) not null, constraint "calendar_feed_pkey" primary key ("id"));`);
    this.addSql(`create index "calendar_feed_partnership_id_index" on "calendar_feed" ("partnership_id");`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_person_id_unique" unique ("person_id");`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter type "notification_status" add value if not exists 'SKIPPED' after 'FAILED';`);

    this.addSql(`alter table "notification" add column "recipient_person_id" uuid null, add column "kind" "notification_kind" not null default 'TRANSACTIONAL', add column "invite" jsonb null, add column "round" smallint not null default 0, add column "subject" varchar(300) null;`);
    this.addSql(`create index "notification_recipient_person_id_created_at_index" on "notification" ("recipient_person_id", "created_at");`);

    this.addSql(`alter table "training_session" add column "revision" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_preference" cascade;`);

    this.addSql(`drop table if exists "calendar_feed" cascade;`);

    this.addSql(`drop index "notification_recipient_person_id_created_at_index";`);
    this.addSql(`alter table "notification" drop column "recipient_person_id", drop column "kind", drop column "invite", drop column "round", drop column "subject";`);

    this.addSql(`alter table "training_session" drop column "revision";`);

    this.addSql(`drop type "notification_kind";`);
  }

}
