import { Migration } from '@mikro-orm/migrations';

export class Migration20261122163741_foundation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "role" as enum ('PLATFORM_ADMIN', 'WORKFORCE_LEAD', 'PARTNER_ADMIN', 'MANAGER', 'VOLUNTEER_COORDINATOR', 'SUPERVISOR', 'TRAINER', 'LEARNER');`);
    this.addSql(`create table "partnership" ("id" uuid not null, "slug" varchar(64) not null, "name" varchar(200) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "partnership_pkey" primary key ("id"));`);
    this.addSql(`alter table "partnership" add constraint "partnership_slug_unique" unique ("slug");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "email" varchar(320) not null, "display_name" varchar(200) not null, "password_hash" varchar(255) null, "active" boolean not null default true, "last_signed_in_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`create index "app_user_partnership_id_index" on "app_user" ("partnership_id");`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "role_grant" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "user_id" uuid not null, "role" "role" not null, "organisation_id" uuid null, constraint "role_grant_pkey" primary key ("id"));`);
    this.addSql(`create index "role_grant_partnership_id_index" on "role_grant" ("partnership_id");`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_user_id_role_organisation_id_unique" unique ("user_id", "role", "organisation_id");`);

    this.addSql(`create table "refresh_token" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "token_hash" varchar(64) not null, "family" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "refresh_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "refresh_token_family_index" on "refresh_token" ("family");`);

    this.addSql(`alter table "app_user" add constraint "app_user_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "role_grant" add constraint "role_grant_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "refresh_token" add constraint "refresh_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_partnership_id_foreign";`);

    this.addSql(`alter table "role_grant" drop constraint "role_grant_partnership_id_foreign";`);

    this.addSql(`alter table "role_grant" drop constraint "role_grant_user_id_foreign";`);

    this.addSql(`alter table "refresh_token" drop constraint "refresh_token_user_id_foreign";`);

    this.addSql(`drop table if exists "partnership" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "role_grant" cascade;`);

    this.addSql(`drop table if exists "refresh_token" cascade;`);

    this.addSql(`drop type "role";`);
  }

}
