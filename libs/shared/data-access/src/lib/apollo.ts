import { EnvironmentProviders, inject, makeEnvironmentProviders } from '@angular/core';
import { ApolloLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { HttpLink } from '@apollo/client/link/http';
import { provideApollo } from 'apollo-angular';
import { from, switchMap, throwError } from 'rxjs';
import { isUnauthenticated } from './api-error';
import { SessionRefresh } from './session-refresh.service';
import { SessionStore } from './session-store';

/**
 * Per-operation context flags understood by the links:
 * - `anonymous`: send no `Authorization` header (sign-in and token renewal);
 * - `skipAuthRefresh`: do not renew the session and retry on UNAUTHENTICATED.
 */
export interface AuthContext {
  anonymous?: boolean;
  skipAuthRefresh?: boolean;
}

/** Adds `Authorization: Bearer <token>` from the session store. */
export function createAuthLink(accessToken: () => string | null): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const context = operation.getContext() as AuthContext;
    const token = context.anonymous ? null : accessToken();
    if (token) {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, authorization: `Bearer ${token}` },
      }));
    }
    return forward(operation);
  });
}

/** On an UNAUTHENTICATED error, renews the session once (`refreshSession`) and retries the operation. */
export function createRenewSessionLink(refresh: () => Promise<boolean>): ApolloLink {
  return new ErrorLink(({ error, operation, forward }) => {
    const context = operation.getContext() as AuthContext & { renewedSession?: boolean };
    if (context.skipAuthRefresh || context.anonymous || context.renewedSession || !isUnauthenticated(error)) return;
    return from(refresh()).pipe(
      switchMap((renewed) => {
        if (!renewed) return throwError(() => error);
        operation.setContext({ renewedSession: true });
        return forward(operation);
      }),
    );
  });
}

/** Objects without an `id` are identified by their code. */
export const cacheTypePolicies: TypePolicies = {
  Region: { keyFields: ['code'] },
  Grid: { keyFields: ['code'] },
  PublicRegion: { keyFields: ['code'] },
  PublicVillage: { keyFields: ['code'] },
  // step ids are unique within one flow chart only ('apply', 'review' …): never merged across charts
  ChecklistFlowStep: { keyFields: false },
  ChecklistCaseStep: { keyFields: false },
  ChecklistStepChange: { keyFields: false },
};

/** Apollo Angular against `/graphql` (same origin), with the bearer token and one renewal on UNAUTHENTICATED. */
export function provideGraphql(uri = '/graphql'): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideApollo(() => {
      const store = inject(SessionStore);
      const renewal = inject(SessionRefresh);
      return {
        link: ApolloLink.from([
          createRenewSessionLink(() => renewal.refresh()),
          createAuthLink(() => store.accessToken()),
          new HttpLink({ uri }),
        ]),
        cache: new InMemoryCache({ typePolicies: cacheTypePolicies }),
        defaultOptions: {
          // facades load on demand and own their state: always ask the server (errors throw: errorPolicy none)
          query: { fetchPolicy: 'network-only' },
          watchQuery: { fetchPolicy: 'cache-and-network' },
        },
      };
    }),
  ]);
}
