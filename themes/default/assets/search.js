/*
 * HealthLibrary search. The build writes a Lunr 2.3.9 index and a result store: for a small library
 * one file each (/search/index.json, /search/store.json), which this page loads once; for a large one
 * a split index (a vocabulary, and shards of postings, store entries and titles under /static/search/),
 * of which this page fetches only what each query needs. lunr.js answers every query in the browser,
 * and both give the same answers. Writers' text is only ever put into the page with textContent.
 */
(function (root) {
  "use strict";

  var LETTERS = "abcdefghijklmnopqrstuvwxyz";

  /** Results drawn at a time: a common word matches most of a large library, and each result needs its store entry. */
  var PAGE_SIZE = 20;

  /** How long typing must pause before a query is searched, in ms, unless it can be searched at once. */
  var TYPING_PAUSE = 150;

  /** At most this many shards are fetched for a query while the reader is still typing it. */
  var FEW_SHARDS = 4;

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

  var SYNTAX = /[+\-:*~^]/;

  function hasOwn(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  /**
   * Words that say how a reader asks rather than what about, and that lunr's stop-word list keeps.
   * They are left out of the query unless nothing else is left. lunr's own list already leaves out
   * "how", "what", "does", "can", "who", "not" and their like, from the index and the query alike.
   */
  var FILLER = ["vs", "versus", "difference", "differences", "between", "compare", "compared", "comparing", "explain", "please"];

  /** The reader's words, lowercased and trimmed as lunr does, without repeats; lunr's stop words and fillers aside. */
  function readerWords(lunr, text) {
    var kept = [];
    var filler = [];
    var left = [];
    lunr.tokenizer(text).forEach(function (token) {
      var word = lunr.trimmer(token).toString();
      if (!word) { return; }
      if (!lunr.stopWordFilter(token)) {
        left.push(word);
      } else if (FILLER.indexOf(word) >= 0) {
        filler.push(word);
      } else if (kept.indexOf(word) < 0) {
        kept.push(word);
      }
    });
    if (kept.length === 0) { kept = filler.filter(function (word, i) { return filler.indexOf(word) === i; }); filler = []; }
    return { words: kept, left: left.concat(filler) };
  }

  /**
   * Each spelling rule turns a British spelling into the American one (forwards) or back. Both
   * directions are tried on every word, and a form counts only when the index holds its stem.
   */
  var SPELLINGS = [
    [/ae/g, "e"],            // anaesthesia, haemorrhage, paediatric
    [/oe/g, "e"],            // oesophagus, oestrogen, diarrhoea
    [/our/g, "or"],          // behaviour, tumour, colour
    [/is(e|ed|es|ing|ation|ations)$/, "iz$1"],  // randomise, organisation
    [/ys(e|ed|es|ing)$/, "yz$1"],               // analyse, paralyse
    [/tre(s?)$/, "ter$1"],   // centre, fibre, litre
    [/ll(ed|ing|er|ors?)$/, "l$1"],            // labelled, counselling, travellers
    [/ence$/, "ense"],       // licence, defence
    [/ogue(s?)$/, "og$1"],   // catalogue, dialogue
    [/mme(s?)$/, "m$1"]      // programme
  ];

  /** The same word spelled the other way: British to American by the rules above, and American to British by the rules undone. */
  function otherSpellings(word) {
    var forms = [];
    function add(form) { if (form !== word && forms.indexOf(form) < 0) { forms.push(form); } }
    SPELLINGS.forEach(function (rule) {
      add(word.replace(rule[0], rule[1]));
    });
    // American to British: an "a" or "o" before an "e" (anesthesia, esophagus), "our" for "or", and the endings back.
    for (var i = 0; i < word.length; i++) {
      if (word[i] === "e") {
        add(word.slice(0, i) + "a" + word.slice(i));
        add(word.slice(0, i) + "o" + word.slice(i));
      }
    }
    add(word.replace(/or/g, "our"));
    add(word.replace(/iz(e|ed|es|ing|ation|ations)$/, "is$1"));
    add(word.replace(/yz(e|ed|es|ing)$/, "ys$1"));
    add(word.replace(/ter(s?)$/, "tre$1"));
    add(word.replace(/([aeiou][^aeiou])(ed|ing|er|ors?)$/, "$1l$2".replace("l", "")).replace(/([aeiou])l(ed|ing|er|ors?)$/, "$1ll$2"));
    add(word.replace(/ense$/, "ence"));
    add(word.replace(/og(s?)$/, "ogue$1"));
    add(word.replace(/am(s?)$/, "amme$1"));
    return forms;
  }

  /** The word spelled the other way (anaesthesia for anesthesia and back), when the index holds it: forms as typed, terms stemmed as the index was. */
  function spellingsOf(lunr, hasTerm, word) {
    var exact = lunr.stemmer(new lunr.Token(word)).toString();
    var found = { forms: [], terms: [] };
    otherSpellings(word).forEach(function (form) {
      var stem = lunr.stemmer(new lunr.Token(form)).toString();
      if (stem !== exact && found.terms.indexOf(stem) < 0 && hasTerm(stem)) {
        found.forms.push(form);
        found.terms.push(stem);
      }
    });
    return found;
  }

  /**
   * What each of the reader's words is searched as: exactly (stemmed as the index is) and in its
   * other spelling; as a prefix, so results come while typing; and, for words of five letters or
   * more, with one typo.
   */
  function wordForms(lunr, hasTerm, word) {
    var stem = lunr.stemmer(new lunr.Token(word)).toString();
    var letters = /^[a-z]+$/.test(word);
    var other = letters ? spellingsOf(lunr, hasTerm, word) : { forms: [], terms: [] };
    var typos = word.length >= 5 && letters
      ? typoTerms(lunr, hasTerm, word).filter(function (term) { return other.terms.indexOf(term) < 0; })
      : [];
    return { word: word, stem: stem, spelledOtherwise: other.forms, spellings: other.terms, prefix: word.length >= 2, typos: typos };
  }

  /**
   * The lunr query for the reader's words, each weighted (weights[i], 1 when absent): exact and
   * other spellings at boost 10, the prefix at 2 and each typo at 1, so looser forms rank below
   * exact matches. fields limits every clause to those fields.
   */
  function plainQuery(lunr, words, weights, fields) {
    return function (q) {
      words.forEach(function (forms, i) {
        var weight = weights ? weights[i] : 1;
        function clause(options) {
          if (fields) { options.fields = fields; }
          return options;
        }
        q.term(forms.word, clause({ boost: 10 * weight }));
        forms.spellings.forEach(function (term) { q.term(term, clause({ usePipeline: false, boost: 10 * weight })); });
        if (forms.prefix) {
          q.term(forms.word, clause({ usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 2 * weight }));
        }
        forms.typos.forEach(function (term) { q.term(term, clause({ usePipeline: false, boost: weight })); });
      });
    };
  }

  /** How many documents hold any of these terms, in any field. */
  function documentsWith(index, terms) {
    var refs = Object.create(null);
    var count = 0;
    terms.forEach(function (term) {
      if (!hasOwn(index.invertedIndex, term)) { return; }
      var posting = index.invertedIndex[term];
      index.fields.forEach(function (field) {
        Object.keys(posting[field] || {}).forEach(function (ref) {
          if (!refs[ref]) { refs[ref] = true; count++; }
        });
      });
    });
    return count;
  }

  /**
   * How much each word counts, and why: 1 − the share of documents that hold it (exactly or spelled
   * the other way; failing that, with its typo), and never below a tenth. A word that almost every
   * document holds then counts for little beside the word that says what the reader wants. lunr's
   * own weight does not do this for a word in many fields of many documents: its idf adds up
   * documents over fields, so "ketamine" in a ketamine library weighed more than "bladder".
   */
  function wordWeights(index, documents, words) {
    return words.map(function (forms) {
      var holding = documentsWith(index, [forms.stem].concat(forms.spellings)) || documentsWith(index, forms.typos);
      var weight = holding && documents > 1 ? Math.max(0.1, 1 - holding / documents) : 1;
      return { weight: weight, holding: holding, documents: documents };
    });
  }

  /** Which of the reader's words an index term stands for: its stem, another spelling, a typo or a completion of it. */
  function wordsOfTerm(words, term) {
    var owners = [];
    words.forEach(function (forms, i) {
      if (term === forms.stem || forms.spellings.indexOf(term) >= 0 || forms.typos.indexOf(term) >= 0 ||
          (forms.prefix && term.slice(0, forms.word.length) === forms.word)) {
        owners.push(i);
      }
    });
    return owners;
  }

  /**
   * Runs the reader's words on a lunr index (the whole index, or the small one a split index
   * assembles for them): lunr's score for the weighted words, plus lunr's score for the same words
   * in the synonyms field alone, so that a synonym counts as much as a word of the title (lunr
   * weighs the synonyms field at half the title). Best first; lunr's order among equals. documents
   * is how many documents the library has.
   */
  function runWords(lunr, index, documents, planned) {
    var words = planned.words;
    planned.weights = wordWeights(index, documents, words);
    var weights = planned.weights.map(function (each) { return each.weight; });
    var results = index.query(plainQuery(lunr, words, weights, null));
    if (index.fields.indexOf("synonyms") < 0) { return results; }
    var synonyms = Object.create(null);
    index.query(plainQuery(lunr, words, weights, ["synonyms"])).forEach(function (result) { synonyms[result.ref] = result.score; });
    return results
      .map(function (result, order) {
        return { ref: result.ref, score: result.score + (synonyms[result.ref] || 0), matchData: result.matchData, order: order };
      })
      .sort(function (a, b) { return (b.score - a.score) || (a.order - b.order); })
      .map(function (result) { return { ref: result.ref, score: result.score, matchData: result.matchData }; });
  }

  /** The fields that name a topic. */
  var NAME_FIELDS = ["title", "synonyms"];

  /** The stems of the words of a page's address (its slug): /topics/how-ketamine-works/ gives ketamin and work. */
  function addressTerms(lunr, url) {
    var segments = String(url || "").split("/").filter(function (segment) { return segment.length > 0; });
    var slug = segments.length > 0 ? segments[segments.length - 1] : "";
    var terms = [];
    slug.split("-").forEach(function (part) {
      var token = lunr.trimmer(new lunr.Token(part.toLowerCase()));
      if (token.toString() && lunr.stopWordFilter(token)) { terms.push(lunr.stemmer(token).toString()); }
    });
    return terms;
  }

  /** Whether every one of the reader's words is in the result's title or synonyms (as lunr matched them) or in its address. */
  function namesEveryWord(lunr, words, result, entry) {
    var named = words.map(function () { return false; });
    var metadata = result.matchData.metadata;
    Object.keys(metadata).forEach(function (term) {
      if (NAME_FIELDS.some(function (field) { return hasOwn(metadata[term], field); })) {
        wordsOfTerm(words, term).forEach(function (i) { named[i] = true; });
      }
    });
    if (entry) {
      addressTerms(lunr, entry.url).forEach(function (term) {
        wordsOfTerm(words, term).forEach(function (i) { named[i] = true; });
      });
    }
    return named.every(Boolean);
  }

  /**
   * A reader who types every word of a topic's name (its title, a synonym, or the words of its
   * address) is asking for that topic, so those topics come first, in their order. The address is
   * read for the first page of results, whose store entries the page fetches anyway.
   */
  function namedFirst(lunr, words, results, entries) {
    var named = [];
    var rest = [];
    results.forEach(function (result, i) {
      var entry = entries && i < PAGE_SIZE && hasOwn(entries, result.ref) ? entries[result.ref] : null;
      (namesEveryWord(lunr, words, result, entry) ? named : rest).push(result);
    });
    return named.concat(rest);
  }

  /**
   * How a reader's text is searched, or null for empty text. Text with lunr's own syntax (+, -,
   * field:, *, ~, ^) goes to lunr's parser as it is, when it parses: fill fills a lunr.Query with it.
   * Anything else is taken as plain words (see runWords); fill then gives their clauses unweighted,
   * which name every term a split index must fetch. Only plain words are reordered (namedFirst) and
   * put a topic whose exact title was typed first.
   */
  function plan(lunr, text, fields, hasTerm) {
    var query = (text || "").trim();
    if (!query) { return null; }
    if (SYNTAX.test(query)) {
      var parse = function (q) { new lunr.QueryParser(query, q).parse(); };
      try {
        parse(new lunr.Query(fields));
        return { query: query, fill: parse, plain: false };
      } catch (error) {
        if (!(error instanceof lunr.QueryParseError)) { throw error; }
      }
    }
    var reader = readerWords(lunr, query);
    var words = reader.words.map(function (word) { return wordForms(lunr, hasTerm, word); });
    return { query: query, fill: words.length > 0 ? plainQuery(lunr, words, null, null) : null, plain: true, words: words, left: reader.left };
  }

  /** lunr's answer to a planned query on an index holding every term it needs, of a library of so many documents. */
  function answer(lunr, index, documents, planned) {
    if (!planned.fill) { return []; }
    return planned.plain ? runWords(lunr, index, documents, planned) : index.query(planned.fill);
  }

  /**
   * Runs a reader's query on a whole lunr index; store (ref → entry) lets a topic named by its
   * address and one whose exact title was typed come first. onPlan, when given, receives the plan
   * with its weights, for the page's "searched for" line.
   */
  function search(lunr, index, text, store, onPlan) {
    var planned = plan(lunr, text, index.fields, function (term) { return hasOwn(index.invertedIndex, term); });
    if (!planned) { return []; }
    // lunr writes a field vector for every field of every document, even an empty one.
    var results = answer(lunr, index, Object.keys(index.fieldVectors).length / index.fields.length, planned);
    if (onPlan) { onPlan(planned); }
    if (!planned.plain) { return results; }
    results = namedFirst(lunr, planned.words, results, store);
    return store ? titleMatchesFirst(results, exactTitleRefs(store, planned.query)) : results;
  }

  /**
   * The same search on a split index (see SplitIndex): fetches what the query needs, then asks lunr.
   * The page may pass options: firstPage, how many results it draws first, whose store entries it
   * starts fetching before lunr runs; stale(), true once the reader has typed something else,
   * which skips lunr's query (resolving null) when its answer would not be drawn; and onPlan, as
   * for search.
   */
  function searchSplit(lunr, split, text, options) {
    options = options || {};
    var planned = plan(lunr, text, split.fields, function (term) { return split.hasTerm(term); });
    if (!planned) { return Promise.resolve([]); }
    return Promise.all([
      planned.fill ? split.indexFor(planned.fill, options.firstPage) : null,
      planned.plain ? split.exactTitleRefs(planned.query) : []
    ]).then(function (found) {
      if (options.stale && options.stale()) { return null; }
      var results = found[0] ? answer(lunr, found[0], split.vocabulary.documents, planned) : [];
      if (options.onPlan) { options.onPlan(planned); }
      if (!planned.plain) { return results; }
      return split.entries(results.slice(0, PAGE_SIZE).map(function (result) { return result.ref; })).then(function (entries) {
        return titleMatchesFirst(namedFirst(lunr, planned.words, results, entries), found[1]);
      });
    });
  }

  /** A boost as the "searched for" line writes it: at most two decimals. */
  function boostText(boost) { return String(Math.round(boost * 100) / 100); }

  /**
   * What was searched, for the reader who wonders why: a sentence in plain words (each word, how
   * much it counted and how else it was spelled; the words left out), and the lunr query that ran,
   * clause by clause in lunr's syntax (typo and spelling terms as the index holds them, stemmed).
   * Needs a plan that has run (search and searchSplit pass it to onPlan).
   */
  function searchedFor(lunr, planned) {
    if (!planned.plain) {
      return { text: "Searched for “" + planned.query + "” in lunr’s own query syntax, as typed.", lunr: planned.query };
    }
    var weights = planned.weights || planned.words.map(function () { return { weight: 1 }; });
    var words = planned.words.map(function (forms, i) {
      var notes = [];
      if (forms.spelledOtherwise.length > 0) { notes.push("also spelled " + forms.spelledOtherwise.join(", ")); }
      if (forms.typos.length > 0) { notes.push("or with one typo"); }
      if (weights[i].weight < 1) {
        notes.push("counted at " + boostText(weights[i].weight) + ": in " + weights[i].holding + " of " + weights[i].documents + " pages");
      }
      return forms.word + (notes.length > 0 ? " (" + notes.join("; ") + ")" : "");
    });
    var text = words.length > 0 ? "Searched for: " + words.join(", ") + "." : "Nothing left to search for.";
    if (planned.left.length > 0) { text += " Left out: " + planned.left.join(", ") + "."; }
    var clauses = [];
    function write(fields) {
      var query = new lunr.Query(fields || ["all"]);
      plainQuery(lunr, planned.words, weights.map(function (each) { return each.weight; }), fields)(query);
      query.clauses.forEach(function (clause) {
        // lunr has already put a trailing wildcard's "*" on the term.
        clauses.push((fields ? fields.join(",") + ":" : "") + clause.term + "^" + boostText(clause.boost));
      });
    }
    if (planned.words.length > 0) {
      write(null);
      write(["synonyms"]);
    }
    return { text: text, lunr: clauses.join(" ") };
  }

  function normalise(text) { return text.toLowerCase().replace(/\s+/g, " ").trim(); }

  /** 32-bit FNV-1a over UTF-16 code units, as the generator buckets exact titles (ExactTitleKey). */
  function titleBucket(key, buckets) {
    var hash = 2166136261;
    for (var i = 0; i < key.length; i++) { hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0; }
    return hash % buckets;
  }

  function exactTitleRefs(store, query) {
    var wanted = normalise(query);
    return Object.keys(store).filter(function (ref) { return normalise(store[ref].title) === wanted; });
  }

  /**
   * A reader who types a topic's exact title expects that topic first, even when its title is made
   * of words lunr leaves out of the index ("If As") or shared by many topics.
   */
  function titleMatchesFirst(results, exact) {
    if (exact.length === 0) { return results; }
    var byRef = {};
    results.forEach(function (result) { byRef[result.ref] = result; });
    var first = exact.map(function (ref) { return byRef[ref] || { ref: ref, score: 0, matchData: { metadata: {} } }; });
    return first.concat(results.filter(function (result) { return exact.indexOf(result.ref) < 0; }));
  }

  /** The first position in a sorted array whose value is not below value (JavaScript's < on strings is lunr's sort order). */
  function lowerBound(sorted, value) {
    var low = 0;
    var high = sorted.length;
    while (low < high) {
      var middle = (low + high) >>> 1;
      if (sorted[middle] < value) { low = middle + 1; } else { high = middle; }
    }
    return low;
  }

  /**
   * A split index (the generator's SplitSearchFiles): the vocabulary, fetched once, and shards that
   * fetchJson(name) brings when a query needs them. For each query it hands lunr.Index.load a small
   * index of exactly the terms lunr would expand the query to, with their original term indexes,
   * postings and field-vector weights. lunr scores a field as dot(query vector, field vector) ÷
   * |query vector|, and the query vector only ever holds the query's own terms, so the other terms
   * of a field vector never change a score: the answers are lunr's own, bit for bit.
   */
  function SplitIndex(lunr, vocabulary, fetchJson) {
    this.lunr = lunr;
    this.vocabulary = vocabulary;
    this.fields = vocabulary.fields;
    this.fetchJson = fetchJson;
    this.pipeline = lunr.Pipeline.load(vocabulary.pipeline);
    this.shardStarts = vocabulary.shards.map(function (shard) { return shard[0]; });
    this.files = Object.create(null);
    this.tokenSet = null;
    this.positions = null;
  }

  SplitIndex.prototype.hasTerm = function (term) {
    var terms = this.vocabulary.terms;
    var at = lowerBound(terms, term);
    return at < terms.length && terms[at] === term;
  };

  SplitIndex.prototype.ref = function (position) {
    return this.vocabulary.refs ? this.vocabulary.refs[position] : String(position);
  };

  SplitIndex.prototype.documentPosition = function (ref) {
    if (!this.vocabulary.refs) { return Number(ref); }
    if (!this.positions) {
      var positions = this.positions = Object.create(null);
      this.vocabulary.refs.forEach(function (each, position) { positions[each] = position; });
    }
    return this.positions[ref];
  };

  /** One file of the split index, fetched once. */
  SplitIndex.prototype.file = function (name) {
    var files = this.files;
    if (!files[name]) {
      files[name] = this.fetchJson(name);
      files[name].catch(function () { delete files[name]; });
    }
    return files[name];
  };

  /**
   * Positions in the vocabulary of every term lunr.Index#query would expand the query's clauses to:
   * the same pipeline, then the term itself, a range for a trailing wildcard, and lunr's own
   * TokenSet for anything else (fuzzy terms, leading and inner wildcards).
   */
  SplitIndex.prototype.termsOf = function (query, boosts) {
    var lunr = this.lunr;
    var terms = this.vocabulary.terms;
    var wanted = Object.create(null);
    var self = this;
    query.clauses.forEach(function (clause) {
      var clauseTerms = clause.usePipeline ? self.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
      function want(at) {
        wanted[at] = true;
        if (boosts) { boosts[at] = (boosts[at] || 0) + clause.boost; }
      }
      clauseTerms.forEach(function (term) {
        var star = term.indexOf("*");
        if (!("editDistance" in clause) && star < 0) {
          var at = lowerBound(terms, term);
          if (terms[at] === term) { want(at); }
        } else if (!("editDistance" in clause) && star === term.length - 1) {
          var prefix = term.slice(0, -1);
          for (var p = lowerBound(terms, prefix); p < terms.length && terms[p].slice(0, prefix.length) === prefix; p++) { want(p); }
        } else {
          if (!self.tokenSet) { self.tokenSet = lunr.TokenSet.fromArray(terms); }
          var copy = {};
          Object.keys(clause).forEach(function (key) { copy[key] = clause[key]; });
          copy.term = term;
          self.tokenSet.intersect(lunr.TokenSet.fromClause(copy)).toArray().forEach(function (found) { want(lowerBound(terms, found)); });
        }
      });
    });
    return Object.keys(wanted).map(Number).sort(function (a, b) { return a - b; });
  };

  SplitIndex.prototype.shardOf = function (position) {
    return lowerBound(this.shardStarts, position + 1) - 1;
  };

  /** The shards holding these term positions, fetched (or already fetched) in parallel. */
  SplitIndex.prototype.shards = function (positions) {
    var self = this;
    var numbers = [];
    positions.forEach(function (position) {
      var shard = self.shardOf(position);
      if (numbers.indexOf(shard) < 0) { numbers.push(shard); }
    });
    return Promise.all(numbers.map(function (shard) { return self.file(self.vocabulary.shards[shard][1]); })).then(function (files) {
      var byShard = {};
      numbers.forEach(function (shard, i) { byShard[shard] = files[i]; });
      return byShard;
    });
  };

  /** The query as lunr would build it: fill(query) adds its clauses. */
  SplitIndex.prototype.queryOf = function (fill) {
    var query = new this.lunr.Query(this.fields);
    fill.call(query, query);
    return query;
  };

  /** Starts fetching what a query will need, without waiting; returns how many shards that is. */
  SplitIndex.prototype.prefetch = function (fill, maxShards) {
    var self = this;
    var positions = this.termsOf(this.queryOf(fill));
    var shards = {};
    positions.forEach(function (position) { shards[self.shardOf(position)] = true; });
    var count = Object.keys(shards).length;
    if (count <= maxShards) { this.shards(positions).catch(function () { }); }
    return count;
  };

  /**
   * A lunr.Index holding exactly the terms the query expands to, with their original indexes and
   * weights. With firstPage, it also starts fetching the store entries of the results lunr is likely
   * to put first, so they arrive while lunr works (see likelyFirst).
   */
  SplitIndex.prototype.indexFor = function (fill, firstPage) {
    var self = this;
    var query = this.queryOf(fill);
    var boosts = Object.create(null);
    var positions = this.termsOf(query, boosts);
    return this.shards(positions).then(function (byShard) {
      if (firstPage > 0) {
        self.entries(self.likelyFirst(query, positions, boosts, byShard, firstPage)).catch(function () { });
      }
      return self.assemble(positions, byShard, query.isNegated());
    });
  };

  /**
   * Refs of the documents lunr will most likely rank first, only to fetch their store entries early:
   * what is drawn is always lunr's own answer, and a wrong guess costs a few store files. When every
   * clause is optional and searches every field (plain words always are), lunr scores a document as
   * the sum over its fields of (the terms' summed clause boosts · their field-vector weights), divided
   * by |query vector|, which is then the same for every field; so that sum ranks them.
   */
  SplitIndex.prototype.likelyFirst = function (query, positions, boosts, byShard, count) {
    var fields = this.fields;
    var guessable = query.clauses.every(function (clause) {
      return clause.presence === this.lunr.Query.presence.OPTIONAL && clause.fields.length === fields.length;
    }, this);
    if (!guessable) { return []; }
    var score = new Float64Array(this.vocabulary.documents);
    var seen = new Uint8Array(this.vocabulary.documents);
    positions.forEach(function (position) {
      var shard = this.shardOf(position);
      var entry = byShard[shard][position - this.shardStarts[shard]];
      var boost = boosts[position];
      for (var i = 2; i < entry.length; i += 2) {
        var documents = entry[i + 1];
        var document = 0;
        for (var j = 0; j < documents.length; j += 2) {
          document += documents[j];
          seen[document] = 1;
          score[document] += boost * documents[j + 1];
        }
      }
    }, this);
    // The best count documents, best first, without sorting them all.
    var best = [];
    for (var document = 0; document < seen.length; document++) {
      if (!seen[document]) { continue; }
      var at = best.length;
      while (at > 0 && score[best[at - 1]] < score[document]) { at--; }
      if (at < count) {
        best.splice(at, 0, document);
        if (best.length > count) { best.pop(); }
      }
    }
    return best.map(function (document) { return this.ref(document); }, this);
  };

  /** lunr reads a posting's metadata and never writes it; without a metadata whitelist it is always empty. */
  var NO_METADATA = Object.freeze({});

  /**
   * The lunr.Index that lunr.Index.load would make of these terms' postings, built directly: the
   * same inverted index, field vectors, token set and pipeline, without first writing the index out
   * as JSON-shaped arrays for load to read back. A common word's postings name most documents, so
   * this is the page's only work that grows with the results, and lunr's query (which allocates a
   * match for every field matched) runs faster with less garbage left around it.
   */
  SplitIndex.prototype.assemble = function (positions, byShard, negated) {
    var self = this;
    var lunr = this.lunr;
    var fields = this.fields;
    var refs = this.refs || (this.refs = []);
    var entries = positions.map(function (position) {
      var shard = self.shardOf(position);
      return byShard[shard][position - self.shardStarts[shard]];
    });
    // Field vectors list their terms by term index, so take the terms in that order and every
    // vector comes out sorted, as lunr.Vector needs.
    var byTermIndex = entries.slice().sort(function (a, b) { return a[1] - b[1]; });
    // Each field vector's elements, by field and then document position.
    var elements = fields.map(function () { return new Map(); });
    var fieldVectors = {};
    var invertedIndex = Object.create(null);
    byTermIndex.forEach(function (entry) {
      var termIndex = entry[1];
      var posting = { _index: termIndex };
      fields.forEach(function (field) { posting[field] = {}; });
      for (var i = 2; i < entry.length; i += 2) {
        var field = fields[entry[i]];
        var fieldPosting = posting[field];
        var fieldElements = elements[entry[i]];
        var documents = entry[i + 1];
        var document = 0;
        for (var j = 0; j < documents.length; j += 2) {
          document += documents[j];
          var ref = refs[document] || (refs[document] = self.ref(document));
          fieldPosting[ref] = NO_METADATA;
          var vector = fieldElements.get(document);
          if (vector) {
            vector.push(termIndex, documents[j + 1] / 1000);
          } else {
            vector = [termIndex, documents[j + 1] / 1000];
            fieldElements.set(document, vector);
            fieldVectors[field + "/" + ref] = new lunr.Vector(vector);
          }
        }
      }
      invertedIndex[entry[0]] = posting;
    });
    if (negated) {
      // lunr answers a query of only -terms with every document, in the order of its field vectors.
      var every = {};
      for (var document = 0; document < this.vocabulary.documents; document++) {
        for (var f = 0; f < fields.length; f++) {
          var key = fields[f] + "/" + this.ref(document);
          every[key] = fieldVectors[key] || new lunr.Vector([]);
        }
      }
      fieldVectors = every;
    }
    return new lunr.Index({
      invertedIndex: invertedIndex,
      fieldVectors: fieldVectors,
      tokenSet: lunr.TokenSet.fromArray(entries.map(function (entry) { return entry[0]; })),
      fields: fields,
      pipeline: this.pipeline
    });
  };

  /** Refs of the documents whose title is exactly the query, from the one title file that can hold it. */
  SplitIndex.prototype.exactTitleRefs = function (query) {
    var self = this;
    var key = normalise(query);
    var titles = this.vocabulary.titles;
    return this.file(titles[titleBucket(key, titles.length)]).then(function (bucket) {
      return hasOwn(bucket, key) ? bucket[key].map(function (position) { return self.ref(position); }) : [];
    });
  };

  /** ref → store entry for these refs, from the store files that hold them. */
  SplitIndex.prototype.entries = function (refs) {
    var self = this;
    var names = [];
    refs.forEach(function (ref) {
      var name = self.vocabulary.store[Math.floor(self.documentPosition(ref) / self.vocabulary.store_documents)];
      if (names.indexOf(name) < 0) { names.push(name); }
    });
    return Promise.all(names.map(function (name) { return self.file(name); })).then(function (files) {
      var entries = {};
      files.forEach(function (file) { Object.keys(file).forEach(function (ref) { entries[ref] = file[ref]; }); });
      return entries;
    });
  };

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

  var api = {
    typoTerms: typoTerms, otherSpellings: otherSpellings, plan: plan, search: search, searchSplit: searchSplit, searchedFor: searchedFor, SplitIndex: SplitIndex,
    matchedTerms: matchedTerms, highlightParts: highlightParts
  };
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
    var shown = { results: [], count: 0, query: null };
    var more = document.getElementById("search-more");
    var searched = searchedLine();

    function fetchJson(url) {
      return fetch(url).then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); });
    }

    /**
     * The search behind the page: one lunr index and store loaded whole, or a split index whose
     * vocabulary is loaded once and whose shards come as queries need them.
     */
    function load() {
      if (!loaded) {
        status.textContent = "Loading the search index…";
        if (page.dataset.splitUrl) {
          var base = new URL(page.dataset.splitUrl, window.location.href);
          loaded = fetchJson(base.href).then(function (vocabulary) {
            var split = new SplitIndex(lunr, vocabulary, function (name) { return fetchJson(new URL(name, base).href); });
            return {
              search: function (query, onPlan) {
                return searchSplit(lunr, split, query, { firstPage: PAGE_SIZE, stale: function () { return query !== lastQuery; }, onPlan: onPlan });
              },
              entries: function (refs) { return split.entries(refs); },
              prefetch: function (query) {
                // Fetch what the words typed so far will need, unless a short prefix spans much of the
                // index; say whether they are that few, so the search may run at once.
                var planned = plan(lunr, query, split.fields, function (term) { return split.hasTerm(term); });
                return !planned || !planned.fill || split.prefetch(planned.fill, FEW_SHARDS) <= FEW_SHARDS;
              }
            };
          });
        } else {
          loaded = Promise.all([fetchJson(page.dataset.indexUrl), fetchJson(page.dataset.storeUrl)]).then(function (files) {
            var index = lunr.Index.load(files[0]);
            var store = files[1];
            return {
              search: function (query, onPlan) { return Promise.resolve(search(lunr, index, query, store, onPlan)); },
              entries: function () { return Promise.resolve(store); },
              prefetch: function () { return true; }
            };
          });
        }
        loaded.then(function () {
          if (status.textContent === "Loading the search index…") { status.textContent = ""; }
        }, function () {
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

    /**
     * The "searched for" line under the status: what the words were searched as, in plain words,
     * and, opened, the lunr query that ran. Made here, so the theme's template needs no change.
     */
    function searchedLine() {
      var details = document.createElement("details");
      details.className = "search-page__searched";
      details.id = "search-searched";
      details.hidden = true;
      var summary = document.createElement("summary");
      var query = document.createElement("p");
      query.appendChild(document.createTextNode("The query lunr ran: "));
      query.appendChild(document.createElement("code"));
      details.appendChild(summary);
      details.appendChild(query);
      status.parentNode.insertBefore(details, status.nextSibling);
      return details;
    }

    function showSearched(planned) {
      if (!planned) {
        searched.hidden = true;
        return;
      }
      var what = searchedFor(lunr, planned);
      searched.querySelector("summary").textContent = what.text;
      searched.querySelector("code").textContent = what.lunr;
      searched.hidden = false;
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

    /** Shows the next page of results; the store entries of the rest are not fetched until asked for. */
    function showMore(engine, focusFirst) {
      var query = shown.query;
      var next = shown.results.slice(shown.count, shown.count + PAGE_SIZE);
      return engine.entries(next.map(function (result) { return result.ref; })).then(function (entries) {
        if (query !== lastQuery) { return; }
        var firstLink = null;
        next.forEach(function (result) {
          var entry = entries[result.ref];
          if (entry) {
            var item = renderResult(entry, matchedTerms(result));
            list.appendChild(item);
            firstLink = firstLink || item.querySelector("a");
          }
        });
        shown.count += next.length;
        if (more) { more.hidden = shown.count >= shown.results.length; }
        if (focusFirst && firstLink) { firstLink.focus(); }
      });
    }

    function run(query) {
      query = query.trim();
      if (query === lastQuery) { return; }
      lastQuery = query;
      keepUrlInStep(query);
      if (!query) {
        list.replaceChildren();
        status.textContent = "";
        searched.hidden = true;
        if (more) { more.hidden = true; }
        return;
      }
      load().then(function (engine) {
        var planned = null;
        return engine.search(query, function (ran) { planned = ran; }).then(function (results) {
          if (query !== lastQuery || !results) { return; }
          showSearched(planned);
          shown = { results: results, count: 0, query: query };
          var count = results.length;
          return engine.entries(results.slice(0, PAGE_SIZE).map(function (result) { return result.ref; })).then(function () {
            if (query !== lastQuery) { return; }
            list.replaceChildren();
            if (count === 0) {
              showNoResults(query);
              if (more) { more.hidden = true; }
              return;
            }
            status.textContent = count === 1 ? "1 result for “" + query + "”" : count + " results for “" + query + "”";
            return showMore(engine, false);
          });
        });
      }).catch(function () {
        if (query === lastQuery) { status.textContent = "The search index could not be loaded. Check your connection and try again."; }
      });
    }

    // A keystroke after a pause in typing searches at once, as soon as the search is loaded, when the
    // query needs no more than a few shards; keystrokes in quick succession, or a query that would
    // fetch much of the index (a letter or two), wait until typing pauses. lunr's query holds the page
    // for as long as it runs, so searching on every keystroke would make fast typing stutter.
    var lastKeystroke = -Infinity;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var now = Date.now();
      var afterPause = now - lastKeystroke >= TYPING_PAUSE;
      lastKeystroke = now;
      var text = input.value;
      timer = setTimeout(function () { run(input.value); }, TYPING_PAUSE);
      if (!loaded && !afterPause) { return; }
      load().then(function (engine) {
        var few = engine.prefetch(text);
        if (afterPause && few && lastKeystroke === now && input.value === text) {
          clearTimeout(timer);
          run(text);
        }
      }, function () { });
    });
    input.addEventListener("focus", function () { load(); }, { once: true });
    if (more) {
      more.addEventListener("click", function () { load().then(function (engine) { return showMore(engine, true); }); });
    }
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
