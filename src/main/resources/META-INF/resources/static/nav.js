// The main menu on phones, as KRDS's mobile navigation: under 600 px the menu is a drawer that slides in from the
// right (app.css) when the "메뉴 / Menu" button is pressed. While it is open the rest of the page is inert (the
// keyboard and a screen reader stay in the drawer), focus is in the drawer, and its close button, Escape or a tap
// beside it close it and put focus back on the button. Without JavaScript the button stays hidden and the list is
// always shown, as a column.
(function () {
  'use strict';
  var toggle = document.querySelector('.drr-menu-toggle');
  var nav = document.getElementById('drr-nav');
  if (!toggle || !nav) {
    return;
  }
  var close = nav.querySelector('.drr-nav-close');
  var phone = window.matchMedia('(max-width: 600px)');
  var backdrop = document.createElement('div');
  backdrop.className = 'drr-nav-backdrop';
  backdrop.hidden = true;
  nav.parentNode.insertBefore(backdrop, nav.nextSibling);
  toggle.hidden = false;
  nav.classList.add('is-collapsible');
  nav.parentNode.classList.add('has-drawer'); // the header: its sign-in row moves into the drawer (app.css)

  // everything outside the drawer: the body's other children and the header's other children
  function outside() {
    var header = nav.parentNode;
    var all = [];
    Array.prototype.forEach.call(document.body.children, function (e) {
      if (e !== header && e.tagName !== 'SCRIPT') {
        all.push(e);
      }
    });
    Array.prototype.forEach.call(header.children, function (e) {
      if (e !== nav && e !== backdrop) {
        all.push(e);
      }
    });
    return all;
  }

  function isOpen() {
    return nav.classList.contains('is-open');
  }

  function set(open, returnFocus) {
    toggle.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('is-open', open);
    backdrop.hidden = !open;
    document.documentElement.classList.toggle('drr-nav-locked', open);
    outside().forEach(function (e) {
      if (open) {
        e.setAttribute('inert', '');
      } else {
        e.removeAttribute('inert');
      }
    });
    if (open) {
      (close || nav.querySelector('a')).focus();
    } else if (returnFocus) {
      toggle.focus();
    }
  }

  toggle.addEventListener('click', function () {
    set(!isOpen(), true);
  });
  if (close) {
    close.addEventListener('click', function () {
      set(false, true);
    });
  }
  backdrop.addEventListener('click', function () {
    set(false, true);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && isOpen()) {
      set(false, true);
    }
  });
  // turned to a desktop width while open: the menu is a row again and nothing stays inert
  phone.addEventListener('change', function () {
    if (!phone.matches && isOpen()) {
      set(false, false);
    }
  });
})();

// A block marked to fold on a phone (details[data-fold-narrow]: the review queue's filters, the findings of the
// sign-off page) is open on a wide screen and folded on a phone, where its summary says what it holds, so what comes
// after it (the queue, the sign-off form) is a short scroll away. It stays open when it holds an error to mend
// (data-keep-open). Without JavaScript it is always open.
(function () {
  'use strict';
  if (!window.matchMedia('(max-width: 600px)').matches) {
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll('details[data-fold-narrow]:not([data-keep-open])'), function (d) {
    d.open = false;
  });
})();
