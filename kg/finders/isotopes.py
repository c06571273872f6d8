"""Isotopes written as an element and its mass number: "uranium-235", "varnium-41". A
finder of :data:`kg.finders.patterns.FINDERS`.

The name and term finders read a lowercase word with a number joined by a hyphen as no
name (it has no capital and is one word). A lowercase word of four letters or more, a
hyphen and a mass number of one to three digits, all one token, is a ``defined`` span: a
text writes a quantity as "36 metres" or "a 36-metre", never the noun before its number,
so such a token names one thing (an isotope, a strain).

Round 15. Measured over the 20 development sets and the invented articles
(``benchmarks/entities.py --held-out --ours``): no development set writes such a token;
on the invented sediment article two isotopes found (recall up); nothing else moved.
"""

from __future__ import annotations

import re

from kg.finders.candidates import Span, Stats, Unit

__all__ = ["isotopes"]

_ISOTOPE = re.compile(r"[a-z]{4,}-\d{1,3}")


def isotopes(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """``defined`` spans of tokens written as an element and its mass number.

    Args:
        unit_index: the unit's index.
        unit: a sentence.
        stats: the corpus statistics (unused: the finders share one signature).
    """
    return [Span(unit_index, i, i + 1, "defined") for i, tok in enumerate(unit.tokens)
            if _ISOTOPE.fullmatch(tok.text)]
