// framelens: click a column header of a table.sortable to sort the rows by it (again to reverse).
// Numeric columns sort by the exact value in data-sort; empty cells always sort last.
// The headers become buttons only here, so without scripts (an untrusted notebook, a mail reader)
// they stay plain text and nothing pretends to be clickable. Running it again binds only new tables.
(function () {
  function key(row, i, numeric) {
    var cell = row.cells[i];
    var v = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
    if (!numeric) { return v; }
    return v === "" ? NaN : parseFloat(v);
  }
  function sortBy(table, th, i) {
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var heads = table.tHead.rows[0].cells;
    for (var h = 0; h < heads.length; h++) { heads[h].removeAttribute("aria-sort"); }
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var numeric = th.classList.contains("num");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, i, numeric), y = key(b, i, numeric);
      if (numeric) {
        if (isNaN(x) || isNaN(y)) { return isNaN(x) ? (isNaN(y) ? 0 : 1) : -1; }
        return ascending ? x - y : y - x;
      }
      var d = x.localeCompare(y);
      return ascending ? d : -d;
    });
    for (var r = 0; r < rows.length; r++) { body.appendChild(rows[r]); }
  }
  var tables = document.querySelectorAll("table.sortable:not([data-sort-bound])");
  for (var t = 0; t < tables.length; t++) {
    (function (table) {
      table.setAttribute("data-sort-bound", "");
      var heads = table.tHead.rows[0].cells;
      for (var i = 0; i < heads.length; i++) {
        (function (th, i) {
          var button = document.createElement("button");
          button.type = "button";
          button.title = "sort by this column";
          while (th.firstChild) { button.appendChild(th.firstChild); }
          th.appendChild(button);
          button.addEventListener("click", function () { sortBy(table, th, i); });
        })(heads[i], i);
      }
    })(tables[t]);
  }
})();
