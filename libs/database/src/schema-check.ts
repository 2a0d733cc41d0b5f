import type { MikroORM } from '@mikro-orm/core';
import type { Migrator } from '@mikro-orm/migrations';

export class SchemaBehindError extends Error {
  constructor(readonly pending: string[]) {
    super(
      `Database schema is behind: ${pending.length} pending migration(s) (${pending.join(', ')}). ` +
        'Run the migrator first: npm run migrate',
    );
    this.name = 'SchemaBehindError';
  }
}

/** api and worker refuse to run against a schema older than their code. */
export async function assertSchemaCurrent(orm: MikroORM): Promise<void> {
  const migrator = orm.getMigrator() as Migrator;
  const pending = await migrator.getPendingMigrations();
  if (pending.length > 0) throw new SchemaBehindError(pending.map((m) => m.name));
}
