"""Review of alias13 (round 20) with rel13's "the ⟨Word⟩ ⟨noun⟩" references on main: a glossed
eponym that is a person or a place (kg.finders.eponym_glosses.glossed), "the X company of actors"
(kg.finders.candidates.of_members, read by the gazetteer and kg.references.named_kinds too),
the label of a works written in both cases (kg.merging.labels.choose_label), and "the X
firm" for a hospital named after X (named_kinds against rule firm-name), on
invented sentences."""

from __future__ import annotations

import pytest

from tests.test_entities import find, needs_wordfreq, with_mentions


@needs_wordfreq
@pytest.mark.parametrize(("text", "term", "surname", "namesake"), [
    # a match report: "the Ostrey boy, a local hero" is the player, no thing he made
    pytest.param(
        "The derby\n"
        "Tam Ostrey scored twice for Aldbury on Saturday. Fans cheered the Ostrey boy, a local "
        "hero. He scored again.\n",
        "Ostrey boy", "Ostrey", "Tam Ostrey",
        id="a-glossed-eponym-that-is-a-person-is-no-term"),
    # a walking guide: "the Wennick farm, a village of six houses" is a place, no device
    pytest.param(
        "Walks\n"
        "Ada Wennick mapped the moors in 1880. The path ran past the Wennick farm, a village of "
        "six houses. Wennick wrote a book about it.\n",
        "Wennick farm", "Wennick", "Ada Wennick",
        id="a-glossed-eponym-that-is-a-place-is-no-term"),
])
def test_a_glossed_eponym_of_a_person_or_place_is_no_term(text, term, surname, namesake):
    entities, _ = with_mentions(text)
    assert find(entities, term) is None
    assert find(entities, surname) is find(entities, namesake)


@needs_wordfreq
@pytest.mark.parametrize("gloss", [
    # "a cooling unit": the "-ing" word modifies the noun after it, no end of the phrase
    pytest.param("a cooling unit", id="a-gloss-whose-noun-follows-a-participle-is-a-gloss"),
    pytest.param("a brass cooling unit", id="a-glossed-eponym-of-a-thing-is-still-found"),
])
def test_a_glossed_eponym_of_a_thing_is_found(gloss):
    entities, _ = with_mentions(
        "Cold stores\n"
        "Iska Dunmerrow trained as a smith at Grenmouth. In 1880 the brewery bought the "
        f"Dunmerrow condenser, {gloss} built for cold stores by Iska Dunmerrow.\n")
    condenser = find(entities, "Dunmerrow condenser")
    assert condenser is not None and condenser is not find(entities, "Iska Dunmerrow")


ACTORS = (
    "Players\n"
    "The Kelby Brewing Company made ale in Kelby from 1820. In 1850 the Kelby company of "
    "actors played a farce in the brewery yard. The actors toured the coast each summer.\n")


@needs_wordfreq
def test_the_town_company_of_actors_is_not_the_business_named_after_the_town():
    entities, mentions = with_mentions(ACTORS)
    brewery = find(entities, "Kelby Brewing Company")
    assert brewery is not None and find(entities, "Kelby company") is None
    ids = {e.id: e.label for e in entities}
    assert sorted(m.surface for m in mentions if ids[m.entity] == "Kelby Brewing Company") \
        == ["Kelby Brewing Company"]


@needs_wordfreq
def test_the_company_of_actors_is_no_mention_of_a_company_named_so_elsewhere():
    # "the Kelby company" names the brewery later, but not in "the Kelby company of actors"
    entities, mentions = with_mentions(
        "Players\n"
        "Kelby Ale Company made ale in Kelby from 1820. In 1850 the Kelby company of actors "
        "played a farce in the brewery yard. The Kelby company sold its ale in Quillan.\n")
    ids = {e.id: e.label for e in entities}
    brewery = sorted(m.surface for m in mentions if ids[m.entity] == "Kelby Ale Company")
    assert brewery == ["Kelby Ale Company", "Kelby company"]  # the actors' sentence: none


@needs_wordfreq
def test_a_works_written_as_often_with_a_lowercase_classifier_keeps_its_capitals():
    entities, _ = with_mentions(
        "Mills\n"
        "The Brisling Works made cloth in Brisling. The Brisling works burned in 1890. Brisling "
        "is a small town.\n")
    works = find(entities, "Brisling Works")
    assert works is not None and works.label == "Brisling Works"
    assert find(entities, "Brisling") is not works


@needs_wordfreq
def test_the_town_firm_is_no_reference_to_a_hospital_named_after_the_town():
    # rule firm-name refuses a hospital; named_kinds' "the ⟨Word⟩ firm" must agree
    entities, mentions = with_mentions(
        "Health\n"
        "Carrick Hospital opened in 1902 on Carrick Road. The Carrick firm put up its west wing "
        "in 1910. Patients came by rail.\n")
    ids = {e.id: e.label for e in entities}
    assert [m.surface for m in mentions if ids[m.entity] == "Carrick Hospital"] \
        == ["Carrick Hospital"]
