"""Round-13 rules read on ordinary English of other genres (local news, sport, business,
biography): each sentence here once made a rule fire wrongly (invented names only)."""

from __future__ import annotations

from tests.test_entities import extracted, find, joined, needs_wordfreq, with_mentions


@needs_wordfreq
def test_a_place_before_a_rare_lowercase_noun_is_no_species():
    entities = extracted(
        "Local news\n"
        "The Tarrowby regatta was held in June. Crowds came to Tarrowby from the coast. "
        "Cheese is made in Kesselmoor, and in Kesselmoor ricotta is still made by hand.\n")
    assert find(entities, "Tarrowby regatta") is None
    assert find(entities, "Kesselmoor ricotta") is None
    assert find(entities, "Tarrowby") is not None


@needs_wordfreq
def test_the_method_after_another_method_is_no_reference_to_the_titled_technique():
    entities, mentions = with_mentions(
        "Cold Hide Bonding in the Tanneries\n"
        "Cold hide bonding is a way of joining two skins without heat. Binders adopted cold "
        "hide bonding within a decade.\n"
        "Drying\n"
        "In 1950 Dorn Ostrik tried a new method of drying hides with salt. The method failed "
        "within a year.\n")
    technique = find(entities, "cold hide bonding")
    assert technique is not None
    assert not [m for m in mentions if m.surface == "The method"]


@needs_wordfreq
def test_a_field_word_that_begins_a_name_after_a_medal_is_no_part_of_the_award():
    entities = extracted(
        "Awards\n"
        "In 1990 Elsbeth Tallis won the Quenby Medal in Science Museum events. The Pelmor Award "
        "in Law Courts was given in 1991, and she won the Orvell Prize in Botany in 1992.\n")
    assert find(entities, "Quenby Medal in Science Museum") is None
    assert find(entities, "Pelmor Award in Law Courts") is None
    assert find(entities, "Science Museum") is not None
    assert find(entities, "Orvell Prize in Botany") is not None


@needs_wordfreq
def test_a_nickname_given_to_an_unnamed_recipient_names_no_thing_of_the_sentence():
    entities = extracted(
        "Sport\n"
        "The Tarvel Rovers won the cup in 1970. The Tarvel Rovers gave their goalkeeper the "
        "nickname “the Wall”. Shoppers gave the owner of Halvern Stores the nickname "
        "“the Baron”. Drivers gave the Osk K7 the nickname “the Mule”.\n")
    assert find(entities, "Wall") is not find(entities, "Tarvel Rovers")
    assert find(entities, "Baron") is not find(entities, "Halvern Stores")
    assert find(entities, "Tarvel Rovers") is not None
    assert find(entities, "Halvern Stores") is not None
    joined(entities, "Osk K7", "Mule")


@needs_wordfreq
def test_a_person_who_built_and_sold_things_stays_a_person():
    entities = extracted(
        "The old mill\n"
        "The mill at Quenby was built by Ambrose Harlow in 1850. The cloth was sold by Harlow "
        "himself. Harlow died in 1880.\n")
    assert joined(entities, "Ambrose Harlow", "Harlow").entity_type == "person"


@needs_wordfreq
def test_a_place_in_a_heading_is_no_short_name_of_a_body_named_after_it():
    entities = extracted(
        "Growing up in Brennard\n"
        "Ivo Quarnley was born in 1950. His father worked for the Brennard Harbour Company "
        "for thirty years.\n")
    company = find(entities, "Brennard Harbour Company")
    assert company is not None and "Brennard" not in company.aliases


@needs_wordfreq
def test_a_code_written_before_the_model_is_named_is_no_short_name_of_it():
    entities = extracted(
        "Traffic\n"
        "The M25 was jammed all day. Later the Tarvel M25 van sold well, and the Tarvel M25 "
        "is still made.\n")
    van = find(entities, "Tarvel M25")
    assert van is not None and find(entities, "M25") is not van
