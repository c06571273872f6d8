"""Reference resolution, round 16: invented sentences for each rule (each fails without it),
with a negative test in another genre."""

from __future__ import annotations

from tests.test_entities import by_reference, find, with_mentions

MINERAL = ("The Corrie Stone, an unusual boulder formed in the last ice age, stands above Dunvale. "
           "Its surface is scored by ice. "
           "The boulder itself was moved by a farmer in 1901.\n")


def test_a_participle_with_a_preposition_closes_an_apposition():
    entities, mentions = with_mentions(MINERAL)
    stone = find(entities, "Corrie Stone")
    assert stone is not None
    assert by_reference(mentions, stone, 2)  # "The boulder itself" is the one described


def test_a_clause_after_a_comma_is_still_no_apposition():
    entities, mentions = with_mentions(
        "Using the Ostel method, a team measured the cores in 1990. "
        "The samples were small. The team later moved to Dunvale.\n")
    method = find(entities, "Ostel method")
    assert method is not None
    assert not by_reference(mentions, method, 2)  # "a team measured" is a clause: no "team"


MILL = ("Wenning Brewery was built beside the Lune in 1820. "
        "The Orby family ran it for a century. "
        "In 1958 the family sold the brewery to Grange Foods, a bakery group.\n")


def test_to_after_a_verb_of_giving_names_the_recipient():
    entities, mentions = with_mentions(MILL)
    mill = find(entities, "Wenning Brewery")
    assert mill is not None
    assert by_reference(mentions, mill, 2)  # "sold the brewery to …": the mill named before


def test_to_after_another_verb_still_says_which_one():
    entities, mentions = with_mentions(
        "Kessock House stands on the harbour road. "
        "Its owners were merchants. "
        "In 1901 the doctor lived in the house to the north of the church.\n")
    house = find(entities, "Kessock House")
    assert house is not None
    assert not by_reference(mentions, house, 2)  # "the house to the north": another house


CASE = ("Tarvey v Pellbury Mills Ltd was a dispute between the weaver Osvald Quint Tarvey and "
        "the mill that employed him. "
        "The case, heard first in the county court, settled the rights of home weavers.\n")


def test_the_case_is_the_court_case_cited_before():
    entities, mentions = with_mentions(CASE)
    case = find(entities, "Tarvey v Pellbury Mills Ltd")
    assert case is not None
    assert case.entity_type == "event"
    assert by_reference(mentions, case, 1)


def test_the_case_is_no_organisation_or_patient():
    entities, mentions = with_mentions(
        "Holmridge Hospital treated the first patient in 1990. "
        "The case, reported by a nurse, was the first in the region.\n")
    hospital = find(entities, "Holmridge Hospital")
    assert hospital is not None
    assert not any(m.sentence == 1 and m.via == "reference" for m in mentions)


def test_the_method_is_the_one_technique_just_named():
    text = ("Mira Holt learned bookbinding in Dorran. "
            "In 1960 she developed **spine-cradle scanning**, in which a book rests half open. "
            "The method never bends the spine.\n")
    entities, mentions = with_mentions(text)
    scanning = find(entities, "spine-cradle scanning")
    assert scanning is not None and scanning.entity_type == "technique"
    assert by_reference(mentions, scanning, 2)


def test_this_method_named_in_its_own_sentence_takes_no_earlier_technique():
    text = ("Mira Holt learned bookbinding in Dorran. "
            "In 1960 she tried **spine-cradle scanning**, in which a book rests half open. "
            "This method, later called quick-leaf copying, spread to Velker. "
            "The method, later called flat-leaf tracing, spread too.\n")
    entities, mentions = with_mentions(text)
    scanning = find(entities, "spine-cradle scanning")
    assert scanning is not None
    assert not by_reference(mentions, scanning, 2)  # "This …": may sum up another way


def test_the_house_of_a_name_is_an_organisation_and_the_firm():
    text = ("The House of Varnel began in 1871 in a rented shed in Quessing. "
            "Its founder sold soap to sailors. "
            "By 1900 the firm employed sixty people.\n")
    entities, mentions = with_mentions(text)
    house = find(entities, "House of Varnel")
    assert house is not None and house.entity_type == "organization"
    assert by_reference(mentions, house, 2)


