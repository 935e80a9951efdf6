// Live reload for `healthlib serve`; never part of a built site.
// An external file, so pages keep working under a Content-Security-Policy without 'unsafe-inline'.
// Writers' text reaches the page only through textContent, never as HTML.
(function () {
  "use strict";
  var script = document.currentScript;
  var shown = Number((script && new URL(script.src).searchParams.get("v")) || 0);
  var overlay = null;

  function clearOverlay() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function element(tag, text, style) {
    var node = document.createElement(tag);
    if (text !== undefined) {
      node.textContent = text;
    }
    // Styles go through the CSSOM, which a strict style-src still allows.
    Object.assign(node.style, style || {});
    return node;
  }

  function showErrors(diagnostics) {
    clearOverlay();
    overlay = element("div", undefined, {
      position: "fixed", inset: "0", zIndex: "2147483647", overflow: "auto",
      background: "rgba(20, 20, 20, 0.94)", color: "#fff", padding: "2rem",
      font: "15px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace"
    });
    overlay.id = "healthlib-errors";
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-labelledby", "healthlib-errors-title");
    var title = element("h2", "The library has errors; this page shows the last good build", { margin: "0 0 1rem", font: "inherit", fontSize: "1.2em", color: "#ff8a80" });
    title.id = "healthlib-errors-title";
    overlay.appendChild(title);
    var list = element("ul", undefined, { listStyle: "none", margin: "0", padding: "0" });
    diagnostics.forEach(function (d) {
      var item = element("li", undefined, { margin: "0 0 1rem" });
      var place = d.file + (d.line > 0 ? ":" + d.line + (d.column > 0 ? ":" + d.column : "") : "");
      item.appendChild(element("div", place, { color: "#80d8ff" }));
      item.appendChild(element("div", d.severity + " " + d.code + ": " + d.message));
      if (d.hint) {
        item.appendChild(element("div", "hint: " + d.hint, { color: "#bbb" }));
      }
      list.appendChild(item);
    });
    overlay.appendChild(list);
    overlay.appendChild(element("p", "Fix the file and save; the page reloads by itself.", { color: "#bbb" }));
    document.body.appendChild(overlay);
  }

  var events = new EventSource("/__healthlib/events");
  events.addEventListener("hello", function (e) {
    // A build finished between this page being served and this connection: show it.
    if (JSON.parse(e.data).version > shown) {
      location.reload();
    }
  });
  events.addEventListener("reload", function () {
    location.reload();
  });
  events.addEventListener("errors", function (e) {
    showErrors(JSON.parse(e.data).diagnostics);
  });
})();
