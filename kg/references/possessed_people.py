"""A person named in the possessive before the person a sentence is about.

"After Ada Lind's death in 1959 her son Tom Lind became chairman. He moved …": "He" is the
son, not the mother named first in the possessive. :func:`kg.references.antecedents._ranked` puts a
previous sentence's people named in the possessive after the others when the first person
it names is one and a later person stands before a verb (the subject of a clause), as it
already did after a passive "by".

Round 13. Measured over the 20 development sets and the invented articles
(``benchmarks/entities.py --held-out --ours``, and every resolved reference compared
before and after): one reference changed, right (the engines probe's "He" after the son
named in that way); no figure moved.
"""

from __future__ import annotations

from kg.references.phrases import Context
from kg.words import lexicon as lx

__all__ = ["possessive_first"]


def possessive_first(prev: int, found: list[tuple[int, int]], ctx: Context) -> bool:
    """True when the first person sentence ``prev`` names is in the possessive and a later
    person there is followed by a verb ("… Ada Lind's death … her son Tom Lind became …")."""
    toks = ctx.units[prev].tokens if ctx.units else []
    people = [(p, g) for p, g in found if ctx.types[g] == "person"]
    if len(people) < 2 or (prev, people[0][0]) not in ctx.possessive:
        return False
    return any((prev, p) not in ctx.possessive and g != people[0][1] and _before_verb(toks, p)
               for p, g in people[1:])


def _before_verb(toks, pos: int) -> bool:
    """True when a verb follows the name at ``pos`` (past its capitalised words and
    Markdown emphasis marks): "Tom Lind became", "**Tom Lind** was"."""
    k = pos
    while k < len(toks) and (toks[k].is_cap or toks[k].text in "*_"):
        k += 1
    if k >= len(toks) or not toks[k].is_word:
        return False
    low = toks[k].lower
    return low in lx.PAST_VERBS or low in lx.COMMON_VERBS or low in ("was", "is", "became") \
        or low.endswith("ed") and len(low) > 4
