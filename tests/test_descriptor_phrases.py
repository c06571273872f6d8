"""What a claim's words say a mentioned entity is (web.descriptor_phrases), on invented sentences."""

from __future__ import annotations

from web.descriptor_phrases import descriptor_phrases
from web.query import _fold


def _phrases(text, surface, *, person=False):
    return descriptor_phrases(text, surface, _fold, person=person)


def test_an_apposition_and_a_copula_describe_the_mention():
    assert _phrases("Tobrel Valsharp, a Dunmallow engineer, drew the plans.", "Tobrel Valsharp") \
        == [("engineer",), ("dunmallow", "engineer")]
    assert _phrases("Quenby Tarrowin was a chemist at the works.", "Quenby Tarrowin") \
        == [("chemist",)]
    # a sentence that says nothing of what the mention is
    assert _phrases("Quenby Tarrowin was born at the works in 1871.", "Quenby Tarrowin") == []


def test_two_nouns_joined_by_and_both_describe():
    assert _phrases("Tobrel Valsharp, a Dunmallow engineer and salesman who had sold lamps, "
                    "drew the plans.", "Tobrel Valsharp") \
        == [("engineer",), ("dunmallow", "engineer"), ("salesman",)]
    # a clause after the apposition, not a second noun
    assert _phrases("Tobrel Valsharp, a Dunmallow engineer and he drew the plans.",
                    "Tobrel Valsharp") == []


def test_a_description_before_the_name_between_commas_describes_it():
    assert _phrases("Her son, Tobrel Valsharp, sold the works.", "Tobrel Valsharp",
                    person=True) == [("son",)]
    # the object of a preposition is no description of the name after it
    assert _phrases("The head of the foundry, Tobrel Valsharp, sold the works.",
                    "Tobrel Valsharp", person=True) == []


def test_a_role_noun_before_a_persons_name_describes_the_person_only():
    assert _phrases("In 1890 the chemist Quenby Tarrowin left.", "Quenby Tarrowin",
                    person=True) == [("chemist",)]
    # not an adjective before a thing's name, nor a time word before a person's
    assert _phrases("Even the oldest slate roof still stands.", "slate roof") == []
    assert _phrases("In the summer Quenby Tarrowin left.", "Quenby Tarrowin", person=True) == []


def test_a_superlative_and_a_past_description_are_no_descriptions():
    assert _phrases("The rain tally, the simplest of the gauges, was kept.", "rain tally") == []
    assert _phrases("Tobrel Valsharp was a depot of the railway until 1901.",
                    "Tobrel Valsharp") == []
    assert _phrases("Tobrel Valsharp was a depot of the railway.", "Tobrel Valsharp") \
        == [("depot",)]


def test_a_plural_description_after_a_list_describes_no_item():
    """Review of round 28: "X, Y and Z, the engineers," describes the three, not Z."""
    assert _phrases("Quendrow, Kelby and Brenwick, the engineers, drew the plans.", "Brenwick",
                    person=True) == []
    # "one of the …" still describes the one
    assert _phrases("Quenby Tarrowin was one of the founders.", "Quenby Tarrowin",
                    person=True) == [("founder",)]


def test_a_copula_after_an_object_describes_the_subject_not_the_mention():
    """Review of round 28: the mention inside a prepositional phrase or a relative clause is
    not what "was a chemist" describes."""
    assert _phrases("The daughter of Quenby Tarrowin was a chemist.", "Quenby Tarrowin",
                    person=True) == []
    assert _phrases("The man who hired Quenby Tarrowin was a chemist.", "Quenby Tarrowin",
                    person=True) == []
    # a mention opening a clause after a comma or "that" is its subject
    assert _phrases("By then, Quenby Tarrowin was a chemist.", "Quenby Tarrowin",
                    person=True) == [("chemist",)]
    assert _phrases("Kelby said that Quenby Tarrowin was a chemist.", "Quenby Tarrowin",
                    person=True) == [("chemist",)]
