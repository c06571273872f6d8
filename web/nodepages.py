"""What a node's page shows beyond its attributes, and a document cut at its claims.

:func:`node_details` lists, by the node's kind, an entity's claims (each with the mention
marked) and the entities it co-occurs with, a claim's spans, mentions, similar claims and the
claims around it, a section's claims and subsections, a document's sections;
:func:`document_segments` cuts a document's text at its claims' occurrences. Like
:mod:`web.graphviews` (which re-exports these names) they walk the graph itself.
"""

from __future__ import annotations

import json
import logging

import networkx as nx

log = logging.getLogger(__name__)

__all__ = ["adjacent_claims", "claim_link", "document_segments", "node_details", "split_text"]


def split_text(text: str, start, end) -> tuple[str, str, str]:
    """``text`` cut into before / marked / after, with the offsets clamped into range.

    Offsets that are not numbers mark nothing: ``(text, "", "")``.
    """
    try:
        start, end = int(start), int(end)
    except (TypeError, ValueError):
        return text, "", ""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return text[:start], text[start:end], text[end:]


def claim_link(graph: nx.MultiDiGraph, claim_id: str) -> dict:
    """What a page shows of a claim it links to: ``{"id", "label", "text", "doc", "char_start"}``."""
    attrs = graph.nodes[claim_id]
    return {"id": claim_id, "label": attrs.get("label", claim_id), "text": attrs.get("text", ""),
            "doc": attrs.get("doc"), "char_start": attrs.get("char_start")}


def adjacent_claims(graph: nx.MultiDiGraph, claim_id: str) -> tuple[dict | None, dict | None]:
    """The claims just before and just after a claim (its first ``next`` edges), as links."""
    before = _first(graph, claim_id, "next", incoming=True)
    after = _first(graph, claim_id, "next", incoming=False)
    return (claim_link(graph, before) if before else None,
            claim_link(graph, after) if after else None)


def node_details(graph: nx.MultiDiGraph, node_id: str) -> dict:
    """What a node's page shows beyond its attributes, by the node's kind.

    Args:
        graph: the knowledge graph.
        node_id: a node of the graph.

    Returns:
        For an entity, the claims that mention it, the entities it co-occurs with, its aliases
        and merges; for a claim, its spans, mentions, similar claims, the claims around it and
        its section; for a section, its claims, subsections and parents; for a document, its
        sections; ``{}`` for any other kind.
    """
    attrs = graph.nodes[node_id]
    kind = attrs.get("kind", "")
    if kind == "entity":
        return {**_entity_details(graph, node_id),
                "aliases": [a for a in str(attrs.get("aliases") or "").split("|") if a],
                "merges": _merges(attrs.get("merges"))}
    if kind == "claim":
        return _claim_details(graph, node_id)
    if kind == "section":
        return {"claims": _contained(graph, node_id, "in_section", incoming=True),
                "subsections": _contained(graph, node_id, "contains", incoming=False),
                "parents": _contained(graph, node_id, "contains", incoming=True)}
    if kind == "document":
        return {"sections": _contained(graph, node_id, "contains", incoming=False)}
    return {}


def document_segments(graph: nx.MultiDiGraph, doc_id: str, text: str) -> list[dict]:
    """A document's text cut into plain runs (``{"text"}``) and claim occurrences
    (``{"text", "claim", "start"}``), in order."""
    spans = [(start, end, claim_id)
             for claim_id, attrs in graph.nodes(data=True) if attrs.get("kind") == "claim"
             for doc, start, end in _spans(attrs) if doc == doc_id]
    segments, pos = [], 0
    for start, end, claim_id in sorted(spans):
        if start < pos or end > len(text):
            continue  # overlapping or stale span: show the text plainly rather than twice
        if start > pos:
            segments.append({"text": text[pos:start]})
        segments.append({"text": text[start:end], "claim": claim_id, "start": start})
        pos = end
    if pos < len(text):
        segments.append({"text": text[pos:]})
    return segments


def _ends(graph: nx.MultiDiGraph, node_id: str, relation: str, *, incoming: bool):
    """The node at the other end of each of ``node_id``'s ``relation`` edges in one direction,
    with the edge's data, in the graph's edge order."""
    edges = (graph.in_edges(node_id, keys=True, data=True) if incoming
             else graph.out_edges(node_id, keys=True, data=True))
    for u, v, key, data in edges:
        if key == relation:
            yield (u if incoming else v), data


