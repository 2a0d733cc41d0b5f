import { Migrator } from '@mikro-orm/migrations';
import { DataloaderType, defineConfig, type Options } from '@mikro-orm/postgresql';
import type { AppConfig } from '@kindred/config';
import { migrations } from './migrations';
import { Partnership } from './partnership.entity';
import { tenantFilter } from './tenancy';

/**
 * MikroORM options shared by api, worker, migrator and the migration CLI. Entities are listed,
 * never globbed, so the same options work from TypeScript sources and from the built bundle.
 */
export function ormOptions(
  config: Pick<AppConfig, 'databaseUrl' | 'env'>,
  entities: Options['entities'] = [],
): Options {
  return defineConfig({
    clientUrl: config.databaseUrl,
    entities: [Partnership, ...(entities ?? [])],
    filters: { [tenantFilter.name]: tenantFilter },
    extensions: [Migrator],
    forceUtcTimezone: true,
    // A mistyped DATABASE_URL must fail, not quietly create an empty database.
    ensureDatabase: false,
    // GraphQL resolves a list's relations row by row; the dataloader batches those loads into
    // one query per relation instead of one per row.
    dataloader: DataloaderType.ALL,
    // Tenancy is enforced on every query's root entity, and rows only ever reference rows of their
    // own partnership, so joining each loaded relation just to filter it again costs CPU for nothing.
    autoJoinRefsForFilters: false,
    debug: false,
    allowGlobalContext: false,
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: 'libs/database/src/migrations',
      pathTs: 'libs/database/src/migrations',
      migrationsList: migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: config.env === 'test',
    },
    pool: { min: 0, max: 10 },
  });
}
