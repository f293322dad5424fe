// Gazette search: loads the site's index and searches it in the browser. A stop-gap ranking until a
// search library is wired in; pages work without this script.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  if (!form) { return; }
  var input = document.getElementById("q");
  var topic = document.getElementById("topic");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var root = form.getAttribute("data-root");
  var docs = null;

  function words(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function search() {
    var terms = words(input.value);
    var wanted = topic.value;
    results.textContent = "";
    if (!terms.length) { status.textContent = ""; return; }
    var hits = [];
    docs.forEach(function (d) {
      if (wanted && d.topics.indexOf(wanted) < 0) { return; }
      var title = d._title || (d._title = words(d.title).join(" "));
      var body = d._body || (d._body = words(d.text).join(" "));
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        var t = terms[i];
        var inTitle = (" " + title + " ").indexOf(" " + t) >= 0;
        var inBody = (" " + body + " ").indexOf(" " + t) >= 0;
        if (!inTitle && !inBody) { return; }
        score += (inTitle ? 5 : 0) + (inBody ? 1 : 0);
      }
      hits.push({ d: d, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score; });
    status.textContent = hits.length === 0 ? "No results for \u201c" + input.value + "\u201d."
      : hits.length + (hits.length === 1 ? " result" : " results") + " for \u201c" + input.value + "\u201d.";
    hits.slice(0, 50).forEach(function (h) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + h.d.path;
      a.textContent = h.d.title;
      li.appendChild(a);
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = [h.d.article ? "Live update in " + h.d.article : "Article", h.d.date].filter(Boolean).join(" \u00b7 ");
      li.appendChild(meta);
      var snippet = document.createElement("p");
      snippet.textContent = h.d.text.slice(0, 200) + (h.d.text.length > 200 ? "\u2026" : "");
      li.appendChild(snippet);
      results.appendChild(li);
    });
  }

  function load() {
    status.textContent = "Loading the search index\u2026";
    return fetch(form.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (index) {
      docs = index.docs;
      status.textContent = "";
    });
  }

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  topic.value = params.get("topic") || "";
  load().then(search).catch(function () { status.textContent = "The search index could not be loaded."; });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var url = new URL(location.href);
    url.searchParams.set("q", input.value);
    if (topic.value) { url.searchParams.set("topic", topic.value); } else { url.searchParams.delete("topic"); }
    history.replaceState(null, "", url);
    if (docs) { search(); }
  });
  input.addEventListener("input", function () { if (docs) { search(); } });
  topic.addEventListener("change", function () { if (docs) { search(); } });
})();
