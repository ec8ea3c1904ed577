// Registers the service worker that keeps the app readable offline. Only over http(s): a page
// opened from disk (briefing-explorer.html) has no service worker and needs none.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
