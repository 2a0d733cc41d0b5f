import { Migration } from '@mikro-orm/migrations';

export class Migration20261122233500_cpd extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "sign_off_kind" as enum ('REFLECTIVE_DISCUSSION', 'CONFIRMATION');`);
    this.addSql(`create type "regulator" as enum ('SWE', 'NMC', 'HCPC', 'NONE');`);
    this.addSql(
      `create type "cpd_type" as enum ('COURSE', 'E_LEARNING', 'READING', 'SHADOWING', 'SUPERVISION', 'REFLECTIVE_PRACTICE_GROUP', 'CONFERENCE', 'PEER_LEARNING', 'OTHER');`,
    );
    this.addSql(`create type "cpd_source" as enum ('MANUAL', 'TRAINING', 'SUPERVISION', 'REFLECTIVE_PRACTICE');`);
    this.addSql(
      `create table "revalidation_sign_off" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "person_id" uuid not null, "kind" "sign_off_kind" not null, "on" date not null, "partner_name" varchar(200) not null, "partner_pin" varchar(8) null, "notes" text null, constraint "revalidation_sign_off_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "revalidation_sign_off_partnership_id_index" on "revalidation_sign_off" ("partnership_id");`,
    );
    this.addSql(
      `create index "revalidation_sign_off_person_id_on_index" on "revalidation_sign_off" ("person_id", "on");`,
    );

    this.addSql(
      `create table "reflective_account" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "person_id" uuid not null, "written_on" date not null, "nature" text not null, "learned" text not null, "practice_change" text not null, "code_themes" jsonb not null, "code_relevance" text not null, constraint "reflective_account_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "reflective_account_partnership_id_index" on "reflective_account" ("partnership_id");`);
    this.addSql(
      `create index "reflective_account_person_id_written_on_index" on "reflective_account" ("person_id", "written_on");`,
    );

    this.addSql(
      `create table "professional_registration" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "person_id" uuid not null, "regulator" "regulator" not null, "number" varchar(20) null, "renewal_on" date null, constraint "professional_registration_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "professional_registration_partnership_id_index" on "professional_registration" ("partnership_id");`,
    );
    this.addSql(
      `alter table "professional_registration" add constraint "professional_registration_person_id_regulator_unique" unique ("person_id", "regulator");`,
    );

    this.addSql(
      `create table "practice_feedback" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "person_id" uuid not null, "received_on" date not null, "source" varchar(200) not null, "summary" text not null, "how_used" text null, constraint "practice_feedback_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "practice_feedback_partnership_id_index" on "practice_feedback" ("partnership_id");`);
    this.addSql(
      `create index "practice_feedback_person_id_received_on_index" on "practice_feedback" ("person_id", "received_on");`,
    );

    this.addSql(
      `create table "cpd_preferences" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "person_id" uuid not null, "auto_entries" boolean not null, constraint "cpd_preferences_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "cpd_preferences_partnership_id_index" on "cpd_preferences" ("partnership_id");`);
    this.addSql(
      `alter table "cpd_preferences" add constraint "cpd_preferences_person_id_unique" unique ("person_id");`,
    );

    this.addSql(
      `create table "cpd_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "person_id" uuid not null, "date" date not null, "title" varchar(200) not null, "type" "cpd_type" not null, "minutes" int not null, "participatory" boolean not null, "learned" text null, "practice_change" text null, "competencies" jsonb not null, "peer_reflection" jsonb null, "source" "cpd_source" not null, "source_id" uuid null, constraint "cpd_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "cpd_entry_partnership_id_index" on "cpd_entry" ("partnership_id");`);
    this.addSql(`create index "cpd_entry_person_id_date_index" on "cpd_entry" ("person_id", "date");`);
    this.addSql(
      `alter table "cpd_entry" add constraint "cpd_entry_person_id_source_source_id_unique" unique ("person_id", "source", "source_id");`,
    );

    this.addSql(
      `create table "cpd_evidence" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "entry_id" uuid not null, "file_name" varchar(255) not null, "media_type" varchar(100) not null, "size" int not null, "content" bytea not null, constraint "cpd_evidence_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "cpd_evidence_partnership_id_index" on "cpd_evidence" ("partnership_id");`);
    this.addSql(`create index "cpd_evidence_entry_id_index" on "cpd_evidence" ("entry_id");`);

    this.addSql(
      `alter table "revalidation_sign_off" add constraint "revalidation_sign_off_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "revalidation_sign_off" add constraint "revalidation_sign_off_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "reflective_account" add constraint "reflective_account_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "reflective_account" add constraint "reflective_account_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "professional_registration" add constraint "professional_registration_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "professional_registration" add constraint "professional_registration_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "practice_feedback" add constraint "practice_feedback_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "practice_feedback" add constraint "practice_feedback_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "cpd_preferences" add constraint "cpd_preferences_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "cpd_preferences" add constraint "cpd_preferences_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "cpd_entry" add constraint "cpd_entry_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "cpd_entry" add constraint "cpd_entry_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "cpd_evidence" add constraint "cpd_evidence_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "cpd_evidence" add constraint "cpd_evidence_entry_id_foreign" foreign key ("entry_id") references "cpd_entry" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cpd_evidence" drop constraint "cpd_evidence_entry_id_foreign";`);

    this.addSql(`drop table if exists "revalidation_sign_off" cascade;`);

    this.addSql(`drop table if exists "reflective_account" cascade;`);

    this.addSql(`drop table if exists "professional_registration" cascade;`);

    this.addSql(`drop table if exists "practice_feedback" cascade;`);

    this.addSql(`drop table if exists "cpd_preferences" cascade;`);

    this.addSql(`drop table if exists "cpd_entry" cascade;`);

    this.addSql(`drop table if exists "cpd_evidence" cascade;`);

    this.addSql(`drop type "sign_off_kind";`);
    this.addSql(`drop type "regulator";`);
    this.addSql(`drop type "cpd_type";`);
    this.addSql(`drop type "cpd_source";`);
  }
}
