import { ValidationError } from '../errors.js';
import { PHOTO_CONTENT_TYPES, type PhotoContentType } from './types.js';
import { BUCKET_PREFIXES } from '../data/bucket-prefixes.js';

/**
 * Photo content checks and the upload policy (docs/rules.md §4 "One household, one file": JPEG, PNG or HEIC, checked by
 * content, not by name; size limited). Pure: the storage-event adapter reads the object and calls
 * `inspectImage`; the upload adapter passes `photoUploadPolicy(...)` to `createPresignedPost`.
 *
 * Object key layout: `housing/<caseId>/photos/<photoId>` (see `photoObjectKey`). S3 event notifications
 * URL-encode the key; decode it (`+` is a space) before `parsePhotoObjectKey`.
 */

/** Largest photo accepted: 10 MiB. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/**
 * A presigned upload lives as long as the upload needs and no longer (a form that outlives its upload is a
 * window to replace the file): one minute to start, plus the declared size at a weak rural uplink of
 * 512 kbit/s (64 KiB/s). A 10 MiB photo gets 60 + 160 = 220 s; a 2 MiB photo 60 + 32 = 92 s.
 */
export const UPLOAD_START_SECONDS = 60;
export const UPLOAD_BYTES_PER_SECOND = 64 * 1024;
export const uploadSecondsFor = (size: number): number =>
  UPLOAD_START_SECONDS + Math.ceil(Math.max(0, size) / UPLOAD_BYTES_PER_SECOND);
/** Longest lifetime a form may have, whatever is asked (ten minutes). */
export const MAX_PHOTO_UPLOAD_EXPIRES_SECONDS = 600;

export type ImageInspection =
  | { ok: true; type: PhotoContentType; width?: number; height?: number }
  | {
      ok: false;
      code: 'empty' | 'too-large' | 'unsupported-type' | 'unknown-format' | 'type-mismatch' | 'unreadable-dimensions';
      reason: string;
    };

const fail = (code: Extract<ImageInspection, { ok: false }>['code'], reason: string): ImageInspection => ({
  ok: false,
  code,
  reason,
});

/**
 * Detects the image type from the bytes and reads its dimensions. The declared content type must be one of
 * image/jpeg, image/png, image/heic and must match what the bytes are. Pass the whole object (at most
 * MAX_PHOTO_BYTES); a file whose dimensions cannot be read is rejected.
 */
export function inspectImage(bytes: Uint8Array, declaredType: string): ImageInspection {
  if (bytes.length === 0) return fail('empty', 'The file is empty.');
  if (bytes.length > MAX_PHOTO_BYTES)
    return fail('too-large', `The file is ${bytes.length} bytes; at most ${MAX_PHOTO_BYTES} are accepted.`);
  const declared = (declaredType.split(';')[0] ?? '').trim().toLowerCase();
  if (!(PHOTO_CONTENT_TYPES as readonly string[]).includes(declared)) {
    return fail('unsupported-type', `Declared type ${declaredType} is not one of ${PHOTO_CONTENT_TYPES.join(', ')}.`);
  }
  const detected = detectType(bytes);
  if (!detected) return fail('unknown-format', 'The file is not a JPEG, PNG or HEIC image, nor a PDF.');
  if (detected !== declared)
    return fail('type-mismatch', `The file was declared ${declared} but its content is ${detected}.`);
  // A scanned document: a PDF has no pixel size to read; it must be whole (its end-of-file marker present).
  if (detected === 'application/pdf') return { ok: true, type: detected };
  const size =
    detected === 'image/jpeg' ? jpegSize(bytes) : detected === 'image/png' ? pngSize(bytes) : heicSize(bytes);
  if (!size) return fail('unreadable-dimensions', `The ${detected} image's width and height cannot be read.`);
  return { ok: true, type: detected, width: size.width, height: size.height };
}

