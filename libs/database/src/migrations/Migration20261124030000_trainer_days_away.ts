import { Migration } from '@mikro-orm/migrations';

export class Migration20261124030000_trainer_days_away extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "trainer_day_away" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "trainer_id" uuid not null, "starts_on" date not null, "ends_on" date not null, "reason" varchar(200) null, "recorded_by" uuid not null, constraint "trainer_day_away_pkey" primary key ("id"));`);
    this.addSql(`create index "trainer_day_away_partnership_id_index" on "trainer_day_away" ("partnership_id");`);
    this.addSql(`create index "trainer_day_away_partnership_id_trainer_id_index" on "trainer_day_away" ("partnership_id", "trainer_id");`);
    this.addSql(`alter table "trainer_day_away" add constraint "trainer_day_away_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "trainer_day_away" add constraint "trainer_day_away_trainer_id_foreign" foreign key ("trainer_id") references "person" ("id") on update cascade on delete cascade;`);
    // A draft is taken for publishing in one guarded step before its sessions are created (decision 0055).
    this.addSql(`alter type "draft_status" add value if not exists 'PUBLISHING' before 'PUBLISHED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "trainer_day_away" cascade;`);
  }
}
