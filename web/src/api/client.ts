import createClient, { type Middleware } from 'openapi-fetch';
import { getSession, setToken } from '../auth/session';
import { ERROR_MESSAGES, messageFor } from '../i18n/errors';
import { takeEarly } from '../lib/early';
import { API_ORIGIN } from './origin';
import type { paths } from './schema';

export interface ErrorDetail {
  path: string;
  message: string;
  code?: string;
}

/** An API refusal, with the Chinese message the console shows (docs/web.md "Errors"). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly serverMessage: string,
    readonly details: ErrorDetail[] = [],
  ) {
    // A rule refusal (409 invalid-transition etc.) names the rule in details[].code: show that rule.
    const rule = details.find((d) => d.code && ERROR_MESSAGES[d.code]);
    super(rule?.code ? messageFor(rule.code, serverMessage) : messageFor(code, serverMessage));
    this.name = 'ApiError';
  }
}

const auth: Middleware = {
  onRequest({ request }) {
    const session = getSession();
    if (session) request.headers.set('authorization', `Bearer ${session.token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) setToken(undefined);
    return response;
  },
};

export { API_ORIGIN };

/**
 * The typed client of docs/openapi.json. A GET the entry started before the framework loaded (lib/early.ts) is
 * answered by that response rather than asked again.
 */
export const api = createClient<paths>({
  baseUrl: API_ORIGIN,
  fetch: (request) => takeEarly(request) ?? globalThis.fetch(request),
});
api.use(auth);

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Turns an openapi-fetch result into its data, or throws ApiError with the server's code. */
export async function unwrap<T>(promise: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await promise;
  } catch {
    throw new ApiError(0, 'network-error', 'Network error');
  }
  if (result.response.ok) return result.data as T;
  const body = result.error as { error?: { code?: string; message?: string; details?: ErrorDetail[] } } | undefined;
  throw new ApiError(
    result.response.status,
    body?.error?.code ?? `http-${result.response.status}`,
    body?.error?.message ?? result.response.statusText,
    body?.error?.details ?? [],
  );
}

/** Fetches a non-JSON resource (xlsx, CSV) with the caller's token. */
export async function authorizedFetch(url: string): Promise<Response> {
  const session = getSession();
  return fetch(url.startsWith('/v1/') ? `${API_ORIGIN}${url}` : url, {
    headers: session ? { authorization: `Bearer ${session.token}` } : {},
  });
}
