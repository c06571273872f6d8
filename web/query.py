"""What the graph knows about a query: the entities it names, and how informative each is.

An entity is recognised in a query when a run of the query's words equals its label or one of
its aliases (case-folded, possessive "'s" dropped), or a description the text resolves to it
alone ("the judge", :mod:`web.descriptions`; round 15). A decade ("the 1950s") names the
date entities of its years (:mod:`web.periods`; round 16). Each entity carries the share of claims
that mention it, literally or by reference. That share decides its role:

* An entity that most claims mention (the article's own subject, as a rule) tells the claims
  apart no better than "the": its *name* is dropped from the text that is embedded for the
  query, so the query vector points at what is asked rather than at whom. On the development
  questions this one step raised MRR@10 from 0.47 to 0.61 (R@5 0.55 → 0.68); a share of 0.2,
  0.3 or 0.5 gave the same figures, and :data:`COMMON_SHARE` sits in that plateau. Only a
  capitalised surface is a name: a common noun that refers to the same entity ("the museum")
  also says what kind of thing is asked about, and dropping it leaves a broken question
  ("When did the museum reopen?" would become "When did the reopen?"), so it stays.
* Other entities raise the claims that mention them, weighted by an IDF scaled to [0, 1]
  (``log(n / claims mentioning it) / log(n)``), so an entity in every claim adds nothing.

Matching is a dictionary look-up of the query's word n-grams, so its cost depends on the
query's length only, not on the number of entities or claims.

Measured in search round 16 (``docs/RANKING.md``) and left out: the embedded text rewritten by
morphology, a query word the article never writes replaced by (or followed by) the article's
most frequent word of the same stem ("reflector" → "reflects"), with or without the agent
link ("inventor" ↔ "invented"): mean MRR@10 .7625 → .7532 … .7601 on the 24 development sets,
up to seven sets losing 0.02 … 0.06.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx
import numpy as np

from web.descriptions import description_surfaces
from web.periods import YearIndex, decade_spans

log = logging.getLogger(__name__)

COMMON_SHARE = 0.3
"""An entity mentioned by more than this share of the claims is dropped from the dense query."""
MAX_WORDS = 8
"""The longest entity surface (in words) that is looked for in a query."""

_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")
_POSSESSIVE = re.compile(r"[’']s$")


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKC", word).casefold().replace("’", "'")
    return _POSSESSIVE.sub("", word)


def _words(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _scaled_idf(count: float, total: int) -> float:
    """``log(total / count) / log(total)``: 1 for a single claim, 0 for every claim."""
    if total <= 1 or count <= 0:
        return 0.0
    return max(0.0, math.log(total / count) / math.log(total))


@dataclass(frozen=True)
class EntityHit:
    """An entity named in a query.

    Attributes:
        entity: the entity's node id.
        start: offset of the first character of its surface in the query.
        end: offset just after its surface.
        share: the share of claims that mention it.
        weight: its IDF scaled to [0, 1] (0 for an entity in every claim).
        name: the surface is written as a name (capitalised, like the entity's label or an
            alias), not as a common noun ("the museum") that also says what is asked about.
    """

    entity: str
    start: int
    end: int
    share: float
    weight: float
    name: bool = True


@dataclass(frozen=True)
class Analysis:
    """A query as the ranker sees it.

    Attributes:
        text: the query as given.
        dense_text: the text to embed: the query without its uninformative entities.
        entities: the entities named in the query, in order of appearance.
    """

    text: str
    dense_text: str
    entities: tuple[EntityHit, ...]


@dataclass
class EntityTables:
    """What :class:`QueryAnalyser` knows of a graph's entities, as plain tables.

    Derived from the graph once at build time and saved in the store (:mod:`web.derived`), so
    loading a store does not walk every ``mentions`` edge again.

    Attributes:
        claim_count: how many claims (at least 1).
        entities: the ids of the entities that some claim mentions.
        offsets: int64 (len(entities) + 1,): entity ``i`` is mentioned by the claim rows
            ``rows[offsets[i]:offsets[i + 1]]``.
        rows: int64, the claim rows of each entity, ascending within each.
        surfaces: folded surface words → the entity that owns the surface (its label and
            aliases, and the descriptions that stand for it alone: :mod:`web.descriptions`).
        named: the surfaces written as names (capitalised).
    """

    claim_count: int
    entities: list[str]
    offsets: np.ndarray
    rows: np.ndarray
    surfaces: dict[tuple[str, ...], str]
    named: set[tuple[str, ...]]


def entity_tables(graph: nx.MultiDiGraph, claims: Sequence[str]) -> EntityTables:
    """The :class:`EntityTables` of a graph whose claims are in vector-row order ``claims``."""
    row_of = {claim: row for row, claim in enumerate(claims)}
    claim_count = max(1, len(claims))
    surfaces: dict[tuple[str, ...], str] = {}
    named: set[tuple[str, ...]] = set()
    entities: list[str] = []
    rows_of: list[np.ndarray] = []
    share: dict[str, float] = {}
    for node, attrs in graph.nodes(data=True):
        if attrs.get("kind") != "entity":
            continue
        rows = sorted(
            {
                row_of[u]
                for u, _, relation in graph.in_edges(node, keys=True)
                if relation == "mentions" and u in row_of
            }
        )
        if not rows:
            continue
        entities.append(node)
        rows_of.append(np.asarray(rows, dtype=np.int64))
        share[node] = len(rows) / claim_count
        forms = [attrs.get("label") or "", *(attrs.get("aliases") or "").split("|")]
        for form in forms:
            words = _words(form)
            key = tuple(_fold(m.group()) for m in words)
            if key and _capitalised(words[0].group()):
                named.add(key)
            if key and len(key) <= MAX_WORDS:
                # Two entities may share a surface; the more specific (rarer) one keeps it.
                other = surfaces.get(key)
                if other is None or share[other] > share[node]:
                    surfaces[key] = node
    # "the judge" that the text resolves to one entity is a query surface of that entity.
    surfaces.update(description_surfaces(graph, entities, surfaces, _fold))
    lengths = [len(r) for r in rows_of]
    return EntityTables(
        claim_count=claim_count,
        entities=entities,
        offsets=np.concatenate(([0], np.cumsum(lengths, dtype=np.int64))).astype(np.int64),
        rows=np.concatenate(rows_of) if rows_of else np.zeros(0, dtype=np.int64),
        surfaces=surfaces,
        named=named,
    )


class QueryAnalyser:
    """Finds a graph's entities in queries.

    Args:
        graph: the knowledge graph.
        claims: claim ids in vector-row order.
        tables: the graph's :class:`EntityTables`, already derived (a loaded store's); the
            graph and claims are not read then.
    """

    def __init__(
        self,
        graph: nx.MultiDiGraph | None = None,
        claims: Sequence[str] = (),
        *,
        tables: EntityTables | None = None,
    ):
        if tables is None:
            if graph is None:
                raise ValueError("give a graph and its claims, or their entity tables")
            tables = entity_tables(graph, claims)
        self.tables = tables
        self.claim_count = tables.claim_count
        self._surfaces = tables.surfaces
        self._named = tables.named
        self._index = {entity: i for i, entity in enumerate(tables.entities)}
        counts = np.diff(tables.offsets) / self.claim_count
        self._share = dict(zip(tables.entities, counts.tolist()))
        self._longest = max((len(k) for k in self._surfaces), default=0)
        self._years = YearIndex(self._surfaces.items())
        log.debug(
            "query analyser: %d surfaces of %d entities", len(self._surfaces), len(self._index)
        )

    def rows(self, entity: str) -> np.ndarray:
        """The vector rows of the claims that mention an entity (sorted)."""
        i = self._index.get(entity)
        if i is None:
            return np.zeros(0, dtype=np.int64)
        return self.tables.rows[self.tables.offsets[i] : self.tables.offsets[i + 1]]

    def analyse(self, query: str) -> Analysis:
        """Finds the entities a query names and the text to embed for it.

        The longest surface wins at each position; surfaces do not overlap. A decade adds
        the date entities of its years not named otherwise, each with the decade's span
        (:meth:`_decade_hits`), so those hits may share a span or overlap a surface.

        Args:
            query: the query text.

        Returns:
            The analysis.
        """
        words = _words(query)
        folded = [_fold(m.group()) for m in words]
        hits: list[EntityHit] = []
        i = 0
        while i < len(words):
            for n in range(min(self._longest, len(words) - i), 0, -1):
                key = tuple(folded[i : i + n])
                entity = self._surfaces.get(key)
                if entity is not None:
                    share, weight = self._weigh(entity)
                    # The query's first word is capitalised whatever it is; the others say.
                    name = key in self._named and all(
                        j == 0 or _capitalised(words[j].group()) for j in (i, i + n - 1)
                    )
                    hits.append(
                        EntityHit(
                            entity, words[i].start(), words[i + n - 1].end(), share, weight, name
                        )
                    )
                    i += n
                    break
            else:
                i += 1
        hits.extend(self._decade_hits(query, {hit.entity for hit in hits}))
        hits.sort(key=lambda hit: hit.start)
        return Analysis(query, self._dense_text(query, hits), tuple(hits))

    def _weigh(self, entity: str) -> tuple[float, float]:
        """An entity's share of the claims and its scaled IDF (an :class:`EntityHit`'s)."""
        share = self._share[entity]
        return share, _scaled_idf(share * self.claim_count, self.claim_count)

    def _decade_hits(self, query: str, named: set[str]) -> list[EntityHit]:
        """A decade ("the 1950s") names the date entities of its years (:mod:`web.periods`)."""
        hits = []
        for start, end, years in decade_spans(query):
            for entity in self._years.entities(years):
                if entity in named:
                    continue
                named.add(entity)
                share, weight = self._weigh(entity)
                hits.append(EntityHit(entity, start, end, share, weight, name=False))
        return hits

    @staticmethod
    def _dense_text(query: str, hits: Sequence[EntityHit]) -> str:
        kept, last = [], 0
        for hit in hits:
            if hit.share > COMMON_SHARE and hit.name:
                kept.append(query[last : hit.start])
                last = hit.end
        if not kept:
            return query
        kept.append(query[last:])
        text = re.sub(r"\s+", " ", "".join(kept)).strip()
        # A query that was nothing but the common entity keeps it: there is nothing else to ask.
        return text if _WORD.search(text) else query
