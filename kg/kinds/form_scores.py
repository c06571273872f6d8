"""What a group's own forms say of its type, scored for :func:`kg.kinds.entity_types.assign_types`:
the head word of each form, a landform or club plural, a plural organisation head, initials and a
surname, a capitalised "Project", "Survey" or "Expedition", an idea head, a maker's or model's name,
a surname shared with another person. The cues and their figures are listed in
:mod:`kg.kinds.entity_types`; moved from there (a pure move, split16).

Round prec13, seventh rule: a capitalised last word "Project" or "Survey" as written makes a
name an organisation, "Expedition" an event (:data:`_WRITTEN_HEADS`; "the Ossick project" in
lowercase is a piece of work). Measured (``--held-out --ours``): type agreement
plate_tectonics .85 → .90, radiocarbon_dating_history .643 → .679, wordbook probe .750 →
.812; 7 nodes other → organization, 6 right (two projects, three surveys, the probe's
survey), one arguable (a telescope's survey programme); no mention and nothing else moved.
Tried first as heads of :data:`kg.words.kind_nouns.TYPING_HEADS`, read from the key: a
software project named "the X project" became an organisation too, so it reads the surface.

probe21a: a capitalised one-word compound of "works" ending a name ("… Ropeworks",
:func:`_works_compound`; not "Earthworks", "Waterworks", :data:`_NOT_WORKS`) makes it an
organisation: the blind sail loft probe's firm was a person by its shape (types one item up;
typed so, with the club no rival, "the firm", "the company", "the business" take it up:
relations .60 → .70). Nothing else of the 82 texts moved (every entity, type and mention dumped).
"""

from __future__ import annotations

from collections import Counter

from kg.kinds.form_types import head_type, method_noun, personal_shape
from kg.kinds.maker_types import name_hint
from kg.kinds.person_cues import initials_and_surname, person_like, titled_name
from kg.merging.canonical import Form, Group
from kg.merging.forms import top
from kg.words import lexicon as lx
from kg.words.kind_nouns import CLUB_PLURALS, IDEA_HEADS, LANDFORMS
from kg.words.tokens import singular

__all__ = ["form_scores"]

# organisation heads in the plural whose singular is none ("… Holdings", "… Partners", "…
# Ventures"): a name's key is singular, so they are read as written
_PLURAL_ORG_HEADS = frozenset(w for w in lx.ORG_HEADS
                              if singular(w) != w and singular(w) not in lx.ORG_HEADS)


# (probe21a) one-word compounds of "works" that name no firm: an earthwork, a road's, an art's,
# a water supply's; "Network" and "Framework" are heads of their own
_NOT_WORKS = frozenset({"earthworks", "roadworks", "artworks", "waterworks", "frameworks",
                        "networks", "fireworks", "clockworks", "homeworks"})


def _works_compound(word: str) -> bool:
    """True for a capitalised last word compounded of a trade's noun and "works", as written
    ("Ropeworks", "Glassworks"): a works, the firm that runs it (probe21a)."""
    low = word.casefold()
    return word[:1].isupper() and low.endswith("works") and len(low) > 7 \
        and low.isalpha() and low not in _NOT_WORKS


# (prec13) capitalised last words that type a name only as written: an undertaking or a body
# that runs one ("the Deep Varn Drilling Project", "the Varn Geological Survey"), a journey
# ("the Varn Expedition"); in lowercase they name a piece of work ("the Varn project")
_WRITTEN_HEADS = {"Project": "organization", "Survey": "organization", "Expedition": "event"}


def form_scores(g: int, group: Group, kept: dict[tuple, Form], scores: list[Counter],
                named: list[bool], people: list[bool], surnames: Counter) -> Counter:
    """Scores what the forms of group ``g`` say of its type.

    Args:
        g: the group's index.
        group: the group.
        kept: the forms by key.
        scores: the type scores of every group; ``scores[g]`` is added to.
        named: whether each group holds a name.
        people: whether each group holds a form shaped like a person's name.
        surnames: how many such groups end in each last word.

    Returns:
        The span kinds the group's forms hold ("date", "quantity", "quoted" …).
    """
    kinds = Counter()
    for key in group.keys:
        kinds.update(kept[key].kinds)
        hint = None if kept[key].kinds.get("quoted") else head_type(
            key, named[g], person=person_like(kept[key]), eponym=kept[key].proper > 0)
        if hint:  # a title's words say what it is about, not what it is
            scores[g][hint[0]] += hint[1]
        if not kept[key].is_name and method_noun(key[-1]):
            scores[g]["technique"] += 2  # "laser spectrometry", also beside its acronym
        if len(key) > 1 and (named[g] or kept[key].proper > 0) \
                and any(s.split()[-1] in LANDFORMS for s in kept[key].surfaces):
            scores[g]["place"] += 3  # "the Pellith springs" ("spring" is no "-ing" word)
        if len(key) > 1 and named[g] and any(s.split()[-1].casefold() in CLUB_PLURALS
                                             for s in kept[key].surfaces):
            scores[g]["organization"] += 4  # "Dorrow Rangers": a club, no person
        if len(key) > 1 and named[g] and any(
                s.split()[-1].casefold() in _PLURAL_ORG_HEADS for s in kept[key].surfaces):
            scores[g]["organization"] += 3  # "Quendrow Capital Partners", "… Holdings"
        if len(key) > 1 and named[g] and any(_works_compound(s.split()[-1])
                                             for s in kept[key].surfaces):
            scores[g]["organization"] += 3  # (probe21a) "Quendrow Ropeworks", a works as a firm
        if kept[key].is_name and (initials_and_surname(kept[key]) or titled_name(kept[key])):
            scores[g]["person"] += 2  # "J. J. Varnholt", "T. Orsk", "Herr Dostel"
        kind = _WRITTEN_HEADS.get(top(kept[key]).split()[-1]) if len(key) > 1 else None
        if kind and named[g] and not (len(key) == 2 and personal_shape(kept[key])):
            scores[g][kind] += 3  # "the Varn Geological Survey", not "the Varn project"
        if len(key) > 1 and not person_like(kept[key]) \
                and any(s.split()[-1] in IDEA_HEADS for s in kept[key].surfaces):
            scores[g]["concept"] += 3  # "the Orvell effect"; "Quorrel Theory" may be a band
        hint = name_hint(key, kept[key].surfaces) if kept[key].is_name else None
        if hint:  # "Tarvel Engines", "Tarvel K7"
            scores[g][hint[0]] += hint[1]
        if people[g] and person_like(kept[key]):
            scores[g]["person"] += 1 + 2 * (surnames[key[-1]] > 1)
            if any("." in s.split()[1] for s in kept[key].surfaces if len(s.split()) == 3):
                scores[g]["person"] += 3
    return kinds
