"""A thing's name set between commas after the noun of what it is, at a sentence's opening:
"Its best-known product, Pelmor sole wax, was sold …" (a finder of
:data:`kg.finders.patterns.FINDERS`, and a type cue of :func:`kg.kinds.type_cues.context_cues`).

The name finder (:func:`kg.finders.candidates.names`) reads capitalised words only, and the
eponym finder (:mod:`kg.finders.eponyms`) a capitalised word and one noun ("the Pelmor
lamp"): a name that goes on in lowercase, "Pelmor sole wax", was cut to "Pelmor sole", its
last noun lost, and the description before it ("Its best-known product") typed nothing.
Here the subject of a sentence, a possessive or "the", at most three modifiers and a noun of
a thing made for sale ("product", "brand", "invention", "export"), then a comma, a
capitalised word and at most three lowercase words closed by a comma, is one name (a
``name`` span), and a product (:func:`apposed_product`).

Round 21: on the blind tannery probe the firm's product was cut at its last noun and typed
``other`` (alias unity and type agreement each one item up there); measured with
``benchmarks/entities.py --held-out --ours``, no entity or mention of the other 52 sets
moved. Left: the bare "Pelmor sole" of a later sentence ("a Pelmor sole would …", the
eponym finder's) stays a node apart, the longer name not being one it shortens.

Review rev14a (invented sentences of other genres; no figure or node of the 54 sets moved
with any of these): a verb or an adverb between the commas makes a reporting clause, no name
("His best-known invention, Tesk later admitted, was …", :func:`_reporting`); a demonym
opens no such name ("Its chief export, English wool,"); the reach now holds the three
modifiers promised above (one was lost); and a town or maker written on its own before the
product named after it is no short form of it (:func:`kg.merging.short_forms._named_after`:
"Tollan … Its best-known product, Tollan lace," had made the town the product).

probe20: the name after the noun may be two or three capitalised words ("The resulting
product, Ferro Amberlin,"): the dye works probe's colour named after its chemist was a person
(types one item up); no other node moved.

diag18a: "the" may stand before the name ("Its most famous product, the Pellwick Nine, sold
…"; typed other before): final18 seed-drill types up one item; figures in
:mod:`kg.finders.published`.
"""

from __future__ import annotations

from kg.finders.candidates import Span, Stats, Unit
from kg.words import lexicon as lx
from kg.words.demonyms import is_demonym
from kg.words.tokens import Token, singular

__all__ = ["apposed_names", "apposed_product"]

_OPENERS = lx._words("its his her their our the")
# nouns of a thing made or sold, which the name set after them is
_SOLD_NOUNS = lx._words("product brand invention export")
_MODIFIERS = 3  # "Its best-known product", "The firm's first successful product"
_TAIL = 3  # lowercase words after the capitalised one: "Pelmor sole wax"


def _noun_end(toks: list[Token]) -> int | None:
    """Where the comma after an opening "Its best-known product" stands, else None."""
    if not toks or toks[0].lower not in _OPENERS:
        return None
    for k in range(1, min(len(toks), _MODIFIERS + 3)):  # the opener, modifiers, the noun
        tok = toks[k]
        if tok.text == "," and singular(toks[k - 1].lower) in _SOLD_NOUNS and k > 1:
            return k
        if not tok.is_word or not tok.text.islower() and not tok.possessive:
            return None
    return None


def _name_end(toks: list[Token], s: int) -> int | None:
    """Where a name of a capitalised word and lowercase words, opening at ``s`` and closed
    by a comma, ends, else None."""
    if s >= len(toks) or not toks[s].is_word or not toks[s].is_cap \
            or toks[s].lower in lx.STOPWORDS or is_demonym([toks[s].text]):
        return None  # "Its chief export, English wool,": a commodity, no name (review rev14a)
    e = s + 1
    while e < len(toks) and e - s <= _TAIL and toks[e].is_word and toks[e].is_cap \
            and toks[e].lower not in lx.STOPWORDS:
        e += 1  # (probe20) "The resulting product, Halvik Amber," : capitalised words
    while e < len(toks) and e - s <= _TAIL and toks[e].is_word and toks[e].text.isalpha() \
            and toks[e].text.islower() and toks[e].lower not in lx.STOPWORDS:
        if _reporting(toks[e].lower):
            return None  # "His best-known invention, Tesk later admitted, was …"
        e += 1
    return e if e < len(toks) and toks[e].text == "," else None


def _reporting(low: str) -> bool:
    """True for a verb or an adverb, which makes the words between the commas a reporting
    clause ("Tesk later admitted", "Pelmor recalled"), no name (review rev14a: such a clause
    had been typed a product; no figure of the 54 sets moved)."""
    return low in lx.COMMON_VERBS or low in lx.PAST_VERBS or low in lx.ACTOR_VERBS \
        or low in lx.PERSON_VERBS or low in lx.FRONTING or low.endswith(("ed", "ly"))


def apposed_product(toks: list[Token], start: int, end: int) -> bool:
    """True when the mention ``toks[start:end]`` is the name set after an opening "Its
    best-known product," (see the module docstring)."""
    k = _noun_end(toks)
    if k is not None and start == k + 2 and toks[k + 1].lower == "the" \
            and not toks[end - 1].lower.endswith("s"):
        k += 1  # (diag18a) "Its chief product, the Vesper Nine, sold …"; not a plural, a
        # team's "Its best-known export, the Orvel Twins, joined …" (lead's re-read)
    return k is not None and start == k + 1 and _name_end(toks, start) == end


def apposed_names(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """The name set after an opening "Its best-known product," when it goes on in lowercase.

    Args:
        unit_index: the unit's index.
        unit: a sentence.
        stats: the corpus statistics (unused: the finders share one signature).

    Returns:
        One ``name`` span, or none.
    """
    toks = unit.tokens
    k = _noun_end(toks)
    e = _name_end(toks, k + 1) if k is not None else None
    if e is None or e - (k + 1) < 2:
        return []  # one capitalised word is a name the name finder reads
    return [Span(unit_index, k + 1, e, "name")]
