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

  document.addEventListener('DOMContentLoaded', function () { focusMarked(document); });
  document.addEventListener('htmx:after:swap', function (event) {
    var target = event.target;
    if (target && target.querySelector) focusMarked(target.parentNode || target);
  });
})();