def test_the_trustees_sit_on_no_commission_of_inquiry():
    text = ("In 2015 the province set up the Commission of Inquiry into School Meals. "
            "It heard evidence for a year. "
            "The trustees had approved the contract without reading it.\n")
    entities, mentions = with_mentions(text)
    commission = find(entities, "Commission of Inquiry into School Meals")
    assert commission is not None
    assert not by_reference(mentions, commission, 2)


def test_the_trustees_still_take_up_a_trust():
    text = ("The Quarnby Fold Trust bought the moor in 1990. "
            "Walkers used its paths every summer. "
            "The trustees closed the quarry in 1995.\n")
    entities, mentions = with_mentions(text)
    trust = find(entities, "Quarnby Fold Trust")
    assert trust is not None
    assert by_reference(mentions, trust, 2)


PAIR = ("Orla Vesk learned surveying in Dunvale. "
        "In 1957 Orla Vesk and Bram Tull published a map of the seabed. "
        "Their work showed a ridge running the length of the ocean.\n")


def test_they_after_a_subject_of_two_people_is_both():
    entities, mentions = with_mentions(PAIR)
    vesk, tull = find(entities, "Orla Vesk"), find(entities, "Bram Tull")
    assert vesk is not None and tull is not None
    assert by_reference(mentions, vesk, 2) and by_reference(mentions, tull, 2)


def test_they_after_a_person_and_a_club_is_neither():
    entities, mentions = with_mentions(
        "Ida Fenn joined the Holm Rovers in 1990. "
        "Ida Fenn and the Holm Rovers agreed new terms in 1994. "
        "They won the cup that year.\n")
    fenn = find(entities, "Ida Fenn")
    assert fenn is not None
    assert not by_reference(mentions, fenn, 2)


def test_their_after_a_list_of_three_is_no_pair():
    _entities, mentions = with_mentions(
        "Orla Vesk, Ida Fenn and Bram Tull founded a choir in 1990. "
        "Their first concert was in Dunvale.\n")
    assert not any(m.sentence == 1 and m.via == "reference" for m in mentions)


def test_its_first_chair_is_no_law():
    entities, mentions = with_mentions(
        "In 1971 the province passed the Quessing Transit Act. "
        "The Quessing Transit Act gave the new body a board of seven. "
        "Its first chair was Orla Vesk, a retired engineer.\n")
    act = find(entities, "Quessing Transit Act")
    assert act is not None
    assert not by_reference(mentions, act, 2)


def test_its_first_chair_is_still_a_club():
    entities, mentions = with_mentions(
        "The Dunvale Rowing Club opened in 1901. "
        "The Dunvale Rowing Club trained on the river. "
        "Its first chair was Orla Vesk, a retired engineer.\n")
    club = find(entities, "Dunvale Rowing Club")
    assert club is not None
    assert by_reference(mentions, club, 2)


EFFECT = ("In 1931 the chemist Ada Tessmar found that old glass darkens in sunlight. "
          "The change comes from traces of manganese. "
          "The phenomenon is still called the Tessmar effect. "
          "Later work on the Tessmar effect used filters.\n")


def test_a_thing_named_after_a_person_names_that_person():
    entities, mentions = with_mentions(EFFECT)
    tessmar = find(entities, "Ada Tessmar")
    assert tessmar is not None
    assert any(m.entity == tessmar.id and m.sentence == 2 for m in mentions)


def test_a_thing_named_after_a_shared_surname_names_nobody():
    entities, mentions = with_mentions(
        "Ivo Pelmor founded a lamp works in 1890. Ada Pelmor, his sister, kept the books. "
        "The firm sold the Pelmor lamp to fishermen. "
        "Buyers trusted the Pelmor lamp.\n")
    ivo, ada = find(entities, "Ivo Pelmor"), find(entities, "Ada Pelmor")
    assert ivo is not None and ada is not None
    assert not any(m.entity in (ivo.id, ada.id) and m.sentence in (2, 3) for m in mentions)


def test_the_case_is_no_fire_or_war():
    entities, mentions = with_mentions(
        "The Harlow Fire of 1901 destroyed the mill. "
        "The Harlow Fire burned for two days. "
        "The case against the owner collapsed.\n")
    fire = find(entities, "Harlow Fire")
    assert fire is not None and fire.entity_type == "event"
    assert not by_reference(mentions, fire, 2)  # an event, but no court case


