/* DR Registry — the pictures of a topology filing: the diagram by site (cytoscape.js, a column layout computed
   here), the loss matrix's side panel and "what if" (htmx fragments). No inline handlers: everything is wired
   from data-* attributes and the diagram's JSON (graph.json). */
(function () {
  'use strict';

  var I = {};

  /** A message of the page's bundle with %1, %2 … filled in. */
  function t(key) {
    var s = I[key] == null ? key : I[key];
    for (var i = 1; i < arguments.length; i++) {
      s = s.split('%' + i).join(String(arguments[i]));
    }
    return s;
  }

  function grouped(n) {
    return Number(n).toLocaleString('en-US');
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'class') { e.className = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
      });
    }
    (children || []).forEach(function (c) { if (c != null) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return e;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var i18n = document.getElementById('pic-i18n');
    if (i18n) { I = Object.assign({}, i18n.dataset); }
    selects();
    versionSwitch();
    overview();
    matrix();
    whatif();
    diagram();
  });

  /* KRDS draws a select's text as a placeholder until it is marked completed */
  function selects() {
    var mark = function (s) { s.classList.toggle('completed', s.value !== '' || s.id === 'pic-version'); };
    document.querySelectorAll('.pic-page select.krds-form-select').forEach(mark);
    document.body.addEventListener('change', function (e) {
      if (e.target.matches && e.target.matches('.pic-page select.krds-form-select')) { mark(e.target); }
    });
  }

  /* ------------------------------------------------------------------ version switch */
  function versionSwitch() {
    var select = document.querySelector('select[data-pic-autosubmit]');
    if (!select) { return; }
    var form = select.form;
    form.querySelectorAll('.pic-noscript-btn').forEach(function (b) { b.hidden = true; });
    select.addEventListener('change', function () {
      if (select.value === '') {
        window.location.href = form.getAttribute('action');
      } else {
        form.submit();
      }
    });
  }

  /* ------------------------------------------------------------------ overview of a big topology */
  /** Marks the site row whose boxes were opened (the opened part is an htmx fragment under the table). */
  function overview() {
    document.body.addEventListener('htmx:afterSwap', function (e) {
      if (!e.detail.target || e.detail.target.id !== 'pic-opened') { return; }
      var box = e.detail.target.querySelector('[data-opened]');
      var opened = box ? box.getAttribute('data-opened') : '';
      document.querySelectorAll('table.pic-ov tbody tr').forEach(function (tr) {
        var a = tr.querySelector('a[data-site]');
        tr.classList.toggle('pic-ov-open', !!a && opened === 'site:' + a.getAttribute('data-site'));
      });
    });
  }

  /* ------------------------------------------------------------------ matrix */
  function matrix() {
    var table = document.getElementById('pic-matrix');
    if (!table) { return; }
    var quiet = document.getElementById('pic-hide-quiet');
    if (quiet) {
      quiet.addEventListener('change', function () {
        table.classList.toggle('pic-hide-quiet', quiet.checked);
        regroup(table, quiet.checked);
      });
    }
    table.addEventListener('click', function (e) {
      var b = e.target.closest('td.pic-c button');
      if (!b) { return; }
      table.querySelectorAll('button[aria-current]').forEach(function (x) { x.removeAttribute('aria-current'); });
      b.setAttribute('aria-current', 'true');
    });
    document.body.addEventListener('htmx:afterSwap', function (e) {
      if (e.detail.target && e.detail.target.id === 'pic-side' && window.matchMedia('(max-width: 1023px)').matches) {
        e.detail.target.scrollIntoView({ behavior: 'smooth', block: 'start' });
      }
    });
    document.body.addEventListener('htmx:responseError', function (e) {
      var target = e.detail.target;
      if (target && (target.id === 'pic-side' || target.id === 'pic-whatif-result' || target.id === 'pic-opened')) {
        target.replaceChildren(el('p', { class: 'drr-alert danger', role: 'alert', text: t('fragmentError') }));
      }
    });
    var focused = table.querySelector('tr.pic-focus');
    if (focused) {
      var scroller = table.closest('.pic-matrix-scroll');
      scroller.scrollTop = Math.max(0, focused.offsetTop - 120);
    }
  }

  /**
   * Keeps the "sites | risk groups | component risk groups" header spans and the lines between them right when
   * quiet columns hide.
   */
  function regroup(table, hiding) {
    var heads = Array.from(table.querySelectorAll('tr.pic-scenarios th'));
    var shown = function (th) { return !hiding || !th.classList.contains('pic-quiet'); };
    var kinds = [['site', 'th.pic-grp-sites', 'pic-first-group'], ['group', 'th.pic-grp-groups', 'pic-first-group'],
      ['component', 'th.pic-grp-components', 'pic-first-comp']];
    var firsts = {};
    var before = 0;
    kinds.forEach(function (k) {
      var mine = heads.filter(function (th) { return th.classList.contains('pic-sc-' + k[0]) && shown(th); });
      var head = table.querySelector(k[1]);
      if (head) { head.colSpan = Math.max(1, mine.length); head.hidden = mine.length === 0; }
      if (mine.length && before > 0) { firsts[heads.indexOf(mine[0])] = k[2]; }
      before += mine.length;
    });
    table.querySelectorAll('tr.pic-scenarios, tbody tr, tfoot tr').forEach(function (tr) {
      var cells = Array.from(tr.children).filter(function (c) { return !(c.tagName === 'TH' && c.getAttribute('scope') === 'row'); });
      cells.forEach(function (c, i) {
        c.classList.toggle('pic-first-group', firsts[i] === 'pic-first-group');
        c.classList.toggle('pic-first-comp', firsts[i] === 'pic-first-comp');
      });
    });
  }

  /* ------------------------------------------------------------------ what if */
  function whatif() {
    document.body.addEventListener('click', function (e) {
      var b = e.target.closest('[data-pic-overlay]');
      if (!b) { return; }
      var select = document.getElementById('pic-f-loss');
      if (select) {
        select.value = b.getAttribute('data-pic-overlay');
        select.dispatchEvent(new Event('change'));
      }
      var d = document.getElementById('diagram');
      if (d) { d.scrollIntoView({ behavior: 'smooth', block: 'start' }); }
    });
    document.body.addEventListener('htmx:afterSwap', function (e) {
      if (e.detail.target && e.detail.target.id === 'pic-whatif-result') {
        var w = e.detail.target.querySelector('.pic-whatif');
        var select = document.getElementById('pic-whatif-select');
        if (w && select) {
          select.value = w.getAttribute('data-scenario');
          select.classList.add('completed');
        }
      }
    });
  }

  /* ------------------------------------------------------------------ diagram */
  var NODE_W = 152, NODE_H = 40, GAP_X = 14, GAP_Y = 12, COL_PAD = 18, COL_GAP = 70;
  var BAND_H = 28, BAND_GAP = 8, LABEL_SPACE = 84, SVC_W = 176, SVC_H = 48;
  var COLLAPSE_ABOVE = 400, EDGE_LIMIT = 1500, COLLAPSED_W = 210, COLLAPSED_H = 160;

  function diagram() {
    var host = document.getElementById('pic-cy');
    if (!host) { return; }
    var loading = document.getElementById('pic-loading');
    if (typeof window.cytoscape !== 'function') {
      loading.textContent = t('loadError');
      return;
    }
    fetch(host.getAttribute('data-graph'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (data) {
        loading.hidden = true;
        new Diagram(host, data).start();
      })
      .catch(function () { loading.textContent = t('loadError'); });
  }

  function Diagram(host, data) {
    this.host = host;
    this.data = data;
    this.comps = new Map();
    data.components.forEach(function (c) { this.comps.set(c.id, c); }, this);
    // drr/v2 component risk groups: each component listing a group carries the group's mark (◆G1 …)
    this.marks = new Map();
    (data.componentGroups || []).forEach(function (g) {
      g.components.forEach(function (id) {
        if (!this.marks.has(id)) { this.marks.set(id, []); }
        this.marks.get(id).push(g.mark);
      }, this);
    }, this);
    this.services = new Map();
    data.services.forEach(function (s) { this.services.set(s.id, s); }, this);
    this.columns = data.columns;
    this.nodesOf = new Map(); // component -> [{site, role}]
    this.columns.forEach(function (col) {
      col.nodes.forEach(function (n) {
        if (!this.nodesOf.has(n.c)) { this.nodesOf.set(n.c, []); }
        this.nodesOf.get(n.c).push({ site: col.id, role: n.role });
      }, this);
    }, this);
    this.dependents = new Map();
    data.components.forEach(function (c) {
      this.targetsOf(c).forEach(function (x) {
        if (!this.dependents.has(x)) { this.dependents.set(x, new Set()); }
        this.dependents.get(x).add(c.id);
      }, this);
    }, this);
    this.f = { service: '', site: '', kind: '', text: '', copies: true, allEdges: false };
    this.overlay = null; // {scenario, down:Set, sites:Set, services:Set}
    this.selected = null; // {type:'component'|'service'|'site'|'drill', id}
    this.collapsed = new Set();
    this.lastCounts = null;
  }

  /** Every component a component needs: its dependency targets (hard, soft, anyOf) and what its failover requires. */
  Diagram.prototype.targetsOf = function (c) {
    var out = [];
    c.dependsOn.forEach(function (d) { d.targets.forEach(function (x) { out.push(x); }); });
    c.failoverRequires.forEach(function (x) { out.push(x); });
    return out;
  };

  Diagram.prototype.closureOfService = function (id) {
    var s = this.services.get(id);
    var seen = new Set();
    var stack = s ? s.entrypoints.slice() : [];
    while (stack.length) {
      var c = stack.pop();
      if (seen.has(c) || !this.comps.has(c)) { continue; }
      seen.add(c);
      this.targetsOf(this.comps.get(c)).forEach(function (x) { if (!seen.has(x)) { stack.push(x); } });
    }
    return seen;
  };

  Diagram.prototype.start = function () {
    var self = this;
    this.cy = window.cytoscape({
      container: this.host,
      style: this.style(),
      layout: { name: 'preset' },
      minZoom: 0.04,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      autoungrabify: true
    });
    this.fillControls();
    this.textAlternative();
    var total = this.columns.reduce(function (n, c) { return n + c.nodes.length; }, 0);
    if (total > COLLAPSE_ABOVE) {
      this.columns.forEach(function (c) { self.collapsed.add(c.id); });
    }
    this.cy.on('tap', function (e) { self.onTap(e); });
    this.host.addEventListener('keydown', function (e) { self.onKey(e); });
    this.cy.on('dbltap', 'node.column', function (e) {
      self.collapsed.add(e.target.data('site'));
      self.render(false);
    });
    this.applyFocus();
    var scenario = this.host.getAttribute('data-scenario');
    if (scenario) {
      document.getElementById('pic-f-loss').value = scenario;
      document.getElementById('pic-f-loss').classList.add('completed');
      this.loadOverlay(scenario);
    }
  };

  Diagram.prototype.fillControls = function () {
    var self = this;
    var service = document.getElementById('pic-f-service');
    this.data.services.forEach(function (s) {
      service.appendChild(el('option', { value: s.id, text: (s.name || s.id) + ' (' + s.id + ') · ' + t('tier', s.tier) }));
    });
    var site = document.getElementById('pic-f-site');
    this.columns.forEach(function (c) {
      site.appendChild(el('option', { value: c.id, text: (c.name || c.id) + ' (' + c.id + ')' }));
    });
    var kind = document.getElementById('pic-f-kind');
    var kinds = Array.from(new Set(this.data.components.map(function (c) { return c.kind; }))).sort();
    kinds.forEach(function (k) { kind.appendChild(el('option', { value: k, text: t('kind') + ': ' + k })); });
    var list = document.getElementById('pic-f-text-list');
    if (this.data.components.length <= 3000) {
      this.data.components.forEach(function (c) { list.appendChild(el('option', { value: c.id }, [c.name || ''])); });
    }
    var loss = document.getElementById('pic-f-loss');
    this.data.scenarios.forEach(function (s) {
      loss.appendChild(el('option', { value: s.id, text: s.id + ' (' + s.sites.join(', ') + ')' }));
    });

    service.addEventListener('change', function () { self.f.service = service.value; self.selected = service.value ? { type: 'service', id: service.value } : null; self.refilter(); });
    site.addEventListener('change', function () { self.f.site = site.value; if (site.value) { self.collapsed.delete(site.value); } self.render(true); });
    kind.addEventListener('change', function () { self.f.kind = kind.value; self.refilter(); });
    var text = document.getElementById('pic-f-text');
    var timer = null;
    text.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { self.f.text = text.value.trim().toLowerCase(); self.refilter(); }, 200);
    });
    text.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') {
        e.preventDefault();
        var id = text.value.trim();
        if (self.comps.has(id)) {
          clearTimeout(timer);
          text.value = '';
          self.f.text = '';
          self.focusComponent(id);
        }
      }
    });
    document.getElementById('pic-f-copies').addEventListener('change', function (e) { self.f.copies = e.target.checked; self.render(false); });
    document.getElementById('pic-f-edges').addEventListener('change', function (e) { self.f.allEdges = e.target.checked; self.render(false); });
    loss.addEventListener('change', function () { self.loadOverlay(loss.value); });
    document.querySelectorAll('[data-pic-act]').forEach(function (b) {
      b.addEventListener('click', function () { self.act(b.getAttribute('data-pic-act')); });
    });
  };

  Diagram.prototype.act = function (what) {
    var cy = this.cy;
    var center = { x: cy.width() / 2, y: cy.height() / 2 };
    if (what === 'zoom-in') { cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: center }); }
    if (what === 'zoom-out') { cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: center }); }
    if (what === 'fit') { this.fitTo(); }
    if (what === 'expand') { this.collapsed.clear(); this.render(true); }
    if (what === 'collapse') { this.columns.forEach(function (c) { this.collapsed.add(c.id); }, this); this.render(true); }
    if (what === 'reset') {
      this.f = { service: '', site: '', kind: '', text: '', copies: true, allEdges: false };
      ['pic-f-service', 'pic-f-site', 'pic-f-kind', 'pic-f-text', 'pic-f-loss'].forEach(function (id) {
        var c = document.getElementById(id);
        c.value = '';
        c.classList.remove('completed');
      });
      document.getElementById('pic-f-copies').checked = true;
      document.getElementById('pic-f-edges').checked = false;
      this.overlay = null;
      this.selected = null;
      this.hideDetail();
      this.collapsed.clear();
      var total = this.columns.reduce(function (n, c) { return n + c.nodes.length; }, 0);
      if (total > COLLAPSE_ABOVE) { this.columns.forEach(function (c) { this.collapsed.add(c.id); }, this); }
      this.render(true);
    }
  };

  /** After a filter change: expand everything when few nodes remain, else keep the sites collapsed. */
  Diagram.prototype.refilter = function () {
    var visible = this.visibleComponents();
    var count = 0;
    this.columns.forEach(function (c) { c.nodes.forEach(function (n) { if (visible.has(n.c)) { count++; } }); });
    if (count <= COLLAPSE_ABOVE) {
      this.collapsed.clear();
    } else {
      this.columns.forEach(function (c) { this.collapsed.add(c.id); }, this);
    }
    this.render(true);
  };

  Diagram.prototype.filtering = function () {
    return !!(this.f.service || this.f.kind || this.f.text);
  };

  Diagram.prototype.visibleComponents = function () {
    var f = this.f;
    var closure = f.service ? this.closureOfService(f.service) : null;
    var out = new Set();
    this.comps.forEach(function (c, id) {
      if (closure && !closure.has(id)) { return; }
      if (f.kind === ':single' && !c.singleSite) { return; }
      if (f.kind === ':control' && !c.controlPlane) { return; }
      if (f.kind === ':stateful' && !c.stateful) { return; }
      if (f.kind && f.kind.charAt(0) !== ':' && c.kind !== f.kind) { return; }
      if (f.text && id.toLowerCase().indexOf(f.text) < 0 && (c.name || '').toLowerCase().indexOf(f.text) < 0) { return; }
      out.add(id);
    });
    return out;
  };

  function isPlacement(role) {
    return role === 'active' || role === 'standby';
  }

  function nodeId(site, comp) {
    return 'n|' + site + '|' + comp;
  }

  /** Builds every element with its position (columns left to right; bands and services above) and draws it. */
  Diagram.prototype.render = function (fit) {
    var self = this;
    var visible = this.visibleComponents();
    var cols = this.columns.filter(function (c) { return !self.f.site || c.id === self.f.site; });
    var shownNodes = new Map();
    cols.forEach(function (c) {
      shownNodes.set(c.id, c.nodes.filter(function (n) { return visible.has(n.c) && (self.f.copies || isPlacement(n.role)); }));
    });
    if (this.filtering()) {
      cols = cols.filter(function (c) { return shownNodes.get(c.id).length > 0; });
    }
    var elements = [];
    var colBox = new Map();
    var x = 0;
    var down = this.overlay ? this.overlay.down : null;
    var lostSites = this.overlay ? this.overlay.sites : null;
    var nodeCount = 0;
    // rows per sub-column: about the canvas's aspect for everything expanded
    var expandedNodes = 0;
    cols.forEach(function (c) { if (!self.collapsed.has(c.id)) { expandedNodes += shownNodes.get(c.id).length; } });
    var aspect = Math.max(0.8, this.cy.width() / Math.max(1, this.cy.height()));
    var perCol = Math.max(8, Math.ceil(Math.sqrt(expandedNodes * (NODE_W + GAP_X) / ((NODE_H + GAP_Y) * aspect))));
    var collapsedCount = 0;
    cols.forEach(function (col) {
      var nodes = shownNodes.get(col.id);
      var collapsed = self.collapsed.has(col.id) || nodes.length === 0;
      var lost = lostSites && lostSites.has(col.id);
      var head = (col.name || col.id) + '\n' + col.id + ' · ' + col.kind;
      var width;
      if (collapsed) {
        collapsedCount++;
        width = COLLAPSED_W;
        var single = nodes.filter(function (n) { return isPlacement(n.role) && self.comps.get(n.c).singleSite; }).length;
        var label = (lost ? t('lost') + '  ' : '') + head + '\n\n' + t('components', nodes.length)
          + (single ? '\n' + t('singleCount', single) : '') + (nodes.length ? '\n(' + t('collapsedHint') + ')' : '');
        elements.push({ group: 'nodes', data: { id: 'col|' + col.id, site: col.id, label: label },
          position: { x: x + width / 2, y: COLLAPSED_H / 2 }, classes: 'column collapsed' + (lost ? ' lost' : '') + (nodes.length ? '' : ' empty') });
      } else {
        var subCols = Math.ceil(nodes.length / perCol);
        width = subCols * (NODE_W + GAP_X) - GAP_X + 2 * COL_PAD;
        elements.push({ group: 'nodes', data: { id: 'col|' + col.id, site: col.id, label: (lost ? t('lost') + '  ' : '') + head },
          classes: 'column' + (lost ? ' lost' : '') });
        nodes.forEach(function (n, i) {
          var c = self.comps.get(n.c);
          var sc = Math.floor(i / perCol), r = i % perCol;
          var isDown = down && down.has(n.c) && isPlacement(n.role);
          var groupMarks = self.marks.get(n.c);
          var isStruck = self.overlay && self.overlay.struck.has(n.c);
          var mark = (isDown ? '✕ ' : '') + (c.singleSite && isPlacement(n.role) ? '⚠ ' : '') + (c.controlPlane ? '⚙ ' : '')
            + (groupMarks ? '◆' + groupMarks.join('◆') + ' ' : '');
          var classes = ['placement', 'role-' + n.role];
          if (!isPlacement(n.role)) { classes.push('copy'); }
          if (c.stateful) { classes.push('stateful'); }
          if (c.controlPlane) { classes.push('control'); }
          if (c.singleSite && isPlacement(n.role)) { classes.push('single'); }
          if (isDown) { classes.push('down'); }
          if (groupMarks) { classes.push('cgroup'); }
          if (isStruck) { classes.push('struck'); }
          elements.push({ group: 'nodes', data: { id: nodeId(col.id, n.c), parent: 'col|' + col.id, c: n.c, site: col.id, role: n.role,
            label: mark + n.c + '\n' + t(n.role) + (c.kind === 'app' ? '' : ' · ' + c.kind) },
            position: { x: x + COL_PAD + sc * (NODE_W + GAP_X) + NODE_W / 2, y: r * (NODE_H + GAP_Y) + NODE_H / 2 },
            classes: classes.join(' ') });
          nodeCount++;
        });
      }
      colBox.set(col.id, { left: x, right: x + width, collapsed: collapsed });
      x += width + (collapsed ? COL_GAP / 2 : COL_GAP);
    });
    var totalWidth = Math.max(0, x - COL_GAP / 2);

    // bands of shared risk groups, over the columns shown
    var levels = 0;
    var bandEls = [];
    this.data.bands.forEach(function (b, i) {
      var left = Infinity, right = -Infinity;
      b.sites.forEach(function (s) {
        var box = colBox.get(s);
        if (box) { left = Math.min(left, box.left); right = Math.max(right, box.right); }
      });
      if (left === Infinity) { return; }
      levels = Math.max(levels, b.level + 1);
      bandEls.push({ b: b, i: i, left: left, right: right });
    });
    var top = -LABEL_SPACE;
    bandEls.forEach(function (e) {
      var y = top - (levels - e.b.level) * (BAND_H + BAND_GAP) + BAND_H / 2;
      var lost = lostSites && e.b.sites.every(function (s) { return lostSites.has(s); });
      elements.push({ group: 'nodes', data: { id: 'band|' + e.i, label: e.b.group + (e.b.split ? ' ' + t('split') : ''), w: Math.max(60, e.right - e.left), group2: e.b.group, sites: e.b.sites },
        position: { x: (e.left + e.right) / 2, y: y }, classes: 'band kind-' + (e.b.kind || 'other') + (lost ? ' lost' : ''), selectable: false });
    });

    // services above the bands
    var svcY = top - levels * (BAND_H + BAND_GAP) - 60;
    var shownServices = this.data.services.filter(function (s) { return !self.f.service || s.id === self.f.service; });
    if (shownServices.length <= 200) {
      var step = SVC_W + 24;
      var startX = Math.max(0, totalWidth / 2 - (shownServices.length * step - 24) / 2);
      shownServices.forEach(function (s, i) {
        var isDown = self.overlay && self.overlay.services.has(s.id);
        elements.push({ group: 'nodes', data: { id: 'svc|' + s.id, svc: s.id,
          label: (isDown ? '✕ ' : '') + (s.name || s.id) + '\n' + t('tier', s.tier) + ' · ' + grouped(s.dailyUsers) },
          position: { x: startX + i * step + SVC_W / 2, y: svcY }, classes: 'service' + (isDown ? ' down' : '') });
      });
    }

    // edges
    var nodeFor = function (comp, site) {
      var box = colBox.get(site);
      if (!box || !visible.has(comp)) { return null; }
      if (box.collapsed) { return 'col|' + site; }
      return shownSets.get(site).has(comp) ? nodeId(site, comp) : null;
    };
    var shownSets = new Map();
    shownNodes.forEach(function (nodes, site) { shownSets.set(site, new Set(nodes.map(function (n) { return n.c; }))); });
    var edges = new Map();
    var rank = { entry: 5, hard: 4, anyof: 3, requires: 2, soft: 1, copy: 0 };
    var add = function (src, tgt, cls) {
      // between two collapsed sites a line says nothing (every site needs every other): none is drawn
      if (!src || !tgt || src === tgt || (src.charAt(0) === 'c' && tgt.charAt(0) === 'c')) { return; }
      var key = src + '>' + tgt;
      var e = edges.get(key);
      if (!e) {
        edges.set(key, { group: 'edges', data: { id: 'e|' + key, source: src, target: tgt, cls: cls }, classes: cls });
      } else if (rank[cls] > rank[e.data.cls]) {
        e.data.cls = cls;
        e.classes = cls;
      }
    };
    var placementsOf = function (comp) {
      return (self.nodesOf.get(comp) || []).filter(function (p) { return isPlacement(p.role); });
    };
    var link = function (fromComp, fromSites, toComp, cls) {
      var targets = placementsOf(toComp);
      fromSites.forEach(function (site) {
        var src = nodeFor(fromComp, site);
        var local = targets.filter(function (p) { return p.site === site; });
        (local.length ? local : targets).forEach(function (p) { add(src, nodeFor(toComp, p.site), cls); });
      });
    };
    visible.forEach(function (id) {
      var c = self.comps.get(id);
      var mine = placementsOf(id);
      var sites = mine.map(function (p) { return p.site; });
      c.dependsOn.forEach(function (d) {
        var cls = d.anyOf ? 'anyof' : (d.hard ? 'hard' : 'soft');
        d.targets.forEach(function (x) { if (visible.has(x)) { link(id, sites, x, cls); } });
      });
      if (c.failoverRequires.length) {
        var standby = mine.filter(function (p) { return p.role === 'standby'; }).map(function (p) { return p.site; });
        c.failoverRequires.forEach(function (x) { if (visible.has(x)) { link(id, standby.length ? standby : sites, x, 'requires'); } });
      }
      if (self.f.copies) {
        var primary = mine.filter(function (p) { return p.role === 'active'; })[0];
        (self.nodesOf.get(id) || []).forEach(function (p) {
          if (!isPlacement(p.role) && primary) { add(nodeFor(id, primary.site), nodeFor(id, p.site), 'copy'); }
        });
      }
    });
    shownServices.forEach(function (s) {
      s.entrypoints.forEach(function (ep) {
        placementsOf(ep).forEach(function (p) { add('svc|' + s.id, nodeFor(ep, p.site), 'entry'); });
      });
    });
    var edgeList = Array.from(edges.values());
    this.hiddenEdges = null;
    var drawn = edgeList;
    if (!this.f.allEdges && edgeList.length > EDGE_LIMIT && !this.f.service) {
      this.hiddenEdges = edgeList;
      drawn = edgeList.filter(function (e) { return e.classes === 'entry'; });
    }
    this.cy.batch(function () {
      self.cy.elements().remove();
      self.cy.add(elements);
      self.cy.add(drawn);
    });
    this.counts = { sites: cols.length, expanded: cols.length - collapsedCount, nodes: nodeCount, edges: drawn.length,
      hidden: this.hiddenEdges ? edgeList.length - drawn.length : 0 };
    this.applySelection();
    this.status();
    if (fit) { this.fitTo(); }
  };

  /** Fits the view to some elements (all when none), never zooming in beyond a readable 1.2. */
  Diagram.prototype.fitTo = function (eles, padding) {
    var cy = this.cy;
    cy.fit(eles && eles.nonempty() ? eles : undefined, padding || 30);
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center(eles && eles.nonempty() ? eles : undefined);
    }
  };

  Diagram.prototype.status = function () {
    var c = this.counts;
    var parts = [];
    if (this.overlay) { parts.push(t('downCount', this.overlay.scenario, this.overlay.down.size, this.overlay.services.size)); }
    parts.push(c.nodes === 0 && this.filtering() ? t('noMatch') : t('shown', c.sites, c.expanded, c.nodes, c.edges));
    if (c.hidden) { parts.push(t('edgesHidden', c.hidden)); }
    if (this.drillText) { parts.push(this.drillText); }
    document.getElementById('pic-status').textContent = parts.join(' · ');
  };

  /** Highlights the selection (a component and its direct neighbours, a service and all it needs, a site). */
  Diagram.prototype.applySelection = function () {
    var cy = this.cy;
    var self = this;
    cy.elements().removeClass('hl faded');
    var sel = this.selected;
    if (!sel) { return; }
    var comps = new Set();
    var extra = cy.collection();
    if (sel.type === 'component') {
      comps.add(sel.id);
      this.targetsOf(this.comps.get(sel.id)).forEach(function (x) { comps.add(x); });
      (this.dependents.get(sel.id) || new Set()).forEach(function (x) { comps.add(x); });
    } else if (sel.type === 'service') {
      this.closureOfService(sel.id).forEach(function (x) { comps.add(x); });
      extra = extra.union(cy.getElementById('svc|' + sel.id));
    } else if (sel.type === 'site') {
      extra = extra.union(cy.getElementById('col|' + sel.id)).union(cy.getElementById('col|' + sel.id).descendants());
    } else if (sel.type === 'drill') {
      sel.sites.forEach(function (s) { extra = extra.union(cy.getElementById('col|' + s)); });
      sel.services.forEach(function (s) { extra = extra.union(cy.getElementById('svc|' + s)); });
    }
    var nodes = cy.nodes('.placement').filter(function (n) { return comps.has(n.data('c')); }).union(extra);
    if (sel.type === 'component' || sel.type === 'service') {
      var own = sel.type === 'component' ? cy.nodes('.placement').filter(function (n) { return n.data('c') === sel.id; }) : extra;
      // collapsed sites stand for their components
      cy.nodes('.column.collapsed').forEach(function (n) {
        var site = n.data('site');
        var col = self.columns.find(function (c) { return c.id === site; });
        if (col && col.nodes.some(function (x) { return comps.has(x.c); })) { nodes = nodes.union(n); }
      });
      if (this.hiddenEdges) {
        var ids = new Set(nodes.map(function (n) { return n.id(); }));
        var ownIds = new Set(own.map(function (n) { return n.id(); }));
        var want = this.hiddenEdges.filter(function (e) {
          return e.classes !== 'entry' && ids.has(e.data.source) && ids.has(e.data.target)
            && (sel.type === 'service' || ownIds.has(e.data.source) || ownIds.has(e.data.target));
        });
        cy.add(want.filter(function (e) { return cy.getElementById(e.data.id).empty(); }));
      }
      var edges = nodes.edgesWith(nodes);
      if (sel.type === 'component') {
        edges = edges.filter(function (e) { return own.contains(e.source()) || own.contains(e.target()); });
      }
      cy.elements().not(nodes).not(edges).not('.column, .band').addClass('faded');
      nodes.addClass('hl');
      edges.addClass('hl');
      own.addClass('hl');
    } else {
      cy.elements('.placement, edge, .service').not(nodes).not(nodes.descendants()).addClass('faded');
      nodes.addClass('hl');
    }
  };

  Diagram.prototype.onTap = function (e) {
    var target = e.target;
    if (target === this.cy) {
      this.selected = null;
      this.hideDetail();
      if (this.hiddenEdges) { this.render(false); } else { this.applySelection(); }
      return;
    }
    if (target.hasClass('placement')) {
      this.selected = { type: 'component', id: target.data('c') };
      this.applySelection();
      this.showComponent(target.data('c'));
    } else if (target.hasClass('column')) {
      var site = target.data('site');
      if (target.hasClass('collapsed') && !target.hasClass('empty')) {
        this.collapsed.delete(site);
        this.render(false);
        var col = this.cy.getElementById('col|' + site);
        this.cy.animate({ fit: { eles: col, padding: 40 } }, { duration: 250 });
      } else {
        this.selected = { type: 'site', id: site };
        this.applySelection();
        this.showSite(site);
      }
    } else if (target.hasClass('service')) {
      this.selected = { type: 'service', id: target.data('svc') };
      this.applySelection();
      this.showService(target.data('svc'));
    } else if (target.hasClass('band')) {
      this.showBand(target.data('group2'), target.data('sites'));
    }
  };

  /**
   * The diagram by keyboard (the hint under it says so): arrows pan, + and − zoom, 0 fits, ] and [ step through the
   * components shown (left to right, top to bottom) and open each one's details, Escape clears the selection.
   */
  Diagram.prototype.onKey = function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var cy = this.cy;
    var step = 80;
    var pans = { ArrowLeft: { x: step, y: 0 }, ArrowRight: { x: -step, y: 0 }, ArrowUp: { x: 0, y: step }, ArrowDown: { x: 0, y: -step } };
    if (pans[e.key]) {
      cy.panBy(pans[e.key]);
    } else if (e.key === '+' || e.key === '=') {
      this.act('zoom-in');
    } else if (e.key === '-' || e.key === '_') {
      this.act('zoom-out');
    } else if (e.key === '0') {
      this.act('fit');
    } else if (e.key === ']' || e.key === '[') {
      this.stepComponent(e.key === ']' ? 1 : -1);
    } else if (e.key === 'Escape') {
      this.selected = null;
      this.hideDetail();
      this.applySelection();
    } else {
      return;
    }
    e.preventDefault();
  };

  Diagram.prototype.stepComponent = function (direction) {
    var seen = new Set();
    var order = this.cy.nodes('.placement').filter(function (n) { return n.visible(); }).sort(function (a, b) {
      return a.position('x') - b.position('x') || a.position('y') - b.position('y');
    }).map(function (n) { return n.data('c'); }).filter(function (c) {
      if (seen.has(c)) { return false; }
      seen.add(c);
      return true;
    });
    if (!order.length) { return; }
    var at = this.selected && this.selected.type === 'component' ? order.indexOf(this.selected.id) : -1;
    var next = order[(at + direction + order.length) % order.length];
    if (at < 0 && direction < 0) { next = order[order.length - 1]; }
    this.selected = { type: 'component', id: next };
    this.applySelection();
    this.showComponent(next);
    var node = this.cy.nodes('.placement').filter(function (n) { return n.data('c') === next; });
    this.cy.animate({ center: { eles: node.first() } }, { duration: 150 });
  };

  /* ---------------------------------------------------------------- details panel */
  Diagram.prototype.detail = function (title, rows, actions) {
    var box = document.getElementById('pic-detail');
    var self = this;
    var close = el('button', { type: 'button', class: 'krds-btn small tertiary pic-detail-close', text: t('close') });
    close.addEventListener('click', function () { self.selected = null; self.hideDetail(); self.applySelection(); });
    var dl = el('dl', { class: 'drr-facts' });
    rows.forEach(function (r) { dl.appendChild(el('dt', { text: r[0] })); dl.appendChild(el('dd', null, [r[1]])); });
    box.replaceChildren(el('div', { class: 'pic-detail-head' }, [title, close]), dl);
    if (actions) { box.appendChild(actions); }
    box.hidden = false;
  };

  Diagram.prototype.hideDetail = function () {
    var box = document.getElementById('pic-detail');
    box.hidden = true;
    box.replaceChildren();
  };

  function list(items) {
    if (!items.length) { return t('none'); }
    var span = el('span');
    items.forEach(function (x, i) {
      if (i) { span.appendChild(document.createTextNode(', ')); }
      if (Array.isArray(x)) {
        span.appendChild(el('code', { text: x[0] }));
        span.appendChild(document.createTextNode(' ' + x[1]));
      } else {
        span.appendChild(typeof x === 'string' ? el('code', { text: x }) : x);
      }
    });
    return span;
  }

  Diagram.prototype.showComponent = function (id) {
    var self = this;
    var c = this.comps.get(id);
    var title = el('h3', null, [(c.singleSite ? '⚠ ' : '') + (c.controlPlane ? '⚙ ' : ''), el('code', { text: c.id }), c.name ? ' ' + c.name : '']);
    var marks = [c.kind];
    if (c.singleSite) { marks.push(t('single')); }
    if (c.controlPlane) { marks.push(t('control')); }
    if (c.stateful) { marks.push(t('stateful')); }
    var placements = (this.nodesOf.get(id) || []).map(function (p) { return [p.site, '(' + t(p.role) + ')']; });
    var deps = [];
    c.dependsOn.forEach(function (d) {
      var note = (d.anyOf ? '[' + t('anyOf') + ']' : '') + (d.hard ? '' : '[' + t('soft') + ']');
      deps.push(note ? [d.targets.join(' | '), note] : d.targets.join(' | '));
    });
    var failover = c.failover + (c.failoverMinutes != null ? ', ' + t('minutes', c.failoverMinutes) : '')
      + (c.failoverRequires.length ? ', ' + t('requires') + ': ' + c.failoverRequires.join(', ') : '');
    var dependents = Array.from(this.dependents.get(id) || []);
    this.detail(title, [
      [t('kind'), marks.join(' · ')],
      [t('placements'), list(placements)],
      [t('failover'), failover],
      [t('dependsOn'), list(deps)],
      [t('cgroups'), list((c.riskGroups || []).map(function (g) {
        var m = (self.data.componentGroups || []).find(function (x) { return x.id === g; });
        return m ? [g, '(◆' + m.mark + ')'] : g;
      }))],
      [t('dependents'), list(dependents.slice(0, 40).concat(dependents.length > 40 ? ['… +' + (dependents.length - 40)] : []))]
    ]);
  };

  Diagram.prototype.showService = function (id) {
    var s = this.services.get(id);
    var closure = this.closureOfService(id);
    var single = Array.from(closure).filter(function (c) { return this.comps.get(c).singleSite; }, this);
    var link = el('a', { href: '#row-' + id, text: t('matrixLink') });
    link.addEventListener('click', function () {
      document.querySelectorAll('#pic-matrix tr.pic-focus').forEach(function (r) { r.classList.remove('pic-focus'); });
      var row = document.getElementById('row-' + id);
      if (row) { row.classList.add('pic-focus'); }
    });
    this.detail(el('h3', null, [(s.name || s.id) + ' ', el('code', { text: s.id })]), [
      [t('tier', s.tier), t('users', grouped(s.dailyUsers))],
      ['RTO', s.rtoMinutes != null ? t('minutes', s.rtoMinutes) : t('none')],
      ['entrypoints', list(s.entrypoints)],
      [t('components', closure.size), list(Array.from(closure).slice(0, 60))],
      [t('single'), list(single)]
    ], el('p', null, [link]));
  };

  Diagram.prototype.showSite = function (id) {
    var self = this;
    var col = this.columns.find(function (c) { return c.id === id; });
    var collapse = el('button', { type: 'button', class: 'krds-btn small secondary', text: I.collapseSite || 'collapse' });
    collapse.addEventListener('click', function () { self.collapsed.add(id); self.render(false); });
    this.detail(el('h3', null, [(col.name || col.id) + ' ', el('code', { text: col.id })]), [
      [t('kind'), col.kind + (col.provider ? ' · ' + col.provider : '') + (col.region ? ' · ' + col.region : '')],
      [t('groups'), list(col.riskGroups)]
    ].concat(col.facilityRef ? [
      [t('facility'), el('code', { text: col.facilityRef })],
      [t('inherited'), list(col.inherited)],
      [t('source'), list(col.sources.map(function (r) {
        return [r.reference, r.resolution === 'resolved' ? r.filingVersion : r.resolution === 'unresolved' ? '⚠ ' + t('unresolved') : t('sameDocument')];
      }))]
    ] : []).concat([
      [t('placements'), String(col.placements)],
      [t('single'), String(col.singleSite)],
      [t('control'), String(col.controlPlane)]
    ]), el('p', null, [collapse]));
  };

  Diagram.prototype.showBand = function (group, sites) {
    this.detail(el('h3', null, [el('code', { text: group })]), [[t('site'), list(sites)]]);
  };

  /* ---------------------------------------------------------------- focus and overlay */
  Diagram.prototype.applyFocus = function () {
    var kind = this.host.getAttribute('data-focus-kind');
    var id = this.host.getAttribute('data-focus-id');
    var cy = this.cy;
    if (kind === 'component' && this.comps.has(id)) {
      this.focusComponent(id);
      return;
    }
    if (kind === 'site' && this.columns.some(function (c) { return c.id === id; })) {
      this.collapsed.delete(id);
      this.selected = { type: 'site', id: id };
      this.render(false);
      this.showSite(id);
      this.fitTo(cy.getElementById('col|' + id), 40);
      return;
    }
    if (kind === 'service' && this.services.has(id)) {
      var closure = this.closureOfService(id);
      this.columns.forEach(function (c) { if (c.nodes.some(function (n) { return closure.has(n.c); })) { this.collapsed.delete(c.id); } }, this);
      this.selected = { type: 'service', id: id };
      this.render(false);
      this.showService(id);
      this.fitTo(cy.elements('.hl'), 40);
      return;
    }
    var drill = kind === 'drill' ? this.data.drills.find(function (d) { return d.id === id; }) : null;
    if (drill) {
      drill.lostSites.forEach(function (s) { this.collapsed.delete(s); }, this);
      this.selected = { type: 'drill', id: id, sites: drill.lostSites, services: drill.services };
      this.drillText = t('focusDrill', drill.id, drill.lostSites.join(', ') || t('none'), drill.services.join(', ') || t('none'));
      this.render(false);
      var eles = cy.collection();
      drill.lostSites.forEach(function (s) { eles = eles.union(cy.getElementById('col|' + s)); });
      drill.services.forEach(function (s) { eles = eles.union(cy.getElementById('svc|' + s)); });
      this.fitTo(eles, 40);
      return;
    }
    this.render(true);
  };

  Diagram.prototype.focusComponent = function (id) {
    (this.nodesOf.get(id) || []).forEach(function (p) { this.collapsed.delete(p.site); }, this);
    if (!this.visibleComponents().has(id)) {
      this.f = { service: '', site: '', kind: '', text: '', copies: this.f.copies, allEdges: this.f.allEdges };
      ['pic-f-service', 'pic-f-site', 'pic-f-kind', 'pic-f-text'].forEach(function (x) {
        document.getElementById(x).value = '';
        document.getElementById(x).classList.remove('completed');
      });
    }
    this.selected = { type: 'component', id: id };
    this.render(false);
    this.showComponent(id);
    var cy = this.cy;
    var own = cy.nodes('.placement').filter(function (n) { return n.data('c') === id; });
    this.fitTo(own.union(own.neighborhood('node')), 60);
  };

  Diagram.prototype.loadOverlay = function (scenario) {
    var self = this;
    if (!scenario) {
      this.overlay = null;
      this.render(false);
      return;
    }
    var url = this.host.getAttribute('data-loss') + 'scenario=' + encodeURIComponent(scenario);
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (o) {
        self.overlay = { scenario: o.scenario, down: new Set(o.downComponents), sites: new Set(o.sites), services: new Set(o.downServices),
          struck: new Set(o.struckComponents || []) };
        o.sites.forEach(function (s) { self.collapsed.delete(s); });
        var total = 0;
        self.columns.forEach(function (c) { if (!self.collapsed.has(c.id)) { total += c.nodes.length; } });
        if (total > COLLAPSE_ABOVE) {
          self.columns.forEach(function (c) { if (!o.sites.includes(c.id)) { self.collapsed.add(c.id); } });
        }
        self.render(false);
      })
      .catch(function () { document.getElementById('pic-status').textContent = t('loadError'); });
  };

  /** The diagram as a table: per site its risk groups and what is placed there. */
  Diagram.prototype.textAlternative = function () {
    var body = document.getElementById('pic-textalt-body');
    if (!body) { return; }
    this.columns.forEach(function (c) {
      body.appendChild(el('tr', null, [
        el('th', { scope: 'row' }, [(c.name || c.id) + ' ', el('code', { text: c.id })]),
        el('td', { text: (c.riskGroups.join(', ') || t('none')) + (c.facilityRef ? ' (' + t('facility') + ': ' + c.facilityRef + ')' : '') }),
        el('td', { class: 'pic-num', text: String(c.placements) }),
        el('td', { class: 'pic-num', text: String(c.singleSite) }),
        el('td', { class: 'pic-num', text: String(c.controlPlane) })
      ]));
    });
  };

  Diagram.prototype.style = function () {
    var font = '"Pretendard GOV", "Noto Sans CJK KR", "Malgun Gothic", sans-serif';
    return [
      { selector: 'node', style: { 'font-family': font, 'font-size': 11, 'text-wrap': 'wrap', 'text-valign': 'center', 'text-halign': 'center',
        'min-zoomed-font-size': 6, color: '#1e2124', 'overlay-opacity': 0 } },
      { selector: 'node.placement', style: { shape: 'round-rectangle', width: NODE_W, height: NODE_H, label: 'data(label)', 'text-max-width': NODE_W - 12,
        'background-color': '#eef4fe', 'border-width': 1.5, 'border-color': '#256ef4' } },
      { selector: 'node.stateful', style: { shape: 'barrel', 'background-color': '#e6f5ee', 'border-color': '#1f7a4d' } },
      { selector: 'node.control', style: { shape: 'hexagon', 'background-color': '#f3edfc', 'border-color': '#6b3fc1' } },
      { selector: 'node.role-standby', style: { 'border-style': 'dashed', 'background-opacity': 0.55 } },
      { selector: 'node.copy', style: { 'border-style': 'dotted', 'border-width': 2, 'background-color': '#f4f5f6', 'border-color': '#8a949e', color: '#58616a' } },
      { selector: 'node.single', style: { 'border-color': '#d63d1a', 'border-width': 5, 'border-style': 'double' } },
      { selector: 'node.cgroup', style: { 'underlay-color': '#0f766e', 'underlay-opacity': 0.28, 'underlay-padding': 4, 'underlay-shape': 'round-rectangle' } },
      { selector: 'node.down', style: { 'background-color': '#d63d1a', 'background-opacity': 1, color: '#ffffff', 'border-color': '#8a1f0a' } },
      { selector: 'node.struck', style: { 'border-color': '#0f766e', 'border-width': 4, 'border-style': 'solid' } },
      { selector: 'node.column', style: { shape: 'round-rectangle', 'background-color': '#f8f9fa', 'border-color': '#b1b8be', 'border-width': 1,
        label: 'data(label)', 'text-valign': 'top', 'text-halign': 'center', 'font-size': 14, 'font-weight': 700, 'text-margin-y': -8,
        'text-max-width': 400, padding: 16, color: '#1e2124' } },
      { selector: 'node.column.collapsed', style: { width: COLLAPSED_W, height: COLLAPSED_H, 'text-valign': 'center', 'text-margin-y': 0, 'font-size': 15,
        'font-weight': 500, 'border-style': 'dashed', 'border-width': 2, 'border-color': '#6d7882', 'background-color': '#eef1f4', 'text-max-width': COLLAPSED_W - 16 } },
      { selector: 'node.column.empty', style: { 'border-style': 'dotted', color: '#58616a' } },
      { selector: 'node.column.lost', style: { 'background-color': '#fdefec', 'border-color': '#bd2c0f', 'border-width': 3, color: '#8a1f0a' } },
      { selector: 'node.band', style: { shape: 'round-rectangle', height: BAND_H, width: 'data(w)', label: 'data(label)', 'font-size': 12, 'font-weight': 700,
        'background-color': '#eef1f4', 'border-width': 1, 'border-color': '#8a949e', color: '#33363d', 'text-max-width': 2000 } },
      { selector: 'node.band.kind-campus', style: { 'background-color': '#fff1cc', 'border-color': '#b88600' } },
      { selector: 'node.band.kind-power', style: { 'background-color': '#ffe3d6', 'border-color': '#c2571a' } },
      { selector: 'node.band.kind-metro', style: { 'background-color': '#dfeafd', 'border-color': '#3b6fd4' } },
      { selector: 'node.band.kind-carrier', style: { 'background-color': '#ece3fb', 'border-color': '#7d4fc9' } },
      { selector: 'node.band.lost', style: { 'border-color': '#bd2c0f', 'border-width': 3 } },
      { selector: 'node.service', style: { shape: 'round-rectangle', width: SVC_W, height: SVC_H, label: 'data(label)', 'text-max-width': SVC_W - 12,
        'background-color': '#003675', color: '#ffffff', 'font-weight': 700, 'font-size': 12 } },
      { selector: 'node.service.down', style: { 'background-color': '#bd2c0f' } },
      { selector: 'edge', style: { width: 1.3, 'curve-style': 'bezier', 'line-color': '#6d7882', 'target-arrow-color': '#6d7882',
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, opacity: 0.75 } },
      { selector: 'edge.soft', style: { 'line-style': 'dashed', 'line-color': '#aeb6bd', 'target-arrow-color': '#aeb6bd' } },
      { selector: 'edge.anyof', style: { 'line-style': 'dotted', width: 2, 'line-color': '#256ef4', 'target-arrow-color': '#256ef4' } },
      { selector: 'edge.requires', style: { 'line-style': 'dashed', width: 1.8, 'line-color': '#6b3fc1', 'target-arrow-color': '#6b3fc1', 'target-arrow-shape': 'diamond' } },
      { selector: 'edge.copy', style: { 'line-style': 'dotted', width: 2, 'line-color': '#1f7a4d', 'target-arrow-color': '#1f7a4d', 'target-arrow-shape': 'circle' } },
      { selector: 'edge.entry', style: { width: 2, 'line-color': '#003675', 'target-arrow-color': '#003675' } },
      { selector: '.faded', style: { opacity: 0.14 } },
      { selector: 'edge.faded', style: { opacity: 0.04 } },
      { selector: 'node.hl', style: { 'underlay-color': '#0b50d0', 'underlay-opacity': 0.22, 'underlay-padding': 7, 'underlay-shape': 'round-rectangle' } },
      { selector: 'edge.hl', style: { width: 2.6, opacity: 1, 'z-index': 20 } }
    ];
  };
}());
