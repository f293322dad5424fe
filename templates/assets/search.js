// Gazette search. Loads the document store the build writes (search/index.json: articles with their
// live updates), builds a lunr index from it in the browser and shows the matches as links.
//
// Why lunr (loaded before this script as assets/lunr.….js, from the org.webjars.npm:lunr WebJar):
// it is the most widely used search library that runs wholly in the browser, small (30 KB, no
// dependencies), stable since 2017 and MIT-licensed, and it ranks with BM25, stems English words,
// boosts fields and does prefix queries, so this file only wires it to the page.
//
// Every URL is relative to data-root, so the page works under a GitHub Pages sub-path. Only this
// page uses JavaScript; the rest of the site works without it.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  if (!form) { return; }

  // What it says, in English; a site in another language (or with labels of its own) has the page
  // hand over its own words as JSON in <script id="gazette-labels">, which say it instead. The same
  // keys and words as Gazette's table, gazette/labels/en.properties (a test keeps them equal).
  var LABELS = {
    "search.quoted": "\u201c{query}\u201d",
    "search.inTopic": "{query} in {topic}",
    "search.noResults": "No results for {query}.",
    "search.found": {"one": "{count} result for {query}.", "other": "{count} results for {query}."},
    "search.foundMore": {"one": "{count} result for {query}, showing the first {shown}.",
      "other": "{count} results for {query}, showing the first {shown}."},
    "search.liveUpdateIn": "Live update in {article}",
    "search.article": "Article",
    "search.loading": "Loading the search index\u2026",
    "search.noLibrary": "Search is not available: its script could not be loaded.",
    "search.noIndex": "Search is not available: the search index could not be loaded."
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

  // A label with its {placeholders} filled in; a counted one in the form the number takes (see words).
  function label(key, values, count) {
    var text = words(key, count);
    values = values || {};
    if (count !== undefined) { values.count = String(count); }
    return String(text).replace(/\{([A-Za-z]+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
    });
  }
  var input = document.getElementById("q");
  var topic = document.getElementById("topic");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var root = form.getAttribute("data-root") || "";
  var SHOWN = 50;
  var SNIPPET = 200;
  var index = null;
  var docs = {};
  var timer = null;

  // Accents fold to plain letters on both sides, so "Nazarbaev" and "Nazarbáev" meet; so do curly
  // apostrophes to the straight one, so "don’t" (a phone's keyboard) and "don't" meet. Letters that
  // are not an accented letter to Unicode, so that NFD leaves them whole, fold as a reader without
  // them types them: "lodz" finds "Łódź" as "zurich" finds "Zürich". NFC puts back together what
  // NFD took apart and is no accent (a Korean syllable, a Japanese kana's voicing), so those words
  // stay as they are typed.
  var LETTERS = {
    "\u0142": "l", "\u0141": "l", "\u00f8": "o", "\u00d8": "o", "\u0111": "d", "\u0110": "d",
    "\u00f0": "d", "\u00d0": "d", "\u00df": "ss", "\u1e9e": "ss", "\u00e6": "ae", "\u00c6": "ae",
    "\u0153": "oe", "\u0152": "oe", "\u0131": "i", "\u00fe": "th", "\u00de": "th", "\u0127": "h",
    "\u0126": "h", "\u0167": "t", "\u0166": "t", "\u0140": "l", "\u013f": "l", "\u0138": "k",
    "\u014b": "n", "\u014a": "n", "\u017f": "s", "\u0237": "j", "\u0180": "b", "\u0248": "j",
    "\u0249": "j", "\u01b6": "z", "\u01b5": "z"
  };
  var UNDECOMPOSED = new RegExp("[" + Object.keys(LETTERS).join("") + "]", "g");
  function fold(token) {
    return token.update(function (s) {
      return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
        .replace(UNDECOMPOSED, function (c) { return LETTERS[c]; })
        .normalize("NFC").replace(/[\u2018\u2019\u02bc\uff07]/g, "'");
    });
  }

  // lunr's own trimmer cuts everything but [A-Za-z0-9_] from a word's ends, which left nothing of a
  // word in Cyrillic ("Алматы") or any other script; this one cuts what is not a letter or digit. A
  // possessive's "'s" goes too (after fold, so "Voldemort’s" too), so that it and the bare word
  // meet; a plural's ("ministers'") is cut as the apostrophe it ends with. A word of nothing but
  // punctuation is left out.
  function trim(token) {
    var word = token.update(function (s) {
      return s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/(\p{L})'s$/u, "$1");
    });
    return word.toString() ? word : undefined;
  }

  // Chinese, Japanese and Korean put no space between words (Korean between a word and its
  // particle), so lunr, which splits at spaces, took a whole sentence for one word and "猛暑" was
  // not found in "日本でも猛暑が続いています". Every run of their characters is cut, in the index and
  // in the query alike, into overlapping pairs ("日本", "本で", "でも", …), a character alone into
  // itself: a word of two or more characters is then every pair of it, which a query finds in any
  // sentence holding the word, as the search engines do for these languages without a dictionary.
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc\u3005]+/gu;
  function tokenize(text, metadata) {
    var out = [];
    lunr.tokenizer(text, metadata).forEach(function (token) {
      var s = token.toString();
      var at = 0;
      var piece = function (part) { out.push(new lunr.Token(part, lunr.utils.clone(token.metadata))); };
      CJK.lastIndex = 0;
      for (var m = CJK.exec(s); m !== null; m = CJK.exec(s)) {
        if (m.index > at) { piece(s.slice(at, m.index)); }
        var chars = Array.from(m[0]);
        if (chars.length === 1) { piece(chars[0]); }
        for (var i = 0; i + 1 < chars.length; i++) { piece(chars[i] + chars[i + 1]); }
        at = m.index + m[0].length;
      }
      if (at === 0) { out.push(token); } else if (at < s.length) { piece(s.slice(at)); }
    });
    return out;
  }

  function build(store) {
    // Registered, so that lunr does not warn that an index using them could not be serialised.
    lunr.Pipeline.registerFunction(fold, "gazetteFold");
    lunr.Pipeline.registerFunction(trim, "gazetteTrim");
    store.articles.forEach(function (a) {
      docs[a.path] = { path: a.path, title: a.title, date: a.date, topics: a.topics, text: a.text || "" };
      (a.updates || []).forEach(function (u) {
        var path = a.path + "#" + u.id;
        docs[path] = { path: path, title: u.title, article: a.title, date: u.date, topics: u.topics, text: u.text || "" };
      });
    });
    index = lunr(function () {
      this.ref("path");
      this.field("title", { boost: 10 });
      this.field("text");
      this.tokenizer = tokenize;
      this.pipeline.before(lunr.trimmer, fold);
      this.pipeline.after(lunr.trimmer, trim);
      this.pipeline.remove(lunr.trimmer);
      Object.keys(docs).forEach(function (path) { this.add(docs[path]); }, this);
    });
  }

  // The words of the query, as the index holds them: split, folded, trimmed, without stop words, stemmed.
  function terms(text) {
    return tokenize(text)
      .map(function (token) { return trim(fold(token)); })
      .filter(function (token) { return token && lunr.stopWordFilter(token); })
      .map(function (token) { return lunr.stemmer(token).toString(); });
  }

  // Every word must match (in the title or the text); the last one may be a prefix of a longer
  // word, so results appear while typing. lunr's own query syntax is not exposed: a stray ":" or
  // "~" in a reader's query must not be an error.
  function find(words) {
    return index.query(function (q) {
      words.forEach(function (w, i) {
        var last = i === words.length - 1;
        q.term(w, { usePipeline: false, presence: lunr.Query.presence.REQUIRED,
          wildcard: last ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE });
        if (last) { q.term(w, { usePipeline: false, boost: 10 }); }
      });
    });
  }

  function search() {
    var query = input.value.trim();
    var wanted = topic.value;
    var topicName = wanted ? topic.options[topic.selectedIndex].text : "";
    results.textContent = "";
    if (!query) { status.textContent = ""; return; }
    var words = terms(query);
    var hits = words.length ? find(words) : [];
    hits = hits.map(function (h) { return docs[h.ref]; })
      .filter(function (d) { return !wanted || d.topics.indexOf(wanted) >= 0; });
    var scope = label("search.quoted", { query: query });
    if (wanted) { scope = label("search.inTopic", { query: scope, topic: topicName }); }
    if (!hits.length) {
      status.textContent = label("search.noResults", { query: scope });
      return;
    }
    status.textContent = hits.length > SHOWN
      ? label("search.foundMore", { query: scope, shown: String(SHOWN) }, hits.length)
      : label("search.found", { query: scope }, hits.length);
    hits.slice(0, SHOWN).forEach(function (d) {
      var li = document.createElement("li");
      var heading = document.createElement("a");
      heading.href = root + d.path;
      heading.textContent = d.title;
      li.appendChild(heading);
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = [d.article ? label("search.liveUpdateIn", { article: d.article }) : label("search.article"), d.date]
        .filter(Boolean).join(" \u00b7 ");
      li.appendChild(meta);
      if (d.text) {
        var snippet = document.createElement("p");
        snippet.textContent = d.text.length > SNIPPET ? d.text.slice(0, d.text.lastIndexOf(" ", SNIPPET)) + "\u2026" : d.text;
        li.appendChild(snippet);
      }
      results.appendChild(li);
    });
  }

  // The address always holds the current search, so it can be bookmarked or shared.
  function remember() {
    var url = new URL(location.href);
    if (input.value) { url.searchParams.set("q", input.value); } else { url.searchParams.delete("q"); }
    if (topic.value) { url.searchParams.set("topic", topic.value); } else { url.searchParams.delete("topic"); }
    history.replaceState(null, "", url);
  }

  function update(delay) {
    clearTimeout(timer);
    timer = setTimeout(function () {
      remember();
      if (index) { search(); }
    }, delay);
  }

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  topic.value = params.get("topic") || "";
  if (topic.selectedIndex < 0) { topic.value = ""; }
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    update(0);
  });
  // A short pause before searching while typing, so a screen reader announces the count once.
  input.addEventListener("input", function () { update(250); });
  topic.addEventListener("change", function () { update(0); });

  if (typeof lunr !== "function") {
    status.textContent = label("search.noLibrary");
    return;
  }
  status.textContent = label("search.loading");
  fetch(form.getAttribute("data-index"))
    .then(function (r) {
      if (!r.ok) { throw new Error("HTTP " + r.status); }
      return r.json();
    })
    .then(function (store) {
      build(store);
      status.textContent = "";
      form.setAttribute("data-ready", "");
      search();
    })
    .catch(function () {
      index = null;
      status.textContent = label("search.noIndex");
    });
})();
