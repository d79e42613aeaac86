// Relations graph: fetch /api/graph, lay it out with a small force simulation
// (repulsion between all nodes, springs along edges, pull to the centre) and draw SVG.
"use strict";
(function () {
  var C = window.Communique;
  var box = document.getElementById("graph");
  var status = document.getElementById("graph-status");
  if (!box) { return; }
  var WIDTH = 960, HEIGHT = 620;          // SVG viewBox
  var ITERATIONS = 320;                   // layout steps before drawing
  var SPRING_LENGTH = 130;                // preferred edge length (viewBox units)
  var REPULSION = 24000;                  // node-node push strength
  var GRAVITY = 0.02;                     // pull towards the centre per step (share of the distance)
  var CLICK_SLOP = 4;                     // pointer travel (px) still counted as a click
  var CURVE = 16;                         // sideways bend of parallel edges

  function radius(n) { return 6 + 4 * Math.sqrt(n.activity); }

  function layout(nodes, edges) {
    var index = {};
    nodes.forEach(function (n, i) {
      var a = 2 * Math.PI * i / Math.max(1, nodes.length);
      n.x = WIDTH / 2 + 200 * Math.cos(a); n.y = HEIGHT / 2 + 200 * Math.sin(a);
      index[n.key] = n;
    });
    var links = edges.filter(function (e) { return index[e.source] && index[e.target]; });
    for (var step = 0; step < ITERATIONS; step++) {
      var heat = 1 - step / ITERATIONS;
      nodes.forEach(function (n) { n.dx = 0; n.dy = 0; });
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = nodes[i], b = nodes[j];
          var dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
          var f = REPULSION / d2, d = Math.sqrt(d2);
          a.dx += f * dx / d; a.dy += f * dy / d; b.dx -= f * dx / d; b.dy -= f * dy / d;
        }
      }
      links.forEach(function (e) {
        var s = index[e.source], t = index[e.target];
        var dx = t.x - s.x, dy = t.y - s.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        var f = (d - SPRING_LENGTH) * 0.05;
        s.dx += f * dx / d; s.dy += f * dy / d; t.dx -= f * dx / d; t.dy -= f * dy / d;
      });
      nodes.forEach(function (n) {
        n.dx += (WIDTH / 2 - n.x) * GRAVITY; n.dy += (HEIGHT / 2 - n.y) * GRAVITY;
        var len = Math.sqrt(n.dx * n.dx + n.dy * n.dy) || 1, cap = 30 * heat + 1;
        n.x += n.dx / len * Math.min(len, cap); n.y += n.dy / len * Math.min(len, cap);
        var r = radius(n) + 4;
        n.x = Math.max(r, Math.min(WIDTH - r, n.x)); n.y = Math.max(r, Math.min(HEIGHT - r, n.y));
      });
    }
    return { index: index, links: links };
  }

  function edgePath(s, t, bend) {
    var mx = (s.x + t.x) / 2, my = (s.y + t.y) / 2;
    var dx = t.x - s.x, dy = t.y - s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    var cx = mx - dy / d * bend, cy = my + dx / d * bend;
    return "M" + s.x.toFixed(1) + "," + s.y.toFixed(1) + " Q" + cx.toFixed(1) + "," + cy.toFixed(1) +
      " " + t.x.toFixed(1) + "," + t.y.toFixed(1);
  }

  function draw(data, info) {
    box.textContent = "";
    box.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
    var defs = C.svg("defs", {}, box);
    info.classes.forEach(function (name, i) {
      var m = C.svg("marker", { id: "arrow-" + i, viewBox: "0 0 10 10", refX: "10", refY: "5",
        markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" }, defs);
      C.svg("path", { d: "M0,0 L10,5 L0,10 z", fill: info.colours[name] }, m);
    });
    var laid = layout(data.nodes, data.edges);
    var edgeLayer = C.svg("g", { "class": "edges" }, box);
    var nodeLayer = C.svg("g", { "class": "nodes" }, box);
    var seen = {};
    var drawn = [];
    var names = {};
    data.nodes.forEach(function (n) { names[n.key] = n.name; });
    laid.links.forEach(function (e) {
      var pair = e.source + "\u0000" + e.target;
      var k = seen[pair] = (seen[pair] || 0) + 1;
      var path = C.svg("path", { "class": "edge", fill: "none",
        stroke: info.colours[e.quad_class] || "#888",
        "stroke-width": (1 + Math.log2(1 + e.events)).toFixed(2),
        "marker-end": "url(#arrow-" + Math.max(0, info.classes.indexOf(e.quad_class)) + ")",
        "data-quad": e.quad_class || "" }, edgeLayer);
      var title = C.svg("title", {}, path);
      title.textContent = (names[e.source] || e.source) + " → " + (names[e.target] || e.target) + ": " + e.events + " " + (e.quad_class || "") + " event(s)";
      drawn.push({ el: path, e: e, bend: CURVE * k });
    });
    function redraw() {
      drawn.forEach(function (d) {
        d.el.setAttribute("d", edgePath(laid.index[d.e.source], laid.index[d.e.target], d.bend));
      });
    }
    redraw();
    data.nodes.forEach(function (n) {
      var g = C.svg("g", { "class": "node", "data-key": n.key, tabindex: "0", role: "link" }, nodeLayer);
      var circle = C.svg("circle", { r: radius(n).toFixed(1), "class": "kind-" + (n.kind || "unknown") }, g);
      var label = C.svg("text", { dy: (-radius(n) - 4).toFixed(1), "text-anchor": "middle" }, g);
      label.textContent = n.name;
      var title = C.svg("title", {}, circle);
      title.textContent = n.name + (n.country ? " (" + n.country + ")" : "") + ": " + n.activity + " event(s)";
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
        drag.moved += Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y);
        drag.x = ev.clientX; drag.y = ev.clientY;
        place(); redraw();
      });
      g.addEventListener("pointerup", function () {
        var click = drag && drag.moved <= CLICK_SLOP;
        drag = null;
        if (click) { location.href = "/actors/" + encodeURIComponent(n.key); }
      });
      g.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter") { location.href = "/actors/" + encodeURIComponent(n.key); }
      });
    });
    box.setAttribute("data-nodes", String(data.nodes.length));
    box.setAttribute("data-edges", String(laid.links.length));
  }

  function load(query) {
    status.textContent = "Loading…";
    box.setAttribute("data-state", "loading");
    Promise.all([C.getJSON("/api/graph" + (query ? "?" + query : "")), C.quadInfo()]).then(function (res) {
      var data = res[0], info = res[1];
      C.legend(document.getElementById("legend"), info);
      draw(data, info);
      status.textContent = data.nodes.length + " actors, " + data.edges.length + " links" +
        (data.nodes.length ? "" : ": no events match these filters");
      box.setAttribute("data-state", "ready");
    }).catch(function (err) {
      status.textContent = "Could not load the graph: " + err.message;
      box.setAttribute("data-state", "error");
    });
  }

  C.bindFilters(document.getElementById("filters"), load);
})();
