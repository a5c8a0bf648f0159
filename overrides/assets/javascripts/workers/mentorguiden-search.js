/*
 * Mentorguiden's search worker: Material's own worker, with a query that
 * finds inflected words.
 *
 * Material adds "*" to every query word, and lunr skips stemming for such
 * wildcard words, so "mentorerne" could never find "mentor". This worker
 * rewrites the query before Material's worker sees it: each word is searched
 * for stemmed (word^30, the stronger match) and, from six letters, with one
 * typo allowed (word~1); the last word, which may still be being typed, also
 * as a prefix (word → word*). Small words ("hvad", "en", "what") and question
 * words ("hvem", "hvordan") count only as themselves, with little weight.
 * Results are Material's, minus its "missing word" notes, which cannot know
 * about stemming. Everything else — the index, the stemmers — is Material's.
 *
 * Material's worker file name (with its hash) comes in the address:
 * mentorguiden-search.js?worker=search.<hash>.min.js (hooks/search_index.py).
 */
(function () {
  "use strict";

  var SETUP = 0;
  var QUERY = 2;
  var RESULT = 3;
  var STEMMED_BOOST = 30;
  var SMALL_WORD_BOOST = 1;
  // Question words that lunr's stop word lists leave out; like stop words,
  // they say how a question is asked, not what it is about.
  var QUESTION_WORDS = ["hvem", "hvordan", "hvornår", "hvorfor", "hvilken", "hvilke", "hvilket", "how", "who"];
  var FUZZY_FROM_LETTERS = 6;
  var QUERY_SYNTAX = /[+\-~^*:"]/;

  var worker = new URLSearchParams(self.location.search).get("worker") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(worker))
    throw new Error("mentorguiden-search.js: unknown Material worker " + JSON.stringify(worker));

  var language = "en";

  // The language's stop word list; the index keeps these words (no
  // stopWordFilter in its pipeline), so they can still match a question.
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
    return all.map(function (word, position) {
      if (QUERY_SYNTAX.test(word)) return word;
      if (isStopWord(word) || QUESTION_WORDS.indexOf(word) >= 0) return word + "^" + SMALL_WORD_BOOST;
      var clauses = [word + "^" + STEMMED_BOOST];
      if (position === all.length - 1) clauses.push(word);
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

  // Material marks a query word "Mangler"/"Missing" when no indexed word
  // starts with it as typed. Indexed words are stemmed ("laver" is indexed
  // as "lav"), so that note would be wrong for found words: leave it out.
  function dropMissingNotes(result) {
    (result.items || []).forEach(function (group) {
      group.forEach(function (item) {
        if (!item.terms) return;
        Object.keys(item.terms).forEach(function (term) {
          if (!item.terms[term]) delete item.terms[term];
        });
      });
    });
  }

  var postMessage = self.postMessage.bind(self);
  self.postMessage = function (message) {
    if (message && message.type === RESULT && message.data) dropMissingNotes(message.data);
    return postMessage.apply(self, arguments);
  };

  self.mentorguidenRewriteQuery = rewriteQuery;
  importScripts(worker);
})();
