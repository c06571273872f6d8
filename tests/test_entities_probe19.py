"""Rules of probe19 (the cooperage and insulin probes' misses), each on invented sentences where it
must fire and, in another genre, where it must not: a surname after a dated month ("On 14 March
Walton sang …") is no piece of a longer name (:func:`kg.finders.fragments._glued`); an
opening "Its ⟨post⟩, ⟨person⟩," is the body the sentence before introduced by an apposition
(:mod:`kg.references.introduced_bodies`); a lowercase hyphened compound glossed by "the … method
of" is a term (:func:`kg.finders.glosses._compound`). The diagnosis is
tests/data/entities/PROBES19_DIAGNOSIS.md."""

from __future__ import annotations

from kg.finders.fragments import _glued
from kg.words.tokens import tokenize
from tests.test_entities import extracted, find, needs_wordfreq, with_mentions


@needs_wordfreq
def test_a_common_surname_after_a_dated_month_is_the_person_s_short_name():
    # a choir's history: "Walton" is a common word (Zipf 3.5) after "14 March"
    entities, mentions = with_mentions(
        "The choir\n"
        "In the spring of 1931 Mira Walton joined the Harnick Choir as its youngest singer. On 14 "
        "March Walton sang her first solo. She stayed with the choir for decades.\n")
    walton = find(entities, "Mira Walton")
    assert walton is not None and "Walton" in walton.aliases
    assert any(m.sentence == 1 and m.surface == "Walton" and m.entity == walton.id
               for m in mentions)


def test_a_word_before_a_capitalised_word_is_still_glued_after_a_dated_month():
    # negative, other genres (a street, a club's plan): the date frees only the word after the
    # month from the month; a capitalised word on either side still glues it into a name
    street = tokenize("On 4 June Walton Street was closed to carts.")
    assert _glued(street, 3)
    plan = tokenize("the Harnick Walton plan was signed")
    assert _glued(plan, 2)


@needs_wordfreq
def test_its_post_and_a_person_after_a_body_introduced_by_apposition_is_that_body():
    # a university's history: the university is the subject, the glass maker is introduced
    entities, mentions = with_mentions(
        "The grant\n"
        "The University of Harnick sold its rights to the college in 1921. The university then "
        "wrote to Pellick Brothers Limited, a glass maker in Quendrow. Its chief chemist, Mira "
        "Walton, came to see the kilns in May.\n")
    maker = find(entities, "Pellick Brothers Limited")
    assert maker is not None
    its = [m for m in mentions if m.sentence == 2 and m.surface == "Its"]
    assert [m.entity for m in its] == [maker.id]


@needs_wordfreq
def test_its_ground_and_a_name_after_a_body_introduced_by_apposition_is_the_subject():
    # negative, another genre (football): "Its ground, X Park," names no person holding a post,
    # so the club, the sentence's subject, keeps its "Its"
    entities, mentions = with_mentions(
        "The ground\n"
        "The Brellock Rovers Football Club played in the northern league. The club then signed "
        "a deal with Harnick Brewery, a local firm in Quendrow. Its ground, Pellam Park, held ten "
        "thousand people.\n")
    club = find(entities, "Brellock Rovers Football Club")
    assert club is not None and find(entities, "Harnick Brewery") is not None
    its = [m.entity for m in mentions if m.sentence == 2 and m.surface == "Its"]
    assert its == [club.id]


@needs_wordfreq
def test_a_hyphened_compound_glossed_as_the_slow_method_of_is_a_term():
    entities = extracted(
        "The yard\n"
        "The yard still trains apprentices in reed-splitting, the slow method of opening a "
        "reed along its grain with a horn wedge. Most yards now cut with steel. The guild gave her a "
        "medal for teaching reed-splitting.\n")
    term = find(entities, "reed-splitting")
    assert term is not None and term.entity_type == "technique"


@needs_wordfreq
def test_a_hyphened_participle_glossed_as_the_method_of_is_no_term():
    # negative, another genre (cooking): the compound ends in a participle, no noun head
    entities = extracted(
        "The kitchen\n"
        "The cook swore by sun-dried, the slow method of keeping tomatoes through the "
        "winter. The guests liked sun-dried best.\n")
    assert find(entities, "sun-dried") is None
    # nor is a common word written whole ("boiling": Zipf above 3.5), which the rarity test
    # still keeps out; only a compound of hyphened lowercase words passes it
    entities = extracted(
        "The kitchen\n"
        "The cook swore by boiling, the slow method of cooking meat in a pot. The "
        "guests liked boiling best.\n")
    assert find(entities, "boiling") is None
