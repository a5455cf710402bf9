/** Roles of API.md "General rules" (the JWT `role` claim; Cognito groups in AWS). */
export const ROLES = [
  'hospital',
  'township',
  'poverty-office',
  'insurance-bureau',
  'health-commission',
  'housing-office',
  'education-bureau',
  'forestry-bureau',
  'finance',
  'civil-affairs',
  'disabled-federation',
  'audit',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as the token says. Every change records it (SPEC §8). */
export interface Caller {
  sub: string;
  role: Role;
  /** Role `township`: the township the caller works for. */
  township?: string;
  /** Role `hospital`: the hospital's registry id. */
  hospitalId?: string;
}

const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/** Cognito puts groups in `cognito:groups`; through API Gateway they arrive as "[a b]" text. */
function groupsOf(claims: Record<string, unknown>): string[] {
  const raw = claims['cognito:groups'];
  if (Array.isArray(raw)) return raw.map(String);
  if (typeof raw === 'string')
    return raw
      .replace(/^\[|\]$/g, '')
      .split(/[\s,]+/)
      .filter(Boolean);
  return [];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/**
 * Turns verified JWT claims into a Caller, or undefined when the token carries no usable role or lacks
 * the scope its role needs. Local tokens carry `role`, `township`, `hospitalId`; Cognito tokens carry the
 * role as a group and the scope as the custom attributes `custom:township` / `custom:hospitalId`.
 */
export function callerFromClaims(claims: Record<string, unknown> | undefined): Caller | undefined {
  if (!claims) return undefined;
  const sub = str(claims.sub);
  // A user in two role groups is ambiguous (which scope, which role?): refused rather than first-listed wins.
  const groupRoles = groupsOf(claims).filter(isRole);
  const role = isRole(claims.role) ? claims.role : groupRoles.length === 1 ? groupRoles[0] : undefined;
  if (!sub || !role) return undefined;
  const township = str(claims.township) ?? str(claims['custom:township']);
  const hospitalId = str(claims.hospitalId) ?? str(claims['custom:hospitalId']);
  if (role === 'township' && !township) return undefined;
  if (role === 'hospital' && !hospitalId) return undefined;
  const caller: Caller = { sub, role };
  if (role === 'township') caller.township = township;
  if (role === 'hospital') caller.hospitalId = hospitalId;
  return caller;
}
