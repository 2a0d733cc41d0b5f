import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122163741_foundation } from './Migration20261122163741_foundation';
import { Migration20261122171419_workforce } from './Migration20261122171419_workforce';
import { Migration20261122185918_skills } from './Migration20261122185918_skills';
import { Migration20261122195337_job_indexes } from './Migration20261122195337_job_indexes';
import { Migration20261122195620_training } from './Migration20261122195620_training';

/** Every migration, in order. `npm run migration:create` writes a file here; add it below. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122163741_foundation', class: Migration20261122163741_foundation },
  { name: 'Migration20261122171419_workforce', class: Migration20261122171419_workforce },
  { name: 'Migration20261122185918_skills', class: Migration20261122185918_skills },
  { name: 'Migration20261122195337_job_indexes', class: Migration20261122195337_job_indexes },
  { name: 'Migration20261122195620_training', class: Migration20261122195620_training },
];
