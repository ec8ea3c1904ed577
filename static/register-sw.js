// Registers the service worker that keeps the app readable offline. Only over http(s): a page
// opened from disk (briefing-explorer.html) has no service worker and needs none.
//
// It waits until the app has started (<html data-app="ready">), or 10 s when the app does not
// start (no WebAssembly): installing the worker fetches every file of the build, the .wasm and
// its split-off parts included, and on a first visit over a slow link that would share the
// bandwidth with the page's own .wasm. Afterwards the worker's fetch of the .wasm is answered
// from the browser's HTTP cache.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  const root = document.documentElement;
  let done = false;
  const register = () => {
    if (done) return;
    done = true;
    navigator.serviceWorker.register('./sw.js').catch(() => {});
  };
  if (root.dataset.app === 'ready') {
    register();
  } else {
    const watch = new MutationObserver(() => {
      if (root.dataset.app === 'ready') {
        watch.disconnect();
        register();
      }
    });
    watch.observe(root, { attributes: true, attributeFilter: ['data-app'] });
    setTimeout(() => {
      watch.disconnect();
      register();
    }, 10000);
  }
}
