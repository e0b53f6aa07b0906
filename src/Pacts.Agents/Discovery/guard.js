// The guard engines: a cached locator's check, done inside the action's own element lookup so it costs no round trip.
// Playwright runs them in its utility world (the page's DOM, not its window), with their own copy of discover.js (d).
//
// pacts-guard=<token>, chained after the cached locator, keeps the element it is given only once the page's DOM has
// been quiet for a moment (read from the 'pacts:dom' performance mark the page-world watcher keeps) and only when the
// element still looks like the stored fingerprint; an element that looks different throws, which ends the action at
// once as drift. pacts-abort=<nonce>, joined with "or", throws once the service marks the document with that nonce:
// its way to end an action whose locator finds nothing (no element, so no guard call).
(d => {
  const decode = body => JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(body), c => c.charCodeAt(0))));
  const firstPoll = new Map();
  return {
    guard: {
      queryAll(root, body) {
        const want = decode(body);
        const now = performance.now();
        if (!firstPoll.has(want.nonce)) firstPoll.set(want.nonce, now);
        const marks = performance.getEntriesByName('pacts:dom', 'mark');
        const quiet = marks.length ? now - marks[marks.length - 1].startTime : Infinity;
        // Not yet quiet: no element, so Playwright asks again shortly; a page that never settles is waited for at most
        // settleMaxMs, as the resolver does.
        if (quiet < want.quietMs && now - firstPoll.get(want.nonce) < want.settleMaxMs) return [];
        const similarity = d.similarity(want.fingerprint, d.identity(root, want.testIdAttributes));
        if (similarity < want.threshold) {
          throw new Error(`pacts-drift: the cached element looks different now (similarity ${similarity.toFixed(2)})`);
        }
        return [root];
      },
    },
    abort: {
      queryAll(root, body) {
        const doc = root.ownerDocument || root;
        if (doc.documentElement && doc.documentElement.getAttribute('data-pacts-abort') === body) {
          throw new Error('pacts-drift: the cached locator no longer finds its element');
        }
        return [];
      },
    },
  };
})
