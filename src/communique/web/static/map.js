// Map: countries shaded by their events, drawn as SVG from /api/map over the Natural Earth
// shapes in world-110m.json (already projected; built by scripts/build_world_geometry.py).
// Each country with events is a link to its actor page (keyboard: Tab, Enter); states too
// small for the 1:110m shapes are circles, drawn when they have events.
"use strict";
(function () {
  var C = window.Communique;
  var box = document.getElementById("map");
  if (!box) { return; }
  var status = document.getElementById("map-status");
  var legendBox = document.getElementById("map-legend");
  var table = document.querySelector("#map-table tbody");
  var names = JSON.parse(box.getAttribute("data-names") || "{}");
  //: Five shades, light to dark, and the fill of a country without events.
  var SHADES = ["#d6e6f4", "#9dc3e2", "#5d9cd0", "#2c6fb0", "#0b3d78"];
  var EMPTY = "#e9ecf1";
  var ROLE_WORDS = { either: "as source or target", source: "as source", target: "as target" };
  var geometry = null;

  // Class bounds for counts 1..max: up to five classes on a geometric scale (counts are skewed:
  // a few countries carry most events), each bound a whole number, no empty class.
  function classes(max) {
    var bounds = [];
    var n = Math.min(SHADES.length, max);
    for (var k = 1; k <= n; k++) {
      var hi = k === n ? max : Math.max(1, Math.round(Math.pow(max, k / n)));
      if (!bounds.length || hi > bounds[bounds.length - 1].hi) {
        bounds.push({ lo: bounds.length ? bounds[bounds.length - 1].hi + 1 : 1, hi: hi });
      }
    }
    return bounds.map(function (b, i) {
      return { lo: b.lo, hi: b.hi, colour: SHADES[Math.round(i * (SHADES.length - 1) / Math.max(1, bounds.length - 1))] };
    });
  }

  function shadeOf(count, scale) {
    if (!count) { return EMPTY; }
    for (var i = 0; i < scale.length; i++) { if (count <= scale[i].hi) { return scale[i].colour; } }
    return scale[scale.length - 1].colour;
  }

  function nameOf(id, fallback) { return (id && names[id]) || fallback; }

  function hrefOf(c, query) {
    if (c.actor) { return "/actors/" + encodeURIComponent(c.actor); }
    var params = new URLSearchParams(query || "");
    params.delete("role");
    params.set("actor", c.id);
    return "/events?" + params.toString();
  }

  function label(c, role) {
    return c.name + ": " + c.events + " event" + (c.events === 1 ? "" : "s") + " " + ROLE_WORDS[role] +
      " (as source " + c.as_source + ", as target " + c.as_target + ")";
  }

  function drawLegend(scale, role) {
    legendBox.textContent = "";
    var head = document.createElement("span");
    head.textContent = "Events " + ROLE_WORDS[role] + ":";
    legendBox.appendChild(head);
    [{ lo: 0, hi: 0, colour: EMPTY }].concat(scale).forEach(function (b) {
      var item = document.createElement("span");
      item.className = "legend-item";
      var sw = document.createElement("span");
      sw.className = "swatch map-swatch";
      sw.style.background = b.colour;
      item.appendChild(sw);
      item.appendChild(document.createTextNode(b.hi === 0 ? "none" : (b.lo === b.hi ? String(b.lo) : b.lo + "–" + b.hi)));
      legendBox.appendChild(item);
    });
  }

  function drawTable(data, query) {
    table.textContent = "";
    data.countries.forEach(function (c) {
      var tr = document.createElement("tr");
      var td = document.createElement("td");
      var a = document.createElement("a");
      a.href = hrefOf(c, query);
      a.textContent = c.name;
      td.appendChild(a);
      tr.appendChild(td);
      [c.events, c.as_source, c.as_target].forEach(function (v) {
        var cell = document.createElement("td");
        cell.textContent = String(v);
        tr.appendChild(cell);
      });
      table.appendChild(tr);
    });
  }

  function draw(geo, data, query) {
    box.textContent = "";
    var byId = {};
    var max = 0;
    data.countries.forEach(function (c) { byId[c.id] = c; max = Math.max(max, c.events); });
    var scale = classes(max);
    var svg = C.svg("svg", { viewBox: "0 0 " + geo.width + " " + geo.height, role: "group",
      "aria-label": "world map of events by country", id: "map-svg" }, box);
    // Shapes first, then the states too small for 1:110m (a "dot"), drawn only with events.
    var shapes = geo.countries.filter(function (s) { return s.d; });
    var dots = geo.countries.filter(function (s) { return s.dot && byId[s.id]; });
    shapes.concat(dots).forEach(function (shape) {
      var c = shape.id ? byId[shape.id] : null;
      var parent = svg;
      if (c) {
        parent = C.svg("a", { href: hrefOf(c, query), "class": "country-link", "data-id": shape.id,
          "aria-label": label(c, data.role) }, svg);
      }
      var attrs = { fill: shadeOf(c ? c.events : 0, scale), "data-id": shape.id || "", "data-events": c ? c.events : 0 };
      var mark = shape.d ? C.svg("path", Object.assign({ d: shape.d, "class": "country" }, attrs), parent)
        : C.svg("circle", Object.assign({ cx: shape.dot[0], cy: shape.dot[1], r: 4, "class": "country small-state" }, attrs), parent);
      var title = C.svg("title", {}, mark);
      title.textContent = c ? label(c, data.role) : nameOf(shape.id, shape.name) + ": no events";
    });
    drawLegend(scale, data.role);
    drawTable(data, query);
    var shown = data.countries.length;
    status.textContent = data.total + " matching event" + (data.total === 1 ? "" : "s") + "; " + shown +
      " countr" + (shown === 1 ? "y" : "ies") + " with events " + ROLE_WORDS[data.role] +
      (data.unplaced ? "; " + data.unplaced + " event" + (data.unplaced === 1 ? "" : "s") +
        " with no actor of a known country in that role (not on the map)" : "") +
      (data.undated ? "; " + data.undated + " event" + (data.undated === 1 ? "" : "s") +
        " without a date left out by the date range" : "") + ".";
  }

  function load(query) {
    var base = box.getAttribute("data-api");
    status.textContent = "Loading…";
    box.setAttribute("data-state", "loading");
    if (!geometry) { geometry = C.getJSON(box.getAttribute("data-geometry")); }
    Promise.all([geometry, C.getJSON(base + (query ? "?" + query : ""))]).then(function (res) {
      draw(res[0], res[1], query);
      box.setAttribute("data-state", "ready");
    }).catch(function (err) {
      status.textContent = "Could not load the map: " + err.message;
      box.setAttribute("data-state", "error");
    });
  }

  C.bindFilters(document.getElementById("filters"), load);
})();
