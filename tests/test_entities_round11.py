"""Tests for the round-11 rule of issue 3: a court case cited as "A v B" is a name of its own,
and a party's bare surname still joins the party's full name. Small made-up documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.documents import read_documents
from kg.entities import extract_entities
from kg.splitter import split_document
from tests.test_entities import extracted as _entities
from tests.test_entities import find, needs_wordfreq
from tests.test_entities_round2 import _references


@needs_wordfreq
def test_a_party_s_surname_is_no_short_name_for_the_court_case():
    entities = _entities(
        "Tasker v Vossary Books Ltd was a dispute between the poet Brenna Tasker and her "
        "publisher. Tasker signed with the firm in 1990. In 2012 Tasker sued it, and the "
        "court found for Tasker.\n")
    case = find(entities, "Tasker v Vossary Books Ltd")
    person = find(entities, "Brenna Tasker")
    assert case is not None and person is not None and case is not person
    assert find(entities, "Tasker") is person


@needs_wordfreq
@pytest.mark.parametrize("name, recall, alias, joined, nodes", [
    ("football", 1.0, 0.9, 0.85, 2.4), ("lawsuit", 0.95, 0.9, 0.76, 1.62),
    ("museum", 0.95, 0.95, 0.83, 1.75)])
def test_round_eleven_invented_articles_keep_their_floors(name, recall, alias, joined, nodes):
    """Three articles in genres no other set covers, gold written before the system ran on
    them. Blind: football 1.00 / 0.90 / 0.71 (recall, alias unity, relations joined),
    lawsuit 0.95 / 0.86 / 0.38 with one conflation, museum 0.90 / 0.85 / 0.75. The case rule
    brought lawsuit to 0.95 / 0.90 / 0.54 with none, "judge" and "museum" as reference nouns
    lawsuit relations to 0.62 and museum alias unity to 0.90, the initials rule football to
    2.55 nodes per gold entity, the italic subtitle rule museum to 0.95 / 0.95,
    honorifics' genders lawsuit relations to 0.69; the round-12 rules
    (tests/test_entities_round12.py) football relations to 0.86 and nodes to 2.40, lawsuit
    relations to 0.77 and nodes to 1.62, museum relations to 0.83 and nodes to 1.75; the
    floors are what the code reaches, so
    a regression fails (the misses left are listed in the round-11 report)."""
    _keeps_floors(name, recall, alias, joined, nodes)


@needs_wordfreq
@pytest.mark.parametrize("name, recall, alias, joined, nodes", [
    ("enzyme", 1.0, 1.0, 1.0, 2.0),
    ("engines", 1.0, 1.0, 1.0, 2.12)])
def test_blind_science_and_engine_maker_articles_keep_their_floors(name, recall, alias,
                                                                    joined, nodes):
    """Two more genres, gold committed before the system first ran on them: the history of a
    laboratory technique (an invented enzyme, bacterium, instrument maker and prize) and a
    Markdown history of an engine maker (bold names, bullet lists, a renamed company).
    Blind: enzyme 0.769 / 0.577 / 0.583 (recall, alias unity, relations joined), 2.08 nodes
    per gold entity; engines 1.000 / 0.846 / 0.692, 2.23 nodes per gold entity; no
    conflation in either. The floors began as the blind figures; round 13
    (tests/test_entities_round13_makers.py) brought engines to 1.00 / 1.00 / 1.00 and 2.08 nodes
    per gold entity, and enzyme's relations to 0.667 (a maker typed an organisation); round 14
    (tests/test_entities_round14_science.py) brought enzyme to 1.00 / 1.00 / 1.00 and 2.00
    nodes per gold entity; round 15 (kg.finders.singletons) added engines one real country named once
    (2.12 nodes per gold entity). A
    regression fails, and a rule that lifts them should raise the floor."""
    _keeps_floors(name, recall, alias, joined, nodes)


@needs_wordfreq
def test_blind_dating_method_article_keeps_its_floors():
    """The popular history of an invented dating method (an isotope, an institute, a maker
    and its instruments, a calibration curve, an eruption that disturbed the measurements,
    a dated artefact), gold committed before the system first ran on it. Blind: 0.80 / 0.76 /
    0.77 (recall, alias unity, relations joined), 1.72 nodes per gold entity, one
    conflation (a technique's nickname on its institute). Round 15 brought it to 0.96 /
    0.96 / 0.92 and 1.88 nodes per gold entity with none ("call it X" after an "It"
    sentence, a long quoted title, a name coined by a naming verb, isotopes); round 16 to
    1.00 / 1.00 / 0.92 and 1.92 (the metal written alone in lowercase, a rare word written
    in two sentences: :func:`kg.finders.rare_words.rare_words`); left: a possessive "its" for an
    artefact named in a that-clause."""
    _keeps_floors("sediment", 1.0, 1.0, 0.92, 1.92)


def test_the_judge_stands_for_the_judge_named_before():
    refs = _references("Mrs Justice Ada Quist heard the case in 2014. The judge awarded Tam "
                       "Orrel damages.\n")
    assert ("The judge", "Ada Quist") in refs


@needs_wordfreq
def test_the_place_name_with_a_lowercase_museum_is_the_museum():
    entities = _entities(
        "Lamps\n"
        "The Orlen Museum of Lamps and Clocks (OMLC) bought a bowl in 2011. Its director, Ada "
        "Quist, praised it. In 2019 the Orlen museum sold the bowl again.\n")
    museum = find(entities, "Orlen Museum of Lamps and Clocks")
    assert museum is not None and find(entities, "Orlen museum") is museum


@needs_wordfreq
def test_a_name_ending_in_initials_of_a_longer_name_s_last_words_is_that_name():
    entities = _entities(
        "Clubs\n"
        "Quell Rovers F.C. plays in Orlen. Quell Rovers Football Club won the cup in 1990, "
        "and the Quell College of Art opened in 1991. Quell COA closed in 2001.\n")
    club = find(entities, "Quell Rovers Football Club")
    assert club is not None and find(entities, "Quell Rovers F.C.") is club
    assert find(entities, "Quell COA") is not find(entities, "Quell College of Art")


def test_an_italic_title_with_a_subtitle_after_a_colon_is_one_name(tmp_path):
    path = tmp_path / "article.md"
    path.write_text("# Lamps\n\nThe bowl was the centrepiece of the exhibition *Lamps and "
                    "Clocks: Treasures of the Orlen Coast*. Ada Quist opened it in 2012. "
                    "The list *Bells: Horns: Drums* is no title.\n", encoding="utf-8")
    docs = read_documents([path])
    sections, sentences = split_document(docs[0])
    entities, _ = extract_entities(docs, sections, sentences)
    assert find(entities, "Lamps and Clocks: Treasures of the Orlen Coast") is not None
    assert find(entities, "Clocks") is None
    assert find(entities, "Bells: Horns: Drums") is None


def test_an_honorific_before_a_title_tells_the_gender_of_a_name_no_list_knows():
    refs = _references("In 2016 Lord Justice Leofric Wrenhollow gave the leading judgment. "
                       "Lady Justice Nkechi Obaro agreed with him.\n")
    assert ("him", "Leofric Wrenhollow") in refs


def _keeps_floors(name: str, recall: float, alias: float, joined: float, nodes: float) -> None:
    """Asserts the invented set ``name`` reaches the floors, with no conflation."""
    from tests.test_entities import _score

    result = _score(Path(__file__).resolve().parent / "data" / "entities" / name)
    assert result["recall"] >= recall
    assert result["alias_unity"] >= alias
    assert result["conflations"] == 0
    assert result["joined_anywhere"] >= joined
    assert result["nodes_per_gold"] <= nodes
