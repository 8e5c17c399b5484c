// Small progressive enhancements; the portal works fully without them. No inline scripts, no eval (strict CSP).
(function () {
  'use strict';

  // After a failed submit the server marks the error summary; move focus there so it is read out first.
  function focusMarked(root) {
    var target = (root || document).querySelector('[data-focus-on-load]');
    if (target && typeof target.focus === 'function') target.focus();
  }

  // The language switch returns to the page as it is now, including filters changed through htmx.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form && form.hasAttribute && form.hasAttribute('data-language-switch')) {
      var back = form.querySelector('input[name="terug"]');
      if (back) back.value = window.location.pathname + window.location.search;
    }
  }, true);

  // Filter forms marked data-drop-empty leave unused fields out of the address, so shared links stay short.
  document.addEventListener('htmx:config:request', function (event) {
    var ctx = event.detail && event.detail.ctx;
    var source = ctx && ctx.sourceElement;
    if (!source || !source.hasAttribute || !source.hasAttribute('data-drop-empty')) return;
    var body = ctx.request.body;
    if (!body || typeof body.forEach !== 'function') return;
    var empty = [];
    body.forEach(function (value, key) { if (value === '') empty.push(key); });
    empty.forEach(function (key) { body.delete(key); });
  });

  // After paging through results, move focus to the results heading so keyboard and screen reader users start there.
  // The clicked link may be replaced by the swap, so it is remembered when the request starts.
  var focusResults = false;
  document.addEventListener('htmx:before:request', function (event) {
    var source = event.detail && event.detail.ctx && event.detail.ctx.sourceElement;
    focusResults = !!(source && source.hasAttribute && source.hasAttribute('data-results-link'));
  });
  document.addEventListener('htmx:after:swap', function () {
    if (!focusResults) return;
    focusResults = false;
    var heading = document.getElementById('resultaten-titel');
    if (heading) heading.focus();
  });

  document.addEventListener('DOMContentLoaded', function () { focusMarked(document); });
  document.addEventListener('htmx:after:swap', function (event) {
    var target = event.target;
    if (target && target.querySelector) focusMarked(target.parentNode || target);
  });
})();
