// Timeline: event counts by month, one line per quad class, drawn as SVG from /api/timeline.
"use strict";
(function () {
  var C = window.Communique;
  var chart = document.getElementById("timeline-chart");
  var status = document.getElementById("timeline-status");
  if (!chart) { return; }
  var W = 900, H = 300, PAD = { l: 40, r: 40, t: 12, b: 40 };

  // A true time axis (issue 19): every month between the first and the last has its place,
  // so 2015-03, 2018-01 and 2023-11 sit at distances proportional to the time between them.
  function monthIndex(m) { return parseInt(m.slice(0, 4), 10) * 12 + parseInt(m.slice(5, 7), 10) - 1; }
  function monthName(i) { var mm = (i % 12) + 1; return Math.floor(i / 12) + "-" + (mm < 10 ? "0" : "") + mm; }

  function fill(data) {
    if (!data.months.length) { return { months: [], index: [], series: data.series }; }
    var first = monthIndex(data.months[0]), last = monthIndex(data.months[data.months.length - 1]);
    var index = [], months = [];
    for (var i = first; i <= last; i++) { index.push(i); months.push(monthName(i)); }
    var at = {};
    data.months.forEach(function (m, k) { at[monthIndex(m)] = k; });
    var series = data.series.map(function (s) {
      return { label: s.label, counts: index.map(function (i) { return at[i] === undefined ? 0 : s.counts[at[i]]; }) };
    });
    return { months: months, index: index, series: series };
  }

  function draw(raw, info) {
    chart.textContent = "";
    var svg = C.svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "events by month" }, chart);
    var data = fill(raw);
    var months = data.months;
    var max = 1;
    data.series.forEach(function (s) { s.counts.forEach(function (c) { max = Math.max(max, c); }); });
    var span = Math.max(1, months.length - 1);
    var x = function (i) { return PAD.l + (months.length < 2 ? (W - PAD.l - PAD.r) / 2 : i * (W - PAD.l - PAD.r) / span); };
    var y = function (v) { return H - PAD.b - v * (H - PAD.t - PAD.b) / max; };
    C.svg("line", { x1: PAD.l, y1: H - PAD.b, x2: W - PAD.r, y2: H - PAD.b, "class": "axis" }, svg);
    C.svg("line", { x1: PAD.l, y1: PAD.t, x2: PAD.l, y2: H - PAD.b, "class": "axis" }, svg);
    [0, Math.round(max / 2), max].forEach(function (v, k) {
      if (k === 1 && (v === 0 || v === max)) { return; }
      var t = C.svg("text", { x: PAD.l - 6, y: y(v) + 4, "text-anchor": "end", "class": "tick" }, svg);
      t.textContent = String(v);
    });
    // Ticks: every month for short ranges, else January of every n-th year.
    var yearly = months.length > 24;
    var yearStep = Math.max(1, Math.ceil(months.length / 12 / 10));
    var monthStep = Math.max(1, Math.ceil(months.length / 12));
    months.forEach(function (m, i) {
      var show = yearly ? (m.slice(5) === "01" && parseInt(m.slice(0, 4), 10) % yearStep === 0) : (i % monthStep === 0);
      if (!show) { return; }
      var t = C.svg("text", { x: x(i), y: H - PAD.b + 16, "text-anchor": "middle", "class": "tick" }, svg);
      t.textContent = yearly ? m.slice(0, 4) : m;
    });
    data.series.forEach(function (s) {
      if (!s.counts.some(function (c) { return c > 0; })) { return; }
      var colour = info.colours[s.label] || "#888";
      var pts = s.counts.map(function (c, i) { return x(i).toFixed(1) + "," + y(c).toFixed(1); });
      C.svg("polyline", { points: pts.join(" "), fill: "none", stroke: colour, "stroke-width": "2", "class": "series" }, svg);
      s.counts.forEach(function (c, i) {
        if (!c) { return; }
        var dot = C.svg("circle", { cx: x(i).toFixed(1), cy: y(c).toFixed(1), r: "3.5", fill: colour, "class": "point",
          "data-month": months[i] }, svg);
        var title = C.svg("title", {}, dot);
        title.textContent = months[i] + ": " + c + " " + s.label;
      });
    });
  }

  // The events the chart cannot place, with a link to the list of them.
  function undatedNote(data, query) {
    var box = document.getElementById("timeline-undated");
    if (!box) { return; }
    box.textContent = "";
    var n = data.undated || 0;
    if (!n) { box.textContent = "Every matching event has a date."; return; }
    var params = new URLSearchParams(query || "");
    params.delete("since"); params.delete("until"); params.set("undated", "true");
    var link = document.createElement("a");
    link.id = "undated-link";
    link.href = "/events?" + params.toString();
    link.textContent = n + " event" + (n === 1 ? "" : "s") + " without a date";
    box.appendChild(link);
    box.appendChild(document.createTextNode(" (neither an event date nor a publication date) are not on the chart."));
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
      var spanMonths = data.months.length ? monthIndex(data.months[data.months.length - 1]) - monthIndex(data.months[0]) + 1 : 0;
      status.textContent = total + " dated events over " + spanMonths + " month(s)" +
        (data.on_document_date ? "; " + data.on_document_date + " of them placed on their document's date (no date of their own)" : "") +
        (data.year_only ? "; " + data.year_only + " known only to the year, shown in its January" : "");
      undatedNote(data, query);
      chart.setAttribute("data-state", "ready");
    }).catch(function (err) {
      status.textContent = "Could not load the timeline: " + err.message;
      chart.setAttribute("data-state", "error");
    });
  }

  C.bindFilters(document.getElementById("filters"), load);
})();
