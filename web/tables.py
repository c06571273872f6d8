"""Column tables of what a search result shows, so a loaded store answers without its graph.

A search result is a claim's attributes, the titles of its document and section, and its
first neighbours (id, kind, label, relation). :mod:`web.derived` writes these tables into the
store at build time; a loaded :class:`~web.engine.Engine` reads them memory-mapped and reads
the graph itself only when something walks it (a node page, a neighbourhood, an export), so
the largest part of a store (the pickled graph: 1.3 s to load at 100k claims) is off the
search path. Every table reproduces exactly what the graph gives (``tests/test_derived.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import networkx as nx
import numpy as np

from kg.graph import neighbours


@dataclass
class Strings:
    """Strings packed as UTF-8 into one byte array, read one at a time (memory-mapped).

    Attributes:
        blob: uint8, the encoded strings one after another.
        offsets: int64 (m + 1,): string ``i`` is ``blob[offsets[i]:offsets[i + 1]]``.
    """

    blob: np.ndarray
    offsets: np.ndarray
    _view: memoryview | None = field(default=None, repr=False, compare=False)
    _starts: list[int] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, strings: Sequence[str]) -> Strings:
        """Packs some strings."""
        encoded = [s.encode("utf-8") for s in strings]
        lengths = np.fromiter((len(b) for b in encoded), dtype=np.int64, count=len(encoded))
        return cls(
            blob=np.frombuffer(b"".join(encoded), dtype=np.uint8),
            offsets=np.concatenate(([0], np.cumsum(lengths))).astype(np.int64),
        )

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> str:
        if self._view is None:  # first use: a few ms for 100k strings, then 0.3 µs a string
            self._view, self._starts = memoryview(self.blob), self.offsets.tolist()
        return str(self._view[self._starts[i] : self._starts[i + 1]], "utf-8")

    def fits(self) -> bool:
        """Whether the offsets are consistent with the blob."""
        o = self.offsets
        return o.ndim == 1 and len(o) >= 1 and o[0] == 0 and o[-1] == len(self.blob) and bool(
            np.all(o[1:] >= o[:-1])
        )


@dataclass
class NodeTable:
    """Every node's id, kind and label, in the graph's node order.

    Attributes:
        ids: the node ids.
        labels: ``attrs.get("label", id)``.
        kinds: int8 (m,), an index into ``kind_names``.
        kind_names: the node kinds (``attrs.get("kind", "")``).
    """

    ids: Strings
    labels: Strings
    kinds: np.ndarray
    kind_names: list[str]

    @classmethod
    def of(cls, graph: nx.MultiDiGraph) -> NodeTable:
        """The table of a graph."""
        names: dict[str, int] = {}
        kinds = [names.setdefault(attrs.get("kind", ""), len(names)) for _, attrs in graph.nodes(data=True)]
        return cls(
            ids=Strings.of([str(n) for n in graph]),
            labels=Strings.of([str(attrs.get("label", n)) for n, attrs in graph.nodes(data=True)]),
            kinds=np.asarray(kinds, dtype=np.int8),
            kind_names=list(names),
        )


@dataclass
class NeighbourTable:
    """Each claim's first neighbours, as positions in the graph's node order.

    Attributes:
        offsets: int64 (n + 1,): claim row ``r`` owns entries ``offsets[r]:offsets[r + 1]``.
        nodes: int32, the neighbour's position in the :class:`NodeTable`.
        links: int16, ``relation index * 4 + 2 * (edge arrives at the claim) + via reference``.
        relations: the relation names the indexes refer to.
    """

    offsets: np.ndarray
    nodes: np.ndarray
    links: np.ndarray
    relations: list[str]

    @classmethod
    def of(cls, graph: nx.MultiDiGraph, claims: Sequence[str], *, limit: int) -> NeighbourTable:
        """The first ``limit`` neighbours of each claim, as :func:`kg.graph.neighbours` orders them."""
        position = {node: i for i, node in enumerate(graph)}
        relations: dict[str, int] = {}
        offsets, nodes, links = [0], [], []
        for claim in claims:
            for item in neighbours(graph, claim, limit=limit):
                relation = relations.setdefault(item["relation"], len(relations))
                nodes.append(position[item["id"]])
                incoming = item["direction"] == "in"
                links.append(relation * 4 + 2 * incoming + (item.get("via") == "reference"))
            offsets.append(len(nodes))
        return cls(
            offsets=np.asarray(offsets, dtype=np.int64),
            nodes=np.asarray(nodes, dtype=np.int32),
            links=np.asarray(links, dtype=np.int16),
            relations=list(relations),
        )

    def items(self, table: NodeTable, row: int) -> list[dict]:
        """The neighbours of claim ``row`` as :func:`kg.graph.neighbours` gives them."""
        start, end = int(self.offsets[row]), int(self.offsets[row + 1])
        out = []
        for position, link in zip(self.nodes[start:end].tolist(), self.links[start:end].tolist()):
            item = {
                "id": table.ids[position],
                "kind": table.kind_names[table.kinds[position]],
                "label": table.labels[position],
                "relation": self.relations[link >> 2],
                "direction": "in" if link & 2 else "out",
            }
            if link & 1:
                item["via"] = "reference"
            out.append(item)
        return out


@dataclass
class ClaimColumns:
    """The attributes a search result shows of each claim, by vector row.

    A claim's text is its document's text from ``char_start`` to ``char_end`` (as the contract
    promises); the few that are not (none in practice) are kept in ``texts``.

    Attributes:
        doc: int32 (n,), an index into ``documents``.
        section: int32 (n,), an index into ``sections`` (-1: none).
        char_start, char_end, occurrences: int64 (n,).
        documents, document_titles: each document id, and its node's label (the id when the
            graph has no such node).
        sections, section_titles: each section id, and its node's label (None when the graph
            has no such node).
        texts: row → text, where slicing the document does not give it.
    """

    doc: np.ndarray
    section: np.ndarray
    char_start: np.ndarray
    char_end: np.ndarray
    occurrences: np.ndarray
    documents: list[str]
    document_titles: list[str]
    sections: list[str]
    section_titles: list[str | None]
    texts: dict[int, str]

    @classmethod
    def of(
        cls, graph: nx.MultiDiGraph, claims: Sequence[str], sources: Mapping[str, str]
    ) -> ClaimColumns:
        """The columns of a graph's claims; ``sources`` maps document ids to their texts."""
        documents: dict[str, int] = {}
        sections: dict[str, int] = {}
        columns = {name: [] for name in ("doc", "section", "char_start", "char_end", "occurrences")}
        texts = {}
        for row, claim in enumerate(claims):
            attrs = graph.nodes[claim]
            doc, section = attrs["doc"], attrs.get("section") or None
            start, end = attrs["char_start"], attrs["char_end"]
            columns["doc"].append(documents.setdefault(doc, len(documents)))
            columns["section"].append(-1 if section is None else sections.setdefault(section, len(sections)))
            columns["char_start"].append(start)
            columns["char_end"].append(end)
            columns["occurrences"].append(attrs.get("occurrences", 1))
            if doc not in sources or sources[doc][start:end] != attrs["text"]:
                texts[row] = attrs["text"]
        return cls(
            doc=np.asarray(columns["doc"], dtype=np.int32),
            section=np.asarray(columns["section"], dtype=np.int32),
            char_start=np.asarray(columns["char_start"], dtype=np.int64),
            char_end=np.asarray(columns["char_end"], dtype=np.int64),
            occurrences=np.asarray(columns["occurrences"], dtype=np.int64),
            documents=list(documents),
            document_titles=[graph.nodes[d]["label"] if d in graph else d for d in documents],
            sections=list(sections),
            section_titles=[graph.nodes[s]["label"] if s in graph else None for s in sections],
            texts=texts,
        )

    def text(self, row: int, sources: Mapping[str, dict]) -> str:
        """The text of claim ``row`` (``sources``: the store's documents)."""
        text = self.texts.get(row)
        if text is None:
            start, end = int(self.char_start[row]), int(self.char_end[row])
            text = sources[self.documents[self.doc[row]]]["text"][start:end]
        return text

    def record(self, row: int, claim: str, sources: Mapping[str, dict]) -> dict:
        """What a search result shows of claim ``row`` (``sources``: the store's documents)."""
        doc = self.documents[self.doc[row]]
        section = int(self.section[row])
        start, end = int(self.char_start[row]), int(self.char_end[row])
        text = self.text(row, sources)
        return {
            "id": claim,
            "kind": "claim",
            "text": text,
            "document": doc,
            "document_title": self.document_titles[self.doc[row]],
            "section": None if section < 0 else self.sections[section],
            "section_title": None if section < 0 else self.section_titles[section],
            "char_start": start,
            "char_end": end,
            "occurrences": int(self.occurrences[row]),
        }


