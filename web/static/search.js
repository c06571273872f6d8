// Live search: the form works as a plain GET without JavaScript; with it, submitting or
// typing fetches /api/search and redraws the results in place, keeping the URL in step.
// Results are built with DOM calls and textContent only, never HTML strings.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var out = document.getElementById("results");
  if (!form || !out || !window.fetch || !window.history) { return; }
  var input = form.elements.q;
  var base = form.getAttribute("action").replace(/search$/, "");
  var api = form.dataset.api;
  var timer = null;
  var pending = null;

  function path(prefix, id) {
    return base + prefix + encodeURIComponent(id).replace(/%3A/gi, ":");
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) {
      if (c !== null && c !== undefined) {
        node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
      }
    });
    return node;
  }

  function marked(text, hl) {
    var p = el("p", { "class": "claim-text" });
    var n = text.length;
    var s = hl ? Math.max(0, Math.min(Number(hl.start) || 0, n)) : 0;
    var e = hl ? Math.max(s, Math.min(Number(hl.end) || 0, n)) : 0;
    p.appendChild(document.createTextNode(text.slice(0, s)));
    if (e > s) { p.appendChild(el("mark", { text: text.slice(s, e) })); }
    p.appendChild(document.createTextNode(text.slice(e)));
    return p;
  }

  function result(r) {
    var meta = el("p", { "class": "meta" }, [
      el("span", { "class": "score", title: "score", text: Number(r.score).toFixed(3) }), " ",
      el("a", { href: path("documents/", r.document) + "#c-" + r.char_start,
                text: r.document_title || r.document })
    ]);
    if (r.section_title) {
      meta.appendChild(el("span", { "class": "sep", text: " › " }));
      meta.appendChild(r.section ? el("a", { href: path("nodes/", r.section), text: r.section_title })
                                 : document.createTextNode(r.section_title));
    }
    if (r.occurrences > 1) {
      meta.appendChild(el("span", { "class": "badge", text: r.occurrences + " occurrences" }));
    }
    meta.appendChild(el("a", { "class": "action", href: path("nodes/", r.id), text: "claim" }));
    meta.appendChild(el("a", { "class": "action", href: path("nodes/", r.id) + "#graph", text: "graph" }));
    var li = el("li", { "class": "result" }, [marked(String(r.text), r.highlight), meta]);

    var seen = {};
    var chips = el("ul", { "class": "chips" });
    var context = el("div", { "class": "context" });
    (r.neighbours || []).forEach(function (nb) {
      if (nb.kind === "entity" && !seen[nb.id]) {
        seen[nb.id] = true;
        chips.appendChild(el("li", {}, [el("a", { "class": "chip", href: path("nodes/", nb.id),
                                                  text: nb.label || nb.id })]));
      } else if (nb.kind === "claim" && nb.relation === "next") {
        var where = nb.direction === "in" ? "Before:" : nb.direction === "out" ? "After:" : "Nearby:";
        context.appendChild(el("p", {}, [el("span", { "class": "muted", text: where }), " ",
          el("a", { href: path("nodes/", nb.id), text: nb.label || nb.id })]));
      }
    });
    if (chips.childNodes.length) { li.appendChild(chips); }
    if (context.childNodes.length) { li.appendChild(context); }
    return li;
  }

  function show(answer) {
    var n = answer.results.length;
    var nodes = [el("p", { "class": "summary muted" }, [
      n + " result" + (n === 1 ? "" : "s") + " for ", el("q", { text: answer.query || "" }),
      " · " + answer.mode + " search"])];
    if (!n) { nodes.push(el("p", { "class": "notice", text: "Nothing matched. Try other words." })); }
    nodes.push(el("ol", { "class": "results" }, answer.results.map(result)));
    out.replaceChildren.apply(out, nodes);
  }

  function fail(message) {
    out.replaceChildren(el("p", { "class": "notice error", role: "alert", text: message }));
  }

  function params() {
    var p = new URLSearchParams();
    ["q", "k", "mode"].forEach(function (name) {
      var v = (form.elements[name] && form.elements[name].value || "").trim();
      if (v) { p.set(name, v); }
    });
    return p;
  }

  function run(how) {
    var p = params();
    if (!p.get("q")) { fail("Type a question or some words to search for."); return; }
    if (pending) { pending.abort(); }
    var mine = pending = new AbortController();
    out.classList.add("loading");
    fetch(api + "?" + p.toString(), { headers: { Accept: "application/json" }, signal: mine.signal })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (body) {
          if (!r.ok) { throw new Error(body.error && body.error.message || "Search failed (" + r.status + ")."); }
          return body;
        });
      })
      .then(function (answer) {
        if (mine !== pending) { return; }
        show(answer);
        var url = form.getAttribute("action") + "?" + p.toString();
        if (how === "replace" && window.location.pathname !== form.getAttribute("action")) { how = "push"; }
        if (how === "push") { history.pushState({ q: p.toString() }, "", url); }
        else if (how === "replace") { history.replaceState({ q: p.toString() }, "", url); }
        document.title = p.get("q") + " · Knowledge graph search";
      })
      .catch(function (e) { if (e.name !== "AbortError" && mine === pending) { fail(e.message); } })
      .then(function () { if (mine === pending) { out.classList.remove("loading"); } });
  }

  form.addEventListener("submit", function (evt) {
    evt.preventDefault();
    clearTimeout(timer);
    run("push");
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    if (input.value.trim().length >= 3) { timer = setTimeout(function () { run("replace"); }, 400); }
  });
  window.addEventListener("popstate", function () {
    var p = new URLSearchParams(window.location.search);
    ["q", "k", "mode"].forEach(function (name) {
      if (form.elements[name]) { form.elements[name].value = p.get(name) || (name === "k" ? (form.dataset.defaultK || "10") : ""); }
    });
    if (p.get("q")) { run(null); } else { out.replaceChildren(); }
  });
})();
