"""Tests for the second round of issue-3 precision rules: a name found only inside a quoted
title is a piece of that title, and a plural noun with the verb or complement after it
("where glaciers retreat slowly") is no term. Small made-up documents, split by the real
splitter."""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq


@needs_wordfreq
def test_a_name_only_inside_a_quoted_title_is_no_entity():
    entities = extracted(
        "In 1977 Maren Varn and Pavo Dant wrote three memos. Their titles were “Lattice: The "
        "Final Shape” and “Refuting the ‘Costly Bell Ringing’ Fable, or, Bell Ringing "
        "Considered Tiresome, or, Lattice: The Lasting Knot”. Varn later taught at the "
        "Orvik Institute. Dant stayed at the Orvik Institute too.\n")
    for piece in ("Fable", "Lasting Knot", "Refuting", "Bell Ringing Considered Tiresome"):
        assert find(entities, piece) is None, piece
    # the short title is one entity, and the names outside titles stay
    assert find(entities, "Lattice: The Final Shape") is not None
    for name in ("Maren Varn", "Pavo Dant", "Orvik Institute"):
        assert find(entities, name) is not None, name


@needs_wordfreq
def test_a_name_in_quoted_speech_stays():
    entities = extracted(
        "“We sailed with Tomek Hume to the Kelby Narrows,” the pilot said. Hume came back "
        "alone.\n")
    assert find(entities, "Kelby Narrows") is not None
    assert find(entities, "Tomek Hume") is not None


@needs_wordfreq
def test_a_plural_noun_and_its_verb_are_no_term():
    entities = extracted(
        "Glaciers advance where snowfields melt slowly. Moraines grow where snowfields melt "
        "quickly. Later pumps made lakes unnecessary. Farmers said the pumps made those lakes "
        "unnecessary.\n")
    assert find(entities, "snowfields melt") is None
    assert find(entities, "lakes unnecessary") is None


@needs_wordfreq
def test_a_plural_modifier_of_a_real_compound_stays():
    entities = extracted(
        "Ferry operators met in 1990. Two ferry operators merged, and the harbour board paid "
        "ferry operators. Arms dealers met in 1991. Grain stores sold arms dealers rope, and "
        "arms dealers paid. Storms wreck where arms dealers sail.\n")
    assert find(entities, "ferry operators") is not None
    # once after "where", but a noun phrase elsewhere
    assert find(entities, "arms dealers") is not None


@needs_wordfreq
def test_a_phrase_of_everyday_words_only_after_prepositions_is_no_term():
    entities = extracted(
        "The Orvik reading room is roughly the size of a football pitch. Its annex, built in "
        "1961, is half the size of a football pitch. The Orvik reading room opened in 1930.\n")
    assert find(entities, "football pitch") is None
    assert find(entities, "Orvik") is not None


@needs_wordfreq
def test_a_count_word_between_preposition_and_phrase_is_skipped():
    entities = extracted(
        "Every Orvik tunnel opened on time, with one leaky roof in 1990. The Orvik bridges "
        "also opened on time, with two leaky roofs.\n")
    assert find(entities, "leaky roof") is None


@needs_wordfreq
def test_a_phrase_with_a_rare_word_after_prepositions_stays():
    entities = extracted("Lava rises at a varnite zone. Quakes cluster at a varnite zone too.\n")
    assert find(entities, "varnite zone") is not None


@needs_wordfreq
def test_a_phrase_that_is_once_a_subject_stays():
    entities = extracted(
        "Kelp farmers founded the Orvik bank in 1890. The Orvik bank lent only to kelp "
        "farmers.\n")
    assert find(entities, "kelp farmers") is not None


@needs_wordfreq
def test_a_trade_before_a_name_is_no_term():
    entities = extracted(
        "In 1950 Ada Bell worked with the glass engraver Tomek Hume. The Danish glass "
        "engraver Ivo Renner later joined them. Hume and Renner mapped the Varn shelf.\n")
    assert find(entities, "glass engraver") is None
    for name in ("Ada Bell", "Tomek Hume", "Ivo Renner"):
        assert find(entities, name) is not None, name


@needs_wordfreq
def test_words_in_scare_quotes_once_are_no_term():
    entities = extracted(
        "In 1952 Ada Bell found the rift, but Tomek Hume wrote her finding off as “pure "
        "luck” at first. Hume later agreed with Bell.\n")
    assert find(entities, "pure luck") is None
    assert find(entities, "Ada Bell") is not None


@needs_wordfreq
def test_a_quoted_phrase_after_the_names_a_term_seen_once():
    entities = extracted(
        "In 1961 Keld Amory plotted the readings, and the plot became known as the "
        "“ladder of knowns”. Later the “tide gap” has become a tool of its own.\n")
    assert find(entities, "ladder of knowns") is not None
    assert find(entities, "tide gap") is not None


@needs_wordfreq
def test_scare_quotes_near_but_not_after_the_stay_words_in_sport_and_business():
    entities = extracted(
        "The striker Keld Amory described the winning goal as “pure luck” after the match. "
        "The board said the “reforms” at Varrick Foods would wait.\n")
    assert find(entities, "pure luck") is None
    assert find(entities, "reforms") is None
    assert find(entities, "Keld Amory") is not None


@needs_wordfreq
def test_a_quoted_phrase_that_is_called_so_or_used_again_stays():
    entities = extracted(
        "Ada Bell studied a process called “crust welding” in 1955. She named her method "
        "“slow mapping”. Later surveys used slow mapping everywhere.\n")
    assert find(entities, "crust welding") is not None
    assert find(entities, "slow mapping") is not None


def test_a_plural_possessive_before_an_event_noun_is_inside_the_name():
    entities = extracted(
        "In 1871 the rope makers downed tools for a month. The quarrel, known in Pelmor as the "
        "Spinners’ Strike, was led by Orla Venn.\n")
    assert find(entities, "Spinners’ Strike") is not None
    assert find(entities, "Orla Venn") is not None


def test_a_plural_possessive_before_other_capitals_stays_apart_in_sport_and_business():
    entities = extracted(
        "Harlan Motors’ March sales beat forecasts, the firm said on Monday. "
        "Kelby Rovers’ Brenfold ground was sold to the council in 2019.\n")
    labels = {e.label for e in entities}
    assert not any("’ March" in label or "' March" in label for label in labels), labels
    assert not any("Brenfold" in label and "Rovers" in label for label in labels), labels


def test_a_name_ending_in_industries_is_an_organisation():
    entities = extracted(
        "In 1968 the family sold the works to Pelmor Soap Industries, a soap maker. "
        "Pelmor Soap Industries closed it in 1984.\n")
    assert find(entities, "Pelmor Soap Industries").entity_type == "organization"


def test_industry_before_a_title_leaves_the_person_a_person_in_news():
    entities = extracted(
        "Industry Minister Orla Venn opened the Kelby plant on Monday. Venn said the steel "
        "industry would hire again.\n")
    assert find(entities, "Orla Venn").entity_type == "person"
