/* 共治网格 service worker: the app shell and built assets are cached so the grid worker's pages open
 * with no network; /api is network-first, and a few GETs the field pages need (the due list, my
 * grids, categories, who am I) fall back to their last good copy. Writes are never touched here:
 * the page queues them in IndexedDB and replays them itself. */
/* global self, caches, fetch, URL, Response */
const VERSION = 'gz-sw-1';
const SHELL = `${VERSION}-shell`;
const RUNTIME = `${VERSION}-runtime`;
const API = `${VERSION}-api`;
const API_FALLBACK = ['/api/grid/due', '/api/grid/me', '/api/events/categories', '/api/auth/me'];
const STATIC = ['/', '/manifest.webmanifest', '/icon.svg', '/icons/icon-192.png', '/icons/icon-512.png'];

/** Asset paths referenced by a text (index.html or a built chunk that imports lazy chunks). */
function assetsIn(text) {
  const found = new Set();
  for (const m of text.matchAll(/\/?assets\/[\w.@-]+\.(?:js|css|woff2?|svg|png)/g))
    found.add(m[0].startsWith('/') ? m[0] : `/${m[0]}`);
  return [...found];
}

async function precache() {
  const cache = await caches.open(SHELL);
  await cache.addAll(STATIC);
  const index = await (await cache.match('/')).text();
  const seen = new Set();
  let queue = assetsIn(index);
  // follow imports one file at a time so lazily loaded page chunks are cached too
  while (queue.length) {
    const next = [];
    for (const url of queue) {
      if (seen.has(url)) continue;
      seen.add(url);
      try {
        const res = await fetch(url);
        if (!res.ok) continue;
        await cache.put(url, res.clone());
        if (url.endsWith('.js') || url.endsWith('.css')) next.push(...assetsIn(await res.text()));
      } catch {
        // a missing chunk must not stop installation; it is cached when first used
      }
    }
    queue = next;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => !k.startsWith(VERSION)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** Network first; a good answer is kept under `key` and served when the network is gone. */
async function networkFirst(request, cacheName, key = request) {
  try {
    const res = await fetch(request);
    if (res.ok) await (await caches.open(cacheName)).put(key, res.clone());
    return res;
  } catch (e) {
    const hit = await caches.match(key);
    if (hit) return hit;
    throw e;
  }
}

async function cacheFirst(request) {
  const hit = await caches.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) (await caches.open(RUNTIME)).put(request, res.clone());
  return res;
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) {
    if (API_FALLBACK.some((p) => url.pathname === p)) event.respondWith(networkFirst(req, API));
    return;
  }
  if (req.mode === 'navigate') {
    // every page of the single-page app is index.html
    event.respondWith(networkFirst(req, SHELL, '/').catch(() => Response.error()));
    return;
  }
  if (
    url.pathname.startsWith('/assets/') ||
    STATIC.includes(url.pathname) ||
    url.pathname.startsWith('/icons/')
  )
    event.respondWith(cacheFirst(req));
});
