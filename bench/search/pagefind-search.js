// Drives Pagefind's own JavaScript API as its UI would: load on focus, preload while typing,
// search after a 150 ms pause, then draw the first 20 results. HealthLibrary's page used to wait
// the same 150 ms after every keystroke; it now searches a keystroke after a pause at once.
(function () {
  "use strict";
  var input = document.getElementById("search-query");
  var list = document.getElementById("search-results");
  var loaded = null;
  var timer = null;
  var last = null;
  function load() {
    if (!loaded) {
      loaded = import("./pagefind/pagefind.js").then(function (pagefind) { return pagefind.init().then(function () { return pagefind; }); });
    }
    return loaded;
  }
  function run() {
    var query = input.value.trim();
    last = query;
    load().then(function (pagefind) {
      return pagefind.search(query).then(function (search) {
        if (query !== last) { return; }
        return Promise.all(search.results.slice(0, 20).map(function (result) { return result.data(); })).then(function (data) {
          if (query !== last) { return; }
          list.replaceChildren.apply(list, data.map(function (result) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = result.url;
            link.textContent = result.meta.title;
            item.appendChild(link);
            return item;
          }));
        });
      });
    });
  }
  input.addEventListener("focus", load, { once: true });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    if (loaded) { loaded.then(function (pagefind) { pagefind.preload(input.value.trim()); }); }
    timer = setTimeout(run, 150);
  });
})();
