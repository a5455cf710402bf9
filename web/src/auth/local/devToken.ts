import { setToken } from '../session';

export interface DevCaller {
  role: string;
  township?: string;
  hospitalId?: string;
}

/** Local stack only: a token from the gateway's POST /dev/token (never part of the deployed build). */
export async function devSignIn(caller: DevCaller): Promise<void> {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(caller),
  });
  const body = (await response.json()) as { token?: string; error?: { message?: string } };
  if (!response.ok || !body.token) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
  setToken(body.token);
}

export const safeNext = (next: string | null): string => (next?.startsWith('/') && !next.startsWith('//') ? next : '/');
