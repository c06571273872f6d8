"""Assembles documents, sections, claims and entities into one NetworkX graph.

The graph is a :class:`networkx.MultiDiGraph` whose edge key is the relation, so two nodes can
be linked by several relations (a claim can both follow and resemble another). Every attribute
is a scalar, so GEXF, GraphML and JSON exports need no conversion. The node and edge attributes
are listed in ``docs/ARCHITECTURE.md``.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations, pairwise

import networkx as nx

from kg.model import Document, Entity, Mention, Section, Sentence

log = logging.getLogger(__name__)

LABEL_CHARS = 80
"""Claim labels are the claim's first characters, so Gephi shows something readable."""


def build_graph(
    documents: Sequence[Document],
    sections: Sequence[Section],
    sentences: Sequence[Sentence],
    entities: Sequence[Entity] = (),
    mentions: Sequence[Mention] = (),
) -> nx.MultiDiGraph:
    """Builds the knowledge graph of a corpus.

    A sentence that occurs several times becomes one claim node whose ``occurrences`` counts the
    repeats and whose ``char_start``/``char_end`` are those of its first occurrence.

    Args:
        documents: the source documents.
        sections: every document's sections.
        sentences: every document's sentences, in document order.
        entities: the canonical entities.
        mentions: which sentence (index into ``sentences``) names which entity.

    Returns:
        The graph, with ``contains``, ``in_section`` (or ``in_document`` for a claim under
        no heading), ``next``, ``mentions`` and ``co_occurs``
        edges (``similar_to`` edges are added later by :func:`add_similarity`, from embeddings).
    """
    graph = nx.MultiDiGraph()
    for doc in documents:
        graph.add_node(doc.id, kind="document", label=doc.title, path=doc.path)
    _add_sections(graph, sections)
    _add_claims(graph, sentences)
    _add_entities(graph, sentences, entities, mentions)
    log.info(
        "graph: %d nodes, %d edges", graph.number_of_nodes(), graph.number_of_edges()
    )
    return graph


def _add_edge(graph: nx.MultiDiGraph, u: str, v: str, relation: str, **attrs) -> None:
    """Adds an edge, or adds one to the weight of the same relation between the same nodes."""
    if graph.has_edge(u, v, key=relation):
        graph.edges[u, v, relation]["weight"] += attrs.get("weight", 1.0)
        return
    graph.add_edge(u, v, key=relation, relation=relation, **{"weight": 1.0, **attrs})


def _add_sections(graph: nx.MultiDiGraph, sections: Iterable[Section]) -> None:
    for section in sections:
        graph.add_node(
            section.id,
            kind="section",
            label=section.title,
            doc=section.doc,
            level=section.level,
            order=section.order,
        )
    for section in sections:
        parent = section.parent if section.parent in graph else section.doc
        _add_edge(graph, parent, section.id, "contains")


def _add_claims(graph: nx.MultiDiGraph, sentences: Sequence[Sentence]) -> None:
    spans: dict[str, list[str]] = defaultdict(list)
    for sentence in sentences:
        claim = sentence.claim_id
        spans[claim].append(f"{sentence.doc}:{sentence.char_start}:{sentence.char_end}")
        if claim not in graph:
            graph.add_node(
                claim,
                kind="claim",
                label=_short(sentence.text),
                text=sentence.text,
                doc=sentence.doc,
                char_start=sentence.char_start,
                char_end=sentence.char_end,
                section=sentence.section or "",
                order=sentence.order,
                list_item=sentence.list_item,
                continues_item=sentence.continues_item,
            )
        if sentence.section:
            _add_edge(graph, claim, sentence.section, "in_section")
        else:  # text before the first heading, or a document with none
            _add_edge(graph, claim, sentence.doc, "in_document")
    for claim, where in spans.items():
        graph.nodes[claim]["occurrences"] = len(where)
        graph.nodes[claim]["spans"] = "|".join(where)
    for before, after in pairwise(sentences):
        if before.doc == after.doc and before.claim_id != after.claim_id:
            _add_edge(graph, before.claim_id, after.claim_id, "next")


