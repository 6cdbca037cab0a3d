// Sign-off and receipts: copy the SHA-256 (with a spoken confirmation) and keep a double click from sending the
// sign-off twice (the server makes one version per key anyway).
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-sub-copy]');
  if (!button) return;
  var source = document.getElementById(button.getAttribute('data-sub-copy'));
  var status = button.closest('dd, section, div').parentElement.querySelector('[data-sub-copy-status]')
      || document.querySelector('[data-sub-copy-status]');
  var text = source ? source.textContent.trim() : '';
  function say(message) { if (status) { status.textContent = message; } }
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(function () { say(button.getAttribute('data-sub-copied')); },
        function () { select(source); say(button.getAttribute('data-sub-failed')); });
  } else {
    select(source);
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    say(button.getAttribute(ok ? 'data-sub-copied' : 'data-sub-failed'));
  }
});
function select(node) {
  if (!node) return;
  var range = document.createRange();
  range.selectNodeContents(node);
  var selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}
document.addEventListener('submit', function (event) {
  var button = event.target.querySelector('[data-sub-once]');
  if (!button) return;
  if (button.getAttribute('aria-disabled') === 'true') { event.preventDefault(); return; }
  button.setAttribute('aria-disabled', 'true');
});
var errors = document.getElementById('signoff-errors');
if (errors) { errors.focus(); }
