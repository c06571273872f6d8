"""The ``model-code`` rule of :func:`kg.merging.canonical.group_forms`: a model's code used on its
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

Round 14: the code alone is also an alias of the one entity whose name ends in it, even
when the text writes it only in the full name (:func:`code_aliases`, rule ``model-code``:
"the Tarvel KD-40" is "KD-40" too), as :func:`kg.merging.short_forms.owned_prefix` gives a name
without its owner. Measured over the 20 development sets and the 16 invented articles: the
invented enzyme article's instrument took its code (alias unity up); nothing else moved.
(rev20f, review of diag18b) A code with a dotted number is one token since diag18b ("RX7.2"),
so the code may hold dots ("rx7.2"): "the Quorvane RX7.2" was typed other and its "RX7.2"
left apart. Measured (``--held-out --ours``, 42 sets and 38 probes): no figure moved.
"""

from __future__ import annotations

import re

from kg.merging.forms import Form, UnionFind, top

__all__ = ["CODED", "code_aliases", "is_model_code", "model_codes"]

_CODE = re.compile(r"(?=.*\d)(?=.*[a-z])[a-z0-9]+(?:\.\d+)*(?:-[a-z0-9]+)?")  # rev20f: "rx7.2"
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


CODED = {"rule": "model-code", "evidence": "the model's code, which ends its full name"}


def code_aliases(names_of: dict[int, set[str]]) -> dict[int, str]:
    """The code each entity's name ends in ("Tarvel KD-40" → "KD-40"), when no other entity
    has a name ending in that code or is called by the code itself ("The K9 was jammed. Later
    the Tarvel K9 van …": the road stays apart, and the van takes no name of the road's).

    Args:
        names_of: each entity's label and aliases, by entity.

    Returns:
        The code, as written, by entity.
    """
    found: dict[str, set[int]] = {}
    written: dict[int, set[str]] = {}
    for g, names in names_of.items():
        for name in sorted(names):
            words = name.split()
            if len(words) > 1 and words[0][:1].isupper() and any(c.isupper() for c in words[-1]) \
                    and is_model_code(words[-1].casefold()):
                found.setdefault(words[-1].casefold(), set()).add(g)
                written.setdefault(g, set()).add(words[-1])
    called = {name.casefold(): g for g, names in names_of.items() for name in names}
    return {g: code for g, codes in written.items() if len(codes) == 1
            for code in codes if found[code.casefold()] == {g}
            and called.get(code.casefold(), g) == g}
