import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { setUpTestApi } from '@kindred/testing';
import { printApiSchema, SCHEMA_FILE } from '../../apps/api/src/schema';

// `npm run schema:emit` runs this file with KINDRED_WRITE_SCHEMA=1 to rewrite the committed schema.
describe('committed GraphQL schema', () => {
  const context = setUpTestApi();

  it('matches the schema the api serves (run `npm run schema:emit` after changing resolvers)', () => {
    const file = resolve(__dirname, '../..', SCHEMA_FILE);
    const served = printApiSchema(context.api.app);
    if (process.env.KINDRED_WRITE_SCHEMA === '1') writeFileSync(file, served);
    expect(readFileSync(file, 'utf8')).toBe(served);
  });

  it('has migrations that build exactly the tables the entities describe (run `npm run migration:create`)', async () => {
    const orm = context.api.app.get(MikroORM);
    expect(await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).toBe('');
  });
});
