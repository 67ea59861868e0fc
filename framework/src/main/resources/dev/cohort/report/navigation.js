/*
 * Opens the collapsed parts of a Cohort report that a link leads into: following a link (or opening the
 * page at an address with #id) opens the <details> with that id and every <details> around it, so the
 * browser can scroll to it.
 */
(function () {
  'use strict';

  function reveal(id) {
    var target = id ? document.getElementById(id) : null;
    if (!target) {
      return false;
    }
    for (var d = target.closest('details'); d; d = d.parentElement ? d.parentElement.closest('details') : null) {
      d.open = true;
    }
    return true;
  }

  function fromHash() {
    if (reveal(decodeURIComponent(window.location.hash.slice(1)))) {
      document.getElementById(decodeURIComponent(window.location.hash.slice(1))).scrollIntoView();
    }
  }

  /* Before the browser follows an in-page link: open the target, so the browser scrolls to it opened. */
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (link) {
      reveal(decodeURIComponent(link.getAttribute('href').slice(1)));
    }
  });
  window.addEventListener('hashchange', fromHash);
  if (window.location.hash) {
    fromHash();
  }
})();
