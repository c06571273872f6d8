"""Titles of works with "and" that an apposition calls a work ("Bramble and Flint, an album by
…"), and a title between commas after a work noun ("wrote the centenary history, Smoke to the
Sea, in 1997"); moved from :mod:`kg.finders.patterns` (a pure move, split16), whose
:data:`~kg.finders.patterns.FINDERS` runs :func:`works`.

diag16c: "volume", "pamphlet", "booklet", "monograph", "treatise" are work nouns too ("edited
the recordings into Ember and Slag, a slim volume that …"; kg.kinds.noun_kinds types such a
title a document): final16 invented_candle_soap_works recall .95 → 1.00 with the rare-word
opener (types up one item), the sliderule probe's pamphlet typed a document (.65 → .70); no
other entity of the 73 texts moved.
rev18g: the work noun must head the apposition (:func:`_heads`): "Vorrick and Pellard, the
pamphlet's printers" and "Tessaby and Quessard, the booklet makers" had been made titles
(as with "book" and "album" before), and "Oskary and Grell, the volume of trade …" a
document. Measured (``--held-out --ours``): no figure of the
38 development sets or 34 probes moved.
"""

from __future__ import annotations

from kg.finders.candidates import Span, Stats, Unit
from kg.words import lexicon as lx

__all__ = ["_WORK_NOUNS", "works"]


_WORK_NOUNS = lx._words("album book novel song film movie play opera poem painting symphony "
                        "record single series memoir anthology musical ballet documentary "
                        "textbook collection history biography volume pamphlet booklet "
                        "monograph treatise")
_TITLE_WORDS = lx._words("to the of and a an in on at for from with")


def works(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """Titles with "and" that an apposition calls a work: "Bramble and Flint, an album by …",
    which the name finder splits at "and"."""
    toks, out = unit.tokens, []
    for k in range(1, len(toks) - 2):
        if toks[k].lower != "and" or not (toks[k - 1].is_cap and toks[k + 1].is_cap):
            continue
        start = k - 1
        while start > 0 and toks[start - 1].is_word and toks[start - 1].is_cap:
            start -= 1
        end = k + 2
        while end < len(toks) and toks[end].is_word and toks[end].is_cap:
            end += 1
        if start == 0 or end + 2 >= len(toks) or toks[end].text != "," \
                or toks[end + 1].lower not in ("a", "an", "the"):
            continue  # (at the start of a sentence the first capital says nothing)
        tail = toks[end + 2:end + 6]
        for n, t in enumerate(tail):
            if not t.is_word:
                break
            if t.lower in _WORK_NOUNS and _heads(t, toks[end + 3 + n:end + 5 + n]):
                out.append(Span(unit_index, start, end, "name"))
                break
    return out + _named_works(unit_index, toks)


def _heads(noun, after: list) -> bool:
    """rev18g: the work noun heads the apposition, not "the pamphlet's printers" or "the
    booklet makers" (partners named before: two people, no title); the possessive and a
    plural agent noun after it ("-ers") tell so. Nor is "the volume of trade" (a quantity:
    "volume" before "of" and a noun in the singular; "a volume of essays" stays) a book."""
    nxt = after[0] if after else None
    if noun.text.lower().endswith(("'s", "’s")):
        return False
    if noun.lower == "volume" and nxt is not None and nxt.lower == "of" and len(after) > 1 \
            and not after[1].lower.endswith("s"):
        return False
    return not (nxt is not None and nxt.is_word and nxt.text.islower()
                and nxt.lower.endswith("ers") and nxt.lower not in lx.STOPWORDS)


def _named_works(unit_index: int, toks: list) -> list[Span]:
    """A title between commas after a work noun, small words and all: "wrote the centenary
    history, Smoke to the Sea, in 1997" (railway article, round 2 of issue 3)."""
    out = []
    for k in range(1, len(toks) - 2):
        if toks[k].text != "," or toks[k - 1].lower not in _WORK_NOUNS or not toks[k + 1].is_cap:
            continue
        end = k + 1
        while end < len(toks) and toks[end].is_word and (
                toks[end].is_cap or toks[end].lower in _TITLE_WORDS):
            end += 1
        while end > k + 1 and not toks[end - 1].is_cap:
            end -= 1
        if end - k > 2 and end < len(toks) and toks[end].text in ",." \
                and any(t.lower in _TITLE_WORDS for t in toks[k + 1:end]):
            out.append(Span(unit_index, k + 1, end, "name"))
    return out
