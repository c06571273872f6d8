"""rev20f (review of diag18b): a model's code with a dotted number, now one token ("RX7.2"),
is still a model's code (:mod:`kg.merging.model_codes`, :mod:`kg.kinds.maker_types`); a
two-word name "Ship Building", a common noun before "Building", is an activity, not a place
(:func:`kg.kinds.maker_types.gerund_building`). Invented sentences, each with a negative."""

from __future__ import annotations

from tests.test_entities import find, read_entities


def test_a_dotted_model_code_is_a_product_and_its_code_an_alias(tmp_path):
    text = ("The Quorvane RX7.2 router was sold in Tellerby from 2004. The RX7.2 failed often, "
            "and Quorvane replaced it.\n")
    entities = read_entities(text, tmp_path)
    router = find(entities, "Quorvane RX7.2")
    assert router is not None and router.entity_type == "product"
    assert find(entities, "RX7.2") is router


def test_a_section_number_is_no_model_code(tmp_path):
    # a manual: "Section 4.2" is a part of a document, not a model
    text = ("Dressom Pellaton wrote the Tellerby manual in 1990. Section 4.2 of the manual sets "
            "the rules, and Section 4.2 was revised in 1994.\n")
    entities = read_entities(text, tmp_path)
    section = find(entities, "Section 4.2")
    assert section is not None and section.entity_type != "product"


def test_a_name_of_a_common_noun_and_building_is_an_activity(tmp_path):
    text = ("Dressom Pellaton studied Ship Building at Tellerby College. Ship Building was his "
            "trade for forty years.\n")
    entities = read_entities(text, tmp_path)
    trade = find(entities, "Ship Building")
    assert trade is not None and trade.entity_type != "place"


def test_a_name_of_a_rare_word_and_building_stays_a_place(tmp_path):
    text = ("The Quorvane Building in Tellerby, completed in 1902, housed forty offices. "
            "Tenants of the Quorvane Building paid high rents.\n")
    entities = read_entities(text, tmp_path)
    building = find(entities, "Quorvane Building")
    assert building is not None and building.entity_type == "place"
