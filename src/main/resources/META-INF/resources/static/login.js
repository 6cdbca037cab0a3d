// The sign-in page. A wrong password sends the browser back to /login?error=1 (the form login's error page), which
// would lose the user name: it is kept for this tab (sessionStorage, one minute) when the form is sent and put back
// after such a refusal, with the cursor in the password field. With demo data on, a user name in the demo accounts
// table fills in the form.
(function () {
  'use strict';
  var KEY = 'drr-login-user';
  var form = document.getElementById('login-form');
  var user = document.getElementById('j_username');
  var password = document.getElementById('j_password');
  if (!form || !user || !password) {
    return;
  }
  var kept = null;
  try {
    kept = JSON.parse(window.sessionStorage.getItem(KEY) || 'null');
    window.sessionStorage.removeItem(KEY);
  } catch (e) {
    kept = null;
  }
  var refused = new URLSearchParams(window.location.search).has('error');
  if (refused && kept && typeof kept.name === 'string' && Date.now() - kept.at < 60000 && !user.value) {
    user.value = kept.name;
    password.focus();
  }
  form.addEventListener('submit', function () {
    try {
      window.sessionStorage.setItem(KEY, JSON.stringify({name: user.value, at: Date.now()}));
    } catch (e) {
      // storage unavailable (private mode): the name is simply not kept
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-demo-user]'), function (button) {
    button.addEventListener('click', function () {
      user.value = button.getAttribute('data-demo-user');
      password.value = button.getAttribute('data-demo-password') || '';
      user.focus();
    });
  });
})();
