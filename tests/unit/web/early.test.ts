import createClient from 'openapi-fetch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEarly, takeEarly } from '../../../web/src/lib/early.js';
import type { paths } from '../../../web/src/api/schema.js';
import { firstCasesPath } from '../../../web/src/pages/housing/caseQuery.js';
import { bestMatch } from '../../../web/src/pages/match.js';
import { DEFAULT_CUT_OFF, progressReportPath } from '../../../web/src/pages/progress/cutOff.js';

/** The URL (path and query) the typed client requests for a call, as the pages make it. */
async function requested(call: (api: ReturnType<typeof createClient<paths>>) => Promise<unknown>): Promise<string> {
  let url = '';
  const api = createClient<paths>({
    baseUrl: 'http://console.test',
    fetch: async (request: Request) => {
      const u = new URL(request.url);
      url = u.pathname + u.search;
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });
  await call(api);
  return url;
}

const ROUTES = ['/cases', '/cases/new', '/cases/:caseId', '/progress'].map((path) => ({ path }));

describe('console: first requests started by the entry (web/src/lib/early.ts)', () => {
  it('finds the page of a path as the router ranks them', () => {
    const at = (path: string) => bestMatch(ROUTES, path)?.path;
    expect(at('/cases')).toBe('/cases');
    expect(at('/cases/')).toBe('/cases');
    expect(at('/cases/new')).toBe('/cases/new');
    expect(at('/cases/HC-1')).toBe('/cases/:caseId');
    expect(at('/progress')).toBe('/progress');
    expect(at('/')).toBeUndefined();
    expect(at('/nowhere')).toBeUndefined();
  });

  it("starts the case list's request exactly as the list's typed client writes it", async () => {
    // The list's first page for the clerk's township, no filter (pages/housing/data.ts townshipCases).
    const asked = await requested((api) =>
      api.GET('/v1/housing/cases', { params: { query: { township: 'zhonghe', limit: 100 } as never } }),
    );
    expect(firstCasesPath('zhonghe')).toBe(asked);
    expect(asked).toBe('/v1/housing/cases?township=zhonghe&limit=100');
  });

  it("starts the dashboard's report request exactly as the dashboard's typed client writes it", async () => {
    const asked = await requested((api) =>
      api.GET('/v1/reports/progress/{asOf}', { params: { path: { asOf: '2019-06-15' } } }),
    );
    expect(progressReportPath('2019-06-15')).toBe(asked);
    expect(DEFAULT_CUT_OFF).toBe('2019-08-15');
  });

  afterEach(() => vi.unstubAllGlobals());

  it('hands a started response to the same GET with the same token, once', async () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      calls.push(url);
      return new Response('{"cases":[]}');
    });
    startEarly('http://console.test', '/v1/housing/cases?township=zhonghe&limit=100', 'tok');
    expect(calls).toEqual(['http://console.test/v1/housing/cases?township=zhonghe&limit=100']);
    const get = (url: string, token: string, method = 'GET') =>
      new Request(`http://console.test${url}`, { method, headers: { authorization: `Bearer ${token}` } });
    // Another query, another token or another method is not answered by it.
    expect(takeEarly(get('/v1/housing/cases?township=zhonghe&limit=50', 'tok'))).toBeUndefined();
    expect(takeEarly(get('/v1/housing/cases?township=zhonghe&limit=100', 'tok', 'POST'))).toBeUndefined();
    const taken = takeEarly(get('/v1/housing/cases?township=zhonghe&limit=100', 'tok'));
    expect(await (await taken!).json()).toEqual({ cases: [] });
    // Once only: the next request goes to the network.
    expect(takeEarly(get('/v1/housing/cases?township=zhonghe&limit=100', 'tok'))).toBeUndefined();
    startEarly('http://console.test', '/v1/reports/progress/2019-08-15', 'tok');
    expect(takeEarly(get('/v1/reports/progress/2019-08-15', 'someone-else'))).toBeUndefined();
  });
});
