// Draws each counts table of the trends page as an ECharts chart above it. The table is the source: the chart shows
// exactly its numbers (the table stays for screen readers, keyboard users and printing).
(function () {
  'use strict';
  var COLORS = {
    critical: '#9e2409', high: '#d9480f', medium: '#b08800', low: '#256ef4', info: '#6d7882',
    ACCEPTED: '#1f7a34', AWAITING_REVIEW: '#256ef4', CHANGES_REQUESTED: '#b08800', REJECTED: '#9e2409',
    DISPOSED: '#1f7a34', OPEN: '#b08800'
  };
  // Series without a colour of their own (one per rule: there are more than 30) each take the next of 20 colours that
  // stay apart from each other; past 20 the colours come again, then with dashed lines, other marks and hatched bars,
  // so no two series look alike (ECharts' own palette has 9 colours and repeats them).
  var PALETTE = ['#256ef4', '#d9480f', '#1f7a34', '#9e2409', '#7048e8', '#0b7285', '#b08800', '#c2255c', '#364fc7',
    '#5c940d', '#862e9c', '#e8590c', '#1864ab', '#087f5b', '#a61e4d', '#495057', '#5f3dc4', '#2b8a3e', '#c92a2a', '#0c8599'];
  var MARKS = ['circle', 'triangle', 'rect', 'diamond'];

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
    var unnamed = 0;
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
      if (COLORS[key]) {
        s.itemStyle = { color: COLORS[key] };
        s.lineStyle = { color: COLORS[key] };
      } else {
        var round = Math.floor(unnamed / PALETTE.length);
        var color = PALETTE[unnamed % PALETTE.length];
        s.itemStyle = { color: color };
        s.lineStyle = { color: color, type: round === 0 ? 'solid' : (round === 1 ? 'dashed' : 'dotted') };
        s.symbol = MARKS[round % MARKS.length];
        if (!line && round > 0) { s.itemStyle.decal = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: round * 0.7 }; }
        unnamed++;
      }
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
