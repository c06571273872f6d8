// Draws a node's neighbourhood with Cytoscape.js from the JSON API (node-link data).
// Without JavaScript, or if the request fails, the page keeps its download links.
(function () {
  "use strict";
  var box = document.getElementById("cy");
  if (!box || typeof window.cytoscape !== "function") { return; }
  var info = document.getElementById("graph-info");
  var center = box.dataset.center;

  var KIND = { document: "#334155", section: "#64748b", claim: "#2563eb", entity: "#0d9488" };
  var TYPE = {
    person: "#ea580c", organization: "#16a34a", product: "#9333ea", date: "#ca8a04",
    place: "#0891b2", concept: "#0d9488", technique: "#db2777", document: "#475569",
    quantity: "#a16207", event: "#b91c1c", other: "#0d9488"
  };

  function colour(n) {
    if (n.kind === "entity") { return TYPE[n.entity_type] || KIND.entity; }
    return KIND[n.kind] || "#94a3b8";
  }

  function short(text, max) {
    text = String(text == null ? "" : text);
    return text.length > max ? text.slice(0, max - 1) + "…" : text;
  }

  function say(text) { if (info) { info.textContent = text; } }

  // Rings around the centre node: nearer nodes on inner rings, entities before claims, and
  // each ring holding a few more nodes than the one inside it, so a hub stays readable.
  var KIND_ORDER = { entity: 0, claim: 1, section: 2, document: 3 };

  function rings(cy) {
    var root = cy.getElementById(center);
    var steps = {};
    if (root.nonempty()) {
      cy.elements().bfs({ roots: root, directed: false, visit: function (v, e, u, i, depth) {
        steps[v.id()] = depth;
      } });
    }
    var order = cy.nodes().toArray().filter(function (n) { return n.id() !== center; });
    order.sort(function (x, y) {
      var sx = x.id() in steps ? steps[x.id()] : 99, sy = y.id() in steps ? steps[y.id()] : 99;
      var kx = KIND_ORDER[x.data("kind")] || 4, ky = KIND_ORDER[y.data("kind")] || 4;
      return sx - sy || kx - ky || y.degree() - x.degree();
    });
    var ring = {}, r = 1, room = 10;
    ring[center] = 0;
    order.forEach(function (n) {
      if (room === 0) { r += 1; room = 10 + 6 * (r - 1); }
      ring[n.id()] = r;
      room -= 1;
    });
    return cy.layout({
      name: "concentric", animate: false, padding: 30, minNodeSpacing: 34, startAngle: -Math.PI / 2,
      concentric: function (n) { return r + 1 - (ring[n.id()] || 0); },
      levelWidth: function () { return 1; }
    });
  }

  function draw(data) {
    var links = data.links || data.edges || [];
    var elements = [];
    (data.nodes || []).forEach(function (n) {
      var label = n.label || n.id;
      elements.push({ data: {
        id: String(n.id), full: String(label), kind: n.kind || "", colour: colour(n),
        label: short(label, n.kind === "claim" ? 28 : 24)
      }, classes: (String(n.id) === center ? "center " : "") + "k-" + (n.kind || "x") });
    });
    links.forEach(function (l, i) {
      elements.push({ data: { id: "e" + i, source: String(l.source), target: String(l.target),
                              relation: l.relation || l.key || "" } });
    });
    var cy = window.cytoscape({
      container: box,
      elements: elements,
      minZoom: 0.2,
      maxZoom: 1.6,  // a small neighbourhood should not be blown up to fill the box
      style: [
        { selector: "node", style: {
          "background-color": "data(colour)", "label": "data(label)", "color": "#1e293b",
          "font-size": 10, "text-valign": "bottom", "text-margin-y": 4, "width": 18, "height": 18,
          "text-wrap": "ellipsis", "text-max-width": 140, "text-background-color": "#ffffff",
          "text-background-opacity": 0.8, "text-background-padding": 1, "min-zoomed-font-size": 7 } },
        { selector: "node.k-claim", style: { "shape": "round-rectangle", "width": 14, "height": 14 } },
        { selector: "node.k-document", style: { "shape": "round-tag", "width": 24, "height": 24 } },
        { selector: "node.k-section", style: { "shape": "diamond" } },
        { selector: "node.center", style: { "width": 30, "height": 30, "border-width": 4,
          "border-color": "#f59e0b", "font-weight": "bold", "font-size": 12, "z-index": 10 } },
        { selector: "edge", style: { "width": 1.2, "line-color": "#cbd5e1", "curve-style": "bezier",
          "target-arrow-shape": "triangle", "target-arrow-color": "#cbd5e1", "arrow-scale": 0.7 } },
        { selector: "node:active, node.hover", style: { "overlay-opacity": 0.15 } }
      ],
      layout: { name: "preset" }
    });
    rings(cy).run();
    cy.on("tap", "node", function (evt) {
      var id = evt.target.id();
      if (id !== center) { window.location.href = box.dataset.nodeBase + encodeURIComponent(id); }
    });
    cy.on("mouseover", "node", function (evt) {
      box.style.cursor = "pointer";
      say(evt.target.data("kind") + ": " + evt.target.data("full"));
    });
    cy.on("mouseout", "node", function () { box.style.cursor = ""; });
    say(cy.nodes().length + " nodes, " + cy.edges().length + " edges. Click a node to open it.");
    box.dataset.ready = "true";
    window.cy = cy;
  }

  box.classList.add("loading");
  fetch(box.dataset.src, { headers: { Accept: "application/json" } })
    .then(function (r) {
      if (!r.ok) { throw new Error("the graph service answered " + r.status); }
      return r.json();
    })
    .then(draw)
    .catch(function (e) { say("Could not draw the graph: " + e.message); })
    .then(function () { box.classList.remove("loading"); });
})();
