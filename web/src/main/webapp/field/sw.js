// The offline page's service worker: keeps the page itself so it opens with no connection. The API is never
// cached here; what the page needs from it (venues, lessons, the queue) lives in IndexedDB.
const SHELL = 'sachet-field-v6';
const FILES = ['index.html', 'field.js', 'bs-calendar.js', 'bs-date.js', 'field.css', 'manifest.webmanifest', 'icon.svg'];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(SHELL).then(cache => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key !== SHELL).map(key => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const url = new URL(event.request.url);
  const scope = new URL(self.registration.scope);
  if (event.request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) {
    return; // API calls and everything else go to the network as they are
  }
  // the network first, so a new version of the page arrives when online; the kept copy when not
  event.respondWith(fetch(event.request)
    .then(response => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(SHELL).then(cache => cache.put(event.request, copy));
      }
      return response;
    })
    .catch(() => caches.match(event.request, {ignoreSearch: true})
      .then(kept => kept || caches.match('index.html'))));
});
