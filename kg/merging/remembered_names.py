"""A name a thing is remembered or known by, for :func:`kg.references.bridging.renamings`.

:func:`remembered_as`: "X, is still remembered along the valley as “the Y”", "X is known
in the district as the Y": a name, then "is"/"was" and adverbs (a comma and emphasis marks
allowed after the name), "remembered" or "known", at most four lowercase words opened by a
preposition ("along the coast", "to engineers"; no verb: "known to have served as" says
what X did), "as" and a capitalised name that ends the clause: the two name one thing.
:mod:`kg.merging.alias_cues` takes "X, known as Y" with no words between.

Measured over the 20 development sets and the invented articles (``benchmarks/entities.py
--held-out --ours``): engines alias unity with the other round-13 rules (a product's
nickname, no longer a node of its own; :func:`remembered_as` finds the same nickname a
second time there); no other figure or resolved reference moved (none of the other sets
writes the wordings).
"""

from __future__ import annotations

from kg.finders.candidates import Unit
from kg.finders.emphasis import MARKS
from kg.finders.gazetteer import Match
from kg.words import lexicon as lx

__all__ = ["remembered_as"]

_BETWEEN = frozenset("“\"‘'") | MARKS | {"the"}
_CLOSERS = frozenset("”\"’'") | MARKS


def _whole(toks, end: int) -> bool:
    """True when the name ending before ``toks[end]`` ends its clause."""
    while end < len(toks) and toks[end].text in _CLOSERS:
        end += 1
    return end >= len(toks) or not toks[end].is_word or toks[end].lower in ("in", "for")


_REGARD = lx._words("remembered known")
_BETWEEN_NAME = lx._words("still now also widely often best better locally fondly , *")
_PLACE_PREPOSITIONS = lx._words("along in to among across around on at by throughout within")


def remembered_as(units: list[Unit], matches: list[Match],
                  types: list[str]) -> list[tuple[int, int, str]]:
    """Names a thing is remembered or known by: "X, is still remembered along the valley as
    “the Y”" (see the module docstring).

    Args:
        units: the tokenised headings and sentences.
        matches: the literal occurrences.
        types: the type of each group (dates and quantities take no name).

    Returns:
        ``(entity group, name group, evidence sentence)`` for each such name.
    """
    ends: dict[tuple[int, int], Match] = {}
    starts: dict[tuple[int, int], Match] = {}
    for m in matches:
        ends[(m.unit, m.end)] = m
        starts[(m.unit, m.start)] = m
    out = []
    for u, unit in enumerate(units):
        toks = unit.tokens
        if unit.heading:
            continue
        for i, tok in enumerate(toks):
            if tok.lower not in _REGARD or i < 2:
                continue
            j = i - 1
            while j > 0 and toks[j].lower in _BETWEEN_NAME:
                j -= 1
            if toks[j].lower not in lx.BE_FORMS:
                continue
            k = j
            while k > 0 and (toks[k - 1].text in MARKS or toks[k - 1].text == ","):
                k -= 1
            old = ends.get((u, k))
            a = next((a for a in range(i + 1, min(i + 6, len(toks))) if toks[a].lower == "as"),
                     None)
            if old is None or a is None or types[old.group] in ("date", "quantity"):
                continue
            words = toks[i + 1:a]
            if words and (words[0].lower not in _PLACE_PREPOSITIONS or not all(
                    t.is_word and t.text.islower() and t.lower not in lx.COMMON_VERBS
                    and t.lower not in lx.PAST_VERBS for t in words)):
                continue  # "known to have served as": what X did, not a name
            k = a + 1
            while k < len(toks) and (toks[k].text in _BETWEEN or toks[k].lower == "the"):
                k += 1
            new = starts.get((u, k))
            if new is None or not toks[k].text[:1].isupper() or not _whole(toks, new.end) \
                    or new.group == old.group:
                continue
            out.append((old.group, new.group, " ".join(t.text for t in toks)))
    return out
