import { randomBytes, timingSafeEqual } from 'node:crypto';
import { SignJWT, generateKeyPair, jwtVerify, type CryptoKey } from 'jose';
import * as z from 'zod';
import { LOCAL_SCOPE_PREFIX, MACHINE_SCOPES, type MachineScope } from '../../shared/auth/identity.js';
import { ROLES } from '../../shared/auth/roles.js';
import { TOWNSHIP_CODES } from '../../shared/reference/townships.js';

/**
 * The local stand-in for the identity provider + the API Gateway JWT authorizer: an ES256 key made at
 * start; people's tokens issued by POST /dev/token; machine clients created by POST /dev/clients (as an
 * administrator creates a Cognito app client or a Keycloak client) and their client-credentials tokens
 * issued by POST /dev/oauth2/token, shaped as Cognito's (`client_id`, `scope`, no `aud`); and the checks
 * the authorizer makes (signature, issuer, `aud` or `client_id` among the audiences, expiry). Never deployed.
 */
export const LOCAL_ISSUER = 'https://zhalantun.local/issuer';
export const LOCAL_AUDIENCE = 'zhalantun-api';

export const devTokenSchema = z
  .strictObject({
    role: z.enum(ROLES),
    hospitalId: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
      .optional(),
    township: z.enum(TOWNSHIP_CODES).optional(),
    sub: z.string().min(1).max(128).optional(),
  })
  .refine((b) => b.role !== 'hospital' || b.hospitalId, {
    message: 'role hospital needs hospitalId',
    path: ['hospitalId'],
  })
  .refine((b) => b.role !== 'township' || b.township, { message: 'role township needs township', path: ['township'] });

export const devClientSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{1,47}$/),
  /** Scopes the client may ask for; all of this API's by default. */
  scopes: z
    .array(z.enum(Object.keys(MACHINE_SCOPES) as [MachineScope, ...MachineScope[]]))
    .min(1)
    .optional(),
});

export interface LocalClient {
  clientId: string;
  clientSecret: string;
  scopes: MachineScope[];
}

export type ClientTokenResult =
  | { ok: true; token: { access_token: string; token_type: 'Bearer'; expires_in: number } }
  | { ok: false; status: 400 | 401; error: 'invalid_client' | 'invalid_scope' | 'unsupported_grant_type' };

export interface LocalAuth {
  issue(claims: z.output<typeof devTokenSchema>): Promise<string>;
  /** Creates a confidential client (client id + secret) allowed the given scopes. */
  createClient(input: z.output<typeof devClientSchema>): LocalClient;
  /** OAuth 2.0 client credentials grant (RFC 6749 §4.4), as Cognito's /oauth2/token answers it. */
  clientToken(input: {
    grantType: string | null;
    clientId: string | undefined;
    clientSecret: string | undefined;
    scope: string | null;
  }): Promise<ClientTokenResult>;
  verify(token: string): Promise<Record<string, unknown>>;
  /** Signs exactly these claims with the local key (gateway tests of malformed tokens); never reachable by HTTP. */
  signForTest(claims: Record<string, unknown>): Promise<string>;
}

const TOKEN_SECONDS = 3600;
/** Tokens kept verified (the local stack sees a few dozen callers; the cache starts over past this). */
const VERIFIED_KEPT = 10_000;

const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** How far in the future an `iat` may be before the token is refused (clock skew). */
const CLOCK_SKEW_SECONDS = 5;

export async function createLocalAuth(): Promise<LocalAuth> {
  const { privateKey, publicKey } = (await generateKeyPair('ES256')) as { privateKey: CryptoKey; publicKey: CryptoKey };
  const clients = new Map<string, LocalClient>();
  const verified = new Map<string, { payload: Record<string, unknown>; exp: number }>();
  /** Like the JWT authorizer's audience list: the API's audience and every app client id. */
  const audienceOk = (payload: Record<string, unknown>): boolean => {
    const aud = payload.aud;
    const auds = Array.isArray(aud) ? aud : typeof aud === 'string' ? [aud] : [];
    if (auds.includes(LOCAL_AUDIENCE)) return true;
    return typeof payload.client_id === 'string' && clients.has(payload.client_id);
  };
  return {
    issue: async (claims) =>
      new SignJWT({
        role: claims.role,
        ...(claims.hospitalId ? { hospitalId: claims.hospitalId } : {}),
        ...(claims.township ? { township: claims.township } : {}),
      })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject(
          claims.sub ??
            `local-${claims.role}${claims.hospitalId ? `-${claims.hospitalId}` : ''}${claims.township ? `-${claims.township}` : ''}`,
        )
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey),
    createClient: (input) => {
      const client: LocalClient = {
        clientId: `${input.name}-${randomBytes(6).toString('hex')}`,
        clientSecret: randomBytes(24).toString('base64url'),
        scopes: input.scopes ?? (Object.keys(MACHINE_SCOPES) as MachineScope[]),
      };
      clients.set(client.clientId, client);
      return client;
    },
    clientToken: async ({ grantType, clientId, clientSecret, scope }) => {
      if (grantType !== 'client_credentials') return { ok: false, status: 400, error: 'unsupported_grant_type' };
      const client = clientId ? clients.get(clientId) : undefined;
      if (!client || !clientSecret || !sameSecret(client.clientSecret, clientSecret)) {
        return { ok: false, status: 401, error: 'invalid_client' };
      }
      // No scope asked: every scope the client is allowed (Cognito's behaviour).
      const asked = scope ? scope.split(/\s+/).filter(Boolean) : client.scopes.map((s) => LOCAL_SCOPE_PREFIX + s);
      const allowed = new Set(client.scopes.map((s) => LOCAL_SCOPE_PREFIX + s));
      if (asked.length === 0 || asked.some((s) => !allowed.has(s))) {
        return { ok: false, status: 400, error: 'invalid_scope' };
      }
      const access_token = await new SignJWT({
        client_id: client.clientId,
        scope: asked.join(' '),
        token_use: 'access',
      })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject(client.clientId)
        .setIssuer(LOCAL_ISSUER)
        .setIssuedAt()
        .setExpirationTime(`${TOKEN_SECONDS}s`)
        .sign(privateKey);
      return { ok: true, token: { access_token, token_type: 'Bearer', expires_in: TOKEN_SECONDS } };
    },
    verify: async (token) => {
      // A token verified before is not verified again until it expires: every check below gives the same answer
      // for the same token later (the key, the issuer and the clients only stay or grow), except exp, which is
      // checked on each use. ES256 verification was 2–3% of the local stack's CPU in the programme year.
      const seen = verified.get(token);
      if (seen && seen.exp > Date.now() / 1000) return { ...seen.payload };
      verified.delete(token);
      // As the API Gateway JWT authorizer: exp is required, and a token issued in the future is refused.
      // Audience: a person's token names the API; a machine client's access token names its client instead.
      const { payload } = await jwtVerify(token, publicKey, {
        issuer: LOCAL_ISSUER,
        algorithms: ['ES256'],
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      if (!audienceOk(payload)) throw new Error('audience');
      if (typeof payload.iat !== 'number' || payload.iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS) {
        throw new Error('token issued in the future');
      }
      if (verified.size >= VERIFIED_KEPT) verified.clear();
      verified.set(token, { payload: payload as Record<string, unknown>, exp: payload.exp as number });
      return { ...payload } as Record<string, unknown>;
    },
    signForTest: (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(privateKey),
  };
}