def claim_record(graph: nx.MultiDiGraph, claim: str) -> dict:
    """What a search result shows of a claim, read from the graph (as :meth:`ClaimColumns.record`)."""
    attrs = graph.nodes[claim]
    doc = attrs["doc"]
    section = attrs.get("section") or None
    return {
        "id": claim,
        "kind": "claim",
        "text": attrs["text"],
        "document": doc,
        "document_title": graph.nodes[doc]["label"] if doc in graph else doc,
        "section": section,
        "section_title": graph.nodes[section]["label"] if section in graph else None,
        "char_start": attrs["char_start"],
        "char_end": attrs["char_end"],
        "occurrences": attrs.get("occurrences", 1),
    }


_RECORD_REST = ("document", "document_title", "section", "section_title", "char_start", "char_end",
                "occurrences")


def search_result(hit, record: dict, adjacent: Sequence[Mapping], span: tuple[int, int]) -> dict:
    """One search result as CONTRACT.md gives it (built by :meth:`web.engine.Engine.search`).

    Args:
        hit: the ranked claim (a :class:`web.boosts.Hit`: ``claim``, ``score``, ``duplicates``).
        record: what the result shows of the claim (:meth:`ClaimColumns.record` or
            :func:`claim_record`).
        adjacent: the claim's first neighbours.
        span: ``(start, end)`` of the text to highlight (:func:`web.highlight.highlight`).

    Returns:
        The result's JSON object.
    """
    claim, score = hit.claim, hit.score
    text = record["text"]
    start, end = span
    return {
        "id": claim,
        "kind": "claim",
        "text": text,
        "score": round(float(score), 6),
        **{key: record[key] for key in _RECORD_REST},
        "highlight": {"start": start, "end": end},
        "duplicates": list(hit.duplicates),
        "neighbours": [dict(item) for item in adjacent],
    }
