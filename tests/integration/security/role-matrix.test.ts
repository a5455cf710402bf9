import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../shared/auth/roles.js';
import { ROUTES } from '../../../shared/platform/routes/index.js';
import { routeKey } from '../../../shared/platform/types.js';
import { tally } from '../../support/attack-tally.js';
import { call, type TokenClaims } from '../../support/api.js';

/**
 * Every role against every route, through the local gateway. A role the route table does not name is refused
 * with 403 `forbidden` before anything is parsed or stored (the body sent is one that would be stored if it
 * got through); no token at all is a 401. Allowed roles are checked on the GET routes only (a refusal there
 * would be a hole in the other direction); an allowed POST would run, and what each may do is the business of
 * the programme tests.
 */
const claimsOf = (role: Role): TokenClaims => ({
  role,
  sub: `matrix-${role}`,
  ...(role === 'hospital' ? { hospitalId: 'zlt-peoples' } : {}),
  ...(role === 'township' ? { township: 'zhonghe' } : {}),
});

/** Path parameters filled with ids nobody has, so an allowed GET reads nothing real. */
const pathOf = (path: string) => path.replace(/\{(\w+)\}/g, (_m, name: string) => `matrix-${name.toLowerCase()}`);

const protectedRoutes = ROUTES.filter((r) => r.roles !== 'public');

describe('role × route matrix through the local gateway', () => {
  it.each(protectedRoutes.map((r) => [routeKey(r), r] as const))('%s', async (_key, route) => {
    const allowed = new Set(route.roles as readonly Role[]);
    const path = pathOf(route.path);
    const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
    let cells = 0;
    const anonymous = await call(route.method, path, body === undefined ? {} : { body });
    expect(anonymous.status, 'no token').toBe(401);
    cells += 1;
    for (const role of ROLES) {
      if (!allowed.has(role)) {
        const r = await call(route.method, path, { as: claimsOf(role), ...(body === undefined ? {} : { body }) });
        expect(r.status, role).toBe(403);
        expect(r.body.error.code, role).toBe('forbidden');
        cells += 1;
      } else if (route.method === 'GET') {
        const r = await call(route.method, path, { as: claimsOf(role) });
        expect([401, 403], `${role} is allowed`).not.toContain(r.status);
        expect(r.status, role).toBeLessThan(500);
        cells += 1;
      }
    }
    tally('authorization: role × route cells', cells);
  });
});