interface Size {
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Brands that mark an HEIF image file [ISO/IEC 23008-12]. `mif1`/`msf1` alone are also used by AVIF, see below. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** `%PDF-` then a version digit; the `%%EOF` marker within the last 1,024 bytes (ISO 32000-1 §7.5). */
function isPdf(b: Uint8Array): boolean {
  if (b.length < 16 || ascii(b, 0, 5) !== '%PDF-' || !/[12]/.test(ascii(b, 5, 1))) return false;
  const tail = ascii(b, Math.max(0, b.length - 1024), Math.min(1024, b.length));
  return tail.includes('%%EOF');
}

function detectType(b: Uint8Array): PhotoContentType | undefined {
  if (isPdf(b)) return 'application/pdf';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && PNG_SIGNATURE.every((v, i) => b[i] === v)) return 'image/png';
  if (b.length >= 16 && ascii(b, 4, 4) === 'ftyp') {
    const size = u32(b, 0);
    const end = Math.min(Math.max(size, 16), b.length);
    const brands = [ascii(b, 8, 4)];
    for (let o = 16; o + 4 <= end; o += 4) brands.push(ascii(b, o, 4));
    // An AVIF file also lists mif1; it is not HEIC unless it names heic/heix itself.
    const named = brands.some((x) => x === 'heic' || x === 'heix');
    const avif = brands.some((x) => AVIF_BRANDS.has(x));
    if (named || (!avif && brands.some((x) => HEIC_BRANDS.has(x)))) return 'image/heic';
  }
  return undefined;
}

/** Big-endian reads; a read past the end throws (every caller checks its bounds first). */
const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);
const u8 = (b: Uint8Array, o: number): number => view(b).getUint8(o);
const u16 = (b: Uint8Array, o: number): number => view(b).getUint16(o);
const u32 = (b: Uint8Array, o: number): number => view(b).getUint32(o);
const ascii = (b: Uint8Array, o: number, n: number): string => String.fromCharCode(...b.subarray(o, o + n));

/**
 * JPEG: walk the marker segments after SOI to the first start-of-frame (SOF0 baseline, SOF2 progressive, and the
 * other SOFn), which holds precision, height, width. Stops at SOS/EOI: a frame header must come before the scan.
 */
function jpegSize(b: Uint8Array): Size | undefined {
  let o = 2;
  while (o + 4 <= b.length) {
    if (b[o] !== 0xff) return undefined;
    let marker = u8(b, o + 1);
    // Fill bytes: any number of 0xFF before the marker code.
    while (marker === 0xff && o + 2 < b.length) {
      o += 1;
      marker = u8(b, o + 1);
    }
    o += 2;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // TEM, RSTn: no length
    if (marker === 0xd9 || marker === 0xda) return undefined; // EOI or SOS before any frame header
    if (o + 2 > b.length) return undefined;
    const length = u16(b, o);
    if (length < 2) return undefined;
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (length < 8 || o + 7 > b.length) return undefined;
      const height = u16(b, o + 3);
      const width = u16(b, o + 5);
      // Height 0 means "defined later by a DNL marker": not readable here.
      return width > 0 && height > 0 ? { width, height } : undefined;
    }
    o += length;
  }
  return undefined;
}

/** PNG: the first chunk must be IHDR (length 13): width and height as 31-bit big-endian integers. */
function pngSize(b: Uint8Array): Size | undefined {
  if (b.length < 24 || u32(b, 8) !== 13 || ascii(b, 12, 4) !== 'IHDR') return undefined;
  const width = u32(b, 16);
  const height = u32(b, 20);
  const ok = (n: number): boolean => n > 0 && n <= 0x7fffffff;
  return ok(width) && ok(height) ? { width, height } : undefined;
}

interface Box {
  type: string;
  /** First byte of the payload (after the header). */
  start: number;
  end: number;
}

/** The ISO BMFF boxes between `start` and `end`; stops at the first malformed box. */
function boxes(b: Uint8Array, start: number, end: number): Box[] {
  const out: Box[] = [];
  let o = start;
  while (o + 8 <= end) {
    let size = u32(b, o);
    const type = ascii(b, o + 4, 4);
    let header = 8;
    if (size === 1) {
      if (o + 16 > end) break;
      const high = u32(b, o + 8);
      if (high !== 0) break; // > 4 GiB: not a photo
      size = u32(b, o + 12);
      header = 16;
    } else if (size === 0) {
      size = end - o; // to the end of the enclosing space
    }
    if (size < header || o + size > end) break;
    out.push({ type, start: o + header, end: o + size });
    o += size;
  }
  return out;
}

const child = (b: Uint8Array, parent: Box, type: string, skip = 0): Box | undefined =>
  boxes(b, parent.start + skip, parent.end).find((x) => x.type === type);

