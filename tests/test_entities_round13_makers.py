"""Tests for the round-13 rules (a Markdown history of a maker and its products): a trading
name after Markdown emphasis, a firm's name without its legal form in a title, a nickname
given after the noun "nickname", a model's code used alone, and bold names read as written
mid-sentence. Small made-up documents."""

from __future__ import annotations

import pytest

from tests.test_entities import extracted, find, needs_wordfreq
from tests.test_entities_round2 import _references


@needs_wordfreq
def test_a_trading_name_in_bold_joins_the_firm_the_description_stands_for():
    entities = extracted(
        "**Tolland & Brusk Ltd** was a maker of rope in the port of Quenby. The firm traded "
        "as **Marrack Cordage** from 1950 until it closed. Marrack Cordage sold rope to "
        "trawlers.\n")
    firm = find(entities, "Tolland & Brusk Ltd")
    assert firm is not None and find(entities, "Marrack Cordage") is firm


@needs_wordfreq
def test_a_title_writes_the_firm_without_its_legal_form():
    entities = extracted(
        "Tolland & Brusk: Sixty Years of Rope\n\n"
        "Tolland & Brusk Ltd was a maker of rope in the port of Quenby. In 1950 Tolland & "
        "Brusk Ltd opened a second works.\n")
    firm = find(entities, "Tolland & Brusk Ltd")
    assert firm is not None and "Tolland & Brusk" in firm.aliases


@needs_wordfreq
def test_a_name_after_the_noun_nickname_names_the_thing_the_sentence_refers_to():
    entities = extracted(
        "The firm's first engine was the **Dunsel Twin**, built from 1924. Its loud exhaust "
        "gave it the nickname \"the Grumbler\". Fishermen still speak of the Grumbler.\n")
    engine = find(entities, "Dunsel Twin")
    assert engine is not None and find(entities, "Grumbler") is engine


@needs_wordfreq
def test_a_model_code_alone_is_the_one_name_it_ends():
    entities = extracted(
        "In 1960 the firm launched the Perrow K7, a diesel for ferries. The Perrow K9 "
        "followed in 1968. The works in Ketterby still make the K7 under licence.\n")
    model = find(entities, "Perrow K7")
    assert model is not None and find(entities, "K7") is model
    assert find(entities, "Perrow K9") is not model


@needs_wordfreq
def test_a_model_code_two_names_end_joins_neither():
    entities = extracted(
        "The Perrow K7 was a diesel for ferries. The rival Wendle K7 was a petrol engine. "
        "Buyers confused the K7 of one maker with the other.\n")
    assert find(entities, "K7") not in (find(entities, "Perrow K7"), find(entities, "Wendle K7"))


@needs_wordfreq
def test_a_bold_name_mid_sentence_is_read_as_written_and_joins_its_dated_form():
    entities = extracted(
        "The rule set a limit for the noise of lowland boats. The rule was later taken into "
        "law by the **Lowland Rivers Act 1974**.\n\nThe boat needed changes to meet the 1989 "
        "limits of the **Lowland Rivers Act**.\n")
    act = find(entities, "Lowland Rivers Act")
    assert act is not None and find(entities, "Lowland Rivers Act 1974") is act
    assert act.entity_type == "document"


def _typed(text: str, name: str) -> str | None:
    entity = find(extracted(text), name)
    return entity.entity_type if entity is not None else None


@needs_wordfreq
def test_a_place_noun_or_a_works_before_a_name_makes_a_place():
    text = ("The firm stood on the estuary of the river Oskel. In 1962 it moved to a new "
            "plant at **Dunmoor Fields**, on the edge of the town.\n")
    assert _typed(text, "Oskel") == "place"
    assert _typed(text, "Dunmoor Fields") == "place"


@needs_wordfreq
def test_in_before_a_bold_one_word_name_makes_a_place():
    assert _typed("Holbeck moved the line to its new works in **Quillan**, where the engine "
                  "is still made.\n", "Quillan") == "place"


@needs_wordfreq
def test_a_name_ending_in_the_plural_of_a_product_noun_is_a_maker():
    assert _typed("The starter was licensed to the rival maker **Tarvel Engines** in 1964. "
                  "Tarvel Engines paid a royalty on each unit.\n", "Tarvel Engines") \
        == "organization"


@needs_wordfreq
def test_a_name_ending_in_a_number_is_typed_by_the_word_before_it():
    assert _typed("In 1968 the guild drew up **Fairling Standard 4**, the first rule for "
                  "exhaust noise.\n", "Fairling Standard 4") == "document"


@needs_wordfreq
def test_a_one_word_name_ending_in_ing_is_no_technique():
    assert _typed("Fishermen bought the Fairling in large numbers. The Fairling sold well in "
                  "ports of the east coast.\n", "Fairling") != "technique"


