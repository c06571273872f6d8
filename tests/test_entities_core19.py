"""Tests for the three junk families removed in core19 (a survey of the core nodes that match no
gold entity on seven factual and invented sets): a maker's described thing kept as a term
(:mod:`kg.finders.made_terms`), a body's name cut at a group's possessive when a word of it is
also a given name (:mod:`kg.finders.possessives`), and a plural common noun capitalised only
by its place at the start of sentences (:mod:`kg.finders.fragments`). Invented sentences, each
rule with a negative in another genre where an entity of the same shape must stay."""

from __future__ import annotations

from kg.finders.made_terms import comparative
from tests.test_entities import find, read_entities

CLINIC = """Quillan Barsk practised medicine in Wenlock. In 1828 Barsk introduced a slimmer \
monaural ear trumpet, and in 1861 Tova Ulvane designed a lighter ear trumpet for children. \
Edda Morvay developed a two-wheeled model in 1852, and Orla Fenwry devised a rotary design \
for the wards.
"""
WORKSHOP = """Nan Tesk ran the Corvey forge from 1902. Tesk patented a copper boiler valve \
for the river steamers, and Tesk designed a folding gang plank for the landing stage.
"""


def test_a_comparative_or_a_form_head_after_a_named_maker_is_no_term(tmp_path):
    entities = read_entities(CLINIC, tmp_path)
    for junk in ("slimmer monaural ear trumpet", "lighter ear trumpet", "two-wheeled model",
                 "rotary design"):
        assert find(entities, junk) is None, junk
    assert find(entities, "Edda Morvay") is not None


def test_a_made_term_opened_by_a_noun_in_er_stays(tmp_path):
    # a workshop's things: "copper" ends in "-er" but has no superlative
    entities = read_entities(WORKSHOP, tmp_path)
    assert find(entities, "copper boiler valve") is not None
    assert find(entities, "folding gang plank") is not None


def test_comparatives_are_told_from_nouns_in_er():
    assert comparative("slimmer") and comparative("lighter") and comparative("heavier")
    assert not comparative("copper") and not comparative("counter") and not comparative("water")


def test_a_group_possessive_stays_inside_a_body_whose_run_holds_a_given_name(tmp_path):
    entities = read_entities("In 1881 the Brimsey Women's Christian Guild in Wenlock began "
                             "teaching bookkeeping to girls. The guild grew.\n", tmp_path)
    assert find(entities, "Brimsey Women's Christian Guild") is not None
    assert find(entities, "Christian Guild") is None


def test_a_group_possessive_before_a_title_and_a_person_still_parts(tmp_path):
    # a sports page: the captain is a person of her own, not part of a body's name
    entities = read_entities("The Brimsey club met in May. The Women's Captain Grace Pelham "
                             "thanked the members, and Pelham presented the cup.\n", tmp_path)
    person = find(entities, "Grace Pelham")
    assert person is not None and person.entity_type == "person"


def test_a_plural_opening_sentences_beside_its_lowercase_singular_is_no_name(tmp_path):
    entities = read_entities("Tessa Quorn ran the Corvey mill. Crates ran short in the dry "
                             "year, so Quorn sent a crate cart to Wenlock. Crates could not "
                             "be had at any price.\n", tmp_path)
    assert find(entities, "Crates") is None
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
