"""A term used for the one longer term it ends, after the text named that one: "cold hide
bonding" … "the hide bonding" (rule ``tail`` of :func:`kg.merging.canonical.group_forms`, as
:func:`kg.merging.shortenings.tails` does for names; the longer term keeps the label,
:func:`kg.merging.labels.choose_label`).

A lowercase term of two words or more joins the longer term when

- exactly one kept lowercase term, a word or more longer, ends in its words;
- it is used on its own (in a sentence where the longer term is not) and only after the
  longer term's first use: a text names a thing in full before it shortens it; a term used
  first on its own ("chain reaction" before "nuclear chain reaction") is a thing of its own.

Round 13: pcr_history −1 node (the shortened name of its title's technique); over the 20
development sets and the invented ones no other node moved.

Round 18 (:func:`term_heads`, rule ``term-head``): a term in another language puts its head
first ("the **varnak kelvoczny**, a machine …; six varnaks were built"), so the text shortens
it to its first word, as an English term is shortened to its last. A lowercase term joins
the one longer term it begins when every word of the longer one is unknown to English (a
foreign term, not "rotor order" before "rotor"), it is used on its own only after the
longer term's first use, and no other form holds its words. Figures in the round-18 note
of :mod:`kg.merging.canonical`. Without the unknown-to-English test it also joined an
English head-final term's rare modifier to the term (plate_tectonics: the process to the
"… zone" where it happens), so the test stays; a rare English modifier before a rare
English head would still pass it (none over the 44 sets).
"""

from __future__ import annotations

from collections import defaultdict

from kg.merging.forms import Form, UnionFind, top
from kg.words import lexicon as lx

__all__ = ["term_heads", "term_tails"]


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


def term_heads(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """Joins a lowercase term to the one longer foreign term it begins, used alone only
    after it ("varnak" … "varnak kelvoczny", see the module docstring).

    Args:
        forms: the kept forms by key.
        uf: the groups so far; joins are recorded with rule ``term-head``.
    """
    terms = [f for f in forms.values() if not f.is_name and f.units]
    beginning: dict[tuple, list[Form]] = defaultdict(list)
    holding: dict[str, int] = defaultdict(int)
    for f in forms.values():
        for w in set(f.key):
            holding[w] += 1
        for n in range(1, len(f.key)):
            beginning[f.key[:n]].append(f)
    for short in terms:
        longer = {uf.find(f.key): f for f in beginning.get(short.key, ()) if not f.is_name}
        if len(longer) != 1 or uf.find(short.key) in longer:
            continue
        long = next(iter(longer.values()))
        alone = short.units - long.units
        if not long.units or not alone or min(alone) < min(long.units) \
                or any(lx.zipf(w) > 0 for w in long.key) \
                or any(holding[w] != 1 + (w in long.key) for w in short.key):
            continue
        uf.union(short.key, long.key, "term-head", f"“{top(short)}” begins “{top(long)}”, a "
                 "term in another language, which puts its head first, and is used on its "
                 "own only after it", top(short))
