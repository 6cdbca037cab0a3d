// The main menu on phones: under 600 px the menu list is folded under the "메뉴 / Menu" button (app.css); the button
// opens and closes it, Escape closes it. Without JavaScript the button stays hidden and the list is always shown.
(function () {
  'use strict';
  var toggle = document.querySelector('.drr-menu-toggle');
  var nav = document.getElementById('drr-nav');
  if (!toggle || !nav) {
    return;
  }
  toggle.hidden = false;
  nav.classList.add('is-collapsible');
  function set(open) {
    toggle.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('is-open', open);
  }
  toggle.addEventListener('click', function () {
    set(toggle.getAttribute('aria-expanded') !== 'true');
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && nav.classList.contains('is-open')) {
      set(false);
      toggle.focus();
    }
  });
})();
