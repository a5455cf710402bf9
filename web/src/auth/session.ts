import type { Role } from '@shared/auth/roles';

/**
 * Who is signed in, kept in memory and in sessionStorage (never localStorage: a token must not outlive
 * the browser tab). The token is the one the API's authorizer checks; its claims say the role and scope.
 */
export interface Session {
  token: string;
  role: Role;
  sub: string;
  township?: string;
  hospitalId?: string;
  /** Seconds since the epoch. */
  exp: number;
}

const KEY = 'zlt.session';
let current: Session | undefined;
const listeners = new Set<() => void>();

function decodePart(part: string): Record<string, unknown> {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** Reads the claims the console needs from a JWT (the API verifies the signature; the console only reads). */
export function sessionFromToken(token: string): Session | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  let claims: Record<string, unknown>;
  try {
    claims = decodePart(payload);
  } catch {
    return undefined;
  }
  const groups = claims['cognito:groups'];
  const role = str(claims.role) ?? (Array.isArray(groups) ? str(groups[0]) : undefined);
  const sub = str(claims.sub);
  const exp = typeof claims.exp === 'number' ? claims.exp : 0;
  if (!role || !sub) return undefined;
  const township = str(claims.township) ?? str(claims['custom:township']);
  const hospitalId = str(claims.hospitalId) ?? str(claims['custom:hospitalId']);
  return {
    token,
    role: role as Role,
    sub,
    exp,
    ...(township ? { township } : {}),
    ...(hospitalId ? { hospitalId } : {}),
  };
}

function load(): Session | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return undefined;
  const session = sessionFromToken(raw);
  return session && session.exp * 1000 > Date.now() ? session : undefined;
}

export function getSession(): Session | undefined {
  if (current && current.exp * 1000 <= Date.now()) current = undefined;
  current ??= load();
  return current;
}

export function setToken(token: string | undefined): Session | undefined {
  current = token ? sessionFromToken(token) : undefined;
  if (current) sessionStorage.setItem(KEY, token as string);
  else sessionStorage.removeItem(KEY);
  for (const l of listeners) l();
  return current;
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
