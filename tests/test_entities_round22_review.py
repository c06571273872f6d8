"""Review of round 22 (probe15): the near misses of its eight rules, in other genres, that
over-fired, each with the failing case first (invented sentences), and a near-miss negative for
the two-surname rule in place of one that passed without it.

- A sentence-case heading ("The rise of X") capitalises only its first word: a word capitalised
  inside it stands alone as in running text, so a name joined across "and" stays two
  (:func:`kg.finders.units._title_case`); only a title-case heading says nothing.
- "X, short for *phrase*" gives the phrase as X's long form only when the acronym's letters
  are read in order in it ("**TVK**, short for *the old tub*" is a nickname's gloss, no long
  form: :func:`kg.merging.alias_cues._spells`).
- "Vantrow was a friend of the young man, known as Y": the nickname is the young man's; the
  words between "a" and the person's noun must be adjectives, not "friend of the"
  (:func:`kg.merging.cue_subjects._described_person`).
- "The first thing he saw was the X": a subject pronoun inside the opening description makes
  its last word a verb ("saw"), no kind noun (:func:`kg.kinds.description_heads._copula_before`).
"""

from __future__ import annotations

from pathlib import Path

from kg.merging.surnames import named_after
from tests.test_entities import extracted as _entities
from tests.test_entities import find, needs_wordfreq, read_entities


@needs_wordfreq
def test_a_word_capitalised_inside_a_sentence_case_heading_stops_a_name_joined_by_and(
        tmp_path: Path):
    # football: "Harnick" stands alone in the heading "The rise of Harnick", which is written
    # in sentence case, so "the Brellock Rovers and Harnick Football Club" is two clubs
    entities = read_entities(
        "# The derby\n\n## The rise of Harnick\n\n"
        "In 1901 the Brellock Rovers and Harnick Football Club met on the common. "
        "The crowd was large.\n", tmp_path, name="article.md")
    assert find(entities, "Brellock Rovers and Harnick Football Club") is None
    assert find(entities, "Harnick Football Club") is not None


@needs_wordfreq
def test_a_title_case_heading_still_does_not_stop_a_name_joined_by_and(tmp_path: Path):
    # the rule kept: "Survey and Method" capitalises every word of it
    entities = read_entities(
        "# The charts\n\n"
        "In 1850 Ada Quenby formed the Pellick Map and Survey Company in a loft on the quay. "
        "The partners had little money.\n\n"
        "## Survey and Method of the Loft\n\n"
        "Quenby sounded the river mouth every summer.\n", tmp_path, name="article.md")
    assert find(entities, "Pellick Map and Survey Company") is not None


def test_short_for_a_phrase_that_does_not_spell_the_acronym_gives_no_long_form(tmp_path: Path):
    # a boatyard's joke: the phrase glosses a nickname, it does not spell "TVK"
    entities = read_entities(
        "# The yard\n\n"
        "The crew called the boat **TVK**, short for *the old tub*, and laughed.\n",
        tmp_path, name="article.md")
    assert find(entities, "the old tub") is None
    assert find(entities, "TVK") is not None


@needs_wordfreq
def test_a_nickname_of_the_young_man_a_person_was_a_friend_of_is_not_the_person_s():
    entities = _entities(
        "The carters\n"
        "Oriel Vantrow was born in Quendrow. Vantrow was a friend of the young man, known as "
        "\"Old Nail\" among the carters.\n")
    vantrow = find(entities, "Oriel Vantrow")
    assert vantrow is not None and "Old Nail" not in vantrow.aliases


@needs_wordfreq
def test_what_someone_saw_first_names_no_kind():
    # a shop: "saw" is the verb of "he saw", not the noun of a tool
    entities = _entities(
        "The shop\n"
        "The first thing he saw was the Quendrow Lamp, hung over the door.\n")
    lamp = find(entities, "Quendrow Lamp")
    assert lamp is not None and lamp.entity_type != "product"


def test_a_surname_in_double_s_is_no_plural_of_a_last_name():
    # near miss of the two-surname rule: "Tarriss" is no plural of "Tarris" (a key keeps
    # "ss"), so "the Tarriss–Vantrow patent" is not named after Ada Tarris and Oriel Vantrow,
    # while "Dawes" is read as Abel Dawes's last name, keyed "dawe"
    assert named_after(("dawes", "vantrow"), {"dawe", "vantrow"})
    assert not named_after(("tarriss", "vantrow"), {"tarris", "vantrow"})
    assert not named_after(("dawes", "kellow"), {"dawe", "vantrow"})
