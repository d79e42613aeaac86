// Shared helpers for graph.js and timeline.js: JSON fetching, quad-class colours,
// SVG element creation and the filter form <-> query string round trip.
"use strict";
window.Communique = (function () {
  var SVG_NS = "http://www.w3.org/2000/svg";
  var quads = null;

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body && body.error ? body.error.message : "HTTP " + r.status); }
        return body;
      });
    });
  }

  function quadInfo() {
    if (!quads) { quads = getJSON("/static/quad_classes.json"); }
    return quads;
  }

  function svg(tag, attrs, parent) {
    var el = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(el); }
    return el;
  }

  function legend(target, info) {
    if (!target) { return; }
    target.textContent = "";
    info.classes.forEach(function (name) {
      var item = document.createElement("span");
      item.className = "legend-item";
      var sw = document.createElement("span");
      sw.className = "swatch";
      sw.style.background = info.colours[name];
      item.appendChild(sw);
      item.appendChild(document.createTextNode(name));
      target.appendChild(item);
    });
  }

  // Fill a filter form from the page's query string; return the query of its non-empty fields.
  function formQuery(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (typeof value === "string" && value.trim() !== "") { params.set(key, value.trim()); }
    });
    return params.toString();
  }

  function fillForm(form) {
    var params = new URLSearchParams(location.search);
    params.forEach(function (value, key) {
      var field = form.elements.namedItem(key);
      if (field && "value" in field) { field.value = value; }
    });
  }

  function bindFilters(form, load) {
    if (!form) { load(""); return; }
    fillForm(form);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var query = formQuery(form);
      history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
      load(query);
    });
    load(formQuery(form));
  }

  return { getJSON: getJSON, quadInfo: quadInfo, svg: svg, legend: legend, bindFilters: bindFilters };
})();
