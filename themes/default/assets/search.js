/*
 * HealthLibrary search. The build writes a Lunr 2.3.9 index (/search/index.json) and a result
 * store (/search/store.json); this page loads both once and answers every query in the browser.
 * Writers' text is only ever put into the page with textContent, never as HTML.
 */
(function (root) {
  "use strict";

  /** Terms as the index holds them: lowercased, split like lunr, trimmed, stop words dropped. */
  function queryTerms(lunr, text) {
    return lunr.tokenizer(text)
      .map(function (token) { return lunr.trimmer(token); })
      .filter(function (token) { return token && token.toString().length > 0 && lunr.stopWordFilter(token); })
      .map(function (token) { return token.toString(); });
  }

  var LETTERS = "abcdefghijklmnopqrstuvwxyz";

  /**
   * Index terms one typo away from a word: every deletion, swap of neighbours, substitution and
   * insertion of a letter, stemmed as the index was, kept when the index has it. Typos are undone
   * before stemming because a typo can change where the stemmer cuts ("neuroplasticty").
   */
  function typoTerms(lunr, hasTerm, word) {
    var exact = lunr.stemmer(new lunr.Token(word)).toString();
    var found = {};
    var results = [];
    function consider(candidate) {
      var stem = lunr.stemmer(new lunr.Token(candidate)).toString();
      if (stem !== exact && !found[stem] && hasTerm(stem)) {
        found[stem] = true;
        results.push(stem);
      }
    }
    for (var i = 0; i <= word.length; i++) {
      if (i < word.length) {
        consider(word.slice(0, i) + word.slice(i + 1));
        if (i + 1 < word.length) { consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)); }
      }
      for (var l = 0; l < LETTERS.length; l++) {
        if (i < word.length && LETTERS[l] !== word[i]) { consider(word.slice(0, i) + LETTERS[l] + word.slice(i + 1)); }
        consider(word.slice(0, i) + LETTERS[l] + word.slice(i));
      }
    }
    return results;
  }

  /**
   * Runs a reader's query. Plain words match exactly (stemmed) first; then as prefixes, so results
   * come while typing; then, for words of five letters or more, with one typo. The looser forms
   * carry lower boosts, so they rank below exact matches. Text with lunr's own syntax (+, -,
   * field:, *, ~, ^) goes to lunr as it is.
   */
  function search(lunr, index, text, store) {
    var query = (text || "").trim();
    if (!query) { return []; }
    if (/[+\-:*~^]/.test(query)) {
      try { return index.search(query); } catch (error) {
        if (!(error instanceof lunr.QueryParseError)) { throw error; }
      }
    }
    return titleMatchesFirst(rank(lunr, index, queryTerms(lunr, query)), query, store);
  }

  function normalise(text) { return text.toLowerCase().replace(/\s+/g, " ").trim(); }

  /**
   * A reader who types a topic's exact title expects that topic first, even when its title is made
   * of words lunr leaves out of the index ("If As") or shared by many topics.
   */
  function titleMatchesFirst(results, query, store) {
    if (!store) { return results; }
    var wanted = normalise(query);
    var exact = Object.keys(store).filter(function (ref) { return normalise(store[ref].title) === wanted; });
    if (exact.length === 0) { return results; }
    var byRef = {};
    results.forEach(function (result) { byRef[result.ref] = result; });
    var first = exact.map(function (ref) { return byRef[ref] || { ref: ref, score: 0, matchData: { metadata: {} } }; });
    return first.concat(results.filter(function (result) { return exact.indexOf(result.ref) < 0; }));
  }

  function rank(lunr, index, terms) {
    if (terms.length === 0) { return []; }
    var hasTerm = function (term) { return Object.prototype.hasOwnProperty.call(index.invertedIndex, term); };
    return index.query(function (q) {
      terms.forEach(function (term) {
        q.term(term, { boost: 10 });
        if (term.length >= 2) {
          q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 2 });
        }
        if (term.length >= 5 && /^[a-z]+$/.test(term)) {
          typoTerms(lunr, hasTerm, term).forEach(function (stem) {
            q.term(stem, { usePipeline: false, boost: 1 });
          });
        }
      });
    });
  }

  /** The index terms a result matched, to highlight the words of its title and summary. */
  function matchedTerms(result) {
    return Object.keys((result.matchData && result.matchData.metadata) || {});
  }

  /** Splits text into words and the gaps between them, marking words whose stem the result matched. */
  function highlightParts(lunr, text, terms) {
    var wanted = {};
    terms.forEach(function (term) { wanted[term] = true; });
    var parts = [];
    var pattern = /[^\s\-]+/g;
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      if (match.index > last) { parts.push({ text: text.slice(last, match.index), mark: false }); }
      var token = lunr.trimmer(new lunr.Token(match[0].toLowerCase()));
      var stem = lunr.stemmer(token).toString();
      parts.push({ text: match[0], mark: token.toString().length > 0 && (wanted[stem] === true || wanted[token.toString()] === true) });
      last = match.index + match[0].length;
    }
    if (last < text.length) { parts.push({ text: text.slice(last), mark: false }); }
    return parts;
  }

  var api = { queryTerms: queryTerms, typoTerms: typoTerms, search: search, matchedTerms: matchedTerms, highlightParts: highlightParts };
  if (typeof module !== "undefined" && module.exports) { module.exports = api; }
  root.HealthLibrarySearch = api;

  if (typeof document === "undefined") { return; }

  function start() {
    var page = document.getElementById("search-page");
    if (!page || !root.lunr) { return; }
    var lunr = root.lunr;
    var input = document.getElementById("search-query");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var form = page.querySelector("form");
    var icon = document.getElementById("search-risk-icon");
    var loaded = null;
    var timer = null;
    var lastQuery = null;

    function load() {
      if (!loaded) {
        status.textContent = "Loading the search index…";
        loaded = Promise.all([
          fetch(page.dataset.indexUrl).then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); }),
          fetch(page.dataset.storeUrl).then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
        ]).then(function (files) {
          return { index: lunr.Index.load(files[0]), store: files[1] };
        });
        loaded.catch(function () {
          loaded = null;
          status.textContent = "The search index could not be loaded. Check your connection and try again.";
        });
      }
      return loaded;
    }

    function appendMarked(element, text, terms) {
      highlightParts(lunr, text, terms).forEach(function (part) {
        if (part.mark) {
          var mark = document.createElement("mark");
          mark.textContent = part.text;
          element.appendChild(mark);
        } else {
          element.appendChild(document.createTextNode(part.text));
        }
      });
    }

    function renderResult(entry, terms) {
      var item = document.createElement("li");
      item.className = "search-result";
      var heading = document.createElement("h2");
      heading.className = "search-result__title";
      var link = document.createElement("a");
      link.href = entry.url;
      appendMarked(link, entry.title, terms);
      heading.appendChild(link);
      item.appendChild(heading);
      if (entry.risk_label || entry.category) {
        var meta = document.createElement("p");
        meta.className = "search-result__meta";
        if (entry.risk_label) {
          var risk = document.createElement("span");
          risk.className = "risk-label";
          risk.setAttribute("data-risk-level", entry.risk || "");
          if (icon && icon.content) { risk.appendChild(icon.content.cloneNode(true)); }
          risk.appendChild(document.createTextNode(entry.risk_label));
          meta.appendChild(risk);
        }
        if (entry.category) {
          var category = document.createElement("span");
          category.className = "search-result__category";
          category.textContent = entry.category;
          meta.appendChild(category);
        }
        item.appendChild(meta);
      }
      if (entry.summary) {
        var summary = document.createElement("p");
        summary.className = "search-result__summary";
        appendMarked(summary, entry.summary, terms);
        item.appendChild(summary);
      }
      return item;
    }

    function showNoResults(query) {
      status.textContent = "";
      status.appendChild(document.createTextNode("No topics match “" + query + "”. Check the spelling, try another name for it, or browse the "));
      var atoz = document.createElement("a");
      atoz.href = page.dataset.atozUrl;
      atoz.textContent = "A to Z of all topics";
      status.appendChild(atoz);
      status.appendChild(document.createTextNode("."));
    }

    function keepUrlInStep(query) {
      var url = new URL(window.location.href);
      if (query) { url.searchParams.set("q", query); } else { url.searchParams.delete("q"); }
      window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    }

    function run(query) {
      query = query.trim();
      if (query === lastQuery) { return; }
      lastQuery = query;
      keepUrlInStep(query);
      if (!query) {
        list.replaceChildren();
        status.textContent = "";
        return;
      }
      load().then(function (search) {
        if (query !== lastQuery) { return; }
        var results = api.search(lunr, search.index, query, search.store);
        list.replaceChildren();
        results.forEach(function (result) {
          var entry = search.store[result.ref];
          if (entry) { list.appendChild(renderResult(entry, matchedTerms(result))); }
        });
        if (results.length === 0) {
          showNoResults(query);
        } else {
          status.textContent = results.length === 1 ? "1 result for “" + query + "”" : results.length + " results for “" + query + "”";
        }
      });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { run(input.value); }, 150);
    });
    input.addEventListener("focus", function () { load(); }, { once: true });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      run(input.value);
    });
    // Arrow keys move between the search box and the results, as in any list of suggestions.
    page.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") { return; }
      var links = Array.prototype.slice.call(list.querySelectorAll(".search-result__title a"));
      if (links.length === 0) { return; }
      var position = links.indexOf(document.activeElement);
      if (event.key === "ArrowDown") {
        links[Math.min(position + 1, links.length - 1)].focus();
      } else if (position <= 0) {
        input.focus();
      } else {
        links[position - 1].focus();
      }
      event.preventDefault();
    });

    var initial = new URLSearchParams(window.location.search).get("q") || "";
    input.value = initial;
    if (initial) { run(initial); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})(typeof window !== "undefined" ? window : globalThis);