def _add_entities(
    graph: nx.MultiDiGraph,
    sentences: Sequence[Sentence],
    entities: Iterable[Entity],
    mentions: Iterable[Mention],
) -> None:
    for entity in entities:
        graph.add_node(
            entity.id,
            kind="entity",
            label=entity.label,
            entity_type=entity.entity_type,
            aliases="|".join(sorted(entity.aliases - {entity.label})),
            mentions=entity.mentions,
            merges=json.dumps(entity.merges, ensure_ascii=False),
        )
    by_claim: dict[str, set[str]] = defaultdict(set)
    literal = {(sentences[m.sentence].claim_id, m.entity) for m in mentions if m.via == "literal"}
    for mention in mentions:
        if mention.entity not in graph:
            log.warning("mention of unknown entity %s skipped", mention.entity)
            continue
        claim = sentences[mention.sentence].claim_id
        via = "literal" if (claim, mention.entity) in literal else mention.via
        if not graph.has_edge(claim, mention.entity, key="mentions"):
            _add_edge(graph, claim, mention.entity, "mentions", via=via, surface=mention.surface)
        by_claim[claim].add(mention.entity)
    shared: Counter[tuple[str, str]] = Counter()
    for found in by_claim.values():
        shared.update(combinations(sorted(found), 2))
    for (a, b), count in shared.items():
        _add_edge(graph, a, b, "co_occurs", weight=float(count))


def add_similarity(
    graph: nx.MultiDiGraph,
    pairs: Iterable[tuple[str, str, float]],
    *,
    near_duplicate: float = 0.92,
) -> int:
    """Links claims whose embeddings are close.

    Args:
        graph: the graph to change in place.
        pairs: ``(claim_a, claim_b, cosine)``; each unordered pair is linked once.
        near_duplicate: cosine at or above which a pair is flagged as a near-duplicate.

    Returns:
        The number of ``similar_to`` edges added.
    """
    added = 0
    for a, b, cosine in pairs:
        a, b = sorted((a, b))
        if a == b or graph.has_edge(a, b, key="similar_to"):
            continue
        graph.add_edge(
            a,
            b,
            key="similar_to",
            relation="similar_to",
            weight=round(float(cosine), 4),
            near_duplicate=bool(cosine >= near_duplicate),
        )
        added += 1
    return added


def claim_ids(graph: nx.MultiDiGraph) -> list[str]:
    """Every claim node, in document order (the order of the vector rows)."""
    claims = [n for n, kind in graph.nodes(data="kind") if kind == "claim"]
    return sorted(claims, key=lambda n: (graph.nodes[n]["doc"], graph.nodes[n]["order"]))


def neighbours(graph: nx.MultiDiGraph, node: str, *, limit: int = 50) -> list[dict]:
    """The nodes linked to ``node``, in either direction, most informative first.

    Ordered by relation: ``mentions`` (entities, or the claims naming an entity), ``next``
    (the claims before and after), ``in_section``/``in_document``, ``similar_to``,
    ``co_occurs``, then ``contains``; within a relation by weight, then by mentions.

    Args:
        graph: the graph.
        node: a node id present in the graph.
        limit: at most this many neighbours.

    Returns:
        ``[{"id", "kind", "label", "relation", "direction"}]`` where ``direction`` is ``out``
        when the edge leaves ``node`` and ``in`` when it arrives.
    """
    found: dict[tuple[str, str], tuple[dict, float, int]] = {}
    for direction, edges in (
        ("out", graph.out_edges(node, keys=True, data=True)),
        ("in", graph.in_edges(node, keys=True, data=True)),
    ):
        for u, v, relation, data in edges:
            other = v if direction == "out" else u
            if (other, relation) in found:
                continue
            attrs = graph.nodes[other]
            item = {
                "id": other,
                "kind": attrs.get("kind", ""),
                "label": attrs.get("label", other),
                "relation": relation,
                "direction": direction,
            }
            if data.get("via") == "reference":
                item["via"] = "reference"
            found[(other, relation)] = (item, data.get("weight", 1.0), attrs.get("mentions", 0))
    rank = {"mentions": 0, "next": 1, "in_section": 2, "in_document": 2, "similar_to": 3,
            "co_occurs": 4, "contains": 5}
    ordered = sorted(
        found.values(),
        key=lambda x: (rank.get(x[0]["relation"], 9), -x[1], -x[2], x[0]["id"]),
    )
    return [item for item, _, _ in ordered[:limit]]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"
