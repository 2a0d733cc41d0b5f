import 'reflect-metadata';
import { exitOnStartupFailure, loadConfig } from '@kindred/config';
import { DEMO_PASSWORD, DEMO_USERS } from '@kindred/demo';
import { createMigration, migrate } from './migrate';

async function main(): Promise<void> {
  const config = loadConfig();
  if (process.argv.includes('--create-migration')) {
    const file = await createMigration(config);
    console.log(
      file
        ? `Wrote ${file}; add it to libs/database/src/migrations/index.ts.`
        : 'Entities match the schema: no migration needed.',
    );
    return;
  }
  const result = await migrate(config, { seedDemo: process.argv.includes('--seed-demo') });
  console.log(
    result.applied.length > 0
      ? `Applied ${result.applied.length} migration(s): ${result.applied.join(', ')}`
      : 'Database schema is up to date.',
  );
  if (result.demoSeeded) {
    console.log(`Seeded the demo partnership. Demo sign-ins (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(22)} ${user.email}`);
  }
}

main().catch(exitOnStartupFailure);
