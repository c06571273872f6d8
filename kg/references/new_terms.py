"""A device described by its kind right after its term was introduced: "… proposed an
improvement, the skew shuttle, which …. The device was added …" (:func:`new_term`, for
:mod:`kg.references.antecedents`).

A term set in apposition to what it is ("an improvement, the skew shuttle") is typed as a
concept, which "the device" does not fit by type, and the device noun heads no name: such a
description took nothing (or, had the term been typed a product, the nearest product, often
the machine the new part was made for). When the sentence before names exactly one entity for the first time, as a term (concept,
product or untyped) outside a prepositional phrase, a "The device"/"The instrument"/"The
tool" opening the next sentence is that term: a new thing is what the next sentence goes on
to describe.

Round 21 (its12): measured over the 24 development sets and the 20 invented articles (a dump of
every reference before and after, read one by one): two references added, both right
(enigma_codebreaking: "The device" → the term just proposed as an improvement, relations at
the evidence .90 → 1.00, but there graph R@1 .64 → .60 in ``benchmarks/search.py``, a "who"
question about the term now ranking that sentence first; the enzyme probe: "The instrument"
→ the model the sentence before introduced as the firm's first); nothing else moved. Left out: a mid-sentence "the device"
(not the sentence's topic), and "The orbiter"-like nouns that are no reference noun
(:data:`kg.words.kind_nouns.REFERENCE_NOUNS`): each would need its own noun, and the one case
seen takes up a name never described by that noun.
"""

from __future__ import annotations

from kg.references.phrases import Context, Phrase
from kg.references.subjects import governed

__all__ = ["new_term"]

# the reference nouns of a made thing, which a term just introduced may be
_DEVICE_NOUNS = frozenset({"device", "instrument", "tool"})
# the types of a term a device noun may take up (a technique is done, not built)
_TERM_KINDS = frozenset({"concept", "product", "other"})


def new_term(prev: int, phrase: Phrase, ctx: Context) -> int | None:
    """The one term the sentence ``prev`` named for the first time, for a sentence-opening
    "The device" (see the module docstring), else None.

    Args:
        prev: the previous sentence (unit index).
        phrase: the description ("The device").
        ctx: what is known so far of the document.

    Returns:
        The group, or None.
    """
    if phrase.noun not in _DEVICE_NOUNS or phrase.start != 0 or not ctx.units:
        return None
    tokens = ctx.units[prev].tokens
    earlier = {g for x in ctx.history if x != prev for _p, g in ctx.by_unit.get(x, [])}
    new = {g for p, g in ctx.by_unit.get(prev, [])
           if ctx.types[g] in _TERM_KINDS and g not in earlier and not governed(tokens, p)}
    return new.pop() if len(new) == 1 else None
