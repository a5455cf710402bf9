import { get, createServer, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveConsole } from '../../../infra/local/static.js';

describe('local gateway: the console at /', () => {
  let dir: string;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zlt-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'sw.js'), '// sw');
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (!serveConsole(req, res, url.pathname, { dir, bucketOrigin: 'http://127.0.0.1:9999' })) {
        res.writeHead(599);
        res.end();
      }
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((ok) => server.close(ok));
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves hashed assets as immutable JavaScript', async () => {
    const r = await fetch(`${base}/assets/app-abc123.js`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(r.headers.get('cache-control')).toContain('immutable');
    expect(await r.text()).toBe('console.log(1)');
  });

  it('sends text gzip-compressed only to a client that accepts gzip (as CloudFront compresses)', async () => {
    const raw = (headers: Record<string, string>) =>
      new Promise<{ encoding?: string; vary?: string; body: Buffer }>((ok, fail) => {
        get(`${base}/assets/app-abc123.js`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            ok({
              encoding: res.headers['content-encoding'],
              vary: res.headers.vary,
              body: Buffer.concat(chunks),
            }),
          );
        }).on('error', fail);
      });
    const zipped = await raw({ 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.vary).toBe('accept-encoding');
    expect(gunzipSync(zipped.body).toString('utf8')).toBe('console.log(1)');
    const plain = await raw({});
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe('console.log(1)');
  });

  it('answers any console path (deep links, /dev-login?…) with index.html, never cached', async () => {
    for (const path of ['/', '/cases/abc', '/dev-login?role=township&township=zhonghe']) {
      const r = await fetch(`${base}${path}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('cache-control')).toBe('no-cache');
      expect(await r.text()).toContain('<title>console</title>');
    }
  });

  it('sends the security headers: no inline scripts, no framing, no sniffing; the bucket for photos', async () => {
    const r = await fetch(`${base}/`);
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:9999");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a missing hashed asset is 404, not index.html; paths cannot climb out of the build', async () => {
    expect((await fetch(`${base}/assets/gone-123.js`)).status).toBe(404);
    const r = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(await r.text()).toContain('<title>console</title>');
  });

  it('reports "not built" so the gateway can answer 404 JSON instead', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'zlt-static-empty-'));
    const fake = { method: 'GET' } as never;
    expect(serveConsole(fake, {} as never, '/', { dir: empty })).toBe(false);
    rmSync(empty, { recursive: true });
  });
});
