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

  // A table wider than the screen scrolls sideways inside its container. Keyboard users must be able to reach and
  // scroll it (WCAG 2.1.1) and screen readers must hear what it holds, so such a container becomes a named, focusable
  // region — only while it actually scrolls, so wide screens get no extra tab stop.
  function tableName(box) {
    var table = box.querySelector('table');
    var labelledBy = table && table.getAttribute('aria-labelledby');
    var label = labelledBy && document.getElementById(labelledBy.split(' ')[0]);
    var name = (table && table.getAttribute('aria-label')) || (label && label.textContent) || (table && table.caption && table.caption.textContent);
    if (!name) {
      var section = box.closest('section, article, [role="region"]');
      var heading = section && section.querySelector('h1, h2, h3, h4');
      name = heading && heading.textContent;
    }
    return name ? name.replace(/\s+/g, ' ').trim() : '';
  }

  // A sighted user also needs to see that the table scrolls: a line above it says so (text from the layout).
  function addScrollCue(box) {
    var text = document.body.getAttribute('data-scroll-cue');
    var previous = box.previousElementSibling;
    if (!text || (previous && previous.classList.contains('vw-scroll-cue'))) return;
    var cue = document.createElement('p');
    cue.className = 'vw-scroll-cue';
    cue.setAttribute('aria-hidden', 'true');
    cue.textContent = text;
    box.parentNode.insertBefore(cue, box);
  }

  function removeScrollCue(box) {
    var previous = box.previousElementSibling;
    if (previous && previous.classList.contains('vw-scroll-cue')) previous.remove();
  }

  function markScrollableTables() {
    var boxes = document.querySelectorAll('.utrecht-table-container');
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      if (scrolls && !box.hasAttribute('data-scrollable')) {
        addScrollCue(box);
        var name = tableName(box);
        box.setAttribute('data-scrollable', '');
        box.setAttribute('tabindex', '0');
        if (name) {
          box.setAttribute('role', 'region');
          box.setAttribute('aria-label', name);
        }
      } else if (!scrolls && box.hasAttribute('data-scrollable')) {
        removeScrollCue(box);
        box.removeAttribute('data-scrollable');
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    }
    // Regions that are focusable by themselves (the funder overview) only get the visible cue.
    var regions = document.querySelectorAll('.vw-funder-table-scroll');
    for (var j = 0; j < regions.length; j++) {
      if (regions[j].scrollWidth > regions[j].clientWidth + 1) addScrollCue(regions[j]);
      else removeScrollCue(regions[j]);
    }
  }

  var resizeQueued = false;
  window.addEventListener('resize', function () {
    if (resizeQueued) return;
    resizeQueued = true;
    window.requestAnimationFrame(function () {
      resizeQueued = false;
      markScrollableTables();
    });
  });

  // "Alles selecteren" in the review queue: shown only here, where it works; ticks every row of its own table.
  function enableSelectAll() {
    var boxes = document.querySelectorAll('[data-select-all]');
    for (var i = 0; i < boxes.length; i++) boxes[i].hidden = false;
  }
  document.addEventListener('change', function (event) {
    var input = event.target;
    var holder = input && input.closest && input.closest('[data-select-all]');
    if (!holder) return;
    var table = holder.closest('table');
    var name = holder.getAttribute('data-select-all');
    var rows = table ? table.querySelectorAll('input[type="checkbox"][name="' + name + '"]') : [];
    for (var i = 0; i < rows.length; i++) rows[i].checked = input.checked;
  });

  document.addEventListener('DOMContentLoaded', function () {
    enableSelectAll();
    focusMarked(document);
    markScrollableTables();
  });
  document.addEventListener('htmx:after:swap', function (event) {
    var target = event.target;
    if (target && target.querySelector) focusMarked(target.parentNode || target);
    markScrollableTables();
  });
})();
