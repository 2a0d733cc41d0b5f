import type { AuthPayload, SessionUser } from '../types';
import { KindredError, NETWORK_ERROR } from '../errors';
import { graphqlRequest } from './graphqlRequest';

const KEY = {
  accessToken: 'kindred.accessToken',
  expiresAt: 'kindred.accessTokenExpiresAt',
  refreshToken: 'kindred.refreshToken',
  user: 'kindred.user',
} as const;

/** Refresh this long before the access token expires, so a request never races the expiry. */
const REFRESH_MARGIN_MS = 60_000;

export const SESSION_FIELDS = `
  accessToken
  accessTokenExpiresAt
  refreshToken
  user {
    id
    email
    displayName
    permissions
    roles { role organisationId }
    partnership { id name branding { primaryColour secondaryColour } }
  }`;

const REFRESH = `mutation RefreshToken($input: RefreshTokenInput!) {
  refreshToken(input: $input) { ${SESSION_FIELDS} }
}`;

const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

// Another tab signing in or out changes what this tab should show.
window.addEventListener('storage', (event) => {
  if (event.key === null || event.key.startsWith('kindred.')) emit();
});

let cachedRaw: string | null = null;
let cachedUser: SessionUser | null = null;

/** The stored user; the same object until the stored value changes (for useSyncExternalStore). */
export const getUser = (): SessionUser | null => {
  const raw = localStorage.getItem(KEY.user);
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    try {
      cachedUser = raw ? (JSON.parse(raw) as SessionUser) : null;
    } catch {
      cachedUser = null;
    }
  }
  return cachedUser;
};

export const getAccessToken = (): string | null => localStorage.getItem(KEY.accessToken);
export const getRefreshToken = (): string | null => localStorage.getItem(KEY.refreshToken);
export const hasSession = (): boolean => Boolean(getAccessToken() || getRefreshToken());

const isExpiring = (): boolean => {
  const expiresAt = Date.parse(localStorage.getItem(KEY.expiresAt) ?? '');
  return Number.isNaN(expiresAt) || expiresAt - Date.now() < REFRESH_MARGIN_MS;
};

export const saveSession = (payload: AuthPayload): void => {
  localStorage.setItem(KEY.accessToken, payload.accessToken);
  localStorage.setItem(KEY.expiresAt, payload.accessTokenExpiresAt);
  localStorage.setItem(KEY.refreshToken, payload.refreshToken);
  localStorage.setItem(KEY.user, JSON.stringify(payload.user));
  emit();
};

export const clearSession = (): void => {
  Object.values(KEY).forEach((key) => localStorage.removeItem(key));
  emit();
};

let inflight: Promise<string | null> | null = null;

/**
 * Exchanges the refresh token for a new session. Refresh tokens rotate, so concurrent callers
 * must share one request: a second request with the same token would be rejected.
 * Resolves to the new access token, or null when the session could not be renewed.
 */
export const refreshSession = (): Promise<string | null> => {
  inflight ??= renew().finally(() => {
    inflight = null;
  });
  return inflight;
};

const renew = async (): Promise<string | null> => {
  const refreshToken = getRefreshToken();
  if (!refreshToken) return null;
  try {
    const data = await graphqlRequest<{ refreshToken: AuthPayload }>(REFRESH, { input: { refreshToken } });
    saveSession(data.refreshToken);
    return data.refreshToken.accessToken;
  } catch (error) {
    // A network blip should not sign the user out; a rejected refresh token must.
    if (!(error instanceof KindredError && error.code === NETWORK_ERROR)) clearSession();
    return null;
  }
};

/** The access token to send now, refreshed first when it is about to expire. */
export const getFreshAccessToken = async (): Promise<string | null> => {
  const token = getAccessToken();
  if (token && !isExpiring()) return token;
  if (!getRefreshToken()) return token;
  return (await refreshSession()) ?? getAccessToken();
};
