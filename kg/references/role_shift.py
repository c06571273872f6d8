"""A role description after a pronoun: "she joined the laboratory of X, a specialist in …. The
professor had founded …" is X, not the "she" of the sentence before.

rel20 (fresh invented biography). A text that goes on speaking of the person it has just
called "she" or "he" calls her so again; a definite role noun ("the professor", "the
engineer", "the colonel") in the next sentence marks a change of topic, to the person that
sentence named. :func:`pronoun_centre_last` ranks, for such a description, the people a
previous sentence referred to by a personal pronoun after those it named. Before, the
description took the first person of the sentence, the pronoun's. Pronouns and other phrases
keep their order ("She hired X. She redesigned …" is still hers), and a noun the text
described someone by goes to that person first (:func:`kg.references.compatibility.has_head`,
before this order is read: "Ada Lind, an engineer, …. She hired Tom Quill. The engineer …"
stays Lind).

Measured (``benchmarks/entities.py --held-out --ours``, every reference of the 76 texts and of
the three fresh ones dumped before and after): no reference of the 76 moved; on the fresh
invented biography one wrong "The professor" (→ the biography's subject) now right (its
founder, named just before), relations at the evidence .70 → .80. Diagnosis of the fresh texts:
``benchmarks/final17/REL20.md``.
rev20b: not when every person the sentence named was described by another calling or title
("she met Odvar Holmvik, a farmer. The professor …" stays hers; :func:`_otherwise_described`).
Dev and probe means unchanged.
"""

from __future__ import annotations

from kg.references.phrases import Context, Phrase
from kg.words import lexicon as lx
from kg.words.person_words import TITLES

__all__ = ["pronoun_centre_last"]

_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
_CALLINGS = lx.PERSON_NOUNS | TITLES  # rev20b: what a description says a person is


def pronoun_centre_last(prev: int, phrase: Phrase, ctx: Context) -> list[tuple[int, int]]:
    """The ``(position, group)`` entries of sentence ``prev``; for a person described by a
    noun ("the professor"), the people named there only by a personal pronoun come after
    the ones named."""
    found = ctx.by_unit.get(prev, [])
    if phrase.kind != "person" or phrase.noun is None or not ctx.units:
        return found
    toks = ctx.units[prev].tokens
    named = {g for p, g in found if toks[p].lower not in _PRONOUNS}
    if all(_otherwise_described(g, phrase.noun, ctx) for g in named if ctx.types[g] == "person"):
        return found  # rev20b: "she met X, a farmer. The professor …" is not X

    def centre(entry: tuple[int, int]) -> bool:
        p, g = entry
        return toks[p].lower in _PRONOUNS and g not in named and ctx.types[g] == "person"

    if not any(ctx.types[g] == "person" and not centre((p, g)) for p, g in found):
        return found
    return sorted(found, key=centre)


def _otherwise_described(g: int, noun: str, ctx: Context) -> bool:
    """(rev20b) True when the text described person ``g`` by a calling or title, and never by
    ``noun`` ("Odvar Holmvik, a farmer": no "professor"; "a specialist in …" is no calling)."""
    nouns = ctx.described.get(g, set())
    return bool(nouns & _CALLINGS) and noun not in nouns
