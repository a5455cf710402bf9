import { deflateSync } from 'node:zlib';
import type { PresignedPostOptions } from '@aws-sdk/s3-presigned-post';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/errors.js';
import {
  inspectImage,
  MAX_PHOTO_BYTES,
  parsePhotoObjectKey,
  photoObjectKey,
  photoUploadPolicy,
  uploadExpiresAt,
} from '../../../shared/housing/photo-inspection.js';
import { acceptedPhotoKinds, summarizePhotos } from '../../../shared/housing/types.js';
import { photoBodySchema } from '../../../shared/housing/schemas.js';
import { tinyJpeg } from '../../support/images.js';

// ------------------------------------------------------------------ tiny real images, built byte by byte

const bytes = (...parts: (number[] | Uint8Array | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : [...p])));
const be16 = (n: number): number[] => [(n >> 8) & 0xff, n & 0xff];
const be32 = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const segment = (marker: number, payload: number[] | Uint8Array): number[] => [
  0xff,
  marker,
  ...be16(payload.length + 2),
  ...payload,
];

/**
 * A complete baseline JPEG of one grey 8×8 block shown at width × height: JFIF header, an all-ones quantisation
 * table, a frame header (SOF0 or, for the progressive test, SOF2), one-code DC and AC Huffman tables, one scan
 * whose entropy data is "DC difference 0, end of block" (bits 00, padded with ones: 0x3F), end of image.
 */
