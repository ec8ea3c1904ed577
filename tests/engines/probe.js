// Served as __probe.js by `serve_dist.py --probe` and loaded first in every page the engine tests
// open. WebDriver classic cannot read a page's console, so this records, in the page itself, what
// the Playwright suite reads from Chromium's console: errors and warnings, uncaught exceptions and
// rejections, resources that fail to load, and Content-Security-Policy violations. The test reads
// window.__problems before it leaves the page.
(function () {
  var problems = (window.__problems = []);
  var text = function (v) {
    try { return v instanceof Error ? v.name + ': ' + v.message : String(v); } catch (e) { return '?'; }
  };
  ['error', 'warn'].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      problems.push((level === 'warn' ? 'warning' : 'error') + ': ' + [].map.call(arguments, text).join(' '));
      return original.apply(console, arguments);
    };
  });
  addEventListener('error', function (e) {
    var el = e.target;
    if (el && el !== window && (el.src || el.href)) problems.push('failed to load: ' + (el.src || el.href));
    else problems.push('pageerror: ' + (e.message || text(e.error)));
  }, true);
  addEventListener('unhandledrejection', function (e) { problems.push('unhandledrejection: ' + text(e.reason)); });
  document.addEventListener('securitypolicyviolation', function (e) {
    problems.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI);
  });
  // The page as parsed, before the app starts on it: the masthead's elements and the editor's
  // note, so a test can tell whether the app hydrated them (the same nodes) or drew new ones.
  document.addEventListener('DOMContentLoaded', function () {
    window.__parsed = {
      appStarted: document.documentElement.hasAttribute('data-app'),
      note: document.querySelector('.masthead .note p.para'),
      masthead: [].slice.call(document.querySelectorAll('.masthead, .masthead *')),
      all: [].slice.call(document.querySelectorAll('body *')),
    };
  });
})();
