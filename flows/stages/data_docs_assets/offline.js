// Stands in for the jQuery and bootstrap-table that Great Expectations' Data Docs load from CDNs:
// enough of `$` for the calls the pages make, rendering each table as a plain HTML table, so the
// pages are complete offline (index included).
(function () {
  "use strict";
  function render(table, options) {
    var columns = options.columns || [];
    var head = document.createElement("thead");
    var titles = document.createElement("tr");
    columns.forEach(function (column) {
      var th = document.createElement("th");
      th.innerHTML = column.title || column.field || "";
      titles.appendChild(th);
    });
    head.appendChild(titles);
    table.appendChild(head);
    var body = document.createElement("tbody");
    (options.data || []).forEach(function (row) {
      var tr = document.createElement("tr");
      if (row._table_row_link_path) {
        tr.className = "clickable-row";
        tr.addEventListener("click", function () { window.location = row._table_row_link_path; });
      }
      columns.forEach(function (column) {
        var td = document.createElement("td");
        var value = row[column.field];
        td.innerHTML = value === null || value === undefined ? "" : String(value);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    table.classList.add("table", "table-sm");
  }
  function select(target) {
    if (typeof target === "function") { document.addEventListener("DOMContentLoaded", target); }
    var nodes = typeof target === "string"
      ? Array.prototype.slice.call(document.querySelectorAll(target))
      : [target];
    var chain = {
      bootstrapTable: function (options) {
        nodes.forEach(function (node) { if (typeof options === "object") render(node, options); });
        return chain;
      },
      prepend: function (html) {
        nodes.forEach(function (node) { node.insertAdjacentHTML("afterbegin", html); });
        return chain;
      },
      ready: function (callback) { document.addEventListener("DOMContentLoaded", callback); return chain; },
      on: function () { return chain; },
      tooltip: function () { return chain; },
      popover: function () { return chain; },
      collapse: function () { return chain; },
      datepicker: function () { return chain; }
    };
    return chain;
  }
  window.$ = window.jQuery = select;
  window.vegaEmbed = function () { return Promise.resolve(); };
})();
