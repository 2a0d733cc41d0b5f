import { z } from 'zod';
import { ProviderError } from './provider-error';

const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;

/**
 * An option holding a secret: never the secret itself, only the name of the environment variable
 * that has it (`password: { env: NORTHSHIRE_LRS_PASSWORD }`), so no secret is in a config file.
 */
export const secretOption = () =>
  z
    .object(
      { env: z.string().regex(ENV_NAME, 'must name an environment variable in capitals, like LRS_PASSWORD') },
      {
        invalid_type_error:
          'must name the environment variable holding the secret, like { env: LRS_PASSWORD }; secrets never go in the file',
      },
    )
    .strict();

export type SecretRef = z.infer<ReturnType<typeof secretOption>>;

/**
 * Reads a secret when it is used. A variable that is not set fails the run that needs it, not the
 * boot, so a demo without credentials still starts and says plainly what is missing.
 */
export function readSecret(secret: SecretRef, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[secret.env];
  if (!value) throw new ProviderError('CONFIG', `The environment variable ${secret.env} is not set.`);
  return value;
}
