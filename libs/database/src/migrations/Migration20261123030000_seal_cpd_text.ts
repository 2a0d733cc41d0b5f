import { Migration } from '@mikro-orm/migrations';

/**
 * CPD's reflective text becomes sealed columns (decision 0044). SQL has no key to seal with, so text
 * already written is kept behind the `unsealed:` mark, which reads as it was until the worker's
 * re-seal job (`supervision.reseal-content`, nightly or on demand) seals it under the current key.
 */
export class Migration20261123030000_seal_cpd_text extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "cpd_entry" rename column "learned" to "learned_sealed";`);
    this.addSql(`alter table "cpd_entry" rename column "practice_change" to "practice_change_sealed";`);
    this.addSql(
      `alter table "cpd_entry" alter column "peer_reflection" type text using ("peer_reflection"::text);`,
    );
    this.addSql(`alter table "cpd_entry" rename column "peer_reflection" to "peer_reflection_sealed";`);
    this.addSql(
      `update "cpd_entry" set "learned_sealed" = 'unsealed:' || "learned_sealed", "practice_change_sealed" = 'unsealed:' || "practice_change_sealed", "peer_reflection_sealed" = 'unsealed:' || "peer_reflection_sealed";`,
    );

    this.addSql(`alter table "practice_feedback" add column "content_sealed" text null;`);
    this.addSql(
      `update "practice_feedback" set "content_sealed" = 'unsealed:' || json_build_object('summary', "summary", 'howUsed', "how_used")::text;`,
    );
    this.addSql(`alter table "practice_feedback" alter column "content_sealed" set not null;`);
    this.addSql(`alter table "practice_feedback" drop column "summary", drop column "how_used";`);

    this.addSql(`alter table "reflective_account" add column "content_sealed" text null;`);
    this.addSql(
      `update "reflective_account" set "content_sealed" = 'unsealed:' || json_build_object('nature', "nature", 'learned', "learned", 'practiceChange', "practice_change", 'codeRelevance', "code_relevance")::text;`,
    );
    this.addSql(`alter table "reflective_account" alter column "content_sealed" set not null;`);
    this.addSql(
      `alter table "reflective_account" drop column "nature", drop column "learned", drop column "practice_change", drop column "code_relevance";`,
    );

    this.addSql(`alter table "revalidation_sign_off" rename column "notes" to "notes_sealed";`);
    this.addSql(`update "revalidation_sign_off" set "notes_sealed" = 'unsealed:' || "notes_sealed";`);
  }

  /** Only while nothing is sealed yet: sealed text cannot be opened in SQL. */
  override async down(): Promise<void> {
    this.addSql(`do $$ begin
      if exists (select 1 from "cpd_entry" where "learned_sealed" not like 'unsealed:%' or "practice_change_sealed" not like 'unsealed:%' or "peer_reflection_sealed" not like 'unsealed:%')
        or exists (select 1 from "practice_feedback" where "content_sealed" not like 'unsealed:%')
        or exists (select 1 from "reflective_account" where "content_sealed" not like 'unsealed:%')
        or exists (select 1 from "revalidation_sign_off" where "notes_sealed" not like 'unsealed:%') then
        raise exception 'CPD text is sealed already and cannot be opened in SQL; restore a backup instead';
      end if;
    end $$;`);

    this.addSql(`update "revalidation_sign_off" set "notes_sealed" = substr("notes_sealed", 10);`);
    this.addSql(`alter table "revalidation_sign_off" rename column "notes_sealed" to "notes";`);

    this.addSql(
      `alter table "reflective_account" add column "nature" text null, add column "learned" text null, add column "practice_change" text null, add column "code_relevance" text null;`,
    );
    this.addSql(
      `update "reflective_account" set "nature" = c->>'nature', "learned" = c->>'learned', "practice_change" = c->>'practiceChange', "code_relevance" = c->>'codeRelevance' from (select id, substr("content_sealed", 10)::jsonb as c from "reflective_account") o where o.id = "reflective_account".id;`,
    );
    this.addSql(
      `alter table "reflective_account" alter column "nature" set not null, alter column "learned" set not null, alter column "practice_change" set not null, alter column "code_relevance" set not null, drop column "content_sealed";`,
    );

    this.addSql(`alter table "practice_feedback" add column "summary" text null, add column "how_used" text null;`);
    this.addSql(
      `update "practice_feedback" set "summary" = c->>'summary', "how_used" = c->>'howUsed' from (select id, substr("content_sealed", 10)::jsonb as c from "practice_feedback") o where o.id = "practice_feedback".id;`,
    );
    this.addSql(
      `alter table "practice_feedback" alter column "summary" set not null, drop column "content_sealed";`,
    );

    this.addSql(
      `update "cpd_entry" set "learned_sealed" = substr("learned_sealed", 10), "practice_change_sealed" = substr("practice_change_sealed", 10), "peer_reflection_sealed" = substr("peer_reflection_sealed", 10);`,
    );
    this.addSql(`alter table "cpd_entry" rename column "peer_reflection_sealed" to "peer_reflection";`);
    this.addSql(
      `alter table "cpd_entry" alter column "peer_reflection" type jsonb using ("peer_reflection"::jsonb);`,
    );
    this.addSql(`alter table "cpd_entry" rename column "practice_change_sealed" to "practice_change";`);
    this.addSql(`alter table "cpd_entry" rename column "learned_sealed" to "learned";`);
  }
}
