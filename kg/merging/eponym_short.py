"""A name used alone after the text named it with a lowercase head: "the Orvan pump" … "Orvan
failed twice" (rule ``short-form`` of :func:`kg.merging.canonical.group_forms`).

:mod:`kg.finders.eponyms` finds a name and its lowercase head as one thing ("the Pelmor lamp"), which
as no name of its own never takes a bare name from what it is named after: the lamp is no
short form of Pelmor the person or the town. But a coined name ("a glaze widely called
Orvan enamel") is often used without its head afterwards ("Orvan cracks …"). The bare
word then joins the one eponym it begins when

- it names nothing else: no person has it as a surname, no other name longer than one word
  begins with it, it is never used as a place ("in X"), and it is no acronym; and
- the text uses it alone only after it has named the eponym (a person or a town a thing is
  named after is introduced first, by itself).

Round 13: on pcr_history an enzyme's coined name and its bare name were two nodes (alias
unity 0.75 → 0.80, one relation more); no other node of the 20 development sets or the
invented ones moved.
"""

from __future__ import annotations

from kg.merging.forms import Form, UnionFind, top
from kg.merging.people import person_like

__all__ = ["eponym_short_forms"]


def eponym_short_forms(forms: dict[tuple, Form], uf: UnionFind, *,
                       placed: set[tuple] | frozenset = frozenset()) -> None:
    """Joins a one-word name to the one eponym it begins, used alone only after it.

    Args:
        forms: the kept forms by key.
        uf: the groups so far; joins are recorded with rule ``short-form``.
        placed: keys used as places ("in X"), which shorten no eponym.
    """
    eponyms: dict[str, list[Form]] = {}
    for form in forms.values():
        if form.kinds.get("eponym") and len(form.key) == 2 and form.units:
            eponyms.setdefault(form.key[0], []).append(form)
    if not eponyms:
        return
    surnames = {f.key[-1] for f in forms.values() if len(f.key) > 1 and person_like(f)}
    begun = {f.key[0] for f in forms.values() if f.is_name and len(f.key) > 1
             and not f.kinds.get("eponym")}
    for word, found in sorted(eponyms.items()):
        short = forms.get((word,))
        if len(found) != 1 or short is None or not short.is_name or not short.units \
                or short.kinds.get("acronym") or word in surnames or word in begun \
                or short.key in placed:
            continue
        long = found[0]
        if min(short.units) <= min(long.units):
            continue  # "Pelmor" named before "the Pelmor lamp": what the lamp is named after
        uf.union(short.key, long.key, "short-form", f"“{top(short)}” is used on its own "
                 f"after the text named “{top(long)}”", top(short))
