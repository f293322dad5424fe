/*
 * New updates on a live blog, for a reader who keeps its page open. Now and then the script reads
 * the blog's own Atom feed (articles/SLUG/feed.xml, which lists its newest updates) and, when the
 * feed has updates the page does not, says how many, with a button that loads the page again.
 *
 * It asks only while the page is in view and the blog is live: its newest date (an update's time,
 * or the blog's "Updated") less than a day old by the reader's clock, so a blog from years ago
 * costs its readers nothing. Without JavaScript the page is as it was: a reader reloads it.
 */
(function () {
  "use strict";
  var notice = document.querySelector(".live-notice[data-feed]");
  if (!notice || !window.fetch || !window.DOMParser) { return; }

  var ATOM = "http://www.w3.org/2005/Atom";
  var EVERY = 60 * 1000;
  var LIVE_FOR = 24 * 60 * 60 * 1000;
  var feed = notice.getAttribute("data-feed");

  // What it says, in English; a site in another language (or with labels of its own) has the page
  // hand over its own words as JSON in <script id="gazette-labels">, which say it instead. The same
  // keys and words as Gazette's table, gazette/labels/en.properties (a test keeps them equal).
  var LABELS = {
    "live.newUpdates": {"one": "{count} new update.", "other": "{count} new updates."},
    "live.showLatest": "Show the latest"
  };
  var OWN = {};
  var given = document.getElementById("gazette-labels");
  if (given) {
    try { OWN = JSON.parse(given.textContent) || {}; } catch (e) { /* unreadable: English it is */ }
  }
  // Words count by the rules of their own language: the page's by its language's (CLDR's, as
  // Gazette counts for the pages), the English ones above by English rules, whatever the page's.
  var english = { select: function (n) { return n === 1 ? "one" : "other"; } };
  var plural = english;
  try { plural = new Intl.PluralRules(document.documentElement.lang || "en"); } catch (e) { /* an old browser: English rules */ }

  // A label's text: the page's words if it has them, in the form the number takes (else their
  // "other" form), and otherwise the English ones, as Gazette chooses for the pages.
  function words(key, count) {
    var text = pick(OWN[key], plural, count);
    return text !== undefined ? text : pick(LABELS[key], english, count);
  }
  function pick(text, rules, count) {
    if (text === null || typeof text !== "object") { return text; }
    var form = rules.select(count);
    return Object.prototype.hasOwnProperty.call(text, form) ? text[form] : text.other;
  }

  // A label with {count} filled in, in the form the number takes (see words).
  function label(key, count) {
    var text = words(key, count);
    return String(text).replace(/\{count\}/g, String(count));
  }

  var known = {};
  each(document.querySelectorAll("article.update[id]"), function (update) { known[update.id] = true; });

  var newest = -Infinity;
  each(document.querySelectorAll(".article-header time, .update-time time"), function (time) {
    var at = Date.parse(time.getAttribute("datetime"));
    if (at > newest) { newest = at; }
  });

  function each(list, f) { Array.prototype.forEach.call(list, f); }

  function live() { return !document.hidden && Date.now() - newest < LIVE_FOR; }

  // The feed's entries link to their updates by anchor: those whose anchor is not on the page are new.
  function unseen(xml) {
    var doc = new DOMParser().parseFromString(xml, "application/xml");
    var count = 0;
    each(doc.getElementsByTagNameNS(ATOM, "entry"), function (entry) {
      each(entry.getElementsByTagNameNS(ATOM, "link"), function (link) {
        var href = link.getAttribute("href") || "";
        var hash = href.indexOf("#");
        if (link.getAttribute("rel") !== "alternate" || hash < 0) { return; }
        var id;
        try { id = decodeURIComponent(href.slice(hash + 1)); } catch (e) { return; }
        if (!known[id]) { count++; }
      });
    });
    return count;
  }

  function show(count) {
    var text = document.createElement("span");
    text.textContent = label("live.newUpdates", count);
    var load = document.createElement("button");
    load.type = "button";
    load.textContent = label("live.showLatest");
    load.addEventListener("click", function () {
      // Loaded again at the top of the updates, where the new ones are (newest first).
      history.scrollRestoration = "manual";
      history.replaceState(null, "", "#updates-heading");
      location.reload();
    });
    notice.textContent = "";
    notice.appendChild(text);
    notice.appendChild(document.createTextNode(" "));
    notice.appendChild(load);
  }

  var timer = null;
  var asking = false;

  function ask() {
    clearTimeout(timer);
    timer = null;
    if (asking || !live()) { return; }
    asking = true;
    fetch(feed, { cache: "no-cache" })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (xml) {
        var count = xml ? unseen(xml) : 0;
        if (count > 0) { show(count); }
      })
      .catch(function () { /* offline for now: asked again later */ })
      .then(function () {
        asking = false;
        if (live()) { timer = setTimeout(ask, EVERY); }
      });
  }

  // A reader coming back to the tab sees what is new at once.
  document.addEventListener("visibilitychange", function () { if (!document.hidden) { ask(); } });
  if (live()) { timer = setTimeout(ask, EVERY); }
})();
