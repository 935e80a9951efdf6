/*
 * HealthLibrary codes page: /codes/?system=icd10cm&code=F33.2 sends the reader to the topic for that code,
 * as MedlinePlus Connect does for health records. A code with no topic falls back to its nearest parent
 * (F33.2, then F33, then F3) in the hierarchical systems; a code with none says so, beside the search box.
 * The query is a stranger's text: it is only ever put into the page with textContent, and the reader is
 * only ever sent to a path from the site's own index.
 */
(function () {
  "use strict";

  /** Shortest parent tried, per system whose codes nest by their leading characters. */
  var PARENT_MIN = { icd10cm: 2, icd10: 2, atc: 1 };
  var UPPER = { icd10cm: true, icd10: true, atc: true, mesh: true };
  var ALIASES = { "icd10cm": "icd10cm", "icd10": "icd10", "snomed": "snomed", "snomedct": "snomed", "sct": "snomed", "loinc": "loinc", "rxnorm": "rxnorm", "mesh": "mesh", "atc": "atc" };

  function own(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  function systemOf(text) {
    var key = String(text || "").toLowerCase().replace(/[\s_\-]/g, "");
    return own(ALIASES, key) ? ALIASES[key] : null;
  }

  /** The code as the index writes it: trimmed, in capitals where the system uses them, ICD-10 with its dot. */
  function normalise(system, code) {
    var value = String(code || "").trim();
    if (own(UPPER, system)) { value = value.toUpperCase(); }
    if ((system === "icd10cm" || system === "icd10") && value.indexOf(".") < 0 && value.length > 3) {
      value = value.slice(0, 3) + "." + value.slice(3);
    }
    return value;
  }

  /** The code, then each parent from nearest to furthest. */
  function candidates(system, code) {
    var list = [code];
    if (!own(PARENT_MIN, system)) { return list; }
    var current = code;
    while (current.length > PARENT_MIN[system]) {
      current = current.slice(0, -1);
      if (current.charAt(current.length - 1) === ".") { current = current.slice(0, -1); }
      list.push(current);
    }
    return list;
  }

  function find(index, system, code) {
    if (!own(index, system)) { return null; }
    var codes = index[system];
    var tried = candidates(system, code);
    for (var i = 0; i < tried.length; i++) {
      if (own(codes, tried[i]) && codes[tried[i]].length > 0) { return codes[tried[i]][0]; }
    }
    return null;
  }

  /** Only a path on this site: a hostile index entry could not send the reader elsewhere either. */
  function isSitePath(path) { return typeof path === "string" && /^\/(?!\/)/.test(path) && path.indexOf("\\") < 0; }

  function start() {
    var page = document.getElementById("codes-page");
    var status = document.getElementById("codes-status");
    var params = new URLSearchParams(window.location.search);
    if (!page || !status || (!params.has("code") && !params.has("system"))) { return; }

    var asked = String(params.get("system") || "") + " " + String(params.get("code") || "");
    function none() {
      status.textContent = "No topic for this code.";
      document.getElementById("codes-asked").textContent = asked.trim();
      document.getElementById("codes-none").hidden = false;
      page.setAttribute("data-result", "none");
    }

    var system = systemOf(params.get("system"));
    var code = system ? normalise(system, params.get("code")) : "";
    if (!system || code.length === 0 || code.length > 64) { none(); return; }

    status.textContent = "Finding the topic for " + asked.trim() + "…";
    fetch(page.getAttribute("data-index-url"), { credentials: "same-origin" })
      .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.json(); })
      .then(function (index) {
        var topic = find(index, system, code);
        if (topic && isSitePath(topic.path)) {
          page.setAttribute("data-result", "found");
          status.textContent = "Taking you to " + topic.title + "…";
          window.location.replace(topic.path);
        } else {
          none();
        }
      })
      .catch(function () {
        status.textContent = "The list of codes could not be loaded. Please search instead.";
        page.setAttribute("data-result", "error");
      });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
