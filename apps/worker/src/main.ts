import 'reflect-metadata';
import { exitOnStartupFailure, loadConfig } from '@kindred/config';
import { createWorker } from './create-worker';

async function main(): Promise<void> {
  await createWorker(loadConfig());
}

main().catch(exitOnStartupFailure);
