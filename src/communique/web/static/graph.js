// Relations graph: fetch /api/graph, lay it out and draw SVG, readable by default (issue 19).
// Layout, in three deterministic steps:
//  1. a force layout (Fruchterman-Reingold: every pair repels, links attract, a pull to the
//     centre), hubs started in the middle;
//  2. overlap removal: each node's footprint (its circle and its label under it) is pushed
//     apart from every footprint it overlaps, inside the canvas;
//  3. label placement, most connected first: each label takes the first of eight places
//     around its node that lies inside the canvas and overlaps no label placed before it
//     (and, if it can, no other node); a label with no such place is hidden (the node's
//     title still names it). So shown labels never overlap and never leave the canvas.
// Controls: the number of actors (top N by partners), actors without links, generic groups,
// a search box that focuses an actor, and a click on a link lists the events behind it.
"use strict";
(function () {
  var C = window.Communique;
  var box = document.getElementById("graph");
  var status = document.getElementById("graph-status");
  if (!box) { return; }
  var WIDTH = 960, HEIGHT = 620;          // SVG viewBox
  var MARGIN = 4;                         // labels and nodes keep this far from the canvas edge
  var ITERATIONS = 300;                   // force layout steps
  var IDEAL_SHARE = 0.7;                  // ideal edge length, as a share of sqrt(area / nodes)
  var GRAVITY = 1;                     // pull to the centre per step (share of the distance)
  var SEPARATION_PASSES = 250;            // most overlap removal passes
  var LABEL_GAP = 3;                      // space kept between a label and its node, and between labels
  var LABEL_MAX_CHARS = 26;               // longer names are cut with "…" (the node's title has the name)
  var RADIUS_MIN = 5, RADIUS_MAX = 20;    // node radius for the fewest and the most events
  var WIDTH_MAX = 8;                      // widest edge (stroke width)
  var CLICK_SLOP = 4;                     // pointer travel (px) still counted as a click
  var CURVE = 16;                         // sideways bend of parallel edges
  var ARROW = 9;                          // arrowhead size
  var EDGE_EVENTS = 50;                   // events listed for a clicked link

  var controls = document.getElementById("graph-controls");
  var filters = document.getElementById("filters");
  var find = document.getElementById("graph-find");
  var findInput = document.getElementById("graph-search");
  var findStatus = document.getElementById("graph-find-status");
  var names = document.getElementById("graph-names");
  var edgeTitle = document.getElementById("edge-title");
  var edgeStatus = document.getElementById("edge-status");
  var edgeList = document.getElementById("edge-list");
  var filterQuery = "";
  var current = null;                     // the drawn graph: nodes, links, index, order, focused

  function edgeWidth(events) { return Math.min(WIDTH_MAX, 1 + Math.log2(1 + events)); }

  // A long name keeps its start and its end, which tell similar names apart:
  // "Ministry of Fisheries and Coastal Affairs of Arvenia" -> "Ministry of Fi…s of Arvenia".
  function shortName(name) {
    name = String(name || "");
    if (name.length <= LABEL_MAX_CHARS) { return name; }
    var head = Math.ceil((LABEL_MAX_CHARS - 1) / 2), tail = LABEL_MAX_CHARS - 1 - head;
    return name.slice(0, head).trim() + "…" + name.slice(name.length - tail).trim();
  }

  // -- layout ------------------------------------------------------------------------------
  function forceLayout(nodes, links) {
    var k = IDEAL_SHARE * Math.sqrt(WIDTH * HEIGHT / Math.max(1, nodes.length));
    nodes.forEach(function (n, i) {  // golden-angle spiral, most connected in the middle
      var r = k * 0.5 * Math.sqrt(i + 0.5), a = i * 2.399963;
      n.x = WIDTH / 2 + 1.4 * r * Math.cos(a); n.y = HEIGHT / 2 + r * Math.sin(a);
    });
    for (var step = 0; step < ITERATIONS; step++) {
      var heat = (WIDTH / 10) * (1 - step / ITERATIONS) + 0.5;
      nodes.forEach(function (n) { n.dx = 0; n.dy = 0; });
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = nodes[i], b = nodes[j];
          var dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01;
          var f = k * k / d;
          a.dx += f * dx / d; a.dy += f * dy / d; b.dx -= f * dx / d; b.dy -= f * dy / d;
        }
      }
      links.forEach(function (e) {
        var dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        var f = d * d / k;
        e.s.dx += f * dx / d; e.s.dy += f * dy / d; e.t.dx -= f * dx / d; e.t.dy -= f * dy / d;
      });
      nodes.forEach(function (n) {
        n.dx += (WIDTH / 2 - n.x) * GRAVITY; n.dy += (HEIGHT / 2 - n.y) * GRAVITY * WIDTH / HEIGHT;
        var len = Math.sqrt(n.dx * n.dx + n.dy * n.dy) || 1, move = Math.min(len, heat);
        n.x += n.dx / len * move; n.y += n.dy / len * move;
        keepInside(n);
      });
    }
  }

  // A node's footprint: its circle with its label centred under it.
  function footprint(n) {
    var w = Math.max(2 * n.r, n.lw), h = 2 * n.r + LABEL_GAP + n.lh;
    return { x: n.x - w / 2, y: n.y - n.r, w: w, h: h };
  }

  function keepInside(n) {
    var w = Math.max(2 * n.r, n.lw || 0) / 2;
    var below = n.r + LABEL_GAP + (n.lh || 0);
    n.x = Math.max(MARGIN + w, Math.min(WIDTH - MARGIN - w, n.x));
    n.y = Math.max(MARGIN + n.r, Math.min(HEIGHT - MARGIN - below, n.y));
  }

  function separate(nodes) {
    for (var pass = 0; pass < SEPARATION_PASSES; pass++) {
      var moved = false;
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = footprint(nodes[i]), b = footprint(nodes[j]);
          var ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) + LABEL_GAP;
          var oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) + LABEL_GAP;
          if (ox <= 0 || oy <= 0) { continue; }
          moved = true;
          var p = nodes[i], q = nodes[j];
          if (ox < oy) {
            var sx = (p.x < q.x || (p.x === q.x && i < j)) ? -1 : 1;
            p.x += sx * ox / 2; q.x -= sx * ox / 2;
          } else {
            var sy = (a.y + a.h / 2 < b.y + b.h / 2 || (a.y === b.y && i < j)) ? -1 : 1;
            p.y += sy * oy / 2; q.y -= sy * oy / 2;
          }
          keepInside(p); keepInside(q);
        }
      }
      if (!moved) { return; }
    }
  }

  function overlaps(a, b, gap) {
    return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
  }

  function inside(r) {
    return r.x >= MARGIN && r.y >= MARGIN && r.x + r.w <= WIDTH - MARGIN && r.y + r.h <= HEIGHT - MARGIN;
  }

  // Eight places around a node: under, over, right, left, then the corners.
  function candidates(n) {
    var w = n.lw, h = n.lh, d = n.r + LABEL_GAP, c = d * 0.75;
    return [[-w / 2, d], [-w / 2, -d - h], [d, -h / 2], [-d - w, -h / 2],
            [c, c], [-c - w, c], [c, -c - h], [-c - w, -c - h]].map(function (o) {
      return { x: n.x + o[0], y: n.y + o[1], w: w, h: h };
    });
  }

  function placeLabels(graph) {
    var placed = [];
    // What a label should not cover, if it can help it: other nodes and arrowheads.
    var obstacles = graph.nodes.map(function (n) { return { n: n, x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r }; })
      .concat(graph.links.map(function (l) { return l.tip; }));
    var order = graph.order.slice();
    if (graph.focused) { order = [graph.focused].concat(order.filter(function (n) { return n !== graph.focused; })); }
    order.forEach(function (n) {
      var spots = candidates(n).filter(function (r) {
        return inside(r) && !placed.some(function (p) { return overlaps(r, p, LABEL_GAP); });
      });
      var clear = spots.filter(function (r) {
        return !obstacles.some(function (o) { return o.n !== n && overlaps(r, o, 1); });
      });
      var spot = clear[0] || spots[0];
      n.label.classList.toggle("crowded", !spot);
      n.label.setAttribute("data-shown", spot ? "true" : "false");
      if (!spot) { return; }
      placed.push(spot);
      n.lx = spot.x + spot.w / 2 - n.x; n.ly = spot.y - n.ltop - n.y;  // offset of the text anchor
      moveLabel(n);
    });
  }

  function moveLabel(n) {
    n.label.setAttribute("x", (n.x + n.lx).toFixed(1));
    n.label.setAttribute("y", (n.y + n.ly).toFixed(1));
  }

  // -- drawing -----------------------------------------------------------------------------
  function edgePath(s, t, bend) {
    var mx = (s.x + t.x) / 2, my = (s.y + t.y) / 2;
    var dx = t.x - s.x, dy = t.y - s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    var cx = mx - dy / d * bend, cy = my + dx / d * bend;
    var ex = t.x - cx, ey = t.y - cy, el = Math.sqrt(ex * ex + ey * ey) || 1;  // stop at the target's rim
    var tx = t.x - ex / el * (t.r + 2), ty = t.y - ey / el * (t.r + 2);
    return { tip: { x: tx - ARROW / 2, y: ty - ARROW / 2, w: ARROW, h: ARROW }, d: "M" + s.x.toFixed(1) + "," + s.y.toFixed(1) + " Q" + cx.toFixed(1) + "," + cy.toFixed(1) +
      " " + tx.toFixed(1) + "," + ty.toFixed(1) };
  }

  // Three sample widths: one event, the most events on a link, and the geometric middle.
  function widthLegend(target, links) {
    if (!target) { return; }
    target.textContent = "";
    var most = links.reduce(function (m, l) { return Math.max(m, l.events); }, 1);
    [1, Math.round(Math.sqrt(most)), most].filter(function (v, i, all) { return all.indexOf(v) === i; })
      .forEach(function (v) {
        var item = document.createElement("span");
        item.className = "legend-item";
        var s = C.svg("svg", { width: "28", height: "12", viewBox: "0 0 28 12", "aria-hidden": "true" }, item);
        C.svg("line", { x1: "2", y1: "6", x2: "26", y2: "6", stroke: "#5d6778", "stroke-width": edgeWidth(v).toFixed(2) }, s);
        item.appendChild(document.createTextNode(v + (v === 1 ? " event" : " events")));
        target.appendChild(item);
      });
  }

  function draw(data, info) {
    box.textContent = "";
    box.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
    var defs = C.svg("defs", {}, box);
    info.classes.forEach(function (name, i) {
      var m = C.svg("marker", { id: "arrow-" + i, viewBox: "0 0 10 10", refX: "9", refY: "5",
        markerUnits: "userSpaceOnUse", markerWidth: String(ARROW), markerHeight: String(ARROW), orient: "auto-start-reverse" }, defs);
      C.svg("path", { d: "M0,0 L10,5 L0,10 z", fill: info.colours[name] }, m);
    });
    var nodes = data.nodes, index = {};
    var most = nodes.reduce(function (m, n) { return Math.max(m, n.activity); }, 1);
    nodes.forEach(function (n) {
      index[n.key] = n;
      n.r = RADIUS_MIN + (RADIUS_MAX - RADIUS_MIN) * Math.sqrt(n.activity / most);
    });
    var links = data.edges.filter(function (e) { return index[e.source] && index[e.target]; }).map(function (e) {
      return { s: index[e.source], t: index[e.target], e: e, events: e.events };
    });
    var edgeLayer = C.svg("g", { "class": "edges" }, box);
    var nodeLayer = C.svg("g", { "class": "nodes" }, box);
    var labelLayer = C.svg("g", { "class": "labels" }, box);
    // Labels first: their measured size is part of each node's footprint.
    nodes.forEach(function (n) {
      n.label = C.svg("text", { "class": "label", "data-key": n.key, "text-anchor": "middle", x: "0", y: "0" },
                      labelLayer);
      n.label.textContent = shortName(n.name);
      var bb = n.label.getBBox();
      n.lw = bb.width || 7 * n.label.textContent.length; n.lh = bb.height || 15; n.ltop = bb.height ? bb.y : -12;
    });
    forceLayout(nodes, links);
    separate(nodes);
    var graph = { nodes: nodes, links: links, index: index, focused: null,
                  order: nodes.slice().sort(function (a, b) {
                    return (b.degree - a.degree) || (b.activity - a.activity) || (a.key < b.key ? -1 : 1);
                  }) };
    var seen = {};
    links.forEach(function (l) {
      var e = l.e, pair = e.source + "\u0000" + e.target;
      l.bend = CURVE * (seen[pair] = (seen[pair] || 0) + 1);
      var colour = info.colours[e.quad_class] || "#888";
      var g = C.svg("g", { "class": "link", "data-source": e.source, "data-target": e.target,
                           "data-quad": e.quad_class || "" }, edgeLayer);
      l.path = C.svg("path", { "class": "edge", fill: "none", stroke: colour,
        "stroke-width": edgeWidth(e.events).toFixed(2),
        "marker-end": "url(#arrow-" + Math.max(0, info.classes.indexOf(e.quad_class)) + ")" }, g);
      l.hit = C.svg("path", { "class": "edge-hit", fill: "none", tabindex: "0", role: "button",
        "aria-label": l.s.name + " → " + l.t.name + ": " + e.events + " " + (e.quad_class || "") + " event(s)" }, g);
      var title = C.svg("title", {}, l.hit);
      title.textContent = l.s.name + " → " + l.t.name + ": " + e.events + " " + (e.quad_class || "") +
        " event(s); click to list them";
      l.g = g;
      g.addEventListener("click", function () { showEdge(l); });
      l.hit.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { showEdge(l); } });
    });
    function redraw() {
      links.forEach(function (l) {
        var p = edgePath(l.s, l.t, l.bend);
        l.path.setAttribute("d", p.d); l.hit.setAttribute("d", p.d);
        l.tip = p.tip;
      });
    }
    redraw();
    nodes.forEach(function (n) {
      var g = C.svg("g", { "class": "node", "data-key": n.key, tabindex: "0", role: "link",
                           "aria-label": n.name }, nodeLayer);
      n.g = g;
      C.svg("circle", { r: n.r.toFixed(1), "class": "kind-" + (n.kind || "unknown") }, g);
      var title = C.svg("title", {}, g);
      title.textContent = n.name + ": " + n.activity + " event(s), " + n.degree + " partner(s)";
      function place() { g.setAttribute("transform", "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")"); }
      place();
      var drag = null;
      g.addEventListener("pointerdown", function (ev) {
        drag = { x: ev.clientX, y: ev.clientY, moved: 0 };
        g.setPointerCapture(ev.pointerId);
      });
      g.addEventListener("pointermove", function (ev) {
        if (!drag) { return; }
        var ctm = box.getScreenCTM();
        var scale = ctm ? ctm.a : 1;
        n.x += (ev.clientX - drag.x) / scale; n.y += (ev.clientY - drag.y) / scale;
        keepInside(n);
        drag.moved += Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y);
        drag.x = ev.clientX; drag.y = ev.clientY;
        place(); moveLabel(n); redraw();
      });
      g.addEventListener("pointerup", function () {
        var click = drag && drag.moved <= CLICK_SLOP;
        drag = null;
        if (click) { location.href = "/actors/" + encodeURIComponent(n.key); } else { placeLabels(graph); }
      });
      g.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter") { location.href = "/actors/" + encodeURIComponent(n.key); }
      });
    });
    placeLabels(graph);
    names.textContent = "";
    graph.order.forEach(function (n) {
      var opt = document.createElement("option");
      opt.value = n.name;
      names.appendChild(opt);
    });
    box.setAttribute("data-nodes", String(nodes.length));
    box.setAttribute("data-edges", String(links.length));
    return graph;
  }

  // -- search ------------------------------------------------------------------------------
  function clearFocus(graph) {
    box.classList.remove("focusing");
    if (!graph) { return; }
    graph.focused = null;
    graph.nodes.forEach(function (n) { n.g.classList.remove("focused", "near"); n.label.classList.remove("near"); });
    graph.links.forEach(function (l) { l.g.classList.remove("near"); });
  }

  function match(graph, text) {
    var q = text.trim().toLowerCase();
    if (!q) { return null; }
    var ways = [function (n) { return n.name.toLowerCase() === q; },
                function (n) { return n.name.toLowerCase().indexOf(q) === 0; },
                function (n) { return n.name.toLowerCase().indexOf(q) >= 0; }];
    for (var i = 0; i < ways.length; i++) {
      var hit = graph.order.filter(ways[i])[0];  // the most connected of the matches
      if (hit) { return hit; }
    }
    return null;
  }

  function focusActor(text) {
    var graph = current;
    clearFocus(graph);
    findStatus.textContent = "";
    if (!graph || !text.trim()) { if (graph) { placeLabels(graph); } return; }
    var n = match(graph, text);
    if (!n) {
      findStatus.textContent = "No actor named “" + text.trim() + "” among the " + graph.nodes.length + " shown. ";
      var more = document.createElement("a");
      var params = new URLSearchParams(filterQuery);
      params.set("actor", text.trim());
      more.href = "/graph?" + params.toString();
      more.textContent = "Show the links of “" + text.trim() + "”";
      findStatus.appendChild(more);
      placeLabels(graph);
      return;
    }
    graph.focused = n;
    box.classList.add("focusing");
    n.g.classList.add("focused");
    n.label.classList.add("near");
    graph.links.forEach(function (l) {
      if (l.s === n || l.t === n) {
        l.g.classList.add("near");
        var other = l.s === n ? l.t : l.s;
        other.g.classList.add("near"); other.label.classList.add("near");
      }
    });
    placeLabels(graph);
    n.g.focus();
    findStatus.textContent = n.name + ": " + n.activity + " event(s) with " + n.degree + " partner(s). ";
    var open = document.createElement("a");
    open.href = "/actors/" + encodeURIComponent(n.key);
    open.textContent = "Open the actor page";
    findStatus.appendChild(open);
  }

  // -- the events behind a link ------------------------------------------------------------
  function eventItem(item) {
    var li = document.createElement("li");
    li.className = "edge-event";
    var head = document.createElement("div");
    var date = document.createElement("span");
    date.className = "meta"; date.textContent = item.date_text + (item.date_note ? " (" + item.date_note + ")" : "") + " ";
    var type = document.createElement("span");
    type.className = "etype"; type.textContent = item.type + " ";
    var link = document.createElement("a");
    link.className = "evidence-link";
    link.href = "/documents/" + encodeURIComponent(item.doc_id) + "#ref-" + encodeURIComponent(item.event_id);
    link.textContent = item.title;
    head.appendChild(date); head.appendChild(type); head.appendChild(link);
    if (item.outlet) {
      var outlet = document.createElement("span");
      outlet.className = "meta"; outlet.textContent = " " + item.outlet;
      head.appendChild(outlet);
    }
    li.appendChild(head);
    var snippet = document.createElement("p");
    snippet.className = "snippet";
    var text = item.snippet || "";
    snippet.appendChild(document.createTextNode(text.slice(0, item.mark_start)));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(item.mark_start, item.mark_end);
    snippet.appendChild(mark);
    snippet.appendChild(document.createTextNode(text.slice(item.mark_end)));
    li.appendChild(snippet);
    return li;
  }

  function showEdge(l) {
    if (current) { current.links.forEach(function (o) { o.g.classList.toggle("selected", o === l); }); }
    var e = l.e;
    edgeTitle.textContent = l.s.name + " → " + l.t.name;
    edgeStatus.textContent = "Loading…";
    edgeList.textContent = "";
    var params = new URLSearchParams(filterQuery);
    params.set("source_key", e.source); params.set("target_key", e.target);
    if (e.quad_class) { params.set("quad", e.quad_class); }
    params.set("limit", String(EDGE_EVENTS));
    C.getJSON("/api/graph/edge?" + params.toString()).then(function (res) {
      var shown = res.items.length;
      edgeStatus.textContent = res.total + " " + (e.quad_class || "") + " event(s)" +
        (shown < res.total ? ", the newest " + shown + " listed" : "") + "; each opens at its evidence.";
      res.items.forEach(function (item) { edgeList.appendChild(eventItem(item)); });
      edgeList.setAttribute("data-state", "ready");
    }).catch(function (err) {
      edgeStatus.textContent = "Could not load the events: " + err.message;
    });
  }

  // -- controls and loading ------------------------------------------------------------------
  function controlsQuery() {
    var params = new URLSearchParams();
    var limit = controls.elements.namedItem("limit");
    if (limit.value && limit.value !== limit.defaultValue) { params.set("limit", limit.value); }
    ["isolated", "generic"].forEach(function (name) {
      if (controls.elements.namedItem(name).checked) { params.set(name, "true"); }
    });
    return params.toString();
  }

  function fillControls() {
    var params = new URLSearchParams(location.search);
    if (params.get("limit")) { controls.elements.namedItem("limit").value = params.get("limit"); }
    ["isolated", "generic"].forEach(function (name) {
      controls.elements.namedItem(name).checked = params.get(name) === "true";
    });
  }

  function load(query) {
    filterQuery = query;
    var full = [query, controlsQuery()].filter(Boolean).join("&");
    history.replaceState(null, "", location.pathname + (full ? "?" + full : ""));
    status.textContent = "Loading…";
    box.setAttribute("data-state", "loading");
    Promise.all([C.getJSON("/api/graph" + (full ? "?" + full : "")), C.quadInfo()]).then(function (res) {
      var data = res[0], info = res[1];
      C.legend(document.getElementById("legend"), info);
      current = draw(data, info);
      widthLegend(document.getElementById("width-legend"), current.links);
      var shown = current.order.filter(function (n) { return n.label.getAttribute("data-shown") === "true"; }).length;
      status.textContent = data.nodes.length ? data.nodes.length + " actors (the most connected of " + data.total +
        "), " + data.edges.length + " links" + (shown < data.nodes.length ? "; " + (data.nodes.length - shown) +
        " labels left out where they would overlap" : "") : "No linked actors match these filters";
      if (data.undated) {
        status.textContent += "; " + data.undated + " event" + (data.undated === 1 ? "" : "s") +
          " without a date left out by the date range";
      }
      box.setAttribute("data-state", "ready");
      if (findInput.value.trim()) { focusActor(findInput.value); }
    }).catch(function (err) {
      status.textContent = "Could not load the graph: " + err.message;
      box.setAttribute("data-state", "error");
    });
  }

  fillControls();
  controls.addEventListener("change", function () { load(filterQuery); });
  controls.addEventListener("submit", function (ev) { ev.preventDefault(); load(filterQuery); });
  find.addEventListener("submit", function (ev) { ev.preventDefault(); focusActor(findInput.value); });
  findInput.addEventListener("change", function () { focusActor(findInput.value); });
  C.bindFilters(filters, load);
})();
