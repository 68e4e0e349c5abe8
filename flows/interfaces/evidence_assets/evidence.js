// The evidence pages: a fact's fields on hover or keyboard focus, and marks <-> table rows.
(function () {
  "use strict";
  var dataElement = document.getElementById("facts-data");
  var facts = dataElement ? JSON.parse(dataElement.textContent) : {};
  var tip = document.getElementById("tip");

  function markOf(element) {
    return element && element.closest ? element.closest("mark.fact") : null;
  }

  function row(dl, name, value) {
    if (value === null || value === undefined || value === "") return;
    var dt = document.createElement("dt");
    var dd = document.createElement("dd");
    dt.textContent = name;
    dd.textContent = String(value);
    dl.appendChild(dt);
    dl.appendChild(dd);
  }

  function show(mark) {
    var id = mark.getAttribute("data-fact");
    var fact = facts[id];
    if (!tip || !fact) return;
    tip.textContent = "";
    var kind = document.createElement("div");
    kind.className = "kind";
    kind.textContent = fact.kind + " (" + id + ") · " + fact.section;
    tip.appendChild(kind);
    var dl = document.createElement("dl");
    Object.keys(fact.fields).forEach(function (name) { row(dl, name, fact.fields[name]); });
    row(dl, "method", fact.method);
    row(dl, "confidence", fact.confidence);
    row(dl, "held back", fact.note);
    tip.appendChild(dl);
    var box = mark.getBoundingClientRect();
    tip.style.left = Math.max(4, box.left + window.scrollX) + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
    tip.hidden = false;
    document.querySelectorAll(".active").forEach(function (e) { e.classList.remove("active"); });
    var tableRow = document.getElementById("row-" + id);
    if (tableRow) tableRow.classList.add("active");
  }

  function hide() { if (tip) tip.hidden = true; }

  document.addEventListener("mouseover", function (event) {
    var mark = markOf(event.target);
    if (mark) show(mark); else hide();
  });
  document.addEventListener("focusin", function (event) {
    var mark = markOf(event.target);
    if (mark) show(mark); else hide();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
  document.addEventListener("click", function (event) {
    var mark = markOf(event.target);
    if (!mark) return;
    var tableRow = document.getElementById("row-" + mark.getAttribute("data-fact"));
    if (tableRow) tableRow.scrollIntoView({ block: "nearest" });
  });
})();
