/** Why a provider could not be read; the run log shows the message as it is. */
export type ProviderFailure = 'UNREACHABLE' | 'TIMEOUT' | 'AUTH' | 'HTTP' | 'MALFORMED' | 'SIGNATURE' | 'CONFIG';

/**
 * A failure talking to a provider. A run that meets one stops, writes nothing of the page it was
 * reading, and says this message; the run is retried with backoff unless `retryable` is false.
 */
export class ProviderError extends Error {
  constructor(
    readonly failure: ProviderFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ProviderError';
  }

  /** Credentials, configuration and garbage do not get better by asking again. */
  get retryable(): boolean {
    return this.failure === 'UNREACHABLE' || this.failure === 'TIMEOUT' || this.failure === 'HTTP';
  }
}
