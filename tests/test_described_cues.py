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


def test_a_society_that_named_its_president_gives_him_no_nickname():
    # a club's minutes (review rev15i): "The society named X as its president" is the
    # society naming X, not a society named X, so the society's nickname is none of his
    entities = _entities(
        "The club\n"
        "The members met in March. The society named Orlen Vashti as its first president. The "
        "society, known as \"the Graddon Circle\", met monthly. Orlen Vashti was a baker.\n")
    president = find(entities, "Orlen Vashti")
    assert president is not None and "Graddon Circle" not in president.aliases


def test_a_nickname_in_single_quotes_joins_the_system_named_before():
    # review rev15i: ASCII single quotes round the nickname, as some house styles set them
    entities = _entities(
        "The clinic\n"
        "In 2015 the Quarnby clinic bought a booking system called Pellowen. The system, "
        "known locally as 'the Wicket', sends reminders to every patient. Pellowen replaced "
        "the paper diary in 2016.\n")
    joined(entities, "Pellowen", "Wicket", rule="alias")


def test_a_nickname_of_two_boats_named_before_is_neither_boat():
    # a fishing history (review rev15i): the pair's nickname names both, so it is no other
    # name of the first
    entities = _entities(
        "The yard\n"
        "In 1901 a new yard built boats called Tollick and Brenvane. The boats, known as "
        "\"the Twins\", fished the northern banks. Tollick sank in 1910.\n")
    tollick = find(entities, "Tollick")
    assert tollick is not None and "Twins" not in tollick.aliases


def test_one_nickname_given_to_two_systems_joins_neither():
    # two depots' records (review rev15i): staff at both call their system "the Wicket"; the
    # nickname must not make the two systems one
    entities = _entities(
        "The clinics\n"
        "In 2015 the clinic bought a booking system called Pellowen. The system, known locally "
        "as \"the Wicket\", sends reminders. In 2018 the depot bought a booking system called "
        "Orlendy. The system, known locally as \"the Wicket\", failed in 2019.\n")
    pellowen, orlendy = find(entities, "Pellowen"), find(entities, "Orlendy")
    assert pellowen is not None and orlendy is not None and pellowen is not orlendy