function jpeg(width: number, height: number, { sof = 0xc0, before = [] as number[] } = {}): Uint8Array {
  return bytes(
    [0xff, 0xd8],
    segment(0xe0, bytes('JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0])),
    before,
    segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
    segment(sof, [8, ...be16(height), ...be16(width), 1, 1, 0x11, 0]),
    segment(0xc4, [0x00, 1, ...new Array<number>(15).fill(0), 0x00]),
    segment(0xc4, [0x10, 1, ...new Array<number>(15).fill(0), 0x00]),
    segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    [0x3f, 0xff, 0xd9],
  );
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data: Uint8Array): number => {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Uint8Array): Uint8Array => {
  const body = bytes(type, data);
  return bytes(be32(data.length), body, be32(crc32(body)));
};

/** A complete 8-bit greyscale PNG: signature, IHDR, one zlib IDAT of black rows (filter 0), IEND. */
function png(width: number, height: number): Uint8Array {
  const raw = new Uint8Array(height * (width + 1));
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    chunk('IHDR', bytes(be32(width), be32(height), [8, 0, 0, 0, 0])),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  );
}

const box = (type: string, ...payload: (number[] | Uint8Array | string)[]): Uint8Array => {
  const body = bytes(...payload);
  return bytes(be32(body.length + 8), type, body);
};
const fullBox = (type: string, ...payload: (number[] | Uint8Array | string)[]): Uint8Array =>
  box(type, [0, 0, 0, 0], ...payload);
const ispe = (w: number, h: number): Uint8Array => fullBox('ispe', be32(w), be32(h));

/**
 * The HEIF structure a phone writes, cut to the boxes that matter: ftyp, then meta with pitm (primary item 1),
 * iprp/ipco holding a 512×512 tile ispe and the primary 4032×3024 ispe, and ipma associating item 1 with
 * property 2. `mdat` carries a few placeholder bytes.
 */
function heic({
  major = 'heic',
  compatible = ['mif1', 'heic'],
  withIspe = true,
  withAssociation = true,
} = {}): Uint8Array {
  const ipco = box(
    'ipco',
    withIspe ? bytes(ispe(512, 512), ispe(4032, 3024)) : box('colr', 'nclx', [0, 1, 0, 13, 0, 6, 0x80]),
  );
  const ipma = fullBox('ipma', be32(1), be16(1), [1, 0x80 | 2]);
  return bytes(
    box('ftyp', major, be32(0), ...compatible),
    fullBox(
      'meta',
      fullBox('hdlr', be32(0), 'pict', be32(0), be32(0), be32(0), '\0'),
      fullBox('pitm', be16(1)),
      box('iprp', ipco, withAssociation ? ipma : []),
    ),
    box('mdat', [1, 2, 3, 4]),
  );
}

describe('inspectImage: type by content, with dimensions (docs/rules.md §4 "checked by content, not by name")', () => {
  it.each<[string, Uint8Array, string, { type: string; width: number; height: number }]>([
    ['a baseline JPEG (SOF0) of 3×2', jpeg(3, 2), 'image/jpeg', { type: 'image/jpeg', width: 3, height: 2 }],
    [
      'a progressive JPEG frame header (SOF2) of 4032×3024',
      jpeg(4032, 3024, { sof: 0xc2 }),
      'image/jpeg',
      { type: 'image/jpeg', width: 4032, height: 3024 },
    ],
    [
      'a JPEG with a large EXIF segment before the frame header',
      jpeg(640, 480, { before: segment(0xe1, bytes('Exif\0\0', new Uint8Array(60_000))) }),
      'image/jpeg',
      { type: 'image/jpeg', width: 640, height: 480 },
    ],
    [
      'a JPEG declared with a parameter in its content type',
      jpeg(1, 1),
      'image/jpeg; charset=binary',
      { type: 'image/jpeg', width: 1, height: 1 },
    ],
    ['a greyscale PNG of 2×3', png(2, 3), 'image/png', { type: 'image/png', width: 2, height: 3 }],
    [
      "an HEIC photo: the primary item's ispe, not the tile's",
      heic(),
      'image/heic',
      { type: 'image/heic', width: 4032, height: 3024 },
    ],
    [
      'an HEIC without item associations: the largest ispe',
      heic({ withAssociation: false }),
      'image/heic',
      { type: 'image/heic', width: 4032, height: 3024 },
    ],
    [
      'an HEIF with major brand mif1 and heic compatible',
      heic({ major: 'mif1', compatible: ['heic'] }),
      'image/heic',
      { type: 'image/heic', width: 4032, height: 3024 },
    ],
  ])('accepts %s', (_name, file, declared, expected) => {
    expect(inspectImage(file, declared)).toEqual({ ok: true, ...expected });
  });

  it.each<[string, Uint8Array, string, string]>([
    ['a text file declared image/jpeg', Buffer.from('这不是照片, just text\n', 'utf8'), 'image/jpeg', 'unknown-format'],
    ['an empty file', new Uint8Array(0), 'image/jpeg', 'empty'],
    ['a PNG declared image/jpeg', png(2, 2), 'image/jpeg', 'type-mismatch'],
    ['a JPEG declared image/heic', jpeg(2, 2), 'image/heic', 'type-mismatch'],
    ['a JPEG declared image/gif', jpeg(2, 2), 'image/gif', 'unsupported-type'],
    ['a JPEG cut off before its frame header', jpeg(2, 2).subarray(0, 40), 'image/jpeg', 'unreadable-dimensions'],
    ['a JPEG whose height is left to a DNL marker (0)', jpeg(2, 0), 'image/jpeg', 'unreadable-dimensions'],
    [
      'a PNG whose first chunk is not IHDR',
      bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], chunk('IEND', new Uint8Array(0)), new Uint8Array(8)),
      'image/png',
      'unreadable-dimensions',
    ],
    ['a PNG of zero width', png(0, 3), 'image/png', 'unreadable-dimensions'],
    [
      'an HEIC without any ispe (dimensions unreadable: rejected, see docs/housing.md)',
      heic({ withIspe: false }),
      'image/heic',
      'unreadable-dimensions',
    ],
    [
      'an AVIF (mif1 without heic) declared image/heic',
      heic({ major: 'avif', compatible: ['avif', 'mif1', 'miaf'] }),
      'image/heic',
      'unknown-format',
    ],
    ['a file larger than 10 MiB', bytes(jpeg(2, 2), new Uint8Array(MAX_PHOTO_BYTES)), 'image/jpeg', 'too-large'],
  ])('rejects %s', (_name, file, declared, code) => {
    const result = inspectImage(file, declared);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
  });

  it('never throws, whatever follows a valid signature (fast-check)', () => {
    const heads = [
      [[0xff, 0xd8, 0xff], 'image/jpeg'],
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
      [[0, 0, 0, 16, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0, 0, 0], 'image/heic'],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 300 }), ([head, type], noise) => {
        const result = inspectImage(bytes([...head], noise), type);
        if (result.ok) expect((result.width ?? 0) * (result.height ?? 0)).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('photo object keys: housing/<caseId>/photos/<photoId>', () => {
  it('builds and parses the key', () => {
    const key = photoObjectKey('HC-2019-0001', 'P-01');
    expect(key).toBe('housing/HC-2019-0001/photos/P-01');
    expect(parsePhotoObjectKey(key)).toEqual({ caseId: 'HC-2019-0001', photoId: 'P-01' });
  });

  it.each(['housing/HC/photos/', 'housing/HC/photos/a/b', 'reports/2019-09-01.json', 'housing//photos/x'])(
    'does not parse %s',
    (key) => {
      expect(parsePhotoObjectKey(key)).toBeUndefined();
    },
  );

  it.each([
    ['a/b', 'p'],
    ['c', '..'],
    ['', 'p'],
  ])('refuses ids that would break the layout: %j / %j', (caseId, photoId) => {
    expect(() => photoObjectKey(caseId, photoId)).toThrow(ValidationError);
  });
});

describe('photoUploadPolicy: the presigned POST conditions', () => {
  const key = 'housing/HC-2019-0001/photos/P-01';
  const policy = photoUploadPolicy({
    bucket: 'zlt-dev-photos',
    key,
    contentType: 'image/jpeg',
    maxBytes: MAX_PHOTO_BYTES,
    expiresInSeconds: 600,
  });

  it('binds the bucket, the exact key, the exact content type and 1 byte to 10 MiB', () => {
    expect(MAX_PHOTO_BYTES).toBe(10 * 1024 * 1024);
    expect(policy.Conditions).toEqual([
      { bucket: 'zlt-dev-photos' },
      ['eq', '$key', key],
      ['eq', '$Content-Type', 'image/jpeg'],
      ['content-length-range', 1, 10_485_760],
    ]);
    expect(policy.Fields).toEqual({ 'Content-Type': 'image/jpeg' });
    expect(policy).toMatchObject({ Bucket: 'zlt-dev-photos', Key: key, Expires: 600 });
  });

  it('is what createPresignedPost takes', () => {
    const options: PresignedPostOptions = policy;
    expect(options.Key).toBe(key);
  });

  it('binds a declared size as the upper bound', () => {
    const small = photoUploadPolicy({ bucket: 'b', key, contentType: 'image/png', maxBytes: 123_456 });
    expect(small.Conditions).toContainEqual(['content-length-range', 1, 123_456]);
    // The form lives as long as the upload needs: 60 s + ceil(123,456 / 65,536) = 60 + 2 = 62 s.
    expect(small.Expires).toBe(62);
    expect(uploadExpiresAt(new Date('2019-05-01T00:00:00Z'), small)).toBe('2019-05-01T00:01:02.000Z');
    // The largest photo, 10 MiB: 60 + 160 = 220 s, well under the 600 s ceiling.
    expect(photoUploadPolicy({ bucket: 'b', key, contentType: 'image/png', maxBytes: MAX_PHOTO_BYTES }).Expires).toBe(
      220,
    );
  });

  it.each<[string, Partial<Parameters<typeof photoUploadPolicy>[0]>, string]>([
    ['a size over 10 MiB', { maxBytes: MAX_PHOTO_BYTES + 1 }, 'size'],
    ['a size of 0', { maxBytes: 0 }, 'size'],
    ['a GIF', { contentType: 'image/gif' }, 'contentType'],
    ['an expiry over ten minutes', { expiresInSeconds: 601 }, 'expiresInSeconds'],
    ['a key outside the layout', { key: 'housing/HC/other/P' }, 'key'],
  ])('refuses %s', (_name, overrides, path) => {
    try {
      photoUploadPolicy({ bucket: 'b', key, contentType: 'image/jpeg', maxBytes: 100, ...overrides });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).details.map((d) => d.path)).toContain(path);
    }
  });
});

describe('photo summary on the case', () => {
  it('counts accepted photos by kind, and pending and rejected ones, from the photo list', () => {
    const summary = summarizePhotos([
      { kind: 'before', status: 'accepted' },
      { kind: 'before', status: 'accepted' },
      { kind: 'after', status: 'pending' },
      { kind: 'householder', status: 'rejected' },
    ]);
    expect(summary).toMatchObject({
      accepted: { before: 2, after: 0, application: 0, householder: 0, agreement: 0, 'appraisal-report': 0 },
      pending: 1,
      rejected: 1,
    });
    expect(acceptedPhotoKinds(summary)).toEqual(['before']);
  });
});

describe('scanned documents (PDF) in the same upload path [R1 九.(五)]', () => {
  const pdf = (body: string) => Buffer.from(`%PDF-1.4\n${body}\ntrailer<</Root 1 0 R>>\n%%EOF\n`, 'latin1');
  const scan = pdf('1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj');

  it('accepts a whole PDF declared application/pdf, with no pixel size', () => {
    expect(inspectImage(scan, 'application/pdf')).toEqual({ ok: true, type: 'application/pdf' });
  });

  it('refuses a PDF cut short (no %%EOF in its last 1,024 bytes) and a PDF declared as a JPEG', () => {
    const cut = scan.subarray(0, scan.length - 8);
    expect(inspectImage(cut, 'application/pdf')).toMatchObject({ ok: false, code: 'unknown-format' });
    expect(inspectImage(scan, 'image/jpeg')).toMatchObject({ ok: false, code: 'type-mismatch' });
  });

  it('refuses a JPEG declared as a PDF', () => {
    expect(inspectImage(tinyJpeg(4, 3), 'application/pdf')).toMatchObject({ ok: false, code: 'type-mismatch' });
  });

  it('the request schema refuses a PDF for a photo of the house or the householder (400 naming contentType)', () => {
    for (const kind of ['before', 'after', 'householder'] as const) {
      const r = photoBodySchema.safeParse({ kind, contentType: 'application/pdf', size: 1000 });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(['contentType']);
    }
    expect(photoBodySchema.safeParse({ kind: 'agreement', contentType: 'application/pdf', size: 1000 }).success).toBe(
      true,
    );
    expect(photoBodySchema.safeParse({ kind: 'agreement', contentType: 'image/jpeg', size: 1000 }).success).toBe(true);
  });
});
