"""ref15k: a subject "It"/"Its" after "A did X, and B named the Z" takes Z, and a singular
"It" after a sentence opened by a plural noun for people takes the thing it named
(:mod:`kg.references.second_clause`), on invented sentences."""

from __future__ import annotations

from types import SimpleNamespace

from kg.references.phrases import Context
from kg.references.second_clause import people_thing, people_word
from kg.words.tokens import tokenize
from tests.test_entities import reference_sets, with_mentions


def _references(text: str) -> dict[str, str]:
    entities, mentions = with_mentions(text)
    label = {e.id: e.label for e in entities}
    return {m.surface: label[m.entity] for m in mentions if m.via == "reference"}


def test_its_after_a_second_agent_takes_the_thing_of_the_last_clause():
    text = ("Bells\nThe bell firm Ostrel Brothers supplied the bronze, and in 1902 the Vandry "
            "Guild cast a bell as the Great Tobbin. Its tone carried across the valley.\n")
    assert _references(text).get("Its") == "Great Tobbin"


def test_its_after_the_same_agent_in_both_clauses_keeps_the_subject():
    # another genre: a football club, the second clause's subject is the club again
    text = ("Football\nPellam Rovers signed two strikers in May, and in 1902 the club won the "
            "Tessby Cup. Its ground was enlarged that winter.\n")
    assert _references(text).get("Its") == "Pellam Rovers"


def _context(sentence: str, found: list[tuple[int, int]], types: list[str]) -> Context:
    unit = SimpleNamespace(tokens=tokenize(sentence))
    return Context(types=types, heads=[set() for _ in types],
                   term_heads=[set() for _ in types], plural=set(),
                   by_unit={0: found}, units=[unit])


def test_a_sentence_opened_by_a_plural_noun_for_people_gives_it_the_thing():
    ctx = _context("Tephrologists later gave the stone the name Varnell Ash.",
                   [(0, 0), (7, 1)], ["other", "other"])
    assert people_word(0, 0, ctx)
    assert people_thing(0, 0, lambda g: True, ctx) == 1


def test_a_name_ending_like_a_plural_noun_is_no_people_word():
    # another genre: a band whose name opens with a plural noun
    ctx = _context("Pianists Abroad released the album Varnell Nights.",
                   [(0, 0), (4, 1)], ["organization", "other"])
    assert not people_word(0, 0, ctx)


def test_they_and_their_after_a_sentence_ending_on_two_people():
    text = ("Science\nThe survey began in 1790, and the work then passed to Brenna Osvik and "
            "the Danish chemist Ilmarsh Pettra. They measured the spring for three winters. "
            "Their results settled the question.\n")
    pairs = reference_sets(text)
    assert pairs.get("1:They") == {"Brenna Osvik", "Ilmarsh Pettra"}
    assert pairs.get("2:Their") == {"Brenna Osvik", "Ilmarsh Pettra"}


def test_they_after_the_tail_of_a_list_takes_no_pair():
    # another genre: a band's tour list ending on two people
    text = ("Music\nThe tour went to Leeds, York, Brenna Osvik and Ilmarsh Pettra. They sold out "
            "every night.\n")
    assert "1:They" not in reference_sets(text)


def test_they_after_two_people_followed_by_a_date_takes_no_pair():
    # another genre: a record's producers, the sentence going on past the second name
    text = ("Music\nThe record was produced by Brenna Osvik and Ilmarsh Pettra in 1990. They sold "
            "out every night.\n")
    assert "1:They" not in reference_sets(text)


_GAUGE = ("Gauges\nThe first was the Quessar meter, proposed in 1904 by the Danish engineer Brenna "
          "Osvik. She built the first one at the Halder Works in Tromsby. The instrument "
          "measures the pull of a spring against a weight. After Osvik died in 1950, the works "
          "renamed the instrument in her honour.\n")


def test_the_instrument_takes_the_term_across_a_sentence_naming_no_term():
    assert {k: v for k, v in reference_sets(_GAUGE).items() if "nstrument" in k} == {
        "2:The instrument": {"Quessar"}, "3:the instrument": {"Quessar"}}


def test_the_instrument_takes_the_term_of_the_sentence_just_before():
    # another genre: a quartet's instruments, the last sentence naming one of its own
    text = ("Music\nThe Halder Quartet bought the Varnell Viola in 1900. Brenna Osvik later "
            "played the Pettra Cello at its concerts. The instrument was sold in 1950.\n")
    assert reference_sets(text).get("2:The instrument") == {"Pettra Cello"}


def test_a_mid_sentence_instrument_without_an_opening_one_takes_no_term():
    # another genre: a player's life; no sentence opened by "The instrument" before it
    text = ("Music\nThe Halder Quartet bought the Varnell Viola in 1900. Brenna Osvik joined the "
            "quartet in 1910 in Tromsby. She sold the instrument in 1950.\n")
    entities, _ = with_mentions(text)
    labels = {e.label for e in entities}
    assert {"Halder Quartet", "Varnell Viola"} <= labels  # the text is read; not a pass on nothing
    # no opening "The instrument" to carry on from: the phrase goes to nothing but the viola
    assert reference_sets(text).get("2:the instrument", set()) <= {"Varnell Viola"}
