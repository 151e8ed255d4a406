// Search and sort for the ledger browser. Rows are never rebuilt from strings:
// they are only shown, hidden or reordered, so no cell can turn into markup.
(function () {
  "use strict";
  function cellValue(row, index, numeric) {
    var text = row.cells[index].textContent;
    if (!numeric) return text.toLowerCase();
    var n = parseFloat(text);
    return isNaN(n) ? -Infinity : n;
  }
  function setUp(section) {
    var table = section.querySelector("table");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var input = section.querySelector(".ledger-search");
    var count = section.querySelector(".ledger-count");
    var haystack = rows.map(function (r) { return r.textContent.toLowerCase(); });
    function filter() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row, i) {
        var hit = words.every(function (w) { return haystack[i].indexOf(w) !== -1; });
        row.hidden = !hit;
        if (hit) shown += 1;
      });
      count.textContent = shown + " of " + rows.length + " rows";
    }
    input.addEventListener("input", filter);
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, index) {
      th.querySelector("button").addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        var numeric = rows.every(function (r) {
          var t = r.cells[index].textContent; return t === "" || !isNaN(parseFloat(t));
        });
        headers.forEach(function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var order = rows.slice().sort(function (a, b) {
          var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
          return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
        });
        order.forEach(function (r) { body.appendChild(r); });
      });
    });
    return { input: input, filter: filter, rows: rows };
  }
  function showTarget(browsers) {
    // A link from a figure must land on its row even if a search had hidden it.
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    browsers.forEach(function (b) {
      if (b.rows.indexOf(target) !== -1 && target.hidden) { b.input.value = ""; b.filter(); }
    });
    target.scrollIntoView();
  }
  document.addEventListener("DOMContentLoaded", function () {
    var browsers = Array.prototype.map.call(document.querySelectorAll(".ledger-browser"), setUp);
    if (!browsers.length) return;
    window.addEventListener("hashchange", function () { showTarget(browsers); });
    showTarget(browsers);
  });
})();
