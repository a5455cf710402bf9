import { SignJWT, generateKeyPair, jwtVerify, type CryptoKey } from 'jose';
import { z } from 'zod';
import { ROLES } from '../../shared/auth/roles.js';
import { TOWNSHIP_CODES } from '../../shared/reference/townships.js';

/**
 * The local stand-in for Cognito + the API Gateway JWT authorizer: an ES256 key made at start, tokens
 * issued by POST /dev/token, and the same checks the authorizer makes (signature, issuer, audience,
 * expiry). Never deployed.
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

export interface LocalAuth {
  issue(claims: z.output<typeof devTokenSchema>): Promise<string>;
  verify(token: string): Promise<Record<string, unknown>>;
}

export async function createLocalAuth(): Promise<LocalAuth> {
  const { privateKey, publicKey } = (await generateKeyPair('ES256')) as { privateKey: CryptoKey; publicKey: CryptoKey };
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
    verify: async (token) => {
      const { payload } = await jwtVerify(token, publicKey, {
        issuer: LOCAL_ISSUER,
        audience: LOCAL_AUDIENCE,
        algorithms: ['ES256'],
      });
      return payload as Record<string, unknown>;
    },
  };
}
