"""Names of court cases: "Ornwell Harbour Board v. Tasker & Quill Ltd".

A case is cited as two parties' names joined by "v." (or "v", "vs.", "vs"): the name finder
(:func:`kg.finders.candidates.names`) stops at the lowercase "v" and gives the two parties, so
:func:`case_names` gives the whole citation as one ``name`` span too (the splitter,
:mod:`kg.splitter`, does not end a sentence at that "v."). Each party stays a name of its
own.

The gazetteer (:mod:`kg.finders.gazetteer`) matches across the "." after "v" so the citation's
occurrences are found. Measured (round 9 of issue 3): bridges recall and alias unity
0.90 → 0.95, relations joined 0.8 → 0.9 (its gold court case); the only "v." of the 27
sets, so nothing else moved.
"""

from __future__ import annotations

from kg.finders.candidates import Span, Stats, Unit
from kg.finders.name_before import name_before
from kg.words import lexicon as lx
from kg.words.person_words import VERSUS
from kg.words.tokens import Token

__all__ = ["case_names"]

_INSIDE = lx.NAME_CONNECTORS | frozenset({"&", "and", "the"})
_JOINERS = lx.NAME_CONNECTORS | frozenset({"and"})


def _party_end(toks: list[Token], start: int) -> int | None:
    """Where the party's name that starts at ``start`` ends (exclusive), else None."""
    if start >= len(toks) or not toks[start].is_cap:
        return None
    k = start
    while k + 1 < len(toks) and (toks[k + 1].is_cap or toks[k + 1].text == "." and
                                 toks[k].lower in ("ltd", "inc", "co", "corp")
                                 or toks[k + 1].lower in _INSIDE and k + 2 < len(toks)
                                 and toks[k + 2].is_cap):
        k += 1
    return k + 1


def case_names(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """Court cases cited as "A v. B" in a sentence.

    Args:
        unit_index: the unit's index.
        unit: a tokenised sentence.
        stats: corpus word evidence (unused; every finder takes it).

    Returns:
        ``name`` spans from the first party's first word to the second party's last.
    """
    toks, out = unit.tokens, []
    for k in range(1, len(toks) - 1):
        if toks[k].text not in VERSUS:
            continue
        b = k + 2 if toks[k + 1].text == "." else k + 1
        a = name_before(toks, k, joiners=_JOINERS)
        e = _party_end(toks, b)
        if a is not None and e is not None:
            out.append(Span(unit_index, a, e, "name"))
    return out
