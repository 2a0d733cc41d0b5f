import { ConfigError } from './config-error';

/**
 * Ends a process that could not start with a message a person can act on: one line per bad
 * setting, one line for a schema that is behind, one line for anything else.
 */
export function exitOnStartupFailure(error: unknown): never {
  if (error instanceof ConfigError) {
    for (const problem of error.problems) console.error(`Invalid configuration: ${problem}`);
  } else if (error instanceof Error && error.name === 'SchemaBehindError') {
    // Raised by libs/database, which this lib sits below; matched by name to keep the order.
    console.error(error.message);
  } else {
    console.error(`Kindred could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
