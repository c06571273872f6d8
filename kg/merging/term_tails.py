"""A term used for the one longer term it ends, after the text named that one: "cold hide
bonding" … "the hide bonding" (rule ``tail`` of :func:`kg.merging.canonical.group_forms`, as
:func:`kg.merging.shortenings.tails` does for names; the longer term keeps the label,
:func:`kg.merging.canonical.choose_label`).

A lowercase term of two words or more joins the longer term when

- exactly one kept lowercase term, a word or more longer, ends in its words;
- it is used on its own (in a sentence where the longer term is not) and only after the
  longer term's first use: a text names a thing in full before it shortens it; a term used
  first on its own ("chain reaction" before "nuclear chain reaction") is a thing of its own.

Round 13: pcr_history −1 node (the shortened name of its title's technique); over the 20
development sets and the invented ones no other node moved.
"""

from __future__ import annotations

from collections import defaultdict

from kg.merging.forms import Form, UnionFind, top

__all__ = ["term_tails"]


def term_tails(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """Joins a lowercase term to the one longer term it ends, used alone only after it.

    Args:
        forms: the kept forms by key.
        uf: the groups so far; joins are recorded with rule ``tail``.
    """
    terms = [f for f in forms.values() if not f.is_name and f.units and len(f.key) >= 2]
    ending: dict[tuple, list[Form]] = defaultdict(list)
    for f in terms:
        for n in range(2, len(f.key)):
            ending[f.key[-n:]].append(f)
    for short in terms:
        longer = {uf.find(f.key): f for f in ending.get(short.key, ())}
        if len(longer) != 1 or uf.find(short.key) in longer:
            continue
        long = next(iter(longer.values()))
        alone = short.units - long.units
        if not alone or min(alone) < min(long.units):
            continue
        uf.union(short.key, long.key, "tail", f"“{top(short)}” is the end of “{top(long)}”, "
                 "the only term ending so, and is used on its own only after it", top(short))
