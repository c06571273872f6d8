"""Reference resolution, round 6: invented sentences for each rule (each fails without it)."""

from __future__ import annotations

from kg.references.compatibility import partnered
from tests.test_entities import by_reference, find, with_mentions

POST = ("In 1962 the Lissmoor Water Board hired Tamsin Orvelle as its first chief engineer. "
        "She had trained in Leeds and worked abroad for a decade. "
        "The board met every month in a room above the market. "
        "The chief engineer also designed the Kell Weir, a low dam on the upper river. "
        "The assistant engineer left in 1970.\n")


def test_a_post_given_with_as_is_taken_up_by_the_same_two_words():
    entities, mentions = with_mentions(POST)
    orvelle = find(entities, "Tamsin Orvelle")
    assert orvelle is not None
    assert by_reference(mentions, orvelle, 3)  # "The chief engineer also designed …"
    assert not by_reference(mentions, orvelle, 4)  # another post: "the assistant engineer"


def test_an_ordinal_is_no_part_of_the_post():
    entities, mentions = with_mentions(POST.replace("The chief engineer also", "The first "
                                                    "engineer also"))
    orvelle = find(entities, "Tamsin Orvelle")
    assert orvelle is not None
    assert not by_reference(mentions, orvelle, 3)


PARTNERS = ("In 1931 Ada Quenby and Ivo Tarrant founded a practice of their own, "
            "Quenby & Tarrant, in Quenlow. Quenby drew the plans and Tarrant dealt with clients. "
            "For ten years they built little but shops. "
            "In 1946 the Vellacott Hospital Trust commissioned the new wing of its hospital. "
            "The wing leaked from its first winter. "
            "The quarrel over the leaks ended the partnership.\n")


def test_the_partnership_is_the_firm_named_for_its_partners():
    entities, mentions = with_mentions(PARTNERS)
    firm, trust = find(entities, "Quenby & Tarrant"), find(entities, "Vellacott Hospital Trust")
    assert firm is not None and trust is not None
    assert by_reference(mentions, firm, 5)  # four sentences after the firm was named
    assert not by_reference(mentions, trust, 5)


def test_the_partnership_is_no_other_organisation():
    entities, mentions = with_mentions(PARTNERS.replace("Quenby & Tarrant", "Quenby Studio"))
    trust = find(entities, "Vellacott Hospital Trust")
    assert trust is not None
    assert not by_reference(mentions, trust, 5)
    assert not any(m.sentence == 5 and m.via == "reference" for m in mentions)


def test_a_name_with_of_is_named_for_no_partners():
    assert partnered("Quenby & Tarrant") and partnered("Quenby and Tarrant Architects")
    assert not partnered("Department of Trade and Industry")
    assert not partnered("Quenby and the Tarrant Studio")


def test_the_board_is_no_council():
    entities, mentions = with_mentions(
        "In 1950 the Pennock County Council created the Ossery Harbour Authority. "
        "The council appointed four of its seven members. "
        "The board met every month in a shed on the quay.\n")
    council = find(entities, "Pennock County Council")
    authority = find(entities, "Ossery Harbour Authority")
    assert council is not None and authority is not None
    assert by_reference(mentions, council, 1)
    assert not by_reference(mentions, council, 2)
    assert by_reference(mentions, authority, 2)


def test_the_street_far_from_any_named_street_is_generic():
    text = ("Ada Quenby opened a bakery on Morrow Street in 1920. "
            "Her bread was sold across the county. "
            "In 1931 she bought a second oven. "
            "The bakery closed during the war. "
            "It reopened in 1946 under her son. "
            "Children still wait for the van at the end of the street.\n")
    entities, mentions = with_mentions(text)
    street = find(entities, "Morrow Street")
    assert street is not None
    assert not by_reference(mentions, street, 5)
    entities, mentions = with_mentions(text.replace("Her bread was sold across the county. ",
                                                    "The street was cobbled and steep. "))
    street = find(entities, "Morrow Street")
    assert by_reference(mentions, street, 1)  # named in the sentence before: that street


def test_a_place_after_the_noun_says_which_one():
    text = ("The Brisking Lighthouse was lit in 1811. "
            "Its keepers kept a log of every ship. "
            "In 1900 a boat reached the lighthouse on the Quarrick Skerries and found no keeper.\n")
    entities, mentions = with_mentions(text)
    light = find(entities, "Brisking Lighthouse")
    assert light is not None
    assert not by_reference(mentions, light, 2)
    entities, mentions = with_mentions(text.replace(" on the Quarrick Skerries", " in March"))
    light = find(entities, "Brisking Lighthouse")
    assert by_reference(mentions, light, 2)  # a month says no place


def test_a_noun_introduced_two_sentences_back_is_that_thing():
    entities, mentions = with_mentions(
        "In 1881 Ada Quenby, at the Vellacott Institute, took up the study of tides. "
        "She gathered a team under Ivo Tarrant. "
        "In 1883 Tarrant and Quenby measured the spring tides at Quenlow. "
        "Each reading, as the team recorded, took an hour.\n")
    institute = find(entities, "Vellacott Institute")
    assert institute is not None
    assert not by_reference(mentions, institute, 3)
