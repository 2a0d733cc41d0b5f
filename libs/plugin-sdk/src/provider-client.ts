import { ProviderError } from './provider-error';

export interface ProviderRequest {
  headers?: Record<string, string>;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Defaults to the client's timeout. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * HTTP to a provider, with the failures every adapter meets named the same way: a provider that
 * does not answer in time, refuses the credentials, answers an error or answers something that is
 * not what was asked for. Adapters use it rather than `fetch` so run logs read alike.
 */
export class ProviderClient {
  constructor(
    private readonly name: string,
    private readonly timeoutMs: number,
    private readonly headers: Record<string, string> = {},
  ) {}

  async text(url: string, request: ProviderRequest = {}): Promise<string> {
    const response = await this.send(url, request);
    return response.text();
  }

  async bytes(url: string, request: ProviderRequest = {}): Promise<Buffer> {
    const response = await this.send(url, request);
    return Buffer.from(await response.arrayBuffer());
  }

  async json<T = unknown>(url: string, request: ProviderRequest = {}): Promise<T> {
    const text = await this.text(url, request);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ProviderError('MALFORMED', `${this.name} answered ${url} with something that is not JSON.`);
    }
  }

  private async send(url: string, request: ProviderRequest): Promise<Response> {
    const timeoutMs = request.timeoutMs ?? this.timeoutMs;
    const signals = [AbortSignal.timeout(timeoutMs), ...(request.signal ? [request.signal] : [])];
    let response: Response;
    try {
      response = await fetch(url, {
        method: request.method ?? 'GET',
        headers: {
          ...this.headers,
          ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...request.headers,
        },
        body: request.body !== undefined ? JSON.stringify(request.body) : undefined,
        signal: AbortSignal.any(signals),
      });
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new ProviderError('TIMEOUT', `${this.name} did not answer ${url} within ${timeoutMs / 1000} s.`);
      }
      const cause = ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
      throw new ProviderError('UNREACHABLE', `${this.name} could not be reached at ${url}: ${cause}.`);
    }
    if (response.status === 401 || response.status === 403) {
      throw new ProviderError(
        'AUTH',
        `${this.name} refused the credentials (HTTP ${response.status}) at ${url}: check the secret in the environment.`,
      );
    }
    if (!response.ok) {
      throw new ProviderError('HTTP', `${this.name} answered HTTP ${response.status} at ${url}.`);
    }
    return response;
  }
}

/** The value of an HTTP Basic `authorization` header. */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
