import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { canonicalJson } from '../data/canonical.js';
import { ValidationError } from '../errors.js';

/**
 * Paging tokens (`nextToken`): opaque, authenticated and bound to what was asked. The DynamoDB position is
 * sealed with AES-256-GCM under the deployment's page-token key, with the route, the caller's scope and the
 * filters as associated data. A token that was altered, forged, made by another deployment or replayed with
 * another scope or filter fails authentication and is answered 400 `invalid-token`; nothing of the table's
 * keys is visible in it.
 */
export interface PageBinding {
  route: string;
  /** Whose data the page is of, e.g. `township:zhonghe`. */
  scope: string;
  filters: Record<string, unknown>;
}

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const aesKey = (secret: Uint8Array): Buffer => createHash('sha256').update('page-token/v1').update(secret).digest();
const aad = (binding: PageBinding): Buffer => Buffer.from(canonicalJson(binding), 'utf8');

export function sealPageToken(position: Record<string, unknown>, binding: PageBinding, secret: Uint8Array): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', aesKey(secret), iv);
  cipher.setAAD(aad(binding));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(position), 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

export const invalidToken = (): ValidationError =>
  new ValidationError(
    'The nextToken is not one this API gave for this query.',
    [{ path: 'query.nextToken', message: 'unknown, altered or issued for another query', code: 'invalid-token' }],
    'invalid-token',
  );

/** The position sealed in `token`, or a 400 `invalid-token` for anything this deployment did not issue here. */
export function openPageToken(token: string, binding: PageBinding, secret: Uint8Array): Record<string, unknown> {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) throw invalidToken();
  const raw = Buffer.from(token, 'base64url');
  if (raw.length < 1 + IV_BYTES + TAG_BYTES + 2 || raw[0] !== VERSION) throw invalidToken();
  const iv = raw.subarray(1, 1 + IV_BYTES);
  const tag = raw.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', aesKey(secret), iv);
    decipher.setAAD(aad(binding));
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(raw.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    const position = JSON.parse(plain.toString('utf8')) as unknown;
    if (!position || typeof position !== 'object' || Array.isArray(position)) throw invalidToken();
    return position as Record<string, unknown>;
  } catch {
    throw invalidToken();
  }
}
