"""types17b: a whole name whose surname is a given name ("Edith Thomas", "Tom Ewan Edwards") is
shaped like a person's (:mod:`kg.kinds.person_cues`); a bare surname before a lowercase noun
("the Quellman system") loses no person score to "the" (:mod:`kg.kinds.type_cues`); "its X
model" is a product; "a/an … N he called X" names X by N (:mod:`kg.kinds.described_kinds`);
"him" after "for" or "to" is not its clause's subject (:mod:`kg.references.referent_limits`).
Invented sentences, each rule with a negative in another genre."""

from __future__ import annotations

from collections import Counter

from kg.kinds.type_cues import context_cues
from kg.words.tokens import tokenize
from tests.test_entities import by_reference, extracted, find, needs_wordfreq, with_mentions


def _typed(text: str, form: str) -> str:
    entity = find(extracted(text), form)
    assert entity is not None, form
    return entity.entity_type


@needs_wordfreq
def test_a_surname_made_of_a_given_name_is_a_persons():
    assert _typed("Edith Thomas composed a short hymn in 1931 for the choir at Varnmouth.",
                  "Edith Thomas") == "person"


@needs_wordfreq
def test_a_frequent_word_after_a_given_name_is_no_surname():
    # another genre, a racing report: "Hope" is a common word, no given name
    assert _typed("The filly Mary Hope won at Varnmouth in 1873. Mary Hope won again in 1874.",
                  "Mary Hope") != "person"


def _person_score(sentence: str) -> float:
    toks = tokenize(sentence)
    scores = Counter()
    context_cues(toks, 1, 2, scores, True, shaped=True)  # the surname after "The"
    return scores["person"]


def test_a_bare_surname_before_a_noun_loses_nothing_to_the():
    assert _person_score("The Quellman system remains in use.") >= 0


def test_a_bare_name_after_the_still_loses():
    # another genre, a shipping note: "The X sank" names a ship, not the person
    assert _person_score("The Quellman sank in 1880.") < 0


@needs_wordfreq
def test_its_name_model_is_a_product():
    assert _typed("Hallam Vesk opened a works in 1880. Its Quenby Band model, introduced in 1896, "
                  "sold well.", "Quenby Band") == "product"


@needs_wordfreq
def test_a_scientific_model_after_the_is_no_product():
    # another genre, physics: "the X model" without a possessive is a theory's as often
    assert _typed("Physicists tested the Quendrow model of the nucleus in 1950. The Quendrow model "
                  "failed.", "Quendrow") != "product"


@needs_wordfreq
def test_a_thing_he_called_x_takes_the_things_kind():
    assert _typed("In 1890 Ivo Tarsk built a compact instrument he called the Quellophone, "
                  "and sold it in Varnmouth.", "Quellophone") == "product"


@needs_wordfreq
def test_called_without_a_described_thing_types_nothing():
    # another genre, a theatre review: "he called the X" with no "a … N" before it
    assert _typed("In 1890 the critic Ivo Tarsk said he called the Quellophone a toy.",
                  "Quellophone") != "product"


@needs_wordfreq
def test_him_after_for_is_not_the_clause_subject():
    entities, mentions = with_mentions(
        "Pavel Orsk was a cellist from Ostrava. Bram Reddick wrote his sonata for him in "
        "1950.\n")
    orsk = find(entities, "Pavel Orsk")
    assert orsk is not None
    assert by_reference(mentions, orsk, 1)


@needs_wordfreq
def test_him_after_with_may_be_the_subject():
    # another genre, travel: "with him" is the subject's own ("took the map with him")
    entities, mentions = with_mentions(
        "Pavel Orsk was a guide from Ostrava. Bram Reddick packed the map and took it with "
        "him in 1950.\n")
    orsk = find(entities, "Pavel Orsk")
    assert orsk is not None
    assert not by_reference(mentions, orsk, 1)
