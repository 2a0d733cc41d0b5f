import type { AuthProvider } from 'react-admin';
import type { AuthPayload } from '../types';
import { errorCodes, KindredError } from '../errors';
import { graphqlRequest } from './graphqlRequest';
import {
  clearSession,
  getFreshAccessToken,
  getRefreshToken,
  getUser,
  hasSession,
  saveSession,
  SESSION_FIELDS,
} from './session';
import { permissionFor } from './permissions';

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { ${SESSION_FIELDS} } }`;
const LOGOUT = `mutation Logout($input: LogoutInput!) { logout(input: $input) }`;

export const authProvider: AuthProvider = {
  async login({ email, password }: { email: string; password: string }) {
    const data = await graphqlRequest<{ login: AuthPayload }>(LOGIN, { input: { email, password } });
    saveSession(data.login);
  },

  async logout() {
    const refreshToken = getRefreshToken();
    clearSession();
    if (refreshToken) {
      // Revoking server-side is best effort: the local session is gone either way.
      await graphqlRequest(LOGOUT, { input: { refreshToken } }).catch(() => undefined);
    }
  },

  async checkAuth() {
    const hadSession = hasSession();
    if (await getFreshAccessToken()) return;
    // `message: false` spares someone who has simply not signed in yet a notification.
    throw hadSession
      ? new KindredError('UNAUTHENTICATED', 'Your session has ended. Please sign in again.')
      : { message: false };
  },

  // The Apollo link has already tried one refresh by the time an error gets here; rejecting makes
  // react-admin call logout(). FORBIDDEN and the rest stay on the page as notifications.
  async checkError(error: unknown) {
    if (errorCodes(error).includes('UNAUTHENTICATED')) {
      throw new KindredError('UNAUTHENTICATED', 'Your session has ended. Please sign in again.');
    }
  },

  async getIdentity() {
    const user = getUser();
    if (!user) throw new Error('Not signed in.');
    return { id: user.id, fullName: user.displayName };
  },

  async getPermissions() {
    return getUser()?.permissions ?? [];
  },

  async canAccess({ resource, action }) {
    const needed = permissionFor(resource, action);
    return needed !== undefined && (getUser()?.permissions ?? []).includes(needed);
  },
};
