import { api, unwrap } from '../../api/client';

/** Longest side of an uploaded photo: phones take 4000–6000 px; 2,560 px keeps a house legible. */
export const MAX_SIDE = 2560;
const JPEG_QUALITY = 0.85;

export interface PreparedPhoto {
  blob: Blob;
  contentType: 'image/jpeg' | 'image/png' | 'image/heic';
  width?: number;
  height?: number;
  originalBytes: number;
}

/**
 * Downscales to a long side of at most 2,560 px and re-encodes as JPEG in the browser (a 5–12 MB phone photo
 * becomes ~0.5–1.5 MB over a weak village network). A file the browser cannot decode (HEIC on most browsers,
 * or something that is not a photo at all) goes up unchanged: the server checks every upload by its content
 * and says why it refuses one.
 */
export async function preparePhoto(file: File): Promise<PreparedPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    const contentType =
      file.type === 'image/png' ? 'image/png' : file.type === 'image/heic' ? 'image/heic' : 'image/jpeg';
    return { blob: file, contentType, originalBytes: file.size };
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('此浏览器不能处理照片');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob>((ok, fail) =>
    canvas.toBlob((b) => (b ? ok(b) : fail(new Error('照片压缩失败'))), 'image/jpeg', JPEG_QUALITY),
  );
  return { blob, contentType: 'image/jpeg', width, height, originalBytes: file.size };
}

export interface UploadTarget {
  photoId: string;
  url: string;
  fields: Record<string, string>;
}

/** Asks the API for a presigned POST for one photo of the case. */
export async function requestUpload(caseId: string, kind: string, photo: PreparedPhoto): Promise<UploadTarget> {
  const body = (await unwrap(
    api.POST('/v1/housing/cases/{caseId}/photos', {
      params: { path: { caseId } },
      body: { kind, contentType: photo.contentType, size: photo.blob.size } as never,
    }),
  )) as { photoId: string; upload: { url: string; fields: Record<string, string> } };
  return { photoId: body.photoId, ...body.upload };
}

/** Sends the photo to the bucket through the presigned POST, reporting progress (0–1). */
export function postToBucket(target: UploadTarget, blob: Blob, onProgress: (ratio: number) => void): Promise<void> {
  return new Promise((ok, fail) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(target.fields)) form.append(k, v);
    form.append('file', blob);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', target.url);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? ok() : fail(new Error(`存储服务返回 ${xhr.status}`)));
    xhr.onerror = () => fail(new Error('网络中断'));
    xhr.ontimeout = () => fail(new Error('上传超时'));
    xhr.timeout = 10 * 60_000;
    xhr.send(form);
  });
}
