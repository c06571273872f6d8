"""Tests for the three junk families removed in core19 (a survey of the core nodes that match no
gold entity on seven factual and invented sets): a maker's described thing kept as a term
(:mod:`kg.finders.made_terms`), a body's name cut at a group's possessive when a word of it is
also a given name (:mod:`kg.finders.possessives`), and a plural common noun capitalised only
by its place at the start of sentences (:mod:`kg.finders.fragments`). Invented sentences, each
rule with a negative in another genre where an entity of the same shape must stay.
rev19a (review): a model named after "the" and a noun with a rare "-est" form ("liver") stay;
the boatyard, fund and hamper sentences replace ones that paraphrased evaluation articles."""

from __future__ import annotations

import pytest

from kg.finders.made_terms import comparative
from tests.test_entities import find, read_entities

BOATYARD = """Ysolde Marrack built rowing boats at Pellory. In 1874 Marrack introduced a \
narrower racing gig hull, and in 1880 Henna Droske designed a heavier keel bolt for the \
ferries. Idris Quayne developed a three-masted model in 1885, and Bettany Skole devised a \
lapstrake design for the pilots.
"""
WORKSHOP = """Nan Tesk ran the Corvey forge from 1902. Tesk patented a copper boiler valve \
for the river steamers, and Tesk designed a folding gang plank for the landing stage.
"""
# a physics lecture: "the" names one model, "a" describes one (rev19a: core19 cut the first
# to "vortex model")
LECTURE = """Ysolde Marrack taught physics at Pellory. In 1931 Marrack proposed the twin \
vortex model, which her students tested. In 1936 Henna Droske proposed a spiral vortex \
model, which his students doubted.
"""
# a surgeon's inventions: "liver" and "shoulder" have a rare "-est" form but are nouns
SURGERY = """Nan Tesk worked at the Corvey infirmary. In 1958 Tesk developed a liver \
perfusion pump for transplant patients, and in 1963 Tesk designed a shoulder \
endoprosthesis for injured miners.
"""


def test_a_comparative_or_a_form_head_after_a_named_maker_is_no_term(tmp_path):
    entities = read_entities(BOATYARD, tmp_path)
    for junk in ("narrower racing gig hull", "heavier keel bolt", "three-masted model",
                 "lapstrake design"):
        assert find(entities, junk) is None, junk
    assert find(entities, "Idris Quayne") is not None


def test_a_made_term_opened_by_a_noun_in_er_stays(tmp_path):
    # a workshop's things: "copper" ends in "-er" but has no superlative
    entities = read_entities(WORKSHOP, tmp_path)
    assert find(entities, "copper boiler valve") is not None
    assert find(entities, "folding gang plank") is not None


def test_a_made_term_opened_by_a_noun_with_a_rare_est_form_stays(tmp_path):
    entities = read_entities(SURGERY, tmp_path)
    assert find(entities, "liver perfusion pump") is not None
    assert find(entities, "shoulder endoprosthesis") is not None


def test_a_form_head_after_the_names_the_model(tmp_path):
    entities = read_entities(LECTURE, tmp_path)
    assert find(entities, "twin vortex model") is not None
    assert find(entities, "spiral vortex model") is None
    assert find(entities, "vortex model") is None


def test_comparatives_are_told_from_nouns_in_er():
    assert comparative("narrower") and comparative("lighter") and comparative("heavier")
    assert not comparative("copper") and not comparative("counter") and not comparative("water")
    assert not comparative("shoulder") and not comparative("liver")


def test_a_group_possessive_stays_inside_a_body_whose_run_holds_a_given_name(tmp_path):
    entities = read_entities("In 1902 the Quennick Seamen's Victoria Fund paid pensions to the "
                             "widows of drowned sailors. The fund closed in 1950.\n", tmp_path)
    assert find(entities, "Quennick Seamen's Victoria Fund") is not None
    assert find(entities, "Victoria Fund") is None


def test_a_group_possessive_before_a_title_and_a_person_still_parts(tmp_path):
    # a sports page: the captain is a person of her own, not part of a body's name
    entities = read_entities("The Brimsey club met in May. The Women's Captain Grace Pelham "
                             "thanked the members, and Pelham presented the cup.\n", tmp_path)
    person = find(entities, "Grace Pelham")
    assert person is not None and person.entity_type == "person"


def test_a_plural_opening_sentences_beside_its_lowercase_singular_is_no_name(tmp_path):
    entities = read_entities("Tessa Quorn farmed apples near Wenlock. Hampers ran short in the "
                             "dry autumn, so Quorn ordered a hamper loom from Wenlock. Hampers "
                             "were then woven on the farm itself.\n", tmp_path)
    assert find(entities, "Hampers") is None
    assert find(entities, "Tessa Quorn") is not None


def test_a_plural_club_name_written_mid_sentence_or_in_a_longer_name_stays(tmp_path):
    # a football report: the club's plural name opens sentences too, and a harrier is a bird
    entities = read_entities("Harriers won the league in 1990. The fans of Harriers sang all "
                             "night, and a harrier circled the ground. Harriers lost the "
                             "final.\n", tmp_path)
    assert find(entities, "Harriers") is not None
    entities = read_entities("Brimsey Harriers won the league in 1990. Harriers lost the "
                             "final, and a harrier circled the ground. Harriers sold a "
                             "striker.\n", tmp_path)
    club = find(entities, "Brimsey Harriers")
    assert club is not None and "Harriers" in club.aliases


@pytest.mark.xfail(strict=True, reason="rev19a, left: a club's plural name that only opens "
                   "sentences, beside its lowercase singular in another sense, reads as a "
                   "common noun capitalised by position")
def test_a_plural_club_name_only_opening_sentences_stays(tmp_path):
    entities = read_entities("Rovers won the league in 1990 under a new manager. The striker, "
                             "a rover by nature, scored twice in the final. Rovers lost only "
                             "one match that season.\n", tmp_path)
    assert find(entities, "Rovers") is not None
