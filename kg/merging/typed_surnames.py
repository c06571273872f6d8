"""A bare surname left apart from its person because the personal name did not look like one
by its words alone ("Porter Dalton": two common words, no listed given name) but the text
typed it a person ("his student Porter Dalton", :mod:`kg.kinds.entity_types`).

:func:`kg.merging.people.join_surnames` joins a bare surname only to a name shaped like a person's;
after typing, :func:`typed_surnames` gives a one-word name left ``other``, capitalised in
running text, to the one entity typed ``person`` whose name ends in it, when no other name
holds the word, the bare name is never written after "the" and is first used after the full
one. The join is made as a
renaming's is (:func:`kg.merging.entity_records.build_records` merges the two entities and records the rule
``renamed`` with this evidence).

Round 13: pcr_history −1 node (a student named in full, then by his surname); over the 20
development sets and the invented ones no other node moved.
"""

from __future__ import annotations

from kg.merging.forms import Form, Group
from kg.words.person_words import last_name

__all__ = ["typed_surnames"]


def typed_surnames(groups: list[Group], kept: dict[tuple, Form],
                   types: list[str]) -> list[tuple[int, int, str]]:
    """Bare surnames typed ``other`` and the one person each names.

    Args:
        groups: the entity groups.
        kept: their forms by key.
        types: the type of each group.

    Returns:
        ``(person group, surname group, evidence)`` for each join.
    """
    owners: dict[str, set[int]] = {}
    holders: dict[str, set[int]] = {}
    for g, group in enumerate(groups):
        for key in group.keys:
            for word in key:
                holders.setdefault(word, set()).add(g)
            if types[g] == "person" and len(key) >= 2 and kept[key].is_name:
                owners.setdefault(last_name(key), set()).add(g)
    out = []
    for h, group in enumerate(groups):
        if types[h] != "other" or len(group.keys) != 1 or len(group.keys[0]) != 1:
            continue
        form = kept[group.keys[0]]
        word = group.keys[0][0]
        people = owners.get(word, set())
        if len(people) != 1 or not form.is_name or form.kinds.get("acronym") or not form.units \
                or form.after_article or holders.get(word, set()) - people - {h}:
            continue  # "the Line" is no "Elizabeth Line" (:func:`kg.merging.people.known_people`)
        g = next(iter(people))
        firsts = [min(kept[k].units) for k in groups[g].keys if kept[k].units]
        if firsts and min(form.units) > min(firsts):
            out.append((g, h, f"“{word}” is the last name of the one person so named"))
    return out
