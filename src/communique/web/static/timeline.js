// Timeline: event counts by month, one line per quad class, drawn as SVG from /api/timeline.
"use strict";
(function () {
  var C = window.Communique;
  var chart = document.getElementById("timeline-chart");
  var status = document.getElementById("timeline-status");
  if (!chart) { return; }
  var W = 900, H = 300, PAD = { l: 40, r: 40, t: 12, b: 40 };

  function draw(data, info) {
    chart.textContent = "";
    var svg = C.svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "events by month" }, chart);
    var months = data.months;
    var max = 1;
    data.series.forEach(function (s) { s.counts.forEach(function (c) { max = Math.max(max, c); }); });
    var x = function (i) { return PAD.l + (months.length < 2 ? (W - PAD.l - PAD.r) / 2 : i * (W - PAD.l - PAD.r) / (months.length - 1)); };
    var y = function (v) { return H - PAD.b - v * (H - PAD.t - PAD.b) / max; };
    C.svg("line", { x1: PAD.l, y1: H - PAD.b, x2: W - PAD.r, y2: H - PAD.b, "class": "axis" }, svg);
    C.svg("line", { x1: PAD.l, y1: PAD.t, x2: PAD.l, y2: H - PAD.b, "class": "axis" }, svg);
    var top = C.svg("text", { x: PAD.l - 6, y: PAD.t + 4, "text-anchor": "end", "class": "tick" }, svg);
    top.textContent = String(max);
    var step = Math.max(1, Math.ceil(months.length / 12));
    months.forEach(function (m, i) {
      if (i % step) { return; }
      var t = C.svg("text", { x: x(i), y: H - PAD.b + 16, "text-anchor": "middle", "class": "tick" }, svg);
      t.textContent = m;
    });
    data.series.forEach(function (s) {
      if (!s.counts.some(function (c) { return c > 0; })) { return; }
      var colour = info.colours[s.label] || "#888";
      var pts = s.counts.map(function (c, i) { return x(i).toFixed(1) + "," + y(c).toFixed(1); });
      C.svg("polyline", { points: pts.join(" "), fill: "none", stroke: colour, "stroke-width": "2", "class": "series" }, svg);
      s.counts.forEach(function (c, i) {
        var dot = C.svg("circle", { cx: x(i).toFixed(1), cy: y(c).toFixed(1), r: "3.5", fill: colour, "class": "point" }, svg);
        var title = C.svg("title", {}, dot);
        title.textContent = months[i] + ": " + c + " " + s.label;
      });
    });
  }

  function load(query) {
    var base = chart.getAttribute("data-api");
    var url = base + (query ? (base.indexOf("?") < 0 ? "?" : "&") + query : "");
    status.textContent = "Loading…";
    Promise.all([C.getJSON(url), C.quadInfo()]).then(function (res) {
      var data = res[0], info = res[1];
      C.legend(document.getElementById("legend"), info);
      draw(data, info);
      var total = 0;
      data.series.forEach(function (s) { s.counts.forEach(function (c) { total += c; }); });
      status.textContent = total + " dated events over " + data.months.length + " month(s)";
      chart.setAttribute("data-state", "ready");
    }).catch(function (err) {
      status.textContent = "Could not load the timeline: " + err.message;
      chart.setAttribute("data-state", "error");
    });
  }

  C.bindFilters(document.getElementById("filters"), load);
})();
