// Document view: panel items jump to their evidence; layer toggles. No inline script (CSP).
"use strict";
(function () {
  var text = document.getElementById("doc-text");
  if (!text) { return; }

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
    var item = document.querySelector('.evidence-link[data-ref="' + CSS.escape(ref) + '"]');
    if (item) { item.scrollIntoView({ block: "nearest" }); }
  });

  var toggles = document.querySelectorAll("#layer-toggles input[data-layer]");
  for (var t = 0; t < toggles.length; t++) {
    toggles[t].addEventListener("change", function (ev) {
      text.classList.toggle("hide-" + ev.target.getAttribute("data-layer"), !ev.target.checked);
    });
  }

  if (location.hash.indexOf("#ref-") === 0) {
    focusRef(decodeURIComponent(location.hash.slice(5)), true);
  }
})();
