"""Kind nouns of machines, buildings and written rules or guides type the name they describe
(kinds11); invented sentences."""

from __future__ import annotations

from tests.test_entities import extracted, find


def _type_of(text: str, name: str) -> str | None:
    entity = find(extracted(text), name)
    return entity.entity_type if entity is not None else None


def test_a_machine_named_by_a_copula_is_a_product():
    text = ("The Quorbel was a wheel cipher machine built in Ulmsworth. "
            "Clerks used the Quorbel every night.\n")
    assert _type_of(text, "Quorbel") == "product"


def test_a_manual_in_apposition_is_a_document():
    text = ("Builders learned from Pellagrine Practice, a manual for pipe layers. "
            "Pellagrine Practice ran to six editions.\n")
    assert _type_of(text, "Pellagrine Practice") == "document"


def test_an_ordinance_in_apposition_is_a_document():
    text = ("The council passed the Tessivane Rule, a city ordinance on carts. "
            "The Tessivane Rule was repealed in 1902.\n")
    assert _type_of(text, "Tessivane Rule") == "document"


def test_the_building_of_a_thing_types_no_name():
    text = ("Quorbel Tandry paid for the building of the bridge. "
            "Quorbel Tandry died in 1890.\n")
    assert _type_of(text, "Quorbel Tandry") != "place"


def test_a_manual_process_types_no_name_as_a_document():
    text = ("Sorting at Dravenholt was a manual process until 1920. "
            "Dravenholt grew quickly.\n")
    assert _type_of(text, "Dravenholt") != "document"


def test_a_technique_known_as_a_name_types_it_a_technique():
    text = ("Clerks adopted a simple technique known as Corvelling Sort. "
            "Corvelling Sort halved the delays.\n")
    assert _type_of(text, "Corvelling Sort") == "technique"


def test_a_machine_called_a_name_types_it_a_product():
    text = ("The office bought an electric machine called the Sarrowby. "
            "The Sarrowby failed in 1923.\n")
    assert _type_of(text, "Sarrowby") == "product"


def test_a_definite_noun_before_called_types_nothing():
    text = ("The technique of the clerks, called Corvelling Sort by the press, spread fast. "
            "Corvelling Sort halved the delays.\n")
    assert _type_of(text, "Corvelling Sort") != "technique"
