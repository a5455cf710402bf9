import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

/** The built console (`npm run build`), served by the local gateway at `/` on the API's origin. */
export const CONSOLE_DIR = resolve(import.meta.dirname, '../../web/dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/**
 * The console's response headers, the same policy CloudFront adds in AWS (infra/lib/console.ts): scripts
 * only from the console's own origin (no inline scripts), frames forbidden, no MIME sniffing. `connect-src`
 * and `img-src` also allow the photo bucket's origin (presigned uploads and signed thumbnail links).
 */
export function consoleHeaders(bucketOrigin: string | undefined): Record<string, string> {
  const bucket = bucketOrigin ? ` ${bucketOrigin}` : '';
  return {
    'content-security-policy': [
      "default-src 'self'",
      "script-src 'self'",
      // Ant Design writes its CSS-in-JS into <style> elements: inline styles, never inline scripts.
      "style-src 'self' 'unsafe-inline'",
      `img-src 'self' data: blob:${bucket}`,
      `connect-src 'self'${bucket}`,
      "font-src 'self' data:",
      "worker-src 'self'",
      "manifest-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
}

/**
 * Serves a GET/HEAD for the console: a file of the build, or index.html for any other path (the console's
 * router owns the URL: /cases/abc, /dev-login?…). Returns false when the console is not built.
 */
export function serveConsole(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  options: { dir?: string; bucketOrigin?: string },
): boolean {
  const dir = options.dir ?? CONSOLE_DIR;
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  let file = index;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = '/';
  }
  const candidate = normalize(join(dir, decoded));
  if (candidate.startsWith(dir + sep) && existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
  else if (extname(decoded) && decoded.startsWith('/assets/')) {
    // A hashed asset that is not there (an old page after a rebuild): 404, never index.html as JavaScript.
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return true;
  }
  const immutable = file.startsWith(join(dir, 'assets') + sep);
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  // Text is sent gzip-compressed when the browser accepts it, as CloudFront does (`compress: true`,
  // infra/lib/console.ts), so what a phone downloads locally is what it downloads in AWS (bench/lighthouse.ts).
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers?.['accept-encoding'] ?? ''));
  res.writeHead(200, {
    'content-type': type,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    ...consoleHeaders(options.bucketOrigin),
  });
  if (req.method === 'HEAD') res.end();
  else if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
  else createReadStream(file).pipe(res);
  return true;
}
