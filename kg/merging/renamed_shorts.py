"""order19: a short form decided again once a renaming has made it unique.

:mod:`kg.merging.short_forms` runs inside :func:`kg.merging.canonical.group_forms`, before the
renaming cues of :mod:`kg.references.bridging` (a body "reorganised as", "renamed", "changed
its name to" …) join a body's two names. At that moment a short name that begins both ("Quarnvale"
beside "Quarnvale Clock Works" and, after "it was renamed", "Quarnvale Timing Company") begins two
longer names and is given to neither; once the renaming says the two are one body, it begins one
entity's names only. :func:`renamed_shorts` runs the short-form decision again, with every group
as built and the renamings' joins, and keeps only the joins of a short name that began two
groups or more before and begins one renamed entity now. Every guard of the short-form rule
holds (a place, a person's surname, a title, a model, a head that makes a different thing), and
the short name's own group is no person's or place's and holds no longer name. A family name a
firm and its founder share stays the founder's whatever the firm's head (the short-form rule
lets "Harbridge" shorten "Harbridge Motor Company"; here not): the short name is no person's
surname in the text ("Ada Quarnvale") nor written as a person's ("Quarnvale said that she",
:func:`kg.merging.initialled_firms.personal_names`).

A longer name that goes by its own later words in one group ("Brenmarsh Batch Register" written
"Batch Register", rule ``tail``) is no rival either (:func:`_owned_names`): its first words say
whose it is. And :mod:`kg.merging.reorganisations` now reads "X reorganised as a holding
company, the Y," (a lowercase description holding a legal form and a comma before the name).

Measured (``benchmarks/entities.py --held-out --ours``, 40 development sets and 36 probes;
every entity, alias and merge of the 77 texts dumped before and after, 8 lines changed, read
one by one, all right by their gold): the tessaly probe's short name joins its renamed firm (alias
unity .79 → .84, core 20 → 19), the cooperage probe's joins its cooperage, whose ledger goes by
its name without the firm's (.79 → .84, core 16 → 15). Probes: alias unity .935 → .938, core 846 → 844;
dev unchanged on every set (unity .923, core 2051); recall, types, relations and conflations
unchanged on every set. Fresh texts of alias19 (not in the repository): the firm text's
plc name, its holding company's name and its short name one node (core 32 → 30; unity
unchanged: gold puts them with the firm's older name, which "it changed its name to" does not
reach); the biography and history texts and gen18's three did not move. Not done:
a capitalised head alone ("the Gallery") beside "X Gallery" and a renamed "National Gallery
of Y" (the bare head already joined the new name, so two entities would merge: a conflation
risk), and "the Company" beside a partners' "Y and Company" (``head`` leaves a legal form
alone, alias17).

rev19h: a body, place or person written without its first words ("the Football Club" of
"Quarnvale Football Club") is a rival still: "Quarnvale" beside it and "Quarnvale Cricket Club" had
joined the cricket club. Measured: every figure of the 40 development sets and 36 probes unchanged
(dev unity .927, core 2048; probes unity .938, core 844).
"""

from __future__ import annotations

from kg.merging.forms import Form, Group, UnionFind
from kg.merging.people import person_like
from kg.merging.short_forms import short_forms

__all__ = ["RULE", "renamed_shorts"]

RULE = "short-form"

_KEPT_APART = frozenset({"person", "place"})
_RIVALS = _KEPT_APART | {"organization"}  # a body written without its first words is one


class _Recorder(UnionFind):
    """A union-find that records the joins it is asked for that join two sets."""

    def __init__(self, keys):
        super().__init__(keys)
        self.joins: list[tuple[tuple, tuple, str]] = []

    def union(self, a, b, rule: str, evidence: str, form: str) -> None:
        """Records, then joins, ``a`` and ``b`` (see :meth:`UnionFind.union`)."""
        if self.find(a) != self.find(b):
            self.joins.append((a, b, evidence))
        super().union(a, b, rule, evidence, form)


def _owned_names(forms: dict[tuple, Form], group_of: dict[tuple, int],
                 types: list[str]) -> set[tuple]:
    """Keys of names that go by their words after the first one(s) ("Brenmarsh Batch Register" written
    "Batch Register", one group): the first words say whose the thing is, a body's name, and the
    thing is named without them; it is no rival of that body's for its short name. Not a body,
    place or person so written: "the Football Club" of "Quarnvale Football Club" is a second club
    of the town, a rival still (rev19h)."""
    return {k for k, f in forms.items() if f.is_name and k in group_of
            and types[group_of[k]] not in _RIVALS and any(
        k[n:] in forms and forms[k[n:]].is_name and group_of.get(k[n:]) == group_of[k]
        for n in range(1, len(k) - 1))}


def renamed_shorts(forms: dict[tuple, Form], groups: list[Group], renamed: list[tuple],
                   types: list[str], *, placed: frozenset = frozenset(),
                   sited: frozenset = frozenset(),
                   located: frozenset = frozenset(),
                   personal: frozenset = frozenset()) -> list[tuple[int, int, str, str]]:
    """The short names a renaming made unique, as joins for
    :func:`kg.merging.entity_records.build_records`.

    Args:
        forms: the kept forms by key.
        groups: the groups :func:`kg.merging.canonical.group_forms` made.
        renamed: the renamings' joins ``(group, named group, evidence, *rule)``.
        types: the type of each group.
        placed, sited, located: as for :func:`kg.merging.short_forms.short_forms`.
        personal: keys of one-word names written as a person's, which shorten no name here.

    Returns:
        ``(long name's group, short name's group, evidence, rule)`` for each short name.
    """
    group_of = {k: g for g, group in enumerate(groups) for k in group.keys}
    canon = UnionFind(range(len(groups)))
    for g, h, *_rest in renamed:
        canon.union(g, h, "", "", "")
    uf = _Recorder(forms)
    for group in groups:
        uf.why.update(group.merges)
        for k in group.keys[1:]:
            uf.parent[uf.find(k)] = uf.find(group.keys[0])
    for g, h, *_rest in renamed:
        uf.parent[uf.find(groups[h].keys[0])] = uf.find(groups[g].keys[0])
    owned = _owned_names(forms, group_of, types)
    short_forms({k: f for k, f in forms.items() if k not in owned}, uf, placed=placed,
                sited=sited, located=located, personal=personal)
    surnames = {(f.key[-1],) for f in forms.values() if f.is_name and len(f.key) > 1
                and person_like(f)}
    out = []
    for short, long, evidence in uf.joins:
        s, g = group_of.get(short), group_of.get(long)
        if s is None or g is None or types[s] in _KEPT_APART or short in surnames | personal:
            continue  # "Quarnvale" of "Ada Quarnvale" is no short name of her firm
        if any(len(k) > len(short) and k[:len(short)] == short for k in groups[s].keys):
            continue  # the short name's group holds a longer name it begins: its home
        begun = [f.key for f in forms.values() if f.is_name and f.key in group_of
                 and len(f.key) > len(short) and f.key[:len(short)] == short]
        before = {group_of[k] for k in begun}
        if len(before) < 2 or len({canon.find(group_of[k]) for k in begun if k not in owned}) != 1:
            continue  # not a join a renaming (or a name that goes without it) made possible
        why = "the one body its longer names name once renamed" if len(
            {canon.find(b) for b in before}) == 1 else "the others it begins go by their own words"
        out.append((g, s, f"{evidence}, {why}", RULE))
    return out
