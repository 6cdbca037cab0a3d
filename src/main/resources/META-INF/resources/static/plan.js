/* The plan editor (PlanPages): rows added and removed, field errors shown after an autosave, a stale draft stops
   autosaving, attachment uploads with progress. No inline handlers; htmx does the requests. */
(function () {
  "use strict";

  var form, stale = false;

  /* ---- rows ---- */

  function renumber(container) {
    var rows = container.querySelectorAll(":scope > .plan-row");
    rows.forEach(function (row, i) {
      var no = row.querySelector(".plan-row-no");
      if (no) { no.textContent = String(i + 1); }
    });
    var wrap = container.closest(".plan-rows-wrap");
    var empty = wrap && wrap.querySelector(".plan-rows-empty");
    if (empty) { empty.hidden = rows.length > 0; }
  }

  function addRow(list) {
    var container = document.getElementById("rows-" + list);
    var tpl = document.getElementById("tpl-" + list);
    if (!container || !tpl) { return; }
    var next = parseInt(container.dataset.next || "0", 10);
    container.dataset.next = String(next + 1);
    var html = tpl.innerHTML.split("__i__").join(String(next));
    var holder = document.createElement("div");
    holder.innerHTML = html;
    var row = holder.firstElementChild;
    row.querySelectorAll(".plan-remove").forEach(function (b) { b.hidden = false; });
    container.appendChild(row);
    htmx.process(row);
    renumber(container);
    var first = row.querySelector("input, select, textarea");
    if (first) { first.focus(); }
  }

  function removeRow(id) {
    var row = document.getElementById(id);
    if (!row) { return; }
    var container = row.parentElement;
    var wrap = row.closest(".plan-rows-wrap");
    row.remove();
    renumber(container);
    var add = wrap && wrap.querySelector(".plan-add");
    if (add) { add.focus(); }
    htmx.trigger(form, "plan-changed");
  }

  /* ---- field errors after an autosave ---- */

  function describedBy(control, id, on) {
    var ids = (control.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (x) { return x && x !== id; });
    if (on) { ids.push(id); }
    if (ids.length) { control.setAttribute("aria-describedby", ids.join(" ")); } else { control.removeAttribute("aria-describedby"); }
  }

  function showErrors() {
    var script = document.getElementById("plan-field-errors");
    var errors = {};
    try { errors = JSON.parse(script ? script.textContent : "{}"); } catch (e) { errors = {}; }
    form.querySelectorAll("[data-field]").forEach(function (group) {
      var name = group.dataset.field;
      var message = errors[name];
      var control = group.querySelector("input, select, textarea");
      var hint = group.querySelector(".form-hint-invalid");
      if (!control || !hint) { return; }
      group.classList.toggle("is-error", !!message);
      hint.textContent = message || "";
      hint.hidden = !message;
      if (message) { control.setAttribute("aria-invalid", "true"); } else { control.removeAttribute("aria-invalid"); }
      describedBy(control, hint.id, !!message);
    });
  }

  function setStatus(text) {
    var status = document.getElementById("plan-status");
    if (status) { status.textContent = text; }
  }

  /* ---- attachments ---- */

  function uploadMessage(text) {
    var msg = document.getElementById("att-client-msg");
    if (!msg) { return; }
    msg.textContent = text || "";
    msg.hidden = !text;
  }

  function progress(show, percent) {
    var box = document.getElementById("att-progress-box");
    var bar = document.getElementById("att-progress");
    var pct = document.getElementById("att-progress-pct");
    if (!box || !bar) { return; }
    box.hidden = !show;
    bar.value = percent;
    bar.textContent = percent + "%";
    if (pct) { pct.textContent = percent + "%"; }
  }

  document.addEventListener("DOMContentLoaded", function () {
    form = document.getElementById("plan-form");
    if (!form) { return; }
    /* adding and removing rows needs this script; without it, a blank row (noscript) adds one item per save */
    form.querySelectorAll(".plan-add, .plan-remove").forEach(function (b) { b.hidden = false; });

    document.addEventListener("click", function (e) {
      var add = e.target.closest("[data-add]");
      if (add) { e.preventDefault(); addRow(add.dataset.add); return; }
      var remove = e.target.closest("[data-remove]");
      if (remove) { e.preventDefault(); removeRow(remove.dataset.remove); }
    });

    /* once someone else's save made this page stale, nothing more is sent: the user reloads */
    form.addEventListener("htmx:confirm", function (e) {
      if (stale) { e.preventDefault(); }
    });

    /* refusals are answers to show, not failures */
    document.body.addEventListener("htmx:beforeSwap", function (e) {
      var s = e.detail.xhr.status;
      var elt = e.detail.requestConfig && e.detail.requestConfig.elt;
      if (elt === form && (s === 403 || s === 412 || s === 422 || s === 428)) {
        e.detail.shouldSwap = true;
        e.detail.isError = false;
      }
      if (elt && elt.id === "att-form" && s >= 400 && s < 500 && s !== 404) {
        e.detail.shouldSwap = true;
        e.detail.isError = false;
      }
    });

    document.body.addEventListener("htmx:afterSwap", function (e) {
      var elt = e.detail.requestConfig && e.detail.requestConfig.elt;
      if (elt === form) {
        showErrors();
        stale = !!document.querySelector("#plan-status [data-state='stale']");
        form.querySelectorAll(".plan-save").forEach(function (b) { b.disabled = stale; });
      }
    });

    form.addEventListener("htmx:sendError", function () { setStatus(form.dataset.msgFailed); });
    form.addEventListener("htmx:responseError", function () { setStatus(form.dataset.msgFailed); });

    var upload = document.getElementById("att-form");
    if (upload) {
      upload.addEventListener("htmx:confirm", function (e) {
        var input = document.getElementById("att-file");
        var file = input && input.files && input.files[0];
        if (!file) { e.preventDefault(); uploadMessage(upload.dataset.msgMissing); input.focus(); return; }
        if (file.size > parseInt(upload.dataset.maxBytes, 10)) { e.preventDefault(); uploadMessage(upload.dataset.msgTooLarge); return; }
        uploadMessage("");
      });
      upload.addEventListener("htmx:beforeRequest", function () { progress(true, 0); });
      upload.addEventListener("htmx:xhr:progress", function (e) {
        if (e.detail.lengthComputable && e.detail.total > 0) {
          progress(true, Math.round(e.detail.loaded * 100 / e.detail.total));
        }
      });
      upload.addEventListener("htmx:afterRequest", function (e) {
        progress(false, 100);
        if (e.detail.successful || (e.detail.xhr && e.detail.xhr.status >= 400 && e.detail.xhr.status < 500)) {
          var input = document.getElementById("att-file");
          if (e.detail.successful && input) { input.value = ""; }
        }
      });
      upload.addEventListener("htmx:sendError", function () { progress(false, 0); uploadMessage(upload.dataset.msgFailed); });
    }
  });
})();
