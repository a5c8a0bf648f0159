/*
 * Search loads when it is first used, not with every page.
 *
 * Material's bundle starts its search worker (config "search" in __config)
 * and fetches search/search_index.json (below config "base", with an
 * XMLHttpRequest) as soon as a page loads: about 50 KB gzip that most
 * visitors never use. This script runs before Material's bundle
 * (overrides/main.html) and holds both back:
 *
 * - the search worker is created as a stand-in that keeps the messages
 *   Material sends and hands them to the real worker once search starts;
 * - the index request is sent once search starts.
 *
 * Search starts on focus of, or a click on, the search box or its button,
 * on Material's keyboard shortcuts (/, s, f), and at once on a page opened
 * from a search result (?h=…, Material's highlighting needs the index).
 * Material's own code is unchanged: it sees a worker and a request that are
 * merely slow. window.mentorguidenSearch says whether search has started
 * (started) and whether the worker has its index (ready, Material's READY
 * message); the tests and benchmarks read it.
 */
(function () {
  "use strict";

  var configElement = document.getElementById("__config");
  if (!configElement || typeof Worker === "undefined") return;
  var config = JSON.parse(configElement.textContent);
  if (!config.search) return;

  var workerUrl = new URL(config.search, location.href).href;
  var INDEX_PATH = /\/search\/search_index\.json$/;
  var SHORTCUTS = ["/", "s", "f"];
  var READY = 1; // Material's SearchMessageType.READY
  var state = (window.mentorguidenSearch = { started: false, ready: false });
  var waiting = [];

  function start() {
    if (state.started) return;
    state.started = true;
    waiting.splice(0).forEach(function (run) {
      run();
    });
  }

  function whenStarted(run) {
    if (state.started) run();
    else waiting.push(run);
  }

  // The worker: a stand-in with the Worker interface Material uses.
  var RealWorker = window.Worker;
  function OnDemandWorker(url, options) {
    if (new URL(url, location.href).href !== workerUrl) return new RealWorker(url, options);
    var target = new EventTarget();
    var queued = [];
    var real = null;
    target.postMessage = function (message) {
      if (real) real.postMessage(message);
      else queued.push(message);
    };
    target.terminate = function () {
      if (real) real.terminate();
      queued = [];
    };
    whenStarted(function () {
      real = new RealWorker(url, options);
      ["message", "messageerror", "error"].forEach(function (type) {
        real.addEventListener(type, function (event) {
          if (type === "message" && event.data && event.data.type === READY) state.ready = true;
          var copy = type === "error" ? new Event("error") : new MessageEvent(type, { data: event.data });
          target.dispatchEvent(copy);
        });
      });
      queued.splice(0).forEach(function (message) {
        real.postMessage(message);
      });
    });
    return target;
  }
  window.Worker = OnDemandWorker;

  // The index request: sent once search has started.
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.mentorguidenIsIndex = INDEX_PATH.test(new URL(url, location.href).pathname);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (!request.mentorguidenIsIndex) return send.apply(request, args);
    whenStarted(function () {
      send.apply(request, args);
    });
  };

  // What starts it.
  if (new URLSearchParams(location.search).get("h")) {
    start();
    return;
  }
  function isSearch(target) {
    return target instanceof Element && !!target.closest('.md-search, label[for="__search"], #__search');
  }
  document.addEventListener(
    "focusin",
    function (event) {
      if (isSearch(event.target)) start();
    },
    true
  );
  ["pointerdown", "click"].forEach(function (type) {
    document.addEventListener(
      type,
      function (event) {
        if (isSearch(event.target)) start();
      },
      true
    );
  });
  document.addEventListener(
    "change",
    function (event) {
      if (event.target && event.target.id === "__search") start();
    },
    true
  );
  document.addEventListener(
    "keydown",
    function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      var field = event.target instanceof Element && event.target.closest("input, textarea, select, [contenteditable]");
      if (!field && SHORTCUTS.indexOf(event.key) !== -1) start();
    },
    true
  );
})();
