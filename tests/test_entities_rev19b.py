"""Review rev19b of rel19: invented sentences of other genres on which rel19's rules went
wrong — a people's "-man" noun taken for the woman just named, a band or a people described
by "a … who" typed a person, a sentence cut inside a body's name after "U.S." — each beside
a sentence where the rule still fires."""

from __future__ import annotations

from tests.test_entities import reference_triples, typed_aliases
from tests.test_splitter import _texts as _sentences


def test_a_mans_noun_is_not_the_woman_just_named():
    # fiction: the Englishman is someone else
    text = "# Quay\n\nMargaret Vornay waved to the crowd. The Englishman bowed and left.\n"
    assert not [r for r in reference_triples(text) if r[1] == "The Englishman"]


def test_a_mans_noun_is_the_man_just_named():
    text = "# Quay\n\nHenry Vornay waved to the crowd. The Englishman bowed and left.\n"
    assert (1, "The Englishman", "Henry Vornay") in reference_triples(text)


def test_a_band_who_toured_is_no_person():
    # music journalism: British usage gives a band "who"
    text = ("Quorvell, a rock band who toured widely, broke up in 1980. Quorvell reformed in "
            "1990.\n")
    assert typed_aliases(text)["Quorvell"][0] == "organization"


def test_a_people_who_herd_reindeer_are_no_person():
    # ethnography
    text = ("The Pellith, a nomadic people who herd reindeer, live in the north. The Pellith "
            "speak their own tongue.\n")
    assert typed_aliases(text)["Pellith"][0] != "person"


def test_a_publisher_who_printed_maps_is_a_person():
    # a trade a firm may have too: "who" still says a person
    text = ("Ossian Tarvelle, a Dorrick-born publisher who printed maps, died in 1920. He was "
            "buried in Orvale.\n")
    assert typed_aliases(text)["Ossian Tarvelle"][0] == "person"


def test_a_body_named_for_a_person_after_an_abbreviation_is_not_cut():
    # philanthropy news: "Mary Rose Foundation" is a body's name after "U.S."
    text = "The U.S. Mary Rose Foundation gave a grant to Orvale.\n"
    assert _sentences(text) == ["The U.S. Mary Rose Foundation gave a grant to Orvale."]


def test_a_person_after_a_country_abbreviation_opens_a_sentence():
    text = "The ship left the U.K. Elizabeth Tarvelle was aboard.\n"
    assert _sentences(text) == ["The ship left the U.K.", "Elizabeth Tarvelle was aboard."]


def test_a_surgeon_after_a_patient_is_someone_else():
    # hospital news: the surgeon served the woman just named
    text = ("# Ward\n\nMargaret Vornay was admitted to the clinic on Monday. The surgeon removed "
            "the tumour on Tuesday.\n")
    assert not [r for r in reference_triples(text) if r[1] == "The surgeon"]


def test_an_explorer_after_his_voyage_is_the_man_just_named():
    text = ("# Voyage\n\nHenry Vornay sailed north from Orvale in 1850. The explorer reached the "
            "ice in May.\n")
    assert (1, "The explorer", "Henry Vornay") in reference_triples(text)


def test_two_given_names_before_an_ideas_head_are_no_person():
    # economics: a theory named after its author opens a sentence as its subject
    text = ("Lectures on Henry George Theory were popular. Henry George Theory fell out of "
            "favour.\n")
    assert typed_aliases(text)["Henry George Theory"][0] != "person"


def test_a_sisters_title_before_a_name_ends_nothing():
    # a convent's history: "Sr." is "Sister" before a name
    text = "Letters from Fr. Thomas Vornay and Sr. Mary Vornay arrived in Orvale.\n"
    assert _sentences(text) == [text.strip()]


def test_a_seniors_suffix_before_a_name_ends_a_sentence():
    text = "The mill passed to Arthur Vornay Sr. Henry Vornay ran it later.\n"
    assert _sentences(text) == ["The mill passed to Arthur Vornay Sr.",
                                "Henry Vornay ran it later."]
