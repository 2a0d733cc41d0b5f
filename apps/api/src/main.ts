import 'reflect-metadata';
import { exitOnStartupFailure, loadConfig } from '@kindred/config';
import { createApi } from './create-api';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApi(config);
  await app.listen(config.http.port, config.http.host);
}

main().catch(exitOnStartupFailure);