@needs_wordfreq
def test_a_list_label_described_as_an_engine_or_a_version_is_a_product():
    text = ("The firm made three engines:\n\n"
            "- **Dunsel Twin** (1924): a two-cylinder paraffin engine of 8 horsepower.\n"
            "- **Dunsel Four** (1931): a four-cylinder version for ferries.\n")
    assert _typed(text, "Dunsel Twin") == "product"
    assert _typed(text, "Dunsel Four") == "product"


@needs_wordfreq
def test_a_bold_italic_title_is_a_document_whatever_its_head_noun():
    assert _typed("Her notebooks, published in 1997 as ***The Engine on the Slope***, are "
                  "still read.\n", "Engine on the Slope") == "document"


@needs_wordfreq
def test_a_wharf_is_a_place_and_a_starter_a_product():
    text = ("Tamsin Vennel lent a net store on Oskel Wharf as the first workshop. He also "
            "introduced the **Vennel starter**, a spring-loaded handle. The Vennel starter sold "
            "well.\n")
    assert _typed(text, "Oskel Wharf") == "place"
    assert _typed(text, "Vennel starter") == "product"


def test_it_before_a_passive_and_to_a_name_is_no_dummy():
    refs = _references(
        "Tamsin Vennel also introduced the **Vennel starter**, a spring-loaded handle that one "
        "person could use. It was licensed to the rival maker Tarvel Engines in 1964.\n")
    assert ("It", "Vennel starter") in refs


def test_it_is_easy_to_stays_a_dummy():
    refs = _references("Tamsin Vennel also introduced the **Vennel starter** in 1950. It was "
                       "easy to see why fishermen liked it.\n")
    assert ("It", "Vennel starter") not in refs


def test_he_is_the_person_the_previous_sentence_is_about_not_one_named_in_the_possessive():
    refs = _references(
        "After Ilsa Oreby's death in 1959 her son **Merrik Oreby** became chairman. He "
        "moved the works to Brenvik in 1962.\n")
    assert ("He", "Merrik Oreby") in refs


@needs_wordfreq
def test_the_engine_maker_probe_keeps_its_type_agreement():
    """Blind 0.42 (26 gold entities); the round-13 type cues (:mod:`kg.kinds.maker_types`) brought
    it to 0.92: places after "the river" and "a plant at", a maker "… Engines", models,
    list labels described after a colon, a standard and an act ending in a number, a
    bold-italic title. Left: a one-word product line, an eponymous part the gold calls a
    technique."""
    from pathlib import Path

    from tests.test_entities import _score

    result = _score(Path(__file__).resolve().parent / "data" / "entities" / "engines")
    assert result["type_agreement"] >= 0.92


@needs_wordfreq
@pytest.mark.parametrize("text, name, other", [
    (("The **Ossery Athletic Club** was founded in 1900 by miners. In 1962 the owners renamed "
     "it **Tarvel Rovers**. Tarvel Rovers won the cup in 1970.\n"),
     "Tarvel Rovers", "Ossery Athletic Club"),
    (("The hall opened in 1901 as the **Ossery Hall**. Workers soon dubbed it **the Barn**. "
     "The Barn burned down in 1950.\n"), "Ossery Hall", "Barn"),
    (("Founded in 1889 as **Ossery Wanderers** by two teachers, Brenvik Football Club adopted "
     "its colours in 1890. The club won the cup.\n"), "Brenvik Football Club", "Ossery Wanderers"),
])
def test_a_name_given_in_bold_after_a_renaming_cue_joins_what_it_renames(text, name, other):
    entities = extracted(text)
    entity = find(entities, name)
    assert entity is not None and find(entities, other) is entity


@needs_wordfreq
@pytest.mark.parametrize("text", [
    ("Its first model, the **Dunsel Twin**, is still remembered along the coast as \"the "
    "Grumbler\". The Grumbler was loud.\n"),
    "The Dunsel Twin is known in the trade as the Grumbler. The Grumbler was loud.\n",
])
def test_a_name_a_thing_is_remembered_or_known_by_joins_it(text):
    entities = extracted(text)
    engine = find(entities, "Dunsel Twin")
    assert engine is not None and find(entities, "Grumbler") is engine


@needs_wordfreq
def test_known_to_have_served_as_gives_no_name():
    entities = extracted("Ada Vennel is known to have served as the Warden of Brenvik. The "
                         "Warden of Brenvik was elected.\n")
    assert find(entities, "Warden of Brenvik") is not find(entities, "Ada Vennel")


@needs_wordfreq
def test_a_nickname_given_to_a_person_is_no_name_of_the_thing_named_before():
    entities = extracted(
        "Tom Vennel joined the Brenvik Rope Works in 1920. His workmates gave him the nickname "
        "\"the Ox\". The Ox retired in 1960.\n")
    works = find(entities, "Brenvik Rope Works")
    assert works is not None and find(entities, "Ox") is not works
