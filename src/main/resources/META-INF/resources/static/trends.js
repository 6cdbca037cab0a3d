// Draws each counts table of the trends page as an ECharts chart above it. The table is the source: the chart shows
// exactly its numbers (the table stays for screen readers, keyboard users and printing).
(function () {
  'use strict';
  var COLORS = {
    critical: '#9e2409', high: '#d9480f', medium: '#b08800', low: '#256ef4', info: '#6d7882',
    ACCEPTED: '#1f7a34', AWAITING_REVIEW: '#256ef4', CHANGES_REQUESTED: '#b08800', REJECTED: '#9e2409',
    DISPOSED: '#1f7a34', OPEN: '#b08800'
  };

  function draw(holder) {
    var table = document.getElementById(holder.getAttribute('data-table'));
    if (!table || !window.echarts) { return; }
    var heads = table.querySelectorAll('thead th[data-series]');
    var byRow = {};
    table.querySelectorAll('tbody tr').forEach(function (tr) { byRow[tr.getAttribute('data-row')] = tr; });
    // every period on the axis (empty ones as 0); the table lists only periods with counts
    var categories = (holder.getAttribute('data-categories') || '').split(',').filter(function (c) { return c; });
    var line = holder.getAttribute('data-kind') === 'line';
    var series = [];
    heads.forEach(function (th) {
      var key = th.getAttribute('data-series');
      var data = [];
      categories.forEach(function (c) {
        var tr = byRow[c];
        var td = tr && tr.querySelector('td[data-col="' + CSS.escape(key) + '"]');
        data.push(td ? Number(td.textContent.trim()) : 0);
      });
      var s = { name: th.textContent.trim(), type: line ? 'line' : 'bar', data: data, emphasis: { focus: 'series' } };
      if (!line) { s.stack = 'all'; }
      if (COLORS[key]) { s.itemStyle = { color: COLORS[key] }; s.lineStyle = { color: COLORS[key] }; }
      series.push(s);
    });
    var chart = window.echarts.init(holder, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'Pretendard GOV, Pretendard, sans-serif' },
      // the tooltip is built as elements (tooltipOf): ECharts' own HTML has inline style attributes, which the
      // Content Security Policy refuses
      tooltip: { trigger: 'axis', axisPointer: { type: line ? 'line' : 'shadow' }, formatter: tooltipOf },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', minInterval: 1 },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  /** The tooltip of an axis: its label, then a row per series (colour, name, value), as elements with classes. */
  function tooltipOf(params) {
    var box = document.createElement('div');
    box.className = 'cov-tip';
    var head = document.createElement('div');
    head.className = 'cov-tip-head';
    head.textContent = params.length ? params[0].axisValueLabel : '';
    box.appendChild(head);
    params.forEach(function (p) {
      var row = document.createElement('div');
      row.className = 'cov-tip-row';
      var dot = document.createElement('span');
      dot.className = 'cov-tip-dot';
      dot.style.backgroundColor = p.color;
      var name = document.createElement('span');
      name.className = 'cov-tip-name';
      name.textContent = p.seriesName;
      var value = document.createElement('span');
      value.className = 'cov-tip-value';
      value.textContent = p.value == null ? '–' : String(p.value);
      row.appendChild(dot);
      row.appendChild(name);
      row.appendChild(value);
      box.appendChild(row);
    });
    return box;
  }

  function init() { document.querySelectorAll('.cov-chart[data-table]').forEach(draw); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
