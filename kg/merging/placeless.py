"""The ``placeless`` rule of :func:`kg.merging.canonical.group_forms`: a one-word name used on its own
for a longer name that opens with a place's name and goes on with it ("Wanderers" for "Tarrowby
Wanderers Football Club", "Rangers" for "Quenford Rangers").

A club, a band or a company named after its town is called by the rest of its name, since
the town goes without saying in its own story. The short name joins the longer one when:

- the place word is used as a place elsewhere in the text ("in X", "the town of X":
  ``placed``, :func:`kg.merging.title_names.placed_names`), so the first word is the town's;
- the short name is written with a capital away from a sentence's start at least twice,
  and is no kind noun ("Museum", "Council"), which stands for a body as "the N" does
  (:mod:`kg.references.taught_phrases`);
- only one group's names so open, or only one of them was written before the short name's
  first use (the club before its supporters' trust: :func:`kg.merging.short_forms` reads several
  longer names the same way).

Round 13. Measured over the 20 development sets and the 15 invented articles: on football
the club's nickname of one word joins the club (alias unity .90 → .95, relations joined at
the evidence .79 → .86 and anywhere .86 → .93, one node fewer); nothing else moved.
"""

from __future__ import annotations

from kg.finders.name_runs import NAME_HEADS
from kg.merging.forms import Form, UnionFind, top
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["placeless"]


def _first_use(form: Form) -> int:
    return min(form.units) if form.units else -1


def placeless(forms: dict[tuple, Form], uf: UnionFind, *, placed: set[tuple]) -> None:
    """Joins a one-word name to the one longer name that is a place's name and it.

    Args:
        forms: the kept forms by key.
        uf: the groups so far; joins are recorded with rule ``placeless``.
        placed: keys used as places ("in X").
    """
    opened: dict[tuple, list[Form]] = {}
    for f in forms.values():
        if f.is_name and len(f.key) >= 2 and f.key[:1] in placed:
            opened.setdefault(f.key[1:2], []).append(f)
    for (word,), longer in sorted(opened.items()):
        key = (singular(word),)  # a one-word key is singular: "Wanderers" is ("wanderer",)
        short = forms.get(key) or forms.get((word,))
        key = short.key if short is not None else key
        if short is None or not short.is_name or short.kinds.get("acronym") \
                or short.proper < 2 or word in NAME_HEADS or key[0] in NAME_HEADS or word in lx.STOPWORDS \
                or key in placed or not short.units:
            continue
        owners = {uf.find(f.key): f for f in longer}
        if uf.find(key) in owners:
            continue
        if len(owners) > 1:
            first = _first_use(short)
            owners = {g: f for g, f in owners.items() if f.units and _first_use(f) < first}
        if len(owners) != 1:
            continue
        long = next(iter(owners.values()))
        uf.union(key, long.key, "placeless", f"“{top(short)}” is used on its own for "
                 f"“{top(long)}”, named with a place before it", top(short))
