import { graphqlRequest } from '../auth/graphqlRequest';
import { SESSION_FIELDS } from '../auth/session';
import type { AuthPayload } from '../types';

const REQUEST = 'mutation RequestSignInLink($input: RequestSignInLinkInput!) { requestSignInLink(input: $input) }';
const SIGN_IN = `mutation SignInWithLink($input: SignInWithLinkInput!) {
  signInWithLink(input: $input) { ${SESSION_FIELDS} }
}`;

export const requestSignInLink = async (email: string): Promise<void> => {
  await graphqlRequest(REQUEST, { input: { email } });
};

const attempts = new Map<string, Promise<AuthPayload>>();

/**
 * A link's token works once, so each token is sent once however often the page asks (React's
 * strict mode runs effects twice in development).
 */
export const signInWithLink = (token: string): Promise<AuthPayload> => {
  let attempt = attempts.get(token);
  if (!attempt) {
    attempt = graphqlRequest<{ signInWithLink: AuthPayload }>(SIGN_IN, { input: { token } }).then(
      (data) => data.signInWithLink,
    );
    attempts.set(token, attempt);
  }
  return attempt;
};

/** The token of an emailed link: `/login#token=…`, in the fragment so no server ever logs it. */
export const linkTokenIn = (hash: string): string | null => new URLSearchParams(hash.replace(/^#/, '')).get('token');
