"""types19: a business named by its trade's common noun is no person
(:mod:`kg.kinds.trade_names`), on invented sentences where the rule must fire and, in other
genres, where a person whose surname is a common noun of the text must stay a person. The
diagnosis is tests/data/entities/PROBES19_DIAGNOSIS.md ([types]/[biz])."""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq, with_mentions

_SADDLERY = (
    "The workshop\n"
    "In 1952 Mira Dostel opened Quennick Saddlery in a former stable near the market. She had "
    "trained in saddleries across the county. The first year was slow. The firm sold forty "
    "saddles in its second year.\n")


@needs_wordfreq
def test_a_firm_named_by_its_trade_s_noun_that_a_person_opened_is_an_organisation():
    # "saddleries" written in lowercase: "Saddlery" is no surname; "opened X" makes a business
    entities, mentions = with_mentions(_SADDLERY)
    firm = find(entities, "Quennick Saddlery")
    assert firm is not None and firm.entity_type == "organization"
    assert find(entities, "Mira Dostel").entity_type == "person"
    assert any(m.sentence == 3 and m.surface == "The firm" and m.entity == firm.id
               for m in mentions)


@needs_wordfreq
def test_a_firm_named_by_its_goods_and_described_as_a_family_business_is_an_organisation():
    entities = extracted(
        "The wood\n"
        "Most of the wood came from Pellorin Timber, a family sawmill north of the town. Every "
        "piece of timber was dried outdoors for two years before it was cut.\n")
    firm = find(entities, "Pellorin Timber")
    assert firm is not None and firm.entity_type == "organization"


@needs_wordfreq
def test_a_person_opened_by_a_given_name_keeps_a_surname_the_text_writes_in_lowercase():
    # negative, another genre (a gallery): a firm's cue ("opened" before the name) and the
    # surname in lowercase ("wheelwrights"); only the listed given name "Tom" keeps the person
    # (tfix19: the sentence before had no firm's cue and passed without the guard)
    entities = extracted(
        "The gallery\n"
        "In 1931 the mayor opened Tom Wheelwright's new gallery in Quennick. Local wheelwrights "
        "built its doors.\n")
    assert find(entities, "Tom Wheelwright").entity_type == "person"


@needs_wordfreq
def test_a_person_whose_surname_the_text_writes_as_a_trade_stays_a_person():
    # negative, another genre (a choir's hall): a firm's cue ("opened" before the name); only
    # "worked as a thatcher", a person's trade, keeps the person (tfix19, as above)
    entities = extracted(
        "The hall\n"
        "In 1931 the mayor opened Ada Thatcher's new hall in Quennick. Ada Thatcher had worked "
        "as a thatcher in the capital for ten years.\n")
    assert find(entities, "Ada Thatcher").entity_type == "person"


@needs_wordfreq
def test_a_person_followed_by_she_stays_a_person_though_her_surname_is_a_common_noun():
    # negative, another genre (a painter): a firm's cue ("opened" before the name); only
    # "She" opening the next sentence keeps the person (tfix19, as above)
    entities = extracted(
        "The painter\n"
        "In 1931 the mayor opened Mira Wheelwright's exhibition in Quennick. She painted "
        "wheelwrights at work in the old yards.\n")
    assert find(entities, "Mira Wheelwright").entity_type == "person"


# rev19f: people whose surname is a common noun of the text and whose given name is not in the
# list lost their person type on their shape alone (and a lowercase "the marsh" or their "He"
# with it); the rule now needs a firm's cue, "opened X" or "X, a family <noun>"


@needs_wordfreq
def test_a_scientist_whose_surname_the_text_writes_in_lowercase_stays_a_person():
    # negative, another genre (a field survey): "marsh" in lowercase, no cue of a firm
    entities, mentions = with_mentions(
        "The survey\n"
        "In 1968 Tovi Marsh mapped the birds of the estuary. The marsh flooded every spring, "
        "and the survey took four years.\n")
    person = find(entities, "Tovi Marsh")
    assert person.entity_type == "person"
    assert not any(m.entity == person.id and m.surface.lower() == "the marsh" for m in mentions)


@needs_wordfreq
def test_a_character_whose_surname_the_text_writes_in_lowercase_keeps_his_he():
    # negative, another genre (fiction): "He" two sentences on still takes him
    entities, mentions = with_mentions(
        "Chapter one\n"
        "Oren Reed walked down to the river at dusk. The reeds were tall and dry. He sat by "
        "the water until dark.\n")
    person = find(entities, "Oren Reed")
    assert person.entity_type == "person"
    assert any(m.sentence == 2 and m.surface == "He" and m.entity == person.id
               for m in mentions)


@needs_wordfreq
def test_a_sprinter_whose_surname_the_text_writes_as_a_plural_stays_a_person():
    # negative, another genre (sport): "the fishers on the quay"
    entities = extracted(
        "The race\n"
        "Bram Fisher won the sprint at Quennick in 1988. The fishers on the quay cheered the "
        "winning boat.\n")
    assert find(entities, "Bram Fisher").entity_type == "person"


@needs_wordfreq
def test_a_family_friend_is_no_family_firm():
    # negative, another genre (an archive's letters): "a family friend" is a person, not a
    # business as "a family sawmill" is
    entities = extracted(
        "The letters\n"
        "Oren Reed, a family friend, kept the letters for forty years. Among the reeds behind "
        "the house stood a boathouse. Oren Reed gave the letters to the archive in 1990.\n")
    assert find(entities, "Oren Reed").entity_type == "person"
