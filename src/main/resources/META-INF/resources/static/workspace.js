// Topology workspace. The textarea stays the form field (htmx checks it while typing, screen readers read it as a
// text box); this script only adds to it:
// - a line-number gutter beside it (only the visible numbers are drawn, so a 100,000-line document stays fast),
//   with the lines that the check's errors cite marked, and the caret's line and column under it;
// - an error's "line N" link puts the caret on that line and scrolls to it;
// - "load an example" fetches the example and puts it in the editor, asking first when that would replace other
//   text (the buttons also work without JavaScript: they post the form to the server, which asks the same way).
(function () {
  'use strict';
  var editor = document.getElementById('document');
  if (!editor) { return; }
  var loader = document.getElementById('example-loader');
  var status = document.getElementById('example-status');

  // --- the gutter
  var wrap = document.createElement('div');
  wrap.className = 'drr-code-wrap';
  var gutter = document.createElement('div');
  gutter.className = 'drr-gutter';
  gutter.setAttribute('aria-hidden', 'true');
  var numbers = document.createElement('div');
  numbers.className = 'drr-gutter-lines';
  gutter.appendChild(numbers);
  editor.parentNode.insertBefore(wrap, editor);
  wrap.appendChild(gutter);
  wrap.appendChild(editor);
  editor.setAttribute('wrap', 'off'); // one text line is one screen line, as the numbers count them
  var position = document.createElement('p');
  position.className = 'drr-code-position drr-muted';
  position.id = 'editor-position';
  wrap.parentNode.insertBefore(position, wrap.nextSibling);

  var lineCount = 1;
  var caretLine = 1;
  var errorLines = {};
  var scheduled = false;

  function countLines(text) {
    var n = 1;
    for (var i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) { n++; }
    return n;
  }

  function metrics() {
    var style = getComputedStyle(editor);
    return { line: parseFloat(style.lineHeight) || 20, top: parseFloat(style.paddingTop) || 0 };
  }

  function draw() {
    scheduled = false;
    var m = metrics();
    var first = Math.max(0, Math.floor((editor.scrollTop - m.top) / m.line));
    var last = Math.min(lineCount, first + Math.ceil(editor.clientHeight / m.line) + 2);
    var fragment = document.createDocumentFragment();
    for (var n = first + 1; n <= last; n++) {
      var row = document.createElement('div');
      row.textContent = String(n);
      row.className = (errorLines[n] ? 'err' : '') + (n === caretLine ? ' cur' : '');
      fragment.appendChild(row);
    }
    numbers.textContent = '';
    numbers.appendChild(fragment);
    numbers.style.transform = 'translateY(' + (m.top + first * m.line - editor.scrollTop) + 'px)';
    gutter.style.width = (String(lineCount).length + 2.5) + 'ch';
    var before = editor.value.slice(0, editor.selectionStart);
    var column = before.length - before.lastIndexOf('\n');
    var template = (loader && loader.getAttribute('data-position')) || '%1:%2 / %3';
    position.textContent = template.replace('%1', caretLine).replace('%2', column).replace('%3', lineCount);
  }

  function redraw() {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(draw);
    }
  }

  function caretMoved() {
    caretLine = countLines(editor.value.slice(0, editor.selectionStart));
    redraw();
  }

  function markErrors() {
    errorLines = {};
    var links = document.querySelectorAll('#check a[data-line], #refusal a[data-line]');
    for (var i = 0; i < links.length; i++) {
      errorLines[parseInt(links[i].getAttribute('data-line'), 10)] = true;
    }
    redraw();
  }

  editor.addEventListener('input', function () {
    lineCount = countLines(editor.value);
    caretMoved();
    if (status) { status.textContent = ''; } // "loaded …" no longer describes the text once it changes
  });
  editor.addEventListener('scroll', redraw);
  ['keyup', 'click', 'select', 'focus'].forEach(function (type) { editor.addEventListener(type, caretMoved); });
  if (window.ResizeObserver) { new ResizeObserver(redraw).observe(editor); }
  document.body.addEventListener('htmx:afterSwap', function (event) {
    if (event.target && event.target.id === 'check') { markErrors(); }
  });
  lineCount = countLines(editor.value);
  markErrors();
  draw();

  // --- an error's line link puts the caret there
  function goTo(line, column) {
    var lines = editor.value.split('\n');
    var start = 0;
    for (var i = 0; i < Math.min(line - 1, lines.length); i++) { start += lines[i].length + 1; }
    var lineText = lines[Math.min(line - 1, lines.length - 1)] || '';
    var caret = start + Math.min(column - 1, lineText.length);
    var m = metrics();
    editor.focus({ preventScroll: true });
    editor.setSelectionRange(caret, start + lineText.length);
    editor.scrollTop = Math.max(0, (line - 5) * m.line);
    // and the page, so that the line is on screen (a third from the top)
    var y = editor.getBoundingClientRect().top + m.top + (line - 1) * m.line - editor.scrollTop;
    if (y < 0 || y > window.innerHeight - m.line) {
      window.scrollBy(0, y - window.innerHeight / 3);
    }
    caretMoved();
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-line]');
    if (!link) { return; }
    event.preventDefault();
    goTo(parseInt(link.getAttribute('data-line'), 10) || 1, parseInt(link.getAttribute('data-column'), 10) || 1);
  });

  // --- load an example
  function say(text) {
    if (status) { status.textContent = text; }
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-example-url]');
    if (!button || !loader) { return; }
    event.preventDefault();
    var name = button.getAttribute('data-example-name');
    fetch(button.getAttribute('data-example-url'), { credentials: 'same-origin', headers: { 'Accept': 'text/plain' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.text();
      })
      .then(function (text) {
        var current = editor.value;
        if (!button.hasAttribute('data-confirmed') && current.trim() !== '' && current !== text
            && !window.confirm(loader.getAttribute('data-confirm'))) {
          return;
        }
        editor.value = text;
        editor.setSelectionRange(0, 0);
        editor.scrollTop = 0;
        var pending = document.getElementById('example-confirm');
        if (pending) { pending.parentNode.removeChild(pending); }
        editor.dispatchEvent(new Event('input', { bubbles: true })); // htmx checks the new text
        say(loader.getAttribute('data-loaded').replace('%1', name));
        editor.focus();
      })
      .catch(function () { say(loader.getAttribute('data-failed')); });
  });
})();
