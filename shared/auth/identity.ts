import { ROLES, type Caller, type Role } from './roles.js';

/**
 * What a verified token says about its bearer, read through the claim names of the stage's identity
 * provider (Cognito, any OIDC issuer, or the local gateway). The names arrive as environment settings
 * (`CLAIM_ROLE`, …), so no code here knows which kind of issuer signed the token.
 */
export interface ClaimNames {
  role: string;
  township: string;
  hospital: string;
  clientId: string;
  scope: string;
}

/** The scopes a hospital's billing system (a machine client) can be granted, and what each allows. */
export const MACHINE_SCOPES = {
  'claims/write': 'Settle and void claims for the hospital the client is registered to',
  'claims/read': "Read that hospital's claims",
  'eligibility/read': 'Look up whether a person is a registered poor patient and their year so far',
} as const;
export type MachineScope = keyof typeof MACHINE_SCOPES;

/** The local gateway's claim names (infra/local/local-auth.ts); deployed stages set all five. */
export const LOCAL_CLAIMS: ClaimNames = {
  role: 'role',
  township: 'township',
  hospital: 'hospitalId',
  clientId: 'client_id',
  scope: 'scope',
};
export const LOCAL_SCOPE_PREFIX = 'zhalantun-api/';

export interface IdentitySettings {
  claims: ClaimNames;
  scopePrefix: string;
}

/** The stage's settings from the environment the CDK stack (or the local stack) gives every function. */
export function identitySettings(env: NodeJS.ProcessEnv = process.env): IdentitySettings {
  return {
    claims: {
      role: env.CLAIM_ROLE || LOCAL_CLAIMS.role,
      township: env.CLAIM_TOWNSHIP || LOCAL_CLAIMS.township,
      hospital: env.CLAIM_HOSPITAL || LOCAL_CLAIMS.hospital,
      clientId: env.CLAIM_CLIENT_ID || LOCAL_CLAIMS.clientId,
      scope: env.CLAIM_SCOPE || LOCAL_CLAIMS.scope,
    },
    scopePrefix: env.SCOPE_PREFIX ?? LOCAL_SCOPE_PREFIX,
  };
}

/** A person signed in (role from the token), or a machine client whose hospital the registry must supply. */
export type TokenSubject =
  | { kind: 'person'; caller: Caller }
  | { kind: 'machine'; sub: string; clientId: string; scopes: MachineScope[] };

const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/**
 * A claim holding one value or several: a JSON array, or — as API Gateway passes list claims on to the
 * function — the text "[a b]".
 */
function valuesOf(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.map(String);
  if (typeof raw === 'string') {
    return raw
      .replace(/^\[|\]$/g, '')
      .split(/[\s,]+/)
      .filter(Boolean);
  }
  return [];
}

/** The API scopes a token grants, with the issuer's prefix removed; other scopes are ignored. */
export function machineScopesOf(raw: unknown, prefix: string): MachineScope[] {
  const granted = new Set<MachineScope>();
  for (const s of typeof raw === 'string' ? raw.split(/\s+/) : valuesOf(raw)) {
    if (!s.startsWith(prefix)) continue;
    const name = s.slice(prefix.length);
    if (Object.hasOwn(MACHINE_SCOPES, name)) granted.add(name as MachineScope);
  }
  return [...granted];
}

/**
 * Turns verified claims into a subject, or undefined when the token is of no use to this API: a person
 * needs a role (and the township or hospital that role acts in); a token without a role is a machine
 * client only if it names its client and carries at least one of this API's scopes. A machine never gets
 * a hospital from its token: the registry says which hospital its client id is registered to.
 */
export function subjectFromClaims(
  claims: Record<string, unknown> | undefined,
  settings: IdentitySettings = identitySettings(),
): TokenSubject | undefined {
  if (!claims) return undefined;
  const names = settings.claims;
  const sub = str(claims.sub);
  if (!sub) return undefined;
  // A person in two role groups is ambiguous (which role, which scope?): refused, not first-listed wins.
  const roles = valuesOf(claims[names.role]).filter(isRole);
  if (roles.length > 1) return undefined;
  const role = roles[0];
  if (role) {
    const township = str(claims[names.township]);
    const hospitalId = str(claims[names.hospital]);
    if (role === 'township' && !township) return undefined;
    if (role === 'hospital' && !hospitalId) return undefined;
    const caller: Caller = { sub, role };
    if (role === 'township') caller.township = township;
    if (role === 'hospital') caller.hospitalId = hospitalId;
    return { kind: 'person', caller };
  }
  const clientId = str(claims[names.clientId]);
  const scopes = machineScopesOf(claims[names.scope], settings.scopePrefix);
  if (clientId && scopes.length > 0) return { kind: 'machine', sub, clientId, scopes };
  return undefined;
}

/** The person a token names, or undefined (machine clients are resolved by the handler middleware). */
export function callerFromClaims(
  claims: Record<string, unknown> | undefined,
  settings: IdentitySettings = identitySettings(),
): Caller | undefined {
  const subject = subjectFromClaims(claims, settings);
  return subject?.kind === 'person' ? subject.caller : undefined;
}