def test_its_first_president_is_still_a_country():
    entities, mentions = with_mentions(
        "The Republic of Varnesia became independent in 1960. "
        "The Republic of Varnesia joined the league in 1961. "
        "Its first president was Orla Vesk, a lawyer.\n")
    republic = find(entities, "Republic of Varnesia")
    assert republic is not None and republic.entity_type == "place"
    assert by_reference(mentions, republic, 2)  # a state has a president, a town founders


def test_its_director_is_still_a_film():
    entities, mentions = with_mentions(
        "The film *Quessel Road* opened in 1990. "
        "*Quessel Road* was shot in Harlow. "
        "Its director was Orla Vesk.\n")
    film = find(entities, "Quessel Road")
    assert film is not None and film.entity_type != "organization"
    assert by_reference(mentions, film, 2)


def test_a_noun_ending_in_ed_is_no_participle():
    entities, mentions = with_mentions(
        "Pelwyn Quenn kept the Orrel Press, a garden shed in Harlow, for thirty years. "
        "The Orrel Press printed tracts. "
        "The garden was sold in 1950.\n")
    press = find(entities, "Orrel Press")
    assert press is not None
    assert not by_reference(mentions, press, 2)  # a shed, not a garden


def test_they_after_a_pair_and_a_plural_object_is_not_the_pair():
    entities, mentions = with_mentions(
        "Orla Vesk learned surveying in Dunvale. "
        "Orla Vesk and Bram Tull measured the tides for ten years. "
        "They rise twice a day in the bay.\n")
    vesk, tull = find(entities, "Orla Vesk"), find(entities, "Bram Tull")
    assert vesk is not None and tull is not None
    assert not by_reference(mentions, vesk, 2) and not by_reference(mentions, tull, 2)


def test_a_common_noun_opening_a_sentence_names_no_namesake():
    entities, mentions = with_mentions(
        "The ecologist Ada Sedge studied the coast of Harlow. "
        "Sedge beds line the bay. "
        "Sedge grass traps mud. "
        "The sedge grass spreads each year.\n")
    sedge = find(entities, "Ada Sedge")
    assert sedge is not None
    assert not any(m.entity == sedge.id and m.sentence == 2 for m in mentions)


def test_their_after_a_pair_behind_a_fronted_date_with_a_comma_is_both():
    entities, mentions = with_mentions(
        "Orla Vesk learned surveying in Dunvale. "
        "In 1957, Orla Vesk and Bram Tull published a map of the seabed. "
        "Their work showed a ridge.\n")
    vesk, tull = find(entities, "Orla Vesk"), find(entities, "Bram Tull")
    assert vesk is not None and tull is not None
    assert by_reference(mentions, vesk, 2) and by_reference(mentions, tull, 2)


def test_their_after_a_list_of_three_behind_a_comma_is_no_pair():
    _entities, mentions = with_mentions(
        "Orla Vesk learned surveying in Dunvale. "
        "Ida Fenn, Orla Vesk and Bram Tull published a map of the seabed. "
        "Their work showed a ridge.\n")
    assert not any(m.sentence == 2 and m.via == "reference" for m in mentions)


def test_a_thing_named_after_a_person_with_a_suffix_names_that_person():
    entities, mentions = with_mentions(EFFECT.replace("Ada Tessmar", "Ivo Tessmar III"))
    tessmar = find(entities, "Ivo Tessmar III")
    assert tessmar is not None
    assert any(m.entity == tessmar.id and m.sentence == 2 for m in mentions)


def test_as_is_the_case_is_an_idiom_and_no_court_case():
    entities, mentions = with_mentions(
        CASE + "As is the case with most weavers, he was poor. "
        "That was not the case in the towns.\n")
    case = find(entities, "Tarvey v Pellbury Mills Ltd")
    assert case is not None
    assert by_reference(mentions, case, 1)
    assert not by_reference(mentions, case, 2) and not by_reference(mentions, case, 3)


def test_its_members_still_take_a_body_of_no_known_type():
    entities, mentions = with_mentions(
        "The Vellam Circle met in 1890. "
        "The Vellam Circle read poems. "
        "Its members were weavers.\n")
    circle = find(entities, "Vellam Circle")
    assert circle is not None and circle.entity_type == "other"
    assert by_reference(mentions, circle, 2)  # an untyped name may well be a body
