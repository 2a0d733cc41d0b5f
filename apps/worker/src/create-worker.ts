import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@kindred/config';
import { WorkerModule } from './worker.module';

/**
 * Builds and starts the worker: an application context with no HTTP server. On SIGTERM or SIGINT
 * it stops the schedules, lets running jobs finish and closes its connections.
 */
export async function createWorker(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
    // Let startup errors reach main, which reports them in one line instead of a stack trace.
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  return app;
}
