(function () {
  "use strict";
  // The venue board's filter: shows only the venues whose name or address (town, postcode)
  // holds what was typed. Without script the filter stays hidden and every venue shows.
  var box = document.querySelector("[data-filter]");
  var list = document.querySelector("[data-venues]");
  if (!box || !list) {
    return;
  }
  var input = box.querySelector("input");
  var none = document.querySelector("[data-filter-none]");
  // Case, accents and runs of spaces do not count: "ysbyty" finds "Ysbyty", "cafe" "Café".
  function fold(text) {
    return text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/\s+/g, " ")
      .trim();
  }
  var venues = [];
  var items = list.children;
  for (var i = 0; i < items.length; i++) {
    venues.push([items[i], fold(items[i].getAttribute("data-search") || "")]);
  }
  function apply() {
    var wanted = fold(input.value);
    var shown = 0;
    for (var j = 0; j < venues.length; j++) {
      var match = wanted === "" || venues[j][1].indexOf(wanted) >= 0;
      venues[j][0].hidden = !match;
      if (match) {
        shown += 1;
      }
    }
    if (none) {
      none.hidden = shown !== 0;
    }
  }
  input.addEventListener("input", apply);
  box.hidden = false;
  apply();
})();
