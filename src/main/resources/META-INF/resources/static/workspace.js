// Topology workspace: an error's "line N" link puts the cursor on that line of the editor and scrolls to it.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-line]');
    if (!link) { return; }
    var editor = document.getElementById('document');
    if (!editor) { return; }
    event.preventDefault();
    var line = parseInt(link.getAttribute('data-line'), 10) || 1;
    var column = parseInt(link.getAttribute('data-column'), 10) || 1;
    var lines = editor.value.split('\n');
    var start = 0;
    for (var i = 0; i < Math.min(line - 1, lines.length); i++) { start += lines[i].length + 1; }
    var lineText = lines[Math.min(line - 1, lines.length - 1)] || '';
    var caret = start + Math.min(column - 1, lineText.length);
    editor.focus();
    editor.setSelectionRange(caret, start + lineText.length);
    var lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 20;
    editor.scrollTop = Math.max(0, (line - 5) * lineHeight);
  });
})();
