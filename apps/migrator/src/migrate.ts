import { MikroORM } from '@mikro-orm/postgresql';
import type { Migrator } from '@mikro-orm/migrations';
import type { AppConfig } from '@kindred/config';
import { ormOptions } from '@kindred/database';
import { registerConfiguredPartnerships } from '@kindred/org';
import { Passwords } from '@kindred/auth';
import { seedDemo } from '@kindred/demo';
import { allEntities } from './entities';

export interface MigrateResult {
  applied: string[];
  demoSeeded: boolean;
}

/**
 * Applies pending migrations (all in one transaction), registers the configured partnerships and,
 * when asked, seeds the demo partnership into an empty database.
 */
export async function migrate(config: AppConfig, options: { seedDemo: boolean }): Promise<MigrateResult> {
  const orm = await MikroORM.init(ormOptions(config, allEntities));
  try {
    const applied = await applyMigrations(orm);
    const em = orm.em.fork();
    let demoSeeded = false;
    if (options.seedDemo) {
      demoSeeded = (await seedDemo(em, config, new Passwords(config))).seeded;
    } else {
      await registerConfiguredPartnerships(em, config);
    }
    return { applied, demoSeeded };
  } finally {
    await orm.close();
  }
}

/** Only the schema: applies pending migrations and registers nothing (test databases' template). */
export async function migrateSchema(config: AppConfig): Promise<string[]> {
  const orm = await MikroORM.init(ormOptions(config, allEntities));
  try {
    return await applyMigrations(orm);
  } finally {
    await orm.close();
  }
}

async function applyMigrations(orm: MikroORM): Promise<string[]> {
  // The migrator would otherwise create a missing database, and a mistyped DATABASE_URL with it.
  const connection = await orm.checkConnection();
  if (!connection.ok) throw new Error(`cannot use the database in DATABASE_URL: ${connection.reason}`);
  const applied = await (orm.getMigrator() as Migrator).up();
  return applied.map((m) => m.name);
}

/** Development: writes a migration for the difference between the entities and the database. */
export async function createMigration(config: AppConfig): Promise<string | null> {
  const orm = await MikroORM.init(ormOptions(config, allEntities));
  try {
    const result = await (orm.getMigrator() as Migrator).createMigration();
    return result.diff.up.length > 0 ? result.fileName : null;
  } finally {
    await orm.close();
  }
}
