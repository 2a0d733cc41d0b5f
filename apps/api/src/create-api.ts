import { BadRequestException, type INestApplication, ValidationPipe, type ValidationError } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@kindred/config';
import { ApiModule } from './api.module';

/**
 * class-validator's own messages begin with the property ("hoursPerWeek must not be…"): a nested
 * one gets its path ("assignment.hoursPerWeek must not be…"). Ours are written for people and
 * are left as they are.
 */
function messages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}).map((m) =>
      parent && m.startsWith(`${error.property} `) ? `${parent}.${m}` : m,
    ),
    ...messages(error.children ?? [], parent ? `${parent}.${error.property}` : error.property),
  ]);
}

/** Builds the api application; `main` listens on it, tests drive it directly. */
export async function createApi(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bufferLogs: true,
    // Let startup errors reach main, which reports them in one line instead of a stack trace.
    abortOnError: false,
    // Webhook signatures are checked over the body exactly as it arrived.
    rawBody: true,
  });
  app.useLogger(app.get(Logger));
  app.use(helmet({ crossOriginEmbedderPolicy: false }));
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      exceptionFactory: (errors) => new BadRequestException(messages(errors).join(' ')),
    }),
  );
  app.enableShutdownHooks();
  await app.init();
  return app;
}
