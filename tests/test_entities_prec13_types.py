"""Entity types, round prec13 (issue 3): names typed by how they were named or issued
(:mod:`kg.kinds.naming_cues`) and a definite apposition closed by "where". Invented
sentences, each failing without its rule, with a negative test in another genre beside it."""

from __future__ import annotations

from tests.test_entities_round16_types import _type


def test_a_quoted_brand_name_is_a_product():
    text = ("Traders in the south sold the salt under the brand name \"Grey Pearl\", and "
            "the name travelled further than the salt.\n")
    assert _type(text, "Grey Pearl") == "product"


def test_a_quoted_title_without_a_brand_cue_stays_a_document():
    text = ("In 1902 the critic Tobin Ashgrove reviewed \"Grey Pearl\" for a weekly paper, "
            "and the novel sold out.\n")
    assert _type(text, "Grey Pearl") == "document"


def test_published_as_a_title_is_a_document():
    text = ("Orla Venn kept notebooks for forty years. Her notebooks, published in 1911 as "
            "Notes on the Drying of Salt, remain the best account of the trade.\n")
    assert _type(text, "Notes on the Drying of Salt") == "document"


def test_as_after_another_verb_names_no_document():
    text = ("The harbour board appointed Orla Venn as Harbour Master in 1911. "
            "Orla Venn held the post for twenty years.\n")
    assert _type(text, "Orla Venn") == "person"


def test_an_event_remembered_as_a_name_is_an_event():
    text = ("In 1871 the lake did not freeze at all. The event, remembered locally as the "
            "Soft Winter, ruined three firms.\n")
    assert _type(text, "Soft Winter") == "event"


def test_a_person_known_as_a_nickname_is_no_event():
    text = ("The miller Tobin Ashgrove rebuilt the weir. The miller, known locally as the "
            "Old Tobin, died in 1890.\n")
    assert _type(text, "Old Tobin") != "event"


def test_a_definite_apposition_closed_by_where_names_a_place():
    text = ("The firm is usually called the Company, although the people of Vellbridge, the "
            "lakeside village where it kept its offices, called it the Yard.\n")
    assert _type(text, "Vellbridge") == "place"


def test_a_definite_apposition_naming_a_firm_before_where_is_no_place():
    text = ("Orla Venn joined Tarrick Holloway, the brokerage where her father had worked, "
            "in 1902. Tarrick Holloway closed in 1931.\n")
    assert _type(text, "Tarrick Holloway") != "place"
