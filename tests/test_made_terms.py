"""Tests for the terms seen once that a named maker introduces or owns (issue 3,
:mod:`kg.finders.made_terms`). Small made-up documents, and negative ones in other genres (a
council report, a family story) where the same shapes are ordinary noun phrases."""

from __future__ import annotations

from tests.test_entities import find, read_entities, read_file

TOLLS = """Wendry Hallam ran the Tessaby ferry from 1902. Hallam introduced a graded toll \
scale in 1911, so that carters paid by weight. The Nolcott Guild patented a twin-valve \
lamp for the landing stage. Hallam's tempered brass hinge, fitted to every gate, outlasted \
the ferry itself.
"""
COUNCIL = """The council met in March. The mayor introduced a new rule on parking, and \
Hallam's new motor car, a gift, was parked outside. Hallam introduced a private motion in \
the chamber. Hallam's own boat, a small skiff, stayed at home. Hallam's big house stood empty.
"""


def test_a_term_a_named_maker_introduces_is_kept_and_joined_to_the_maker(tmp_path):
    entities, mentions, _ = read_file(TOLLS, tmp_path)
    scale = find(entities, "graded toll scale")
    assert scale is not None
    assert find(entities, "twin-valve lamp") is not None
    person = find(entities, "Wendry Hallam")
    where = {m.sentence for m in mentions if m.entity == scale.id}
    assert where and where <= {m.sentence for m in mentions if m.entity == person.id}


def test_an_ing_modifier_opens_the_whole_introduced_term(tmp_path):
    entities = read_entities("Orla Quarvel ran the ferry. Quarvel introduced a sliding "
                             "toll scale in 1911, so that carters paid by weight.\n", tmp_path)
    assert find(entities, "sliding toll scale") is not None


def test_a_three_word_term_after_a_name_possessive_is_kept(tmp_path):
    entities = read_entities(TOLLS, tmp_path)
    assert find(entities, "tempered brass hinge") is not None


def test_ordinary_objects_and_possessions_are_no_terms(tmp_path):
    entities = read_entities(COUNCIL, tmp_path)
    for junk in ("new rule", "new motor car", "own boat", "big house", "private motion"):
        assert find(entities, junk) is None


def test_the_kind_of_a_thing_named_next_is_no_term(tmp_path):
    text = ("The Tessaby Post grew fast. In 1890 the Tessaby Post introduced a sorting scheme "
            "known as batch release, in which letters left together. It required careful "
            "timing.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "sorting scheme") is None


def test_an_illness_a_named_person_developed_is_no_term(tmp_path):
    # review of round 17: "developed" also means "came to have"; a family story's cough is
    # no thing of its own, while the same verb's made thing still is
    entities = read_entities("Nan Tesk ran the ferry until 1920. That winter Tesk developed "
                             "a severe chest cough, and Tesk developed a folding gang plank "
                             "for the landing stage.\n", tmp_path)
    assert find(entities, "severe chest cough") is None
    assert find(entities, "folding gang plank") is not None


def test_a_plural_noun_opening_the_sentence_is_no_named_maker(tmp_path):
    # review of round 17: a capitalised first word the text never capitalises elsewhere is
    # no name ("Engineers"); a surname the text writes mid-sentence too still is
    entities = read_entities("The Brenn ferry was rebuilt in 1902. Engineers developed a "
                             "cheaper steel frame, which held. The work went to Nan Tesk. "
                             "Tesk designed a folding gang plank, which outlasted the "
                             "ferry.\n", tmp_path)
    assert find(entities, "cheaper steel frame") is None
    assert find(entities, "folding gang plank") is not None
