/*
 * Mentorguiden's search worker: Material's own worker, with a query that
 * finds inflected words.
 *
 * Material adds "*" to every query word, and lunr skips stemming for such
 * wildcard words, so "mentorerne" could never find "mentor". This worker
 * rewrites the query before Material's worker sees it: each word is searched
 * for stemmed (word^10, the stronger match), as a prefix while it is being
 * typed (word → word*), and, from six letters, with one typo allowed
 * (word~1). Stop words ("hvad", "en") are left out. Everything else —
 * the index, the stemmers, the results — is Material's.
 *
 * Material's worker file name (with its hash) comes in the address:
 * mentorguiden-search.js?worker=search.<hash>.min.js (hooks/search_index.py).
 */
(function () {
  "use strict";

  var SETUP = 0;
  var QUERY = 2;
  var STEMMED_BOOST = 10;
  var FUZZY_FROM_LETTERS = 6;
  var QUERY_SYNTAX = /[+\-~^*:"]/;

  var worker = new URLSearchParams(self.location.search).get("worker") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(worker))
    throw new Error("mentorguiden-search.js: unknown Material worker " + JSON.stringify(worker));

  var language = "en";

  function stopWordFilter() {
    var lunr = self.lunr;
    if (!lunr) return null;
    var namespace = language === "en" ? lunr : lunr[language];
    return namespace && namespace.stopWordFilter || null;
  }

  function isStopWord(word) {
    var filter = stopWordFilter();
    return filter ? !filter(new self.lunr.Token(word)) : false;
  }

  function words(query) {
    return query.toLowerCase().split(/\s+/).reduce(function (all, part) {
      if (QUERY_SYNTAX.test(part)) return all.concat([part]);
      return all.concat(part.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    }, []);
  }

  function rewriteQuery(query) {
    var all = words(query);
    var kept = all.filter(function (word) { return QUERY_SYNTAX.test(word) || !isStopWord(word); });
    if (!kept.length) kept = all;
    return kept.map(function (word) {
      if (QUERY_SYNTAX.test(word)) return word;
      var clauses = [word + "^" + STEMMED_BOOST, word];
      if (word.length >= FUZZY_FROM_LETTERS) clauses.push(word + "~1");
      return clauses.join(" ");
    }).join(" ");
  }

  var addEventListener = self.addEventListener.bind(self);
  self.addEventListener = function (type, listener, options) {
    if (type !== "message") return addEventListener(type, listener, options);
    return addEventListener(type, function (event) {
      var message = event.data;
      if (message && message.type === SETUP && message.data && message.data.config)
        language = (message.data.config.lang || ["en"])[0];
      if (message && message.type === QUERY && typeof message.data === "string")
        event = { data: { type: QUERY, data: rewriteQuery(message.data) } };
      return listener.call(self, event);
    }, options);
  };

  self.mentorguidenRewriteQuery = rewriteQuery;
  importScripts(worker);
})();
