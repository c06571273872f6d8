"""Round nick15: a name given by a cue to a thing the sentence before introduced by its
class noun and a name (:mod:`kg.merging.described_cues`). Invented sentences."""

from __future__ import annotations

from tests.test_entities import extracted as _entities
from tests.test_entities import find, joined


def test_a_nickname_of_the_system_named_before_joins_it():
    entities = _entities(
        "The clinic\n"
        "In 2015 the Quarnby clinic bought a booking system called Pellowen. The system, "
        "known locally as \"the Wicket\", sends reminders to every patient. Pellowen replaced "
        "the paper diary in 2016.\n")
    joined(entities, "Pellowen", "Wicket", rule="alias")


def test_a_nickname_of_another_noun_is_not_the_person_named_before():
    entities = _entities(
        "The voyage\n"
        "In 1878 the owners hired a captain called Arvel Tessivale. The ship, known to "
        "sailors as \"the Grey Lady\", left Harnock in 1880. Tessivale retired in 1890.\n")
    captain = find(entities, "Arvel Tessivale")
    assert captain is not None
    assert find(entities, "Grey Lady") is not captain


def test_two_names_after_the_noun_leave_the_nickname_alone():
    entities = _entities(
        "The yard\n"
        "The yard launched a boat called Marra and a boat called Velling in 1901. The boat, "
        "known as \"the Wicket\", sank in 1903. Marra and Velling were sold in 1910.\n")
    marra, velling = find(entities, "Marra"), find(entities, "Velling")
    assert marra is not None and velling is not None
    nickname = find(entities, "Wicket")
    assert nickname is not marra and nickname is not velling
