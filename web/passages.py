"""What text stands for a claim in the indexes.

A claim alone often lacks its subject ("The firm was founded in 1987"). Each claim is
indexed as its plain text (:func:`passage_texts`: the rows of ``vectors.npy`` and of the BM25
index), and claims whose subject is only referred to get one extra *view* (:func:`passage_views`):
the text with each reference (``mentions`` edge with ``via="reference"``) replaced by the
entity's label, so "The firm was founded in 1987" is also embedded as "Norland was founded
in 1987". Graph-aware search scores a claim by the better of its two vectors.

Other views were measured on the development questions and left out because they did not help
there (``benchmarks/search.py`` reports the figures): the section title before the text, the
previous sentence before the text (for every claim, or only for claims opening with a
reference), and the whole paragraph, each as a view whose cosine may *replace* the claim's
(the better of the two). They would also cost one more encode of every claim, while the resolved
view costs one encode of the claims with references only (a fifth of them in the bundled
article). The previous sentence does help as a small *blend* into the claim's own cosine rather
than as an alternative to it; that is :mod:`web.context`, and the figures are in
``docs/RANKING.md`` (round 4), and so does the whole paragraph, encoded once per paragraph
(:mod:`web.paragraphs`, round 9b).

Section titles do reach ranking another way: :func:`section_titles` lists each distinct
heading once with the claims under it, and the build adds each title's word pieces to those
claims' late-interaction bags (:mod:`web.maxsim`), at the cost of one encode of the distinct
titles rather than of every claim.

The build and any re-index call these functions, so the vectors and the lexical index always
describe the same passages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import networkx as nx

_POSSESSIVE = re.compile(r"[’']s$", re.IGNORECASE)
# A demonstrative determiner before a noun ("this method", "these tools", "such devices"):
# the phrase names something said before, most often in the previous sentence.
_BACK_REFERENCE = re.compile(
    r"""\b(?:this|these|those|such)\s+
        (?!(?:as|a|an|that|is|was|are|were|has|have|had|can|could|will|would|may|might|must
            |should|does|did|do)\b)
        [^\W\d_]""",
    re.IGNORECASE | re.VERBOSE,
)
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "hers", "theirs", "our"})
# An acronym: two or more capital letters (digits and "&" may join them), nothing else.
_ACRONYM = re.compile(r"(?=(?:[0-9&]*[A-Z]){2})[A-Z0-9&]+")


def passage_texts(graph: nx.MultiDiGraph, claims: Sequence[str]) -> list[str]:
    """The text indexed for each claim, in the order given (the claim's own text).

    Args:
        graph: the knowledge graph.
        claims: claim node ids (the vector rows' order).

    Returns:
        One passage per claim.
    """
    return [graph.nodes[c]["text"] for c in claims]


def resolved_text(graph: nx.MultiDiGraph, claim: str) -> str | None:
    """The claim's text with its references replaced by the entities' labels.

    "The firm's designs" becomes "Norland's designs" when the claim has a ``mentions``
    edge to the entity Norland with ``via="reference"`` and ``surface="The firm’s"``.
    Only the first whole-word occurrence of each surface is replaced.

    Args:
        graph: the knowledge graph.
        claim: a claim node id.

    Returns:
        The resolved text, or None when the claim has no reference to resolve.
    """
    text = graph.nodes[claim]["text"]
    resolved = text
    for _, entity, relation, data in graph.out_edges(claim, keys=True, data=True):
        if relation != "mentions" or data.get("via") != "reference":
            continue
        surface = data.get("surface") or ""
        label = graph.nodes[entity].get("label") or ""
        if not surface or not label:
            continue
        bare = _POSSESSIVE.sub("", surface)
        possessive = bare != surface or surface.casefold() in _POSSESSIVE_PRONOUNS
        replacement = _POSSESSIVE.sub("", label) + ("’s" if possessive else "")
        pattern = r"(?<!\w)" + re.escape(surface) + r"(?!\w)"
        resolved = re.sub(pattern, lambda _, r=replacement: r, resolved, count=1)
    return resolved if resolved != text else None


def labelled_text(graph: nx.MultiDiGraph, claim: str, text: str) -> str | None:
    """``text`` with each acronym the claim names an entity by preceded by the entity's label.

    "The ABC opened in 1990" becomes "The Norland Survey Works (ABC) opened in 1990" when the
    claim has a literal ``mentions`` edge to the entity with ``surface="ABC"`` and its own text
    never writes the label. Other short forms (surnames, single words of the label) are left.

    Round 24 (docs/RANKING.md): on the thirty-two development sets the default mode's mean
    R@1 / R@5 / MRR@10 went .6841/.9209/.7853 → .6891/.9234/.7906, nine sets up and five
    down by one question each (the bundled article's MRR .78 → .77).

    Each acronym's place is found in ``text`` as given, outside the labels written into it
    (rev16f): before, each label was written into the text the previous one left, so an
    acronym inside a label written just before ("VECAB" in "VECAB Tide Office") took the
    next label. The views of every development set and of the bundled article are the same
    texts before and after that fix, so no figure moves.

    Returns:
        The labelled text, or None when no acronym was labelled.
    """
    own = graph.nodes[claim]["text"]
    # Spans of ``text`` that hold a written label: the labels a reference was resolved to
    # (absent from the claim's own text), then each label written here. An acronym inside one
    # ("VECAB" in "VECAB Tide Office") is not the one the claim names, so it is not labelled.
    taken = _resolved_labels(graph, claim, text, own)
    edits = []
    for _, entity, relation, data in graph.out_edges(claim, keys=True, data=True):
        if relation != "mentions" or data.get("via") != "literal":
            continue
        surface = _POSSESSIVE.sub("", data.get("surface") or "")
        label = graph.nodes[entity].get("label") or ""
        if not _ACRONYM.fullmatch(surface) or not label or label.isupper():
            continue
        pattern = r"(?<!\w)" + re.escape(surface) + r"(?!\w)"
        if label.casefold() in own.casefold() or re.search(pattern, label):
            continue
        free = (m for m in re.finditer(pattern, text) if not _overlaps(m.span(), taken))
        if (match := next(free, None)) is not None:
            taken.append(match.span())
            edits.append((match.start(), f"{label} ("))
            edits.append((match.end(), ")"))
    labelled = text
    for at, insert in sorted(edits, reverse=True):
        labelled = labelled[:at] + insert + labelled[at:]
    return labelled if labelled != text else None


def _resolved_labels(graph: nx.MultiDiGraph, claim: str, text: str, own: str) -> list[tuple[int, int]]:
    """The spans of ``text`` holding a label that a reference of the claim was resolved to
    and that the claim's own text does not write."""
    spans = []
    for _, entity, relation, data in graph.out_edges(claim, keys=True, data=True):
        if relation != "mentions" or data.get("via") != "reference":
            continue
        label = _POSSESSIVE.sub("", graph.nodes[entity].get("label") or "")
        if label and label not in own:
            spans.extend(m.span() for m in re.finditer(re.escape(label), text))
    return spans


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def refers_back(text: str) -> bool:
    """Whether a claim points back to what came before with a demonstrative noun phrase.

    "… all belong to this category" continues the sentence before it, which says what the
    category is; graph-aware ranking lets such a claim inherit its predecessor's score.
    """
    return _BACK_REFERENCE.search(text) is not None


def passage_views(graph: nx.MultiDiGraph, claims: Sequence[str]) -> tuple[list[str], list[int]]:
    """The extra texts embedded for some claims, beside their plain text.

    Args:
        graph: the knowledge graph.
        claims: claim node ids (the vector rows' order).

    Returns:
        ``(texts, rows)``: each extra text and the position in ``claims`` of the claim it
        stands for, in claim order (a claim has at most one extra view today).
    """
    texts, rows = [], []
    for row, claim in enumerate(claims):
        resolved = resolved_text(graph, claim)
        labelled = labelled_text(graph, claim, resolved or graph.nodes[claim]["text"])
        if labelled is not None or resolved is not None:
            texts.append(labelled or resolved)
            rows.append(row)
    return texts, rows


def section_titles(
    graph: nx.MultiDiGraph, claims: Sequence[str]
) -> tuple[list[str], list[list[int]]]:
    """The distinct section titles of some claims, and which claims each one heads.

    A claim's title is the heading of the section it is in (its ``section`` attribute); a
    claim outside any section, or in one without a heading, has none. Sections with the same
    heading share one entry, so each distinct title is encoded once.

    Args:
        graph: the knowledge graph.
        claims: claim node ids (the vector rows' order).

    Returns:
        ``(titles, rows)``: each distinct title, in order of first use, and the positions in
        ``claims`` of the claims under it, ascending.
    """
    rows_of: dict[str, list[int]] = {}
    for row, claim in enumerate(claims):
        section = graph.nodes[claim].get("section") or ""
        if not section or section not in graph:
            continue
        title = (graph.nodes[section].get("label") or "").strip()
        if title:
            rows_of.setdefault(title, []).append(row)
    return list(rows_of), list(rows_of.values())