def _links(graph: nx.MultiDiGraph, node_id: str, relation: str):
    """:func:`_ends` of both directions, outgoing edges first (for symmetric relations)."""
    yield from _ends(graph, node_id, relation, incoming=False)
    yield from _ends(graph, node_id, relation, incoming=True)


def _first(graph: nx.MultiDiGraph, node_id: str, relation: str, *, incoming: bool) -> str | None:
    return next((node for node, _ in _ends(graph, node_id, relation, incoming=incoming)), None)


def _merges(raw) -> list[dict]:
    """The entity's ``merges`` attribute (JSON text) as a list of dicts; bad JSON shows as none."""
    if not raw:
        return []
    try:
        merges = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        log.warning("unreadable merges attribute: %.80r", raw)
        return []
    return [m for m in merges if isinstance(m, dict)] if isinstance(merges, list) else []


def _entity_details(graph: nx.MultiDiGraph, node_id: str) -> dict:
    """Every claim that mentions the entity, and the entities it co-occurs with."""
    claims = {}
    for claim_id, data in _ends(graph, node_id, "mentions", incoming=True):
        if claim_id in claims:
            continue
        link = claim_link(graph, claim_id)
        surface = data.get("surface") or ""
        at = link["text"].find(surface) if surface else -1
        link["pieces"] = (split_text(link["text"], at, at + len(surface)) if at >= 0
                          else (link["text"], "", ""))
        link["via"] = data.get("via", "literal")
        link["surface"] = surface
        link["order"] = graph.nodes[claim_id].get("order", 0)
        claims[claim_id] = link
    related = {}
    for other, data in _links(graph, node_id, "co_occurs"):
        related[other] = {"id": other, "label": graph.nodes[other].get("label", other),
                          "entity_type": graph.nodes[other].get("entity_type", ""),
                          "weight": data.get("weight", 1)}
    return {
        "claims": sorted(claims.values(), key=lambda c: (str(c["doc"]), c["order"])),
        "related": sorted(related.values(), key=lambda r: (-r["weight"], r["label"])),
    }


def _spans(attrs: dict) -> list[tuple[str, int, int]]:
    """A claim's occurrences from its ``spans`` attribute (``doc:start:end`` joined with ``|``).

    Document ids hold colons themselves, so each span is cut from the right.
    """
    out = []
    for span in str(attrs.get("spans") or "").split("|"):
        head, _, end = span.rpartition(":")
        doc, _, start = head.rpartition(":")
        if doc and start.isdigit() and end.isdigit():
            out.append((doc, int(start), int(end)))
    if not out and attrs.get("doc") is not None and attrs.get("char_start") is not None:
        out.append((attrs["doc"], int(attrs["char_start"]), int(attrs.get("char_end") or 0)))
    return out


def _claim_details(graph: nx.MultiDiGraph, node_id: str) -> dict:
    attrs = graph.nodes[node_id]
    spans = [{"doc": doc, "char_start": start, "char_end": end,
              "title": graph.nodes[doc].get("label", doc) if doc in graph else doc}
             for doc, start, end in _spans(attrs)]
    mentions = [{"id": v, "label": graph.nodes[v].get("label", v), "via": data.get("via", "literal"),
                 "surface": data.get("surface", ""), "entity_type": graph.nodes[v].get("entity_type", "")}
                for v, data in _ends(graph, node_id, "mentions", incoming=False)]
    similar = [{**claim_link(graph, other), "weight": data.get("weight", 0),
                "near_duplicate": bool(data.get("near_duplicate"))}
               for other, data in _links(graph, node_id, "similar_to")]
    before, after = adjacent_claims(graph, node_id)
    section = _first(graph, node_id, "in_section", incoming=False)
    return {"spans": spans, "mentions": mentions, "before": before, "after": after,
            "similar": sorted(similar, key=lambda s: -s["weight"]),
            "section": {"id": section, "label": graph.nodes[section].get("label")} if section else None}


def _contained(graph: nx.MultiDiGraph, node_id: str, relation: str, *, incoming: bool) -> list[dict]:
    """Nodes joined to ``node_id`` by ``relation`` edges, in document order."""
    ids = dict.fromkeys(n for n, _ in _ends(graph, node_id, relation, incoming=incoming))
    return sorted(({"id": n, "label": graph.nodes[n].get("label", n), "kind": graph.nodes[n].get("kind"),
                    "order": graph.nodes[n].get("order", 0), "doc": graph.nodes[n].get("doc"),
                    "char_start": graph.nodes[n].get("char_start")} for n in ids),
                  key=lambda d: (d["order"], d["label"], d["id"]))
