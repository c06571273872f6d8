"""A body named for its members, later called by the members' name alone.

"the Ancient Guild of Lamp-Trimmers … In 1880 the Lamp-Trimmers refused to pay": a body's name
"<…> <body noun> of [the] <members>" whose members' word is a plural noun of agents
("-ers", "-ors", "-ists", "-ians", "-men", "-smiths", "-wrights", "-ants") is shortened to
the members' name, capitalised, written after the body is first named (:func:`member_tails`,
rule ``members``). The short name must end no other name, and the body's name must be the only
one it ends.

:func:`kg.merging.shortenings.tails` takes the last words of a longer name only when they
end in its head ("Clean Air Act"), never after "of" ("Bank of England" is no "England"); the
plural agent noun keeps a place after "of" out ("Bank of the Netherlands", "University of the
Americas": no agent noun), as does the capital letter ("the lamp-trimmers" of a trade is
lowercase).

alias16: measured with ``benchmarks/entities.py --held-out --ours`` (32 development sets, 28
probes): final13 osterfell_saltworks_invented alias unity .85 → .90 (a society's short name,
a node of its own, joined it); nothing else moved.

rev16d (review): "-ers" also ends a place's plural ("the Bank of the Four Rivers … struck the
Four Rivers"): a members' word whose singular is a place's head noun (``PLACE_HEADS``,
``LANDFORMS``) is none. Not fixed: a band or team written with the members' name after the
body ("the Lamp-Trimmers, a rock band") still joins it (no type is known when forms group).
No figure moved (32 development sets, probes).
"""

from __future__ import annotations

from kg.merging.forms import Form, UnionFind, top
from kg.words import lexicon as lx
from kg.words.kind_nouns import LANDFORMS, PLACE_HEADS
from kg.words.tokens import singular

__all__ = ["member_tails"]

_AGENTS = ("ers", "ors", "ists", "ians", "men", "smiths", "wrights", "ants")
_PLACES = PLACE_HEADS | {singular(w) for w in LANDFORMS}  # "the Four Rivers" (rev16d)


def _plural_agents(form: Form) -> bool:
    """True when every surface of the form ends in a capitalised plural noun of agents."""
    return bool(form.surfaces) and all(
        s.split()[-1][:1].isupper() and s.rstrip("’'").endswith(_AGENTS)
        for s in form.surfaces) and singular(form.key[-1]) not in _PLACES


def member_tails(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """"the Lamp-Trimmers" → "Ancient Guild of Lamp-Trimmers": the members' name of exactly
    one body named for them, used after it.

    Args:
        forms: the kept forms by key.
        uf: the union-find the merges go into.
    """
    bodies: dict[tuple, list[Form]] = {}
    ends: dict[tuple, int] = {}
    for f in forms.values():
        if not f.is_name or not f.units:
            continue
        for n in range(1, len(f.key)):
            ends[f.key[n:]] = ends.get(f.key[n:], 0) + 1
        for i in range(1, len(f.key) - 1):
            if f.key[i] == "of" and f.key[i - 1] in lx.ORG_HEADS:
                tail = f.key[i + 1 + (f.key[i + 1] == "the"):]
                bodies.setdefault(tail, []).append(f)
    for short in forms.values():
        owners = {uf.find(f.key): f for f in bodies.get(short.key, ())}
        if not short.is_name or not short.units or short.kinds.get("acronym") \
                or len(owners) != 1 or ends.get(short.key, 0) != 1 or not _plural_agents(short):
            continue
        long = next(iter(owners.values()))
        if uf.find(short.key) != uf.find(long.key) and min(short.units) > min(long.units):
            uf.union(short.key, long.key, "members", f"“{top(short)}” names the members "
                     f"“{top(long)}” is named for, and no other name", top(short))
