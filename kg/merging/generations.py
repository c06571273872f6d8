""""The younger Tarrel", "the elder Tarrel": a surname two people of the text share, told apart
by generation.

:mod:`kg.merging.namesakes` gives a shared bare surname to the person of that name named most
recently, and gives it to nobody when two of them were named in the three sentences before
("Selwyn Tarrel and his son Idwal Tarrel … Tarrel": either may be meant). A text that names a
parent and then a child ("his son …", "his nephew …") and goes on with "the younger Tarrel"
means the one it introduced later; "the elder" (or "older") one, the one it introduced first.
:func:`generations` gives such an occurrence to that person, among the people with that last
name whose full name the document wrote before it, the generation word included, so that
"younger Tarrel" becomes an alias of that person (rule ``generation``), as readers call him
so, and the bare surname does not (it stays the other bearer's).

Conditions: "the" + "younger" / "elder" / "older" right before one capitalised word, the last
name of two or more person entities whose full names (two words or more) occur earlier in the
same document, in running text (not a heading).

Measured (issue 3, diag12) over the 26 development sets and the invented articles: the only
two such phrases are in final10, one per article (alias unity .50 → .55 and .75 → .80); no
other entity, alias or figure moved, conflations stay 0. On the first, the "He" of the next
sentence now goes to the nephew the phrase names, as it should, not to his uncle.
"""

from __future__ import annotations

from dataclasses import replace

from kg.finders.candidates import Unit
from kg.finders.gazetteer import Match
from kg.merging.forms import Form, Group, strip_possessive
from kg.merging.namesakes import people_by_last_name
from kg.merging.people import known_people

__all__ = ["GENERATION", "GENERATIONS", "generations"]

GENERATION = {"rule": "generation",
              "evidence": "“the younger / the elder” and a surname several people of the text "
                          "share: the one the text introduced last / first"}

GENERATIONS = {"younger": True, "elder": False, "older": False}
"""Generation word → True when it means the person introduced later."""


def _people(groups: list[Group], kept: dict[tuple, Form], types: list[str]) -> dict[str, set[int]]:
    """Person groups by the last name of their full names, for the names at least two people
    share (:func:`kg.merging.namesakes.people_by_last_name`)."""
    people = people_by_last_name(groups, known_people(kept), types)
    return {word: gs for word, gs in people.items() if len(gs) >= 2}


def generations(units: list[Unit], matches: list[Match], groups: list[Group],
                kept: dict[tuple, Form], types: list[str]) -> dict[int, Match]:
    """Gives "the younger / the elder ⟨surname⟩" to the person of that generation.

    Args:
        units: the tokenised headings and sentences, per document in text order.
        matches: the literal occurrences (indices into this list are returned).
        groups: the groups (entities).
        kept: their forms by key.
        types: the type of each group.

    Returns:
        Match index → the occurrence widened over the generation word and given to the
        person group it stands for.
    """
    people = _people(groups, kept, types)
    if not people:
        return {}
    wanted = {g for gs in people.values() for g in gs}
    first: dict[int, tuple[int, int, int]] = {}  # group → (doc, unit, token) of its first full name
    moved: dict[int, Match] = {}
    for i in sorted(range(len(matches)), key=lambda i: (matches[i].unit, matches[i].start)):
        m = matches[i]
        unit = units[m.unit]
        if unit.heading:
            continue
        if m.group in wanted and m.end - m.start >= 2:
            first.setdefault(m.group, (unit.doc, m.unit, m.start))
        if m.end - m.start != 1 or m.start < 2:
            continue
        toks = unit.tokens
        word = strip_possessive(toks[m.start].text).casefold()
        later = GENERATIONS.get(toks[m.start - 1].lower)
        if later is None or toks[m.start - 2].lower != "the" or word not in people:
            continue
        seen = sorted((first[g][1:], g) for g in people[word] if g in first and first[g][0] == unit.doc)
        if len(seen) < 2:
            continue
        moved[i] = replace(m, start=m.start - 1, group=seen[-1][1] if later else seen[0][1])
    return moved
