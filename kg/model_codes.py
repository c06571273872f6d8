"""The ``model-code`` rule of :func:`kg.canonical.group_forms`: a model's code used on its
own for the one longer name it ends ("the K7 is still sold" after "the Tarvel K7").

A one-word name made of letters and digits together ("K7", "A320", "T-34", "3B"), not a
year, number or acronym of letters alone, that is the last word of exactly one longer kept
name joins that name, when the code is first written after it: a maker or a line writes
its models by code once the full name has been given ("The M25 was jammed" before "the
Tarvel M25 van" is some other M25). Two longer names ending in the code ("Tarvel K7", "Osk
K7") leave it alone.

Measured over the 20 development sets and the invented articles (``benchmarks/entities.py
--held-out --ours``): engines alias unity with the other round-13 rules (a diesel's code
joins its full name, and a relation through it is joined); no other figure moved.
"""

from __future__ import annotations

import re

from kg.forms import Form, UnionFind, top

__all__ = ["is_model_code", "model_codes"]

_CODE = re.compile(r"(?=.*\d)(?=.*[a-z])[a-z0-9]+(?:-[a-z0-9]+)?")
_ORDINAL_OR_DECADE = re.compile(r"\d+(?:st|nd|rd|th|s)")


def is_model_code(word: str) -> bool:
    """True for a word of letters and digits together ("k7", "a320", "t-34"), as keyed;
    not an ordinal or a decade ("21st", "1980s")."""
    return bool(_CODE.fullmatch(word)) and not _ORDINAL_OR_DECADE.fullmatch(word)


def model_codes(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """"K7" → "Tarvel K7", when that is the one longer name the code ends."""
    ends: dict[str, list[Form]] = {}
    for long in forms.values():
        if long.is_name and len(long.key) > 1 and is_model_code(long.key[-1]):
            ends.setdefault(long.key[-1], []).append(long)
    for short in forms.values():
        k = short.key
        if len(k) != 1 or not short.is_name or len(ends.get(k[0], ())) != 1:
            continue
        long = ends[k[0]][0]
        if short.units and long.units and min(short.units) < min(long.units):
            continue  # "The M25 was jammed" before "the Tarvel M25 van": some other M25
        uf.union(k, long.key, "model-code", f"“{top(short)}” is the code that ends "
                 f"“{top(long)}”", top(short))
