"""A named variant of a method: a lowercase word joined by a hyphen to an acronym the text
uses on its own ("Tom Lind developed cold-TSS, a variant that …"): a name of its own, not a
common word. A finder of :data:`kg.finders.patterns.FINDERS`.

Not a common prefix ("non-EU", "pre-TSS", "anti-HIV"), and not one that modifies a noun after
it ("low-TSS brine"): the variant stands alone, before punctuation or a function word. The
acronym must be one the text writes alone elsewhere (:attr:`kg.finders.candidates.Stats.cap_count`),
so "x-ray"-like words or a chemical's formula are left alone.

Round 14. Measured over the 20 development sets and the 16 invented articles: the invented
enzyme article's variant found (recall up, one relation joined); no other set moved.
"""

from __future__ import annotations

import re

from kg.finders.candidates import Span, Stats, Unit
from kg.words import lexicon as lx

__all__ = ["variants"]

_VARIANT = re.compile(r"([a-z]{3,})-([A-Z]{2,6})")
# prefixes that make a word of an acronym, not a variant's name
_PREFIXES = lx._words("""
non anti pro pre post mid sub semi multi inter intra trans ultra over under self ex
""")


def variants(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """``defined`` spans of variants written "word-ACRONYM" standing alone."""
    toks, out = unit.tokens, []
    for i, tok in enumerate(toks):
        m = _VARIANT.fullmatch(tok.text)
        if m is None or m.group(1) in _PREFIXES or not stats.cap_count[m.group(2)]:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or not nxt.is_word or nxt.lower in lx.STOPWORDS:
            out.append(Span(unit_index, i, i + 1, "defined"))
    return out
