"""org19: a body whose name holds no word of a body, typed by what the text does with it:
"on the X staff", "X's shareholders", "a subsidiary of X" (:func:`kg.kinds.trade_cues.body_after`,
:func:`kg.kinds.trade_cues.trade_cue`). Each positive test fails without its rule; each
negative, in another genre, is a sentence where the rule must not fire (each verified to fail
with its guard removed)."""

from __future__ import annotations

from tests.test_entities import reference_triples, typed_aliases


def test_the_name_before_staff_is_a_body():
    text = ("In 1950 Orvid Pallace joined Velmora. Working with Tobren Quask, who was still on "
            "the Velmora staff, he drew a new gauge. The firm sold the gauge abroad.\n")
    assert typed_aliases(text)["Velmora"][0] == "organization"
    assert (2, "The firm", "Velmora") in reference_triples(text)


def test_the_shareholders_of_a_name_make_it_a_body():
    text = ("Velmora made gauges for mills. In 1962 Velmora's shareholders voted against the "
            "offer.\n")
    assert typed_aliases(text)["Velmora"][0] == "organization"


def test_a_subsidiary_of_a_name_makes_it_a_body():
    text = ("The works at Brenvik became a subsidiary of Velmora in 1971. Velmora kept the "
            "name.\n")
    assert typed_aliases(text)["Velmora"][0] == "organization"


def test_a_commander_whose_staff_rode_is_no_body():
    # military history: "X's staff" is a general's, not a body's
    text = ("Quask rode north in 1862 with the cavalry. Quask's staff rode behind him. He "
            "reached the river at dusk.\n")
    assert typed_aliases(text)["Quask"][0] != "organization"


def test_a_country_whose_workforce_grew_stays_a_place():
    # economic history: a country has a workforce, not shareholders
    text = ("Trade grew in Tarvania after 1900. Tarvania's workforce doubled in a decade. "
            "Farmers in Tarvania grew wheat.\n")
    assert typed_aliases(text)["Tarvania"][0] == "place"


def test_the_division_of_a_country_keeps_a_place():
    # political history: "the division of X" splits a place, it names no body's part
    text = ("The war ended with the division of Tarvania in 1946. Farmers in Tarvania grew "
            "wheat.\n")
    assert typed_aliases(text)["Tarvania"][0] == "place"


def test_a_generals_headquarters_is_no_body():
    # (rev19i) military history: "X's headquarters" is a commander's too, not only a body's
    text = ("Quask rode north in 1862 with the cavalry. Quask's headquarters stood by the "
            "river. He reached the river at dusk.\n")
    assert typed_aliases(text)["Quask"][0] != "organization"


def test_a_town_whose_headquarters_moved_stays_a_place():
    # (rev19i) local history: a town's headquarters (of its police, its council) are a place's
    text = ("Orvale lies on the coast. Farmers near Orvale grew wheat. Orvale's headquarters "
            "moved inland in 1950.\n")
    assert typed_aliases(text)["Orvale"][0] == "place"
