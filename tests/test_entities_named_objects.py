"""Tests for a naming verb's demonstrative object (:mod:`kg.finders.named_objects`): "called
these trapped ions drift states" names the term after the object. Small made-up documents."""

from __future__ import annotations

from tests.test_entities import extracted, find


def test_a_term_named_after_a_plural_demonstrative_object_is_found():
    entities = extracted("Tessary showed that ions trapped at the boundary screened the "
                         "interior, and he called these trapped ions drift states. Brumley "
                         "later measured them at Hobbleton.\n")
    assert find(entities, "drift states") is not None
    assert find(entities, "trapped ions drift states") is None


def test_a_judgement_given_to_a_demonstrative_object_is_no_term():
    # a council report: "nonsense" is a verdict on the rules, not their name
    entities = extracted("The Hobbleton council met in May. Brumley called these new rules "
                         "nonsense. The rules stood all the same.\n")
    assert find(entities, "nonsense") is None
    assert find(entities, "new rules nonsense") is None


def test_a_name_given_to_people_is_no_term():
    # a football report: calling players something is banter, not a coinage
    entities = extracted("Hobbleton won again on Saturday. Afterwards the coach called these "
                         "young boys little devils. Brumley scored twice.\n")
    assert find(entities, "little devils") is None
    assert find(entities, "boys little devils") is None


def test_a_plural_judgement_on_a_bare_demonstrative_object_is_no_term():
    # a news report: "bribes", "eyesores" are verdicts on the payments and the buildings,
    # not names coined for a described class
    entities = extracted("The Hobbleton council met in May. Brumley called these payments "
                         "bribes. Critics called these buildings eyesores. The council "
                         "resigned.\n")
    assert find(entities, "bribes") is None
    assert find(entities, "eyesores") is None
    assert find(entities, "Brumley") is not None  # the text was read


def test_a_name_given_to_people_of_an_ors_noun_is_no_term():
    # a voyage's log: "sailors", "doctors" are people, though not "-ers" agents
    entities = extracted("The Hobbleton crew sailed in May. The captain called these old "
                         "sailors sea dogs. The matron called these young doctors night owls.\n")
    assert find(entities, "sea dogs") is None
    assert find(entities, "night owls") is None
    assert find(entities, "Hobbleton") is not None  # the text was read
