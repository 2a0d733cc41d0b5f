import { Migration } from '@mikro-orm/migrations';

export class Migration20261123010000_draft_online_links extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "schedule_draft" add column "online_url" text null;`);
    // Drafts already stored have no session links; the default only fills them in.
    this.addSql(`alter table "schedule_draft" add column "session_online_urls" jsonb not null default '{}';`);
    this.addSql(`alter table "schedule_draft" alter column "session_online_urls" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "schedule_draft" drop column "online_url", drop column "session_online_urls";`);
  }
}
