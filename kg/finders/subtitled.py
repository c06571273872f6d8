"""A work's title with a subtitle, in neither quotation marks nor emphasis, dated in brackets
after it: "His memoir, The Long Brine: A Life Among Salts (1989), tells …". A finder of
:data:`kg.finders.patterns.FINDERS`.

The name finder reads the two halves as two names ("Long Brine", "Life Among Salts"). Two
runs of capitalised words (small title words between, as in :mod:`kg.finders.published`) joined by
a colon, set off by a comma, a verb of writing or the sentence's opening before, and a year
in brackets right after, are one title (a ``name`` span).

Round 14. Measured over the 20 development sets and the 16 invented articles: the invented
enzyme article's memoir found whole (recall up, a piece of its title gone); nothing else
moved.
"""

from __future__ import annotations

import re

from kg.finders.candidates import Span, Stats, Unit
from kg.finders.published import PUBLISHING, SMALL

__all__ = ["subtitled_titles"]

_YEAR = re.compile(r"1\d{3}|20\d{2}")


def _titled(tok) -> bool:
    return tok.is_word and (tok.is_cap or tok.lower in SMALL) and not tok.possessive


def subtitled_titles(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """``name`` spans of titles "Main Title: Subtitle (year)".

    Args:
        unit_index: the unit's index.
        unit: a sentence.
        stats: the corpus statistics (unused: the finders share one signature).
    """
    toks, out = unit.tokens, []
    for c, colon in enumerate(toks):
        if colon.text != ":" or c < 1:
            continue
        s = c
        while s > 0 and _titled(toks[s - 1]):
            s -= 1
        while s < c and not toks[s].is_cap:
            s += 1
        e = c + 1
        while e < len(toks) and _titled(toks[e]):
            e += 1
        while e > c + 1 and not toks[e - 1].is_cap:
            e -= 1
        if s == c or e == c + 1 or e + 2 >= len(toks) or toks[e].text != "(" \
                or not _YEAR.fullmatch(toks[e + 1].text):
            continue
        if s == 0 or toks[s - 1].text == "," or toks[s - 1].lower in PUBLISHING:
            out.append(Span(unit_index, s, e, "name"))
    return out
