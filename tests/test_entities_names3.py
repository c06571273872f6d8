"""Tests for the third names round of issue 3: adjectives of nationality, region and people
(:mod:`kg.words.demonyms`) are no entities, and organisation names that hold "and", "to" or a
second "of". Small made-up documents, split by the real splitter."""

from __future__ import annotations

from kg.entities import extract_entities
from kg.model import Document
from kg.splitter import split_document
from kg.words.demonyms import is_demonym
from tests.test_entities import find


def _entities(text: str):
    doc = Document(id="document:t", path="t.md", title="t", text=text)
    sections, sentences = split_document(doc)
    entities, _ = extract_entities([doc], sections, sentences)
    return entities


def test_is_demonym_takes_compass_words_but_no_plural():
    assert is_demonym(["German"]) and is_demonym(["North", "African"])
    assert not is_demonym(["Romans"]) and not is_demonym(["West", "Kelby"])
    assert not is_demonym(["German", "Mass"])


def test_a_listed_demonym_alone_is_no_entity():
    entities = _entities(
        "The Kenyan outbreak of 1931 was brought under control by Ona Pelse. Her report, "
        "first written in German, was translated into Norwegian in 1940. The Varn Trust "
        "paid for the early North African campaigns of Pelse. The Varn Trust also bought the "
        "Greek lamp that Pelse kept.\n")
    for word in ("Kenyan", "German", "Norwegian", "North African", "Greek"):
        assert find(entities, word) is None, word
    assert find(entities, "Ona Pelse") is not None
    assert find(entities, "Varn Trust") is not None


def test_a_demonym_inside_a_longer_name_stays():
    entities = _entities(
        "The Royal Danish Academy elected Ivo Renner in 1990. Renner had played in the "
        "German Mass of Tarsk. The Royal Danish Academy closed in 1999.\n")
    assert find(entities, "Royal Danish Academy") is not None


def test_and_joins_a_name_whose_pieces_never_occur_alone():
    entities = _entities(
        "In 1931 the Kelby Coast and Marine Survey ship Tern mapped the Varn delta. Ona Pelse "
        "sailed from Vienna and Berlin sent her Mart Kivil. Pelse wrote to Kivil from Vienna "
        "in 1932. Berlin paid for the work.\n")
    survey = find(entities, "Kelby Coast and Marine Survey")
    assert survey is not None
    assert find(entities, "Kelby Coast") is None and find(entities, "Marine Survey") is None
    # a list of places, each named alone too, stays apart
    assert find(entities, "Vienna") is not None and find(entities, "Berlin") is not None
    assert find(entities, "Vienna and Berlin") is None


def test_and_does_not_join_two_organisations_or_a_name_without_the():
    entities = _entities(
        "The Kelby Council and Varn Trust shared the ferry from 1950. Ona Pelse wrote from "
        "Orlby to Tessing Harbour Trust in 1951.\n")
    assert find(entities, "Kelby Council") is not None
    assert find(entities, "Kelby Council and Varn Trust") is None
    assert find(entities, "Orlby to Tessing Harbour Trust") is None
    assert find(entities, "Tessing Harbour Trust") is not None


def test_and_does_not_join_a_piece_named_alone():
    entities = _entities(
        "Ona Pelse advised the Treasury and Harbour Office in 1950. The Treasury refused her "
        "plan in 1951.\n")
    assert find(entities, "Treasury and Harbour Office") is None
    assert find(entities, "Treasury") is not None


def test_an_acronym_in_apposition_holds_a_long_name_together():
    entities = _entities(
        "Pilot Authorities began in the Varn delta in 1890. The lamps are coordinated "
        "through OVLA, the Order of Valley Lamps to Harbours and Pilot Authorities, "
        "founded in 1957. Pilot Authorities still meet in Kelby.\n")
    assert find(entities, "Order of Valley Lamps to Harbours and Pilot Authorities") \
        is not None
    assert find(entities, "Order of Valley Lamps") is None


def test_of_goes_on_after_a_head_noun_joined_by_for():
    entities = _entities(
        "The Standing Board for the Protection of Harbour Lamps met in Kelby in 1979. Ona "
        "Pelse chaired it until 1985.\n")
    assert find(entities, "Standing Board for the Protection of Harbour Lamps") is not None
    assert find(entities, "Standing Board for the Protection") is None


def test_a_verb_form_ending_a_phrase_is_a_plural_head():
    entities = _entities(
        "The Kelby compiler required nested loop calls in every module. Ona Pelse removed "
        "nested loop calls, which were slow, in 1990.\n")
    assert find(entities, "nested loop calls") is not None
    assert find(entities, "nested loop") is None


def test_an_award_takes_its_of():
    entities = _entities(
        "Ona Pelse received the Civic Medal of Valour in 1950. Her brother won the Harbour "
        "Prize of Tessing in 1952.\n")
    assert find(entities, "Civic Medal of Valour") is not None
    assert find(entities, "Civic Medal") is None
    assert find(entities, "Harbour Prize of Tessing") is not None


def test_a_demonym_before_a_person_is_cut_from_the_name():
    entities = _entities(
        "In 1950 the Norwegian Ingrid Dahl joined the Kelby Trust. Later the North African "
        "Kofi Mensah joined it. Dahl left in 1960 and Mensah stayed. The Greek Orthodox "
        "Church and the German Democratic Republic paid.\n")
    assert find(entities, "Norwegian Ingrid Dahl") is None
    assert find(entities, "Ingrid Dahl") is find(entities, "Dahl") is not None
    assert find(entities, "Kofi Mensah") is find(entities, "Mensah") is not None
    assert find(entities, "Greek Orthodox Church") is not None
    assert find(entities, "German Democratic Republic") is not None
