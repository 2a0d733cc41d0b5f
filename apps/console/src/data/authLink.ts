import { ApolloLink, Observable, type FetchResult, type ObservableSubscription } from '@apollo/client';
import { getAccessToken, getFreshAccessToken, refreshSession } from '../auth/session';
import { codesOf, isUnauthenticated } from '../errors';

/**
 * Adds the bearer token (refreshing it first when it is about to expire) and, when the API still
 * answers UNAUTHENTICATED, refreshes once and replays the operation. A second UNAUTHENTICATED
 * reaches authProvider.checkError, which signs the user out.
 */
export const authLink = new ApolloLink(
  (operation, forward) =>
    new Observable<FetchResult>((observer) => {
      let subscription: ObservableSubscription | undefined;
      let closed = false;

      const send = (token: string | null, isRetry: boolean) => {
        operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => {
          const { authorization: _previous, ...rest } = headers;
          return { headers: token ? { ...rest, authorization: `Bearer ${token}` } : rest };
        });
        let rejected: FetchResult | undefined;
        subscription = forward(operation).subscribe({
          next: (result) => {
            if (!isRetry && codesOf(result.errors).includes('UNAUTHENTICATED')) rejected = result;
            else observer.next(result);
          },
          error: (error: unknown) => {
            if (!isRetry && isUnauthenticated(error)) void retry(token, () => observer.error(error));
            else observer.error(error);
          },
          complete: () => {
            if (rejected) {
              const result = rejected;
              void retry(token, () => {
                observer.next(result);
                observer.complete();
              });
            } else observer.complete();
          },
        });
      };

      const retry = async (usedToken: string | null, giveUp: () => void) => {
        // Another request may already have renewed the session while this one was in flight.
        const current = getAccessToken();
        const token = current && current !== usedToken ? current : await refreshSession();
        if (closed) return;
        if (token) send(token, true);
        else giveUp();
      };

      getFreshAccessToken().then(
        (token) => {
          if (!closed) send(token, false);
        },
        (error: unknown) => observer.error(error),
      );

      return () => {
        closed = true;
        subscription?.unsubscribe();
      };
    }),
);
