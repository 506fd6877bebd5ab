// Bandwork's service worker, written into the build by
// scripts/service-worker.mjs (the Trunk post-build hook). The two
// placeholders below are filled in with this build's cache name and files.
//
// - install: every file of the build goes into a cache of its own, named
//   after a hash of the build, so versions never mix.
// - activate: caches of earlier versions are deleted.
// - fetch: the app's files come from the cache first; any page navigation
//   gets the cached index.html (routes are #fragments), so the app starts
//   with no network.
// - A new version waits until the page asks it to take over (a message
//   {type: "skip-waiting"}, sent when the user presses Reload), so the app
//   never changes under the user's hands.
"use strict";

const CACHE = "__BANDWORK_CACHE__";
const FILES = __BANDWORK_FILES__;
const INDEX = new URL("./index.html", self.registration.scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // "reload" skips the HTTP cache, so a stale file cannot slip in.
      cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" }))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith("bandwork-") && key !== CACHE).map((key) => caches.delete(key))),
      )
      // The first version takes the page that installed it at once, so it
      // works offline without a second visit. Later versions only get here
      // after the user asked for them.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      if (request.mode === "navigate") {
        const index = await cache.match(INDEX);
        if (index) return index;
      }
      return fetch(request);
    }),
  );
});
