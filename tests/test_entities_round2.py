"""Tests for the issue-3 round-2 rules: fragments of longer names are no names, more ways of
giving a name another name. Small made-up documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.documents import read_documents
from kg.entities import extract_entities
from kg.splitter import split_document
from tests.test_entities import build, find, joined, needs_wordfreq, read_entities
from tests.test_entities import extracted as _entities


@needs_wordfreq
def test_a_common_word_glued_to_a_longer_name_is_no_name_of_its_own():
    entities = _entities(
        "The Orlen Papers were printed as “A Variant of Varnish” in 1981. Later the "
        "Varnish Calls for Improvement process began. The Plough rose over Kesh. "
        "Tyla Marrin studied the Plough from Kesh.\n")
    assert find(entities, "Variant") is None
    assert find(entities, "Improvement") is None
    # a capitalised function word does not glue, and a common word used alone stays a name
    assert find(entities, "Plough") is not None


@needs_wordfreq
def test_and_does_not_glue_two_names():
    entities = _entities(
        "Two dredgers, named Hilde and Forest by the crews, cleared the Lorr Canal. "
        "Forest finished first, in 2019.\n")
    assert find(entities, "Forest") is not None


def test_saint_and_a_plural_possessive_stay_inside_an_institution_name(tmp_path):
    entities = read_entities(
        "St. Orwen Hospital opened in 1887. The Marrow Patients’ Forum met at St. Orwen "
        "Hospital in 1990, and the Marrow Patients’ Forum wrote to the board.\n", tmp_path)
    hospital = find(entities, "St. Orwen Hospital")
    assert hospital is not None and hospital.entity_type == "organization"
    assert find(entities, "Orwen Hospital") in (None, hospital)
    assert find(entities, "St") is None
    forum = find(entities, "Marrow Patients’ Forum")
    assert forum is not None and forum.entity_type == "organization"


def test_a_name_then_the_organisation_it_is_between_commas_is_one_thing():
    entities = _entities(
        "Its doses are bought by Tovix, the Seed Health Alliance, and by ministries. "
        "Tovix paid for 2 million doses in 2023.\n")
    joined(entities, "Tovix", "Seed Health Alliance", rule="apposition")


def test_names_in_a_list_are_no_apposition():
    entities = _entities(
        "The grant went to Tovix, the Seed Health Alliance, and Brennic in 2023. "
        "Tovix spent it on boats.\n")
    assert find(entities, "Tovix") is not find(entities, "Seed Health Alliance")


def test_an_old_name_after_formerly_or_previously_joins_the_name():
    entities = _entities(
        "Orlen Hospital (formerly the Marrow Fever Hospital) opened in 1887. In 2015 the "
        "project joined the Quessel Software Foundation, previously the Quessel Trust. "
        "Ada Brunn, formerly the Chief Engineer of Quessel Works, left.\n")
    joined(entities, "Orlen Hospital", "Marrow Fever Hospital")
    joined(entities, "Quessel Software Foundation", "Quessel Trust")
    # a role is no old name
    assert find(entities, "Ada Brunn") is not find(entities, "Chief Engineer of Quessel Works")


def test_a_catalogue_number_written_onto_a_name_belongs_to_it():
    entities = _entities(
        "The probe studied the comet 17P/Varnell in 2014. It reached 17P/Varnell in "
        "August.\n")
    comet = find(entities, "17P/Varnell")
    assert comet is not None and comet.label == "17P/Varnell"


def _references(text: str) -> list[tuple[str, str]]:
    docs, sections, sentences = build(text)
    entities, mentions = extract_entities(docs, sections, sentences)
    label = {e.id: e.label for e in entities}
    return [(m.surface, label[m.entity]) for m in mentions if m.via == "reference"]


def test_they_stands_for_a_group_named_by_a_plural_name():
    refs = _references("The Marrow Sisters formed a band in 2001. They recorded three albums "
                       "for Quill Records.\n")
    assert ("They", "Marrow Sisters") in refs


def test_they_takes_no_person_with_a_plural_looking_surname():
    refs = _references("Dana Williams, a singer, founded Quill Records in 2001. They recorded "
                       "three albums in Lisbon.\n")
    assert not any(surface == "They" for surface, _ in refs)


def test_a_name_and_a_noun_written_only_in_a_heading_is_an_alias(tmp_path):
    text = ("# Ulvane and the Tessamil Vaccine\n\n## The Tessamil programme\n\n"
            "Ulvane made Tessamil in 2014. Tessamil was tried in Ghana in 2017.\n")
    path = tmp_path / "article.md"
    path.write_text(text, encoding="utf-8")
    docs = read_documents([path])
    sections, sentences = split_document(docs[0])
    entities, _ = extract_entities(docs, sections, sentences)
    drug = find(entities, "Tessamil")
    assert drug is not None and "Tessamil Vaccine" in drug.aliases
    assert any(m["rule"] == "heading" for m in drug.merges)
    assert "Tessamil programme" not in drug.aliases  # an activity about it, not its name


def test_a_code_name_later_named_joins_the_name_but_a_title_does_not():
    entities = _entities(
        "The resulting candidate, TX-42, was later named Orlivane. Orlivane was approved in "
        "2021. Mara Quist was named Person of the Year in 2020.\n")
    drug = joined(entities, "Orlivane", "TX-42")
    assert drug.label == "Orlivane"  # the later name
    assert find(entities, "Person of the Year") is not find(entities, "Mara Quist")


@needs_wordfreq
def test_a_demonym_before_a_noun_is_an_adjective_not_a_thing():
    entities = _entities(
        "The lander was built by the Danish firm Ostrova Works in 2011. Engineers from "
        "the cancelled Meridian telescope programme joined it. Every Victorian sewer "
        "overflowed in 1900.\n")
    assert find(entities, "Danish") is None and find(entities, "Victorian") is None
    assert find(entities, "Ostrova Works") is not None
    assert find(entities, "Meridian") is not None  # a rare word: a name used as a modifier


def test_a_quoted_title_with_a_subtitle_is_one_document():
    entities = _entities(
        "Their memos — “Orrin: The Ultimate Loop” and “Orrin: The Ultimate Jump” — made "
        "the case in 1976.\n")
    title = find(entities, "Orrin: The Ultimate Loop")
    assert title is not None and title.entity_type == "document"
    assert find(entities, "Ultimate Loop") in (None, title)


def test_what_a_number_counts_ends_at_a_plural_noun_and_an_approximation_is_the_same():
    entities = _entities(
        "The rock cooled 7 billion years ago, and the 24 tiles behave as one "
        "floor. The buoy drifts about 3.5 million kilometres a year. At 3.5 million "
        "kilometres the buoy is worn.\n")
    labels = {e.label for e in entities if e.entity_type == "quantity"}
    assert "7 billion years" in labels and "7 billion years ago" not in labels
    assert "24 tiles" in labels and "24 tiles behave" not in labels
    joined(entities, "3.5 million kilometres", "about 3.5 million kilometres")


def test_an_undefined_acronym_joins_the_one_name_whose_initials_it_spells():
    entities = _entities(
        "The cancer centre was paid for by the Varn Hospitals Foundation. The foundation, or "
        "VHF, raised €22 million in 2020.\n")
    joined(entities, "Varn Hospitals Foundation", "VHF", rule="acronym-initials")


def test_an_acronym_spelling_two_names_joins_neither():
    entities = _entities(
        "The Varn Health Fund and the Vennel Harbour Forum met in 2020. The VHF board "
        "objected.\n")
    fund, forum = find(entities, "Varn Health Fund"), find(entities, "Vennel Harbour Forum")
    assert fund is not None and forum is not None and fund is not forum
    vhf = find(entities, "VHF")
    assert vhf is None or vhf not in (fund, forum)


def test_an_acronym_also_written_as_a_name_matches_the_name():
    entities, _ = extract_entities(*build(
        "The report “Varn: A Variant of ORLISP” appeared in 1981. They built a small Orlisp "
        "interpreter. Quellan became the first Orlisp to demand it.\n"))
    orlisp = find(entities, "Orlisp")
    assert orlisp is not None and orlisp.mentions >= 2


@needs_wordfreq
@pytest.mark.parametrize("name, recall, alias, joined", [
    ("hospital", 0.84, 0.73, 0.75), ("library", 0.93, 0.93, 0.7), ("railway", 0.94, 0.84, 0.9)])
def test_round_two_invented_articles_keep_their_floors(name, recall, alias, joined):
    """Two articles written before the round-2 rules (blind: hospital recall 0.79, alias 0.58
    with its first gold file, relations 0.54; library 0.93, 0.80, 0.70) and one after most
    of them (railway, blind: 0.89, 0.79, 0.73), then tuned on: the figures reached are kept
    as floors, with no node for two gold entities."""
    from tests.test_entities import _score

    result = _score(Path(__file__).resolve().parent / "data" / "entities" / name)
    assert result["recall"] >= recall
    assert result["alias_unity"] >= alias
    assert result["conflations"] == 0
    assert result["joined_anywhere"] >= joined
    assert result["nodes_per_gold"] <= 2.5


def test_a_singular_description_does_not_stand_for_a_firm_named_with_a_plural():
    refs = _references("In 2012 the network bought a records platform from Ostrova Systems. "
                       "The system links every ward.\n")
    assert ("The system", "Ostrova Systems") not in refs


def test_or_between_commas_gives_another_name_but_not_in_a_list():
    entities = _entities(
        "The Harl Valley Railway, or Green Line, opened in 1901. The Green Line closed in "
        "1960. Trains ran to Orlen, Brask, or Tarven Junction, each a small town.\n")
    joined(entities, "Harl Valley Railway", "Green Line")
    assert find(entities, "Brask") is not find(entities, "Tarven Junction")


def test_a_name_then_the_club_it_is_between_commas_is_one_thing():
    entities = _entities("Quillon, the Norvik Football Club, won the cup in 1990. Quillon "
                         "lost the final in 1991.\n")
    assert find(entities, "Quillon") is find(entities, "Norvik Football Club") is not None


def test_a_group_named_friends_of_a_thing_is_not_that_thing():
    refs = _references(
        "The Harl Valley Railway opened in 1896. Ada Quist founded the Friends of the Harl "
        "Valley Railway in 1962. In 1988 the railway passed to the Harl Heritage Trust.\n")
    assert ("the railway", "Harl Valley Railway") in refs


def test_a_title_with_small_words_after_a_work_noun_is_one_name():
    entities = _entities("Its director wrote the official history, Rails to the Fell, in "
                         "2001. Rails to the Fell sold well.\n")
    assert find(entities, "Rails to the Fell") is not None
    assert find(entities, "Fell") in (None, find(entities, "Rails to the Fell"))
