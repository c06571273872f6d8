"""Tests for the round-15 type heads (:data:`kg.words.kind_nouns.TYPING_HEADS`): a name's last
word of a body's unit or band, a landform or site, a kind of written work, and a numbered
part of a document ("Schedule 4"); a ship's or vehicle's noun before a name. Small made-up
documents."""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq


def _type(entities, name: str) -> str:
    entity = find(entities, name)
    assert entity is not None, name
    return entity.entity_type


@needs_wordfreq
def test_a_unit_and_a_band_are_organisations():
    entities = extracted(
        "The Tarvel Air Support Unit flew twelve sorties that winter. Later the Ossbridge "
        "Pipe Band played at the opening, and the Friends of the Pelmor Canal paid for the "
        "sandwiches.\n")
    assert _type(entities, "Tarvel Air Support Unit") == "organization"
    assert _type(entities, "Ossbridge Pipe Band") == "organization"
    assert _type(entities, "Friends of the Pelmor Canal") == "organization"


@needs_wordfreq
def test_an_ensemble_and_an_assembly_are_organisations():
    entities = extracted(
        "The Tesmary Consort gave its first concert in 1961. Two years later the Ulvane "
        "Assembly voted to pay for a new hall.\n")
    assert _type(entities, "Tesmary Consort") == "organization"
    assert _type(entities, "Ulvane Assembly") == "organization"


@needs_wordfreq
def test_a_landform_or_a_site_is_a_place():
    entities = extracted(
        "The climbers turned back below Orsley Gully. Two days later they camped on Farnock "
        "Hill, and the spare rope stayed at Hestcombe Base.\n")
    assert _type(entities, "Orsley Gully") == "place"
    assert _type(entities, "Farnock Hill") == "place"
    assert _type(entities, "Hestcombe Base") == "place"


@needs_wordfreq
def test_a_kind_of_written_work_and_a_numbered_clause_are_documents():
    entities = extracted(
        "The tables were first printed in the Lorrin Almanac. The trust's deed was strict: "
        "Schedule 4 barred any sale of the land, and the Pellin Psalter was kept in a locked "
        "room.\n")
    assert _type(entities, "Lorrin Almanac") == "document"
    assert _type(entities, "Schedule 4") == "document"
    assert _type(entities, "Pellin Psalter") == "document"


@needs_wordfreq
def test_a_given_name_before_a_landform_head_makes_no_place():
    entities = extracted(
        "Margaret Hill mapped the coast in 1950. She said the old charts were poor.\n")
    assert _type(entities, "Margaret Hill") != "place"


@needs_wordfreq
def test_a_ship_or_a_vehicle_named_by_its_noun_is_a_product():
    entities = extracted(
        "The yard's most famous ship, the steamer Orsmere, was launched in 1880 for a coastal "
        "line. Much later a new railcar, the Quellrunner, entered service on the branch.\n")
    assert _type(entities, "Orsmere") == "product"
    assert _type(entities, "Quellrunner") == "product"
