// Document view: panel items jump to their evidence; layer toggles. No inline script (CSP).
"use strict";
(function () {
  var text = document.getElementById("doc-text");
  if (!text) { return; }

  // Tabs: one panel shown at a time in the side column (no nested scroll box). Without
  // script every panel is shown and the tab links are plain anchors.
  var aside = document.getElementById("panels");
  var tabs = document.querySelectorAll("#doc-tabs a[data-panel]");
  function showPanel(id) {
    var panel = document.getElementById(id);
    if (!aside || !panel || !panel.classList.contains("panel")) { return false; }
    var all = aside.querySelectorAll(".panel");
    for (var i = 0; i < all.length; i++) { all[i].classList.toggle("active", all[i] === panel); }
    for (var j = 0; j < tabs.length; j++) {
      var on = tabs[j].getAttribute("data-panel") === id;
      tabs[j].classList.toggle("active", on);
      if (on) { tabs[j].setAttribute("aria-current", "true"); } else { tabs[j].removeAttribute("aria-current"); }
    }
    aside.setAttribute("data-panel", id);
    return true;
  }
  function panelOf(ref) {
    var link = aside && aside.querySelector('.panel:not(#panel-summary) .evidence-link[data-ref="' + CSS.escape(ref) + '"]');
    return link ? link.closest(".panel").id : null;
  }
  if (aside && tabs.length) {
    aside.classList.add("tabbed");
    showPanel("panel-events");
    for (var ti = 0; ti < tabs.length; ti++) {
      tabs[ti].addEventListener("click", function (ev) {
        ev.preventDefault();
        var id = ev.currentTarget.getAttribute("data-panel");
        showPanel(id);
        var shown = document.getElementById(id);
        if (shown && shown.getBoundingClientRect().top < 0) { shown.scrollIntoView({ block: "start" }); }
        if (history.replaceState) { history.replaceState(null, "", "#" + id); }
      });
    }
  }

  function evidence(ref) {
    return text.querySelectorAll('[data-refs~="' + CSS.escape(ref) + '"]');
  }

  function focusRef(ref, scroll) {
    var old = text.querySelectorAll(".focus");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("focus"); }
    var hits = evidence(ref);
    for (var j = 0; j < hits.length; j++) { hits[j].classList.add("focus"); }
    var links = document.querySelectorAll(".evidence-link.active");
    for (var k = 0; k < links.length; k++) { links[k].classList.remove("active"); }
    var own = document.querySelectorAll('.evidence-link[data-ref="' + CSS.escape(ref) + '"]');
    for (var m = 0; m < own.length; m++) { own[m].classList.add("active"); }
    if (hits.length && scroll) {
      hits[0].scrollIntoView({ block: "center", behavior: "auto" });
    }
    text.setAttribute("data-focus", ref);
    return hits.length;
  }

  document.addEventListener("click", function (ev) {
    var link = ev.target.closest(".evidence-link");
    if (!link) { return; }
    ev.preventDefault();
    var ref = link.getAttribute("data-ref");
    focusRef(ref, true);
    if (history.replaceState) { history.replaceState(null, "", "#ref-" + ref); }
  });

  // Clicking highlighted text selects the item in the side panel.
  text.addEventListener("click", function (ev) {
    var seg = ev.target.closest("[data-refs]");
    if (!seg) { return; }
    var refs = seg.getAttribute("data-refs").split(" ");
    var ref = refs[refs.length - 1];
    focusRef(ref, false);
    var owner = panelOf(ref);
    if (owner) { showPanel(owner); }
  });

  var toggles = document.querySelectorAll("#layer-toggles input[data-layer]");
  for (var t = 0; t < toggles.length; t++) {
    toggles[t].addEventListener("change", function (ev) {
      text.classList.toggle("hide-" + ev.target.getAttribute("data-layer"), !ev.target.checked);
    });
  }

  if (location.hash.indexOf("#ref-") === 0) {
    var start = decodeURIComponent(location.hash.slice(5));
    var home = panelOf(start);
    if (home) { showPanel(home); }
    focusRef(start, true);
  } else if (location.hash.indexOf("#panel-") === 0) {
    showPanel(decodeURIComponent(location.hash.slice(1)));
  }
})();
