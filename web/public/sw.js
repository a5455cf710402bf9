// The console's service worker (docs/web.md "Repeat visits"). Only the build's hashed assets (/assets/*) are
// cached: their names change with their content, so a cached copy is never stale. Pages (index.html) and the
// API (/v1/*, photos, reports) always go to the network and are never stored here.
const CACHE = 'zlt-console-assets-v1';
const MAX_ENTRIES = 300;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) =>
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  ),
);

const isAsset = (url) => url.origin === self.location.origin && url.pathname.startsWith('/assets/');

// Keeps the cache bounded: the oldest entries (assets of earlier builds) go first.
async function trim(cache) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES)).map((k) => cache.delete(k)));
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || !isAsset(url)) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(event.request);
      if (hit) return hit;
      const response = await fetch(event.request);
      if (response.ok) {
        await cache.put(event.request, response.clone());
        event.waitUntil(trim(cache));
      }
      return response;
    }),
  );
});

// The first visit loads its assets before this worker controls the page: the page sends their addresses once
// the worker is ready, so the next visit is served from the cache too.
self.addEventListener('message', (event) => {
  const urls = Array.isArray(event.data?.assets) ? event.data.assets : [];
  const wanted = urls.map((u) => new URL(u, self.location.origin)).filter(isAsset);
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      for (const url of wanted) if (!(await cache.match(url.href))) await cache.add(url.href).catch(() => undefined);
      await trim(cache);
    }),
  );
});
