"""Issue 3, round 3: aliases on one node. Small made-up documents."""

from __future__ import annotations

from tests.test_entities import extracted as _entities
from tests.test_entities import find, joined


def test_an_acronym_before_a_longer_wording_of_its_name_joins_it():
    # the initials of the name (W F O T O M) are not the acronym's; its letters are found
    # inside the name's words, as in an organisation renamed after its acronym was coined
    entities = _entities(
        "Their work is overseen by WFOM, the World Federation of Ocean Tide Observers and "
        "Mariners, founded in 1950. WFOM publishes tables every year.\n")
    joined(entities, "World Federation of Ocean Tide Observers and Mariners", "WFOM",
           rule="acronym")


def test_an_acronym_whose_letters_the_name_lacks_stays_apart():
    entities = _entities(
        "Their work is overseen by WFMO, the Board of Harbour Pilots and Lock Authorities, "
        "founded in 1950. WFMO publishes tables every year.\n")
    board = find(entities, "Board of Harbour Pilots and Lock Authorities")
    assert board is not None and "WFMO" not in board.aliases


def test_a_name_after_at_is_where_the_longer_name_is_not_what_it_names():
    entities = _entities(
        "Her best building, the Quenmore Library at Varrick University, opened in 1960. The "
        "Quenmore Library has six floors. "
        "In 1988 Varrick University gave her a medal. Varrick University grew after 1990.\n")
    university = find(entities, "Varrick University")
    assert university is not None
    assert "Quenmore Library at Varrick University" not in university.aliases
    joined(entities, "Quenmore Library", "Quenmore Library at Varrick University",
           rule="short-form")


def test_two_names_a_clause_gives_one_thing_in_turn_are_one_node():
    entities = _entities(
        "This method, which became known as **staged flushing** and is now usually called "
        "**pulse dosing**, cut the losses by half. Pulse dosing is used on many farms.\n")
    joined(entities, "pulse dosing", "staged flushing", rule="alias")


def test_two_names_each_given_to_a_different_thing_stay_apart():
    entities = _entities(
        "The first method was known as **staged flushing**, and the second is now usually "
        "called **pulse dosing**. Pulse dosing is used on many farms.\n")
    dosing = find(entities, "pulse dosing")
    assert dosing is None or "staged flushing" not in {a.casefold() for a in dosing.aliases}


def test_a_place_name_with_a_lowercase_place_noun_is_that_place():
    entities = _entities(
        "Mara Tilsey has lived in Oskrigg since 1979. A fault left the whole of the Oskrigg "
        "estate without water. Back in Oskrigg, Mrs Tilsey keeps bottles under the sink.\n")
    joined(entities, "Oskrigg", "Oskrigg estate", rule="name-head")


def test_an_institution_of_a_university_is_shortened_to_its_first_word():
    entities = _entities(
        "After the war, oceanographers at the Quarrel Geological Observatory of Venmore "
        "University compiled profiles. In 1966 Ada Pimm at Quarrel examined a profile. "
        "In 1967 Bo Sirkett of Quarrel confirmed the prediction.\n")
    joined(entities, "Quarrel", "Quarrel Geological Observatory of Venmore University",
           rule="short-form")


def test_a_college_of_a_subject_is_not_shortened_to_its_first_word():
    entities = _entities(
        "In 1950 she taught at the Quarrel College of Art. In 1966 Ada Pimm came to "
        "Quarrel. In 1967 Bo Sirkett of Quarrel painted the harbour.\n")
    college = find(entities, "Quarrel College of Art")
    assert college is not None and "Quarrel" not in college.aliases


def test_the_name_a_body_has_now_joins_its_old_name_not_the_place_named_between():
    entities = _entities(
        "She came from the Tidewater Fever Bureau (TFB) in Corravale, which is now the "
        "Institute for Fever Control and Prevention. Corravale is a port town.\n")
    joined(entities, "Tidewater Fever Bureau", "Institute for Fever Control and Prevention",
           rule="alias")
    town = find(entities, "Corravale")
    assert town is not None and town is not find(entities, "Tidewater Fever Bureau")


def test_a_role_someone_now_holds_is_no_new_name():
    entities = _entities(
        "The chair went to Ada Quillet, now the Chief Executive, in 2001. Ada Quillet "
        "left in 2009.\n")
    person = find(entities, "Ada Quillet")
    assert person is not None and "Chief Executive" not in person.aliases


def test_a_name_used_alone_before_a_corporation_named_after_it_is_not_that_corporation():
    entities = _entities(
        "In 1952 she married a painter from Tarrowby. In 1967 Tarrowby Corporation "
        "commissioned the firm to design a housing scheme. Tarrowby grew after 1970.\n")
    corporation = find(entities, "Tarrowby Corporation")
    assert corporation is not None and find(entities, "Tarrowby") is not corporation


def test_a_firm_named_in_full_first_is_shortened_later():
    entities = _entities(
        "In 1967 Tarrowby Corporation built a mill. Tarrowby sold it in 1990, and "
        "Tarrowby closed in 2001.\n")
    joined(entities, "Tarrowby Corporation", "Tarrowby", rule="short-form")


def test_a_name_holding_and_before_known_as_is_taken_whole():
    entities = _entities(
        "Samples went to two places: the port in Varna and the Central Institute of Soils "
        "and Fertilisers, known as KORVA, in Tellin. KORVA kept them for ten years.\n")
    joined(entities, "Central Institute of Soils and Fertilisers", "KORVA", rule="alias")
    assert find(entities, "Fertilisers") is None