/**
 * HEIC: the image size is the `ispe` (image spatial extents) property in meta/iprp/ipco. The primary item's
 * (meta/pitm) associated ispe (meta/iprp/ipma) is used; without that association, the largest ispe (the grid
 * image rather than its tiles or thumbnail). A file without any ispe is rejected as unreadable: HEIF makes ispe
 * mandatory for every image item, so its absence means a damaged or non-image file.
 */
function heicSize(b: Uint8Array): Size | undefined {
  const top = boxes(b, 0, b.length);
  const meta = top.find((x) => x.type === 'meta');
  if (!meta) return undefined;
  // meta is a FullBox: 4 bytes of version and flags before its children.
  const iprp = child(b, meta, 'iprp', 4);
  const ipco = iprp && child(b, iprp, 'ipco');
  if (!ipco) return undefined;
  const properties = boxes(b, ipco.start, ipco.end);
  const extents = (box: Box): Size | undefined => {
    if (box.type !== 'ispe' || box.start + 12 > box.end) return undefined;
    const width = u32(b, box.start + 4);
    const height = u32(b, box.start + 8);
    return width > 0 && height > 0 ? { width, height } : undefined;
  };

  const primary = primaryItemId(b, meta);
  const ipma = iprp && child(b, iprp, 'ipma');
  if (primary !== undefined && ipma) {
    for (const index of associatedProperties(b, ipma, primary)) {
      const box = properties[index - 1];
      const size = box && extents(box);
      if (size) return size;
    }
  }
  let best: Size | undefined;
  for (const box of properties) {
    const size = extents(box);
    if (size && (!best || size.width * size.height > best.width * best.height)) best = size;
  }
  return best;
}

function primaryItemId(b: Uint8Array, meta: Box): number | undefined {
  const pitm = child(b, meta, 'pitm', 4);
  if (!pitm || pitm.start + 6 > pitm.end) return undefined;
  const version = u8(b, pitm.start);
  if (version === 0) return u16(b, pitm.start + 4);
  return pitm.start + 8 <= pitm.end ? u32(b, pitm.start + 4) : undefined;
}

/** 1-based ipco indices associated with `itemId` in an ipma box. */
function associatedProperties(b: Uint8Array, ipma: Box, itemId: number): number[] {
  let o = ipma.start;
  if (o + 8 > ipma.end) return [];
  const version = u8(b, o);
  const flags = (u8(b, o + 1) << 16) | (u8(b, o + 2) << 8) | u8(b, o + 3);
  o += 4;
  const count = u32(b, o);
  o += 4;
  for (let i = 0; i < count; i++) {
    const idSize = version < 1 ? 2 : 4;
    if (o + idSize + 1 > ipma.end) return [];
    const id = idSize === 2 ? u16(b, o) : u32(b, o);
    o += idSize;
    const n = u8(b, o);
    o += 1;
    const indices: number[] = [];
    for (let j = 0; j < n; j++) {
      if (flags & 1) {
        if (o + 2 > ipma.end) return [];
        indices.push(u16(b, o) & 0x7fff);
        o += 2;
      } else {
        if (o + 1 > ipma.end) return [];
        indices.push(u8(b, o) & 0x7f);
        o += 1;
      }
    }
    if (id === itemId) return indices;
  }
  return [];
}

// ------------------------------------------------------------------------------------------- upload policy

const ID = /^[A-Za-z0-9._-]{1,64}$/;

/** `housing/<caseId>/photos/<photoId>`; ids are 1–64 of `A-Z a-z 0-9 . _ -` (no slash, so the key parses back). */
export function photoObjectKey(caseId: string, photoId: string): string {
  if (
    !ID.test(caseId) ||
    !ID.test(photoId) ||
    caseId === '.' ||
    caseId === '..' ||
    photoId === '.' ||
    photoId === '..'
  ) {
    throw new ValidationError('Case and photo ids must be 1-64 of A-Z a-z 0-9 . _ -', [
      { path: ID.test(caseId) ? 'photoId' : 'caseId', message: 'bad id' },
    ]);
  }
  return `${BUCKET_PREFIXES.photoUploads}${caseId}/photos/${photoId}`;
}

