"""The subject of a reported clause whose reporter names nothing: "Local legend held that the
Pelmor boat had sunk twice. Ada Delby scraped the tar from its keel" (:func:`reported_subject`,
for :mod:`kg.references.pronoun_it`).

A mid-sentence "its" with only people before it takes the previous sentence's subject; when
that subject is a plain noun phrase naming no entity ("Local legend", "Most critics") and its
verb reports a clause ("held that", "believed that"), the subject of the reported clause is
what that sentence is about, and it is taken even when typed a concept (an object written as a
lowercase term with a name before it, "the Pelmor boat", is often typed so).

Round 21 (its12): measured over the 24 development sets and the 20 invented articles (a dump of
every reference before and after, read one by one): one reference added, right (the sediment
probe: "its hull" → the canoe a local tradition held to be young; relations at the evidence
.92 → 1.00); nothing else moved. Without the test that the sentence names no other entity an
invented "… held that the X boat belonged to the Y Abbey. Ruth … studied its records" took
the boat; with it, nothing (tests/test_references_its.py). Round 20 (rel12) had tried the
reported subject as the previous sentence's subject for every phrase, without the concept
type, and it moved nothing. Review (rev12e): a heading between stops the rule (an "its" under
a heading naming an abbey took the boat of the section before); no reference moved on the 44
sets.
"""

from __future__ import annotations

from kg.references.phrases import Context
from kg.words import lexicon as lx

__all__ = ["reported_subject"]

# verbs reporting a belief or a claim, before "that" and its clause
_HOLDING = lx._words("held holds believed believes claimed claims said says thought thinks "
                     "maintained maintains insisted insists assumed assumes argued argues "
                     "suggested suggests")
_ARTICLES = frozenset({"the", "a", "an"})
_NOT_TAKEN = frozenset({"person", "date", "quantity"})


def reported_subject(prev: int, ctx: Context) -> int | None:
    """The entity opening the clause the sentence ``prev`` reports, when the reporter is a plain
    noun phrase of at most four words naming no entity ("Local legend held that the X had
    …") and the sentence names no other entity but dates and quantities, else None. Dates,
    quantities and people are not taken; nothing at a section's first sentence.

    Args:
        prev: the previous sentence (unit index).
        ctx: what is known so far of the document.

    Returns:
        The group, or None.
    """
    if not ctx.units or ctx.section_start:  # a heading between: not the reported clause's
        return None
    tokens = ctx.units[prev].tokens
    k = next((k for k in range(1, min(5, len(tokens) - 2)) if tokens[k].lower in _HOLDING), None)
    if k is None or tokens[k + 1].lower != "that":
        return None
    if not all(t.is_word and (i == 0 or t.text.islower()) for i, t in enumerate(tokens[:k])):
        return None
    pos = k + 2 + (tokens[k + 2].lower in _ARTICLES)
    named = ctx.by_unit.get(prev, [])
    if any(p < k for p, _g in named):
        return None
    g = next((g for p, g in named if p == pos), None)
    if g is None or ctx.types[g] in _NOT_TAKEN:
        return None
    others = {h for _p, h in named if h != g and ctx.types[h] not in ("date", "quantity")}
    return None if others else g  # "… belonged to the Orm Abbey. … its records": either
