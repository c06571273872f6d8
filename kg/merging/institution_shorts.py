"""The ``institution-short`` rule of :func:`kg.merging.canonical.group_forms`: the first
word(s) of a university's, college's or institute's name used alone after it ("at Harvick
University … she returned to teach at Harvick", "a Harvick graduate student") join that name.

:mod:`kg.merging.short_forms` already joins such a short form, except when its words are all
common English words used capitalised fewer than twice (a short name that is also a word, a
country's or a city's name: "Columbia"-like names), which it leaves alone so that a common
capitalised word joins no longer name. Here that guard is lifted for one shape only: the
long name is the short one plus one institution head (:data:`_HEADS`, nothing after it),
the long name is written before the short one's first use, no other name holds the short
one's words (a town, a person, another body), and the short one is never used as a place
("in X", "the port of X": ``placed``).

alias19: a one-word short form of a name with another head of a body, a place or a building
(:data:`_SITES`: "the Kessick Mountains … the Kessick camp", "the Amberlin Laboratory … at the
Amberlin") joins it too when every use of the short form stands after "the", which no town
or person takes ("Quessop grew …" stays a town apart from the "Quessop Bridge"). Measured
(38 development sets, 34 probes): no figure moved; fresh unseen texts: a biography's
mountains (alias .72 → .78 with the other alias19 rules) and gen18's cloud chamber history's
laboratory (.79 → .84). rev19c: not a crossing's or a river work's head (:data:`_RIVER_NAMED`):
"the Quessop" after "the Quessop Bridge" is the river, which also takes "the" (invented local
history: bridge and river had been one node). Measured (38 development sets, 36 probes): no figure of any set moved.

diag17b: the head may stand before "of" and a field (:func:`_field_cut`, "at Harvick Institute
of Technology … teaching at Harvick"): the final17 barcode set's institute short form, a node
of its own typed other, joins it: alias unity .70 → .75, core nodes 35 → 34; no other node of
the 76 texts moved (``--held-out --ours``: dev alias unity .926 → .927, probes unchanged).

fix16: measured (``--held-out --ours``, 32 development sets and 28 probes, every node
dumped before and after): the laser probe's university short form, a node of its own typed
other, is an alias of the university: laser alias unity .80 → .85, relations at the
evidence and anywhere .80 → .90, core nodes 47 → 46 (probe means: unity .946 → .948,
relations .939/.953 → .942/.956); no other node of the 60 texts moved.
"""

from __future__ import annotations

from kg.merging.forms import Form, UnionFind, top
from kg.words import kind_nouns as kn

__all__ = ["institution_shorts"]

_HEADS = frozenset({"university", "college", "institute"})
# heads of a body, a place or a building whose one-word short form, always after "the", is no
# town nor person of its own ("at the Kessick" for the Kessick Laboratory; alias19)
_SITES = kn.ORG_HEADS | kn.PLACE_HEADS | kn.STRUCTURE_HEADS
# heads of what takes its name from the river it crosses, dams or makes: "the Quessop" after
# "the Quessop Bridge" is the river, which is also written after "the" (rev19c: bridge and
# river had become one)
_RIVER_NAMED = frozenset("bridge dam ford ferry valley estuary firth canal quay wharf pier "
                         "harbour harbor".split())


def institution_shorts(forms: dict[tuple, Form], uf: UnionFind, *,
                       placed: frozenset = frozenset()) -> None:
    """Joins a short form of an institution's name to it (see the module docstring).

    Args:
        forms: the kept forms by key.
        uf: the groups so far; joins are recorded with rule ``institution-short``.
        placed: keys used as places ("in X"), which shorten no institution's name here.
    """
    names = [f for f in forms.values() if f.is_name and not f.kinds.get("namehead")]
    words: dict[str, set[tuple]] = {}
    for f in names:
        for w in f.key:
            words.setdefault(w, set()).add(f.key)
    for long in names:
        key = long.key
        cut = _field_cut(key)  # "Harvick Institute of Technology": "Harvick"
        if len(key) < 2 or key[cut] not in _HEADS | _SITES or long.kinds.get("acronym"):
            continue
        prefix = key[:cut]
        short = forms.get(prefix)
        if key[cut] not in _HEADS and (short is None or len(prefix) > 1 or key[cut] in _RIVER_NAMED
                                       or short.after_article < sum(short.surfaces.values())):
            continue  # another head: only "at the Kessick", "the Kessick camp" (no town's use)
        if short is None or not short.is_name or short.kinds.get("acronym") or prefix in placed \
                or not short.units or not long.units or min(short.units) <= min(long.units):
            continue
        if uf.find(prefix) != prefix and uf.find(prefix) != uf.find(key):
            continue  # already another thing's name
        others = {k for w in prefix for k in words.get(w, ())} - {key, prefix}
        if others:
            continue  # "Harvick" is also a town's, a person's or another body's word
        uf.union(prefix, key, "institution-short", f"“{top(short)}” is used on its own "
                 f"after “{top(long)}”", top(short))


def _field_cut(key: tuple[str, ...]) -> int:
    """Where an institution's head stands: before "of" and a field ("Harvick Institute of
    Technology", "Harvick College of Art": diag17b) when the name's first word(s) come before
    it, else at the end of the key."""
    return next((i for i in range(1, len(key) - 2) if key[i] in _HEADS and key[i + 1] == "of"),
                len(key) - 1)
