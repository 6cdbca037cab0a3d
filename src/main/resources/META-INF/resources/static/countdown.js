// Incident countdowns ("2시간 10분 남음" / "2 h 10 min left" / "35분 지남" / "overdue by 35 min") kept current without a
// reload. Each <time class="drr-countdown"> (templates/tags/incCountdown.html) carries its due time, the server's clock
// when the page was made, and the words of the page's language from the incident bundle, '@' where the number goes. The
// arithmetic is IncidentPages.countdown's: whole minutes cut toward zero, then days, hours (when there are days or
// hours) and minutes. When the due time passes, the countdown and its row are marked overdue.
(function () {
  'use strict';
  var PERIOD_MS = 30000;

  function fill(template, value) {
    return (template || '@').replace('@', value);
  }

  // Java's Instant.toString may carry micro- or nanoseconds; Date.parse wants at most milliseconds.
  function parse(text) {
    return Date.parse((text || '').replace(/(\.\d{3})\d+/, '$1'));
  }

  function text(el, minutes) {
    var over = minutes < 0;
    var a = Math.abs(minutes);
    var d = Math.floor(a / 1440);
    var h = Math.floor((a % 1440) / 60);
    var min = a % 60;
    var parts = [];
    if (d > 0) parts.push(fill(el.dataset.days, d));
    if (d > 0 || h > 0) parts.push(fill(el.dataset.hours, h));
    parts.push(fill(el.dataset.minutes, min));
    return fill(over ? el.dataset.over : el.dataset.left, parts.join(' '));
  }

  function update(el) {
    var due = parse(el.getAttribute('datetime'));
    if (isNaN(due)) return;
    if (el.dataset.skew === undefined) {
      // the server's clock minus this browser's, fixed when the countdown is first seen
      var rendered = parse(el.dataset.now);
      el.dataset.skew = isNaN(rendered) ? 0 : rendered - Date.now();
    }
    var now = Date.now() + Number(el.dataset.skew);
    var minutes = Math.trunc((due - now) / 60000);
    var wording = text(el, minutes);
    if (el.textContent !== wording) el.textContent = wording;
    var over = minutes < 0;
    el.classList.toggle('drr-countdown-over', over);
    if (over) {
      var label = el.closest('.inc-due');
      if (label) {
        label.classList.add('inc-due-over');
        warn(label);
      }
      var row = el.closest('tr');
      if (row) row.classList.add('inc-overdue');
      var item = el.closest('.drr-todo li');
      if (item) item.classList.add('overdue');
    }
  }

  // the ⚠ that the server puts before an overdue stage, once, when it becomes overdue in the browser
  function warn(el) {
    if (el.querySelector('.inc-warn')) return;
    var mark = document.createElement('span');
    mark.className = 'inc-warn';
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '⚠ ';
    el.insertBefore(mark, el.firstChild);
  }

  // A stage chip still "제출 대기 / due" (data-overdue-at, data-overdue-text) turns "기한 지남 / overdue" when its due
  // time passes, by the same server clock as the countdowns.
  function chip(el, skew) {
    var due = parse(el.dataset.overdueAt);
    if (isNaN(due) || Date.now() + skew <= due) return;
    el.classList.remove('state-DUE');
    el.classList.add('state-OVERDUE');
    el.textContent = el.dataset.overdueText;
    warn(el);
    delete el.dataset.overdueAt;
  }

  function tick() {
    var countdowns = document.querySelectorAll('time.drr-countdown[datetime]');
    countdowns.forEach(update);
    var skew = countdowns.length ? Number(countdowns[0].dataset.skew || 0) : 0;
    document.querySelectorAll('.inc-chip[data-overdue-at]').forEach(function (el) { chip(el, skew); });
  }

  tick();
  window.setInterval(tick, PERIOD_MS);
  // the dashboard's tile of due stages arrives by htmx after the page
  document.body.addEventListener('htmx:afterSwap', tick);
})();
