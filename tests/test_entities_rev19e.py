"""rev19e: review of probe19's three rules on invented text of other genres. Each test failed
on probe19 (9264bd8): a place named for a date, "23 March Street", "the 25 April Bridge",
left its head noun as a node of its own once the dated month glued no word
(:func:`kg.finders.fragments._dated`); an opening "Its ⟨post⟩, ⟨person⟩," took the body the
sentence before introduced even for a post of the subject's own kind, "Its vice chancellor"
after a university, "Its editor" after a journal (:mod:`kg.references.introduced_bodies`); and
an everyday hyphened compound glossed by "the type of …", "full-time", "in-house", became a
term (:func:`kg.finders.glosses._compound`). Also the probe19 probes' floors (moved here from
tests/test_entities_round22_probes.py, which they took past 300 lines), and the probe20
probes' floors."""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq, with_mentions
from tests.test_entities_round11 import _keeps_floors


@needs_wordfreq
def test_a_place_named_for_a_date_leaves_no_head_noun_node():
    # a town's history: the date is the place's name, not a date before a surname
    entities = extracted(
        "The shop\n"
        "The Pellam family ran a bakery on 23 March Street in Quendrow. The bakery on 23 March "
        "Street closed in 1960. Traffic crossed the 25 April Bridge into Quendrow.\n")
    assert find(entities, "Street") is None
    assert find(entities, "Bridge") is None
    assert find(entities, "Quendrow") is not None


@needs_wordfreq
def test_its_office_of_the_subject_s_own_kind_stays_the_subject_s():
    # a university's history: a vice chancellor is the university's, not the glass maker's
    entities, mentions = with_mentions(
        "The deal\n"
        "Harnick University hired Pellick Brothers Limited, a glass maker in Quendrow. Its vice "
        "chancellor, Mira Walton, signed the contract in 1921.\n")
    university = find(entities, "Harnick University")
    assert university is not None and find(entities, "Pellick Brothers Limited") is not None
    assert [m.entity for m in mentions if m.sentence == 1 and m.surface == "Its"] \
        == [university.id]
    # science: a journal's editor
    entities, mentions = with_mentions(
        "The paper\n"
        "The Harnick Journal of Botany printed the results of Pellick Seeds Limited, a seed "
        "merchant in Quendrow. Its editor, Mira Walton, wrote a note.\n")
    journal = find(entities, "Harnick Journal of Botany")
    assert journal is not None
    assert [m.entity for m in mentions if m.sentence == 1 and m.surface == "Its"] \
        == [journal.id]


@needs_wordfreq
def test_an_everyday_hyphened_compound_glossed_as_a_type_is_no_term():
    # employment and business: "full-time", "in-house" are common words, however glossed
    entities = extracted(
        "The job\n"
        "She moved to full-time, the type of contract that paid a pension. She stayed ten "
        "years.\n")
    assert find(entities, "full-time") is None
    entities = extracted(
        "The lab\n"
        "Researchers moved to in-house, the process of testing samples on site. In-house "
        "testing was cheaper.\n")
    assert find(entities, "in-house") is None
    # a coined compound so glossed is still a term
    entities = extracted(
        "The study\n"
        "The team relied on cross-checking, the method of testing each sample twice. "
        "Cross-checking took weeks.\n")
    assert find(entities, "cross-checking") is not None


def test_the_two_probe19_probes_keep_their_floors():
    # probe19 (tests/data/entities/PROBES19_DIAGNOSIS.md): cooperage 25 nodes for 19 gold
    # (first run .79 / .74 / .60, 24 nodes); insulin 50 nodes for 20 gold (first run .90 / .75 /
    # .70)
    _keeps_floors("cooperage", 0.84, 0.78, 0.69, 25 / 19 + 0.01)
    _keeps_floors("insulin", 0.89, 0.79, 0.79, 50 / 20 + 0.01)


def test_the_two_probe20_probes_keep_their_floors():
    # probe20 (tests/data/entities/PROBES20_DIAGNOSIS.md): dyeworks 38 nodes for 20 gold (first
    # run .60 / .60 / .70, 37 nodes), and after term20's glossed terms (five of them gold) recall
    # .90, alias unity .85 and 43 nodes; safetymatch 55 nodes for 20 gold (first run .80 / .60 /
    # .70, 54 nodes); term23: dyeworks .95 / .90, 44 nodes (a coined word written once, gold)
    _keeps_floors("dyeworks", 0.94, 0.89, 0.79, 44 / 20 + 0.01)
    _keeps_floors("safetymatch", 0.99, 0.94, 0.99, 55 / 20 + 0.01)
