"""Cues that a name is a firm or a body, from the words before it, for
:func:`kg.kinds.type_cues.context_cues`.

- a maker or seller: "sold by X", "made by X", "manufactured by X", "marketed by X",
  "distributed by X", "licensed by X", "in partnership with X": a firm (people sell too, but
  a text says "sold by" of goods a firm sells), unless the name is shaped like a person's
  ("built by Ambrevin Harbridge": :func:`kg.kinds.type_cues.context_cues` reads no cue for it);
- a workplace: "colleagues at X", "researchers at X", "scientists at X", "staff at X" (a
  plural noun of people at work, then "at"): the body they work for (a place takes "in").

Round 13: on pcr_history two gold firms, "other" and a person before (the second by the
shape of its hyphenated name, see :func:`kg.merging.people.person_like`), are organisations (type
agreement 0.65 → 0.75); over the 20 development sets and the invented ones no other type of
a gold entity changed.
"""

from __future__ import annotations

from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["trade_cue"]

_BY = lx._words("sold made manufactured marketed distributed licensed produced supplied built")
_WORKERS = lx._words("colleagues researchers scientists engineers chemists technicians staff "
                     "employees workers physicists biologists")


def trade_cue(toks: list[Token], start: int) -> int:
    """The weight of the cues before the mention starting at ``start`` that it is a firm or
    a body: 2 for a maker, seller or workplace cue, else 0."""
    before = [t.lower for t in toks[max(0, start - 3):start]]
    if len(before) >= 2 and before[-1] == "by" and before[-2] in _BY:
        return 2  # "sold by X"
    if before[-3:] == ["in", "partnership", "with"]:
        return 2
    if len(before) >= 2 and before[-1] == "at" and before[-2] in _WORKERS:
        return 2  # "his colleagues at X"
    return 0
