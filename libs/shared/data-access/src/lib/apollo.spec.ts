import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { firstValueFrom, Observable, of } from 'rxjs';
import { createAuthLink, createRenewSessionLink } from './apollo';

const query = parse('query Me { me { id } }');
const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
const unauthenticated = {
  errors: [{ message: 'expired', extensions: { code: 'AUTH_UNAUTHENTICATED', kind: 'UNAUTHENTICATED' } }],
};
const ok = { data: { me: { id: '1' } } };

/** A terminating link answering with the given results in turn, recording the headers it saw. */
function server(results: object[]) {
  const seen: (string | undefined)[] = [];
  const link = new ApolloLink((operation) => {
    const headers = (operation.getContext()['headers'] ?? {}) as Record<string, string>;
    seen.push(headers['authorization']);
    const result = results[Math.min(seen.length - 1, results.length - 1)];
    return of(result as ApolloLink.Result);
  });
  return { link, seen };
}

function run(link: ApolloLink, context: Record<string, unknown> = {}): Promise<ApolloLink.Result> {
  return firstValueFrom(ApolloLink.execute(link, { query, context }, { client }) as Observable<ApolloLink.Result>);
}

describe('auth and session renewal links', () => {
  it('sends the bearer token, and none for anonymous operations', async () => {
    const { link, seen } = server([ok]);
    const chain = ApolloLink.from([createAuthLink(() => 'token-1'), link]);
    await run(chain);
    await run(chain, { anonymous: true });
    expect(seen).toEqual(['Bearer token-1', undefined]);
  });

  it('renews the session once on UNAUTHENTICATED and retries with the new token', async () => {
    let token = 'old';
    const refresh = jest.fn(async () => {
      token = 'new';
      return true;
    });
    const { link, seen } = server([unauthenticated, ok]);
    const chain = ApolloLink.from([createRenewSessionLink(refresh), createAuthLink(() => token), link]);
    const result = await run(chain);
    expect(result).toEqual(ok);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['Bearer old', 'Bearer new']);
  });

  it('retries only once, and not at all when renewal fails or is not wanted', async () => {
    const always = server([unauthenticated]);
    const refresh = jest.fn(async () => true);
    const chain = ApolloLink.from([createRenewSessionLink(refresh), createAuthLink(() => 't'), always.link]);
    // the second UNAUTHENTICATED answer goes back to the caller (Apollo Client turns it into an error)
    expect(await run(chain)).toEqual(unauthenticated);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(always.seen).toHaveLength(2);

    const refused = jest.fn(async () => false);
    const once = server([unauthenticated]);
    await expect(run(ApolloLink.from([createRenewSessionLink(refused), once.link]))).rejects.toBeTruthy();
    expect(once.seen).toHaveLength(1);

    const skipped = jest.fn(async () => true);
    const login = server([unauthenticated]);
    expect(
      await run(ApolloLink.from([createRenewSessionLink(skipped), login.link]), { skipAuthRefresh: true }),
    ).toEqual(unauthenticated);
    expect(skipped).not.toHaveBeenCalled();
    expect(login.seen).toHaveLength(1);
  });
});
