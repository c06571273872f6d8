"""Types a group takes from its neighbours (used by :func:`kg.kinds.entity_types.assign_types`): a
proper name with no type of its own listed beside a place is a place, a name shaped like a
person's listed beside a person is a person (:func:`coordinated`, :func:`coordinated_people`),
and the name met first in a sentence whose next sentence opens with "He" or "She" scores as a
person when it is shaped like one (:func:`followed_by_he_or_she`).

Round prec13, tenth rule: a name shaped like a person's with no type of its own, listed
beside a person ("Samuel Bell, Tobbermore Ashwillow and Orla Quillan"), is a person, as a name
listed beside a place is a place (:func:`coordinated_people`, with
:func:`kg.kinds.place_cues.coordinated_places`' list reading). Measured: one node other →
person (a geophysicist on plate_tectonics, right); no mention and nothing else moved.
"""

from __future__ import annotations

from collections import Counter

from kg.finders.candidates import Unit
from kg.finders.gazetteer import Match
from kg.kinds.place_cues import coordinated_places
from kg.merging.canonical import Group
from kg.words import lexicon as lx

__all__ = ["coordinated", "coordinated_people", "followed_by_he_or_she"]

_HE_SHE = lx._words("he she his her")


def followed_by_he_or_she(units: list[Unit], matches: list[Match],
                          among: list[bool] | None = None) -> list[int]:
    """The groups named first in a sentence whose next sentence starts with "He", "She", "His"
    or "Her" (first among the groups ``among`` marks, when given: the names shaped like a
    person's, :mod:`kg.kinds.trade_names`)."""
    first: dict[int, int] = {}
    for m in sorted(matches, key=lambda m: (m.unit, m.start)):
        if among is None or among[m.group]:
            first.setdefault(m.unit, m.group)
    out = []
    for u in range(len(units) - 1):
        nxt = units[u + 1].tokens
        if u in first and not units[u].heading and nxt and nxt[0].lower in _HE_SHE \
                and units[u + 1].doc == units[u].doc:
            out.append(first[u])
    return out


def _best(score: Counter) -> str | None:
    """The type a group's scores give, as :func:`assign_types` picks it, or None."""
    best = max(sorted(score), key=lambda t: score[t], default=None)
    return best if best and score[best] >= 1 else None


def coordinated(groups: list[Group], scores: list[Counter], units: list[Unit],
                 matches: list[Match], proper: list[bool], people: list[bool],
                 fixed: dict[int, str]) -> None:
    """Scores as a place each proper name with no type of its own that a sentence lists
    beside a place (:func:`kg.kinds.place_cues.coordinated_places`), over a few rounds, so
    that a list of three takes its last item from its second."""
    by_unit: dict[int, dict[tuple[int, int], int]] = {}
    for m in matches:
        if not units[m.unit].heading:
            by_unit.setdefault(m.unit, {})[(m.start, m.end)] = m.group
    for _ in range(3):
        places = {g for g in range(len(groups)) if g not in fixed and _best(scores[g]) == "place"}
        untyped = {g for g in range(len(groups)) if g not in fixed and proper[g]
                   and not people[g] and _best(scores[g]) is None}
        found = set()
        for u, spans in by_unit.items():
            found |= coordinated_places(units[u].tokens, spans, places, untyped)
        if not found:
            return
        for g in found:
            scores[g]["place"] += 1


def coordinated_people(groups: list[Group], scores: list[Counter], units: list[Unit],
                        matches: list[Match], shaped: list[bool], fixed: dict[int, str]) -> None:
    """Scores as a person each name shaped like a person's (:func:`kg.kinds.form_types.personal_shape`)
    with no type of its own that a sentence lists beside a person ("Ada Lind, Mark Bell and
    Orla Venn", "with Tobbermore Ashwillow and Samuel Bell"), as :func:`coordinated` does for
    places (prec13), in one round."""
    by_unit: dict[int, dict[tuple[int, int], int]] = {}
    for m in matches:
        if not units[m.unit].heading:
            by_unit.setdefault(m.unit, {})[(m.start, m.end)] = m.group
    people = {g for g in range(len(groups)) if g not in fixed and _best(scores[g]) == "person"}
    untyped = {g for g in range(len(groups)) if g not in fixed and shaped[g]
               and _best(scores[g]) is None}
    found = set()
    for u, spans in by_unit.items():
        found |= coordinated_places(units[u].tokens, spans, people, untyped)
    for g in found:
        scores[g]["person"] += 1