/**
 * Where an accepted photo's bytes live: `evidence/housing/<caseId>/<photoId>/<sha256>`. No upload form ever
 * names this prefix (forms are for `housing/…` only, and the signing role may write nothing else), it is
 * outside the upload trigger's prefix, and the key names the content, so what an accepted photo serves
 * never changes.
 */
export function evidenceObjectKey(caseId: string, photoId: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('sha256 must be 64 lowercase hex digits');
  return `${BUCKET_PREFIXES.evidence}${photoObjectKey(caseId, photoId).replace('/photos/', '/')}/${sha256}`;
}

/** The file name extension of a photo type, for download names. */
export const PHOTO_EXTENSIONS: Record<PhotoContentType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
};

/** The case and photo of a stored object key, or undefined for any other key. */
export function parsePhotoObjectKey(key: string): { caseId: string; photoId: string } | undefined {
  const m = /^housing\/([A-Za-z0-9._-]{1,64})\/photos\/([A-Za-z0-9._-]{1,64})$/.exec(key);
  return m?.[1] && m[2] ? { caseId: m[1], photoId: m[2] } : undefined;
}

/** Structurally the `Conditions` of @aws-sdk/s3-presigned-post (kept here so this module imports no AWS code). */
export type PostPolicyCondition =
  | Record<string, string>
  | ['eq', string, string]
  | ['starts-with', string, string]
  | ['content-length-range', number, number];

/** Structurally `PresignedPostOptions` of @aws-sdk/s3-presigned-post: pass it to `createPresignedPost(client, …)`. */
export interface PhotoUploadPolicy {
  Bucket: string;
  Key: string;
  Conditions: PostPolicyCondition[];
  Fields: Record<string, string>;
  /** Seconds. */
  Expires: number;
}

export interface PhotoUploadRequest {
  bucket: string;
  key: string;
  contentType: string;
  /** Largest body S3 will take: the declared size, at most MAX_PHOTO_BYTES. */
  maxBytes: number;
  expiresInSeconds?: number;
}

/**
 * The presigned-POST policy for one photo: exactly this bucket and key, exactly this content type (the client
 * must send the `Content-Type` field from `Fields`), a body of 1..maxBytes bytes, valid `expiresInSeconds`
 * (default `uploadSecondsFor(maxBytes)`). S3 enforces the conditions; the local s3rver does not, so the storage-event check
 * (`inspectImage`) re-checks size and content either way.
 */
export function photoUploadPolicy(request: PhotoUploadRequest): PhotoUploadPolicy {
  const { bucket, key, contentType } = request;
  const expires = request.expiresInSeconds ?? uploadSecondsFor(request.maxBytes);
  const problems: { path: string; message: string }[] = [];
  if (!(PHOTO_CONTENT_TYPES as readonly string[]).includes(contentType)) {
    problems.push({ path: 'contentType', message: `must be one of ${PHOTO_CONTENT_TYPES.join(', ')}` });
  }
  if (!Number.isSafeInteger(request.maxBytes) || request.maxBytes < 1 || request.maxBytes > MAX_PHOTO_BYTES) {
    problems.push({ path: 'size', message: `must be 1 to ${MAX_PHOTO_BYTES} bytes` });
  }
  if (!Number.isSafeInteger(expires) || expires < 1 || expires > MAX_PHOTO_UPLOAD_EXPIRES_SECONDS) {
    problems.push({ path: 'expiresInSeconds', message: `must be 1 to ${MAX_PHOTO_UPLOAD_EXPIRES_SECONDS} seconds` });
  }
  if (!parsePhotoObjectKey(key)) problems.push({ path: 'key', message: 'must be housing/<caseId>/photos/<photoId>' });
  if (problems.length > 0) throw new ValidationError('The photo upload request is not valid.', problems);
  return {
    Bucket: bucket,
    Key: key,
    Conditions: [
      { bucket },
      ['eq', '$key', key],
      ['eq', '$Content-Type', contentType],
      ['content-length-range', 1, request.maxBytes],
    ],
    Fields: { 'Content-Type': contentType },
    Expires: expires,
  };
}

/** When a presigned upload made at `now` stops working (for the API's `expiresAt`). */
export function uploadExpiresAt(now: Date, policy: Pick<PhotoUploadPolicy, 'Expires'>): string {
  return new Date(now.getTime() + policy.Expires * 1000).toISOString();
}
