"""Tests for the round-13 rules: names, types and references of institutions and the people
who run them (an inquiry's name, a firm described at length). Small made-up documents."""

from __future__ import annotations

from tests.test_entities import extracted, find, with_mentions
from tests.test_entities_round2 import _references


def test_an_inquiry_name_goes_on_with_into_and_its_subject():
    entities = extracted("In 2004 the council set up the Commission of Inquiry into Quenford "
                         "Tolls. The Commission sat for a year.\n")
    inquiry = find(entities, "Commission of Inquiry into Quenford Tolls")
    assert inquiry is not None
    assert find(entities, "Commission of Inquiry") is None


def test_into_after_another_noun_ends_the_name():
    entities = extracted("In 2004 the council turned the Veldon Guild into Quenford Trust. "
                         "Quenford Trust still runs the mill.\n")
    assert find(entities, "Veldon Guild into Quenford Trust") is None
    assert find(entities, "Quenford Trust") is not None


def test_a_long_indefinite_apposition_types_its_name_by_its_head():
    entities = extracted("The bridge contract was won by Marrel Lissom, a small firm from the "
                         "river port of Tarrowby that had cast railings for three cathedrals. "
                         "Marrel Lissom proposed a lighter span.\n")
    firm = find(entities, "Marrel Lissom")
    assert firm is not None and firm.entity_type == "organization"


def test_the_company_then_stands_for_the_firm_so_described():
    refs = _references("The bridge contract was won by Marrel Lissom, a small firm from the "
                       "river port of Tarrowby that had cast railings for three cathedrals. "
                       "The company had twelve smiths.\n")
    assert ("The company", "Marrel Lissom") in refs


def test_the_inquiry_stands_for_a_body_named_of_inquiry():
    refs = _references("In 2004 the council set up the Commission of Inquiry into Quenford "
                       "Tolls. The inquiry heard forty witnesses in its first month.\n")
    assert ("The inquiry", "Commission of Inquiry into Quenford Tolls") in refs


def test_the_inquiry_stands_for_no_body_without_inquiry_in_its_name():
    refs = _references("In 2004 the council set up the Quenford Tolls Commission. The inquiry "
                       "heard forty witnesses in its first month.\n")
    assert not [r for r in refs if r[0] == "The inquiry"]


def test_a_name_a_relative_clause_says_people_called_a_title_is_one_entity():
    entities = extracted("The pilots printed their rules under the title Harbour of Glass, a book "
                         "that every river pilot soon dubbed the Pellam Rules. The Pellam "
                         "Rules ran to 90 pages.\n")
    report = find(entities, "Harbour of Glass")
    assert report is not None and find(entities, "Pellam Rules") is report


def test_a_role_a_relative_clause_gives_is_no_name():
    entities = extracted("The crew sailed with Osmund Pellam, a skipper whom the deckhands "
                         "called the Captain. Osmund Pellam died in 1902.\n")
    assert find(entities, "Captain") is not find(entities, "Osmund Pellam")


def test_a_capital_a_in_mid_sentence_opens_a_title():
    entities = extracted("In 1990 the pilots printed their rules as A Harbour of Glass for "
                         "new hands.\n")
    assert find(entities, "A Harbour of Glass") is not None


def test_a_capital_a_opening_a_sentence_is_no_part_of_the_name():
    entities = extracted("A Quenford Tolls report appeared in 1990. Quenford Tolls fell.\n")
    assert find(entities, "A Quenford Tolls") is None


def test_a_saint_name_used_alone_is_short_for_the_hospital_named_after_the_saint():
    entities = extracted("St Orwen Hospital opened in 1887 in Tarrowby. In 2020 the board "
                         "promised a new wing at St Orwen by 2027.\n")
    hospital = find(entities, "St Orwen Hospital")
    assert hospital is not None and find(entities, "St Orwen") is hospital


def test_a_surname_used_alone_is_still_short_for_no_hospital():
    entities = extracted("Osmund Pellam founded Pellam Hospital in 1887 in Tarrowby. In 1890 "
                         "Osmund Pellam sailed to Quenford. Pellam died there.\n")
    assert find(entities, "Pellam") is not find(entities, "Pellam Hospital")


def test_a_second_of_and_one_place_word_completes_a_common_word_name():
    entities = extracted("The infirmary was run by the Daughters of Charity of Tarrowby until 1971. "
                         "Tarrowby Infirmary then became a teaching hospital.\n")
    assert find(entities, "Daughters of Charity of Tarrowby") is not None
    assert find(entities, "Daughters of Charity") is None


def test_a_second_of_before_two_capitalised_words_ends_the_name():
    entities = extracted("The infirmary was run by the Daughters of Charity of Tarrowby Infirmary "
                         "until 1971.\n")
    assert find(entities, "Daughters of Charity of Tarrowby Infirmary") is None


def test_a_short_name_in_use_before_a_second_longer_name_is_the_first_one():
    entities = extracted("Ada Merrick signed with Quillon Books Ltd in 1994. Quillon paid her "
                         "well. In 2009 Quillon was bought by a bank. The publisher, which by "
                         "then traded as Quillon Marrel, cut her royalties.\n")
    firm = find(entities, "Quillon Books Ltd")
    assert firm is not None and find(entities, "Quillon") is firm


def test_a_short_name_used_before_two_longer_names_joins_neither():
    entities = extracted("Quillon paid her well in 1990. Ada Merrick signed with Quillon "
                         "Books Ltd in 1994. Quillon Mills closed in 1995. Quillon grew.\n")
    assert find(entities, "Quillon") is not find(entities, "Quillon Books Ltd")


def test_a_club_named_after_its_town_is_called_by_the_rest_of_its_name():
    entities = extracted("Quenford Wanderers Football Club is a football club based in the "
                         "market town of Quenford. In 1903 Wanderers joined a league. In 1962 "
                         "Wanderers won the cup.\n")
    club = find(entities, "Quenford Wanderers Football Club")
    assert club is not None and find(entities, "Wanderers") is club


def test_a_word_after_a_name_that_opens_with_no_place_joins_nothing():
    entities = extracted("Osmund Wanderers Football Club is a football club in a small town. "
                         "In 1903 Wanderers joined a league. In 1962 Wanderers won the cup.\n")
    assert find(entities, "Wanderers") is not find(entities, "Osmund Wanderers Football Club")


def test_the_club_before_for_and_a_price_is_a_reference():
    refs = _references("Quenford Wanderers Football Club is a football club.\n\nIn 1987 the "
                       "businessman Osmund Pellam bought the club for £400,000.\n")
    assert ("the club", "Quenford Wanderers Football Club") in refs


def test_the_noun_before_for_and_a_noun_is_no_reference():
    refs = _references("Quenford Wanderers Football Club is a football club.\n\nIn 1987 "
                       "Osmund Pellam opened the club for young sailors.\n")
    assert not [r for r in refs if r[0] == "the club"]


def test_the_bill_stands_for_the_act_it_became():
    refs = _references("The Quenford Harbour Act of 1987 set limits on harbour dues. It "
                       "replaced older rules.\n\nPassage\n\nIn 1986 Osmund Pellam became "
                       "minister. His government introduced the bill in the autumn.\n")
    assert ("the bill", "Quenford Harbour Act") in refs


def test_the_bill_stands_for_no_report():
    refs = _references("The Quenford Harbour Report of 1987 set out harbour dues. It replaced "
                       "older rules.\n\nPassage\n\nIn 1986 Osmund Pellam became minister. His "
                       "government introduced the bill in the autumn.\n")
    assert not [r for r in refs if r[0] == "the bill"]


def test_the_noun_before_that_and_a_time_noun_is_a_reference():
    refs = _references("The Quenford Harbour Board was set up in 1901. In 1950 Osmund Pellam "
                       "joined the board that autumn.\n")
    assert ("the board", "Quenford Harbour Board") in refs


def test_the_steelmaker_stands_for_the_company_named_for_steel():
    refs = _references("In 1903 Osmund Pellam sold the yard to the Tarrowby Steel Company, which "
                       "wanted a customer for its plate. The steelmaker renamed the yard and "
                       "built two slipways.\n")
    assert ("The steelmaker", "Tarrowby Steel Company") in refs


def test_the_steelmaker_stands_for_no_company_named_otherwise():
    refs = _references("In 1903 Osmund Pellam sold the yard to the Tarrowby Plate Company, which "
                       "wanted a customer. The steelmaker renamed the yard and built two "
                       "slipways.\n")
    assert not [r for r in refs if r[0] == "The steelmaker"]


def test_a_name_ending_in_archive_is_an_organisation():
    entities = extracted("The Quenford County Archive holds the parish registers. Readers visit "
                         "the Quenford County Archive every day.\n")
    archive = find(entities, "Quenford County Archive")
    assert archive is not None and archive.entity_type == "organization"


def test_a_name_ending_in_wharf_is_a_place():
    entities = extracted("Shipping manifests came from the harbour at Tarrowby Wharf. Tarrowby "
                         "Wharf closed in 1950.\n")
    wharf = find(entities, "Tarrowby Wharf")
    assert wharf is not None and wharf.entity_type == "place"


def test_at_and_a_place_after_an_institution_head_is_no_part_of_its_name():
    entities = extracted("Copies of the charts went to the Northern Map Archive at Tarrowby, "
                         "which keeps them still. Tarrowby lies to the north.\n")
    assert find(entities, "Northern Map Archive") is not None
    assert find(entities, "Northern Map Archive at Tarrowby") is None


def test_a_surname_ending_like_a_demonym_before_later_is_kept():
    entities, mentions = with_mentions("The report came from the curator, Osmund Vorich. "
                                       "Vorich later said he had raised doubts.\n")
    curator = find(entities, "Osmund Vorich")
    assert curator is not None
    assert ("Vorich", "literal") in {(m.surface, m.via) for m in mentions
                                     if m.entity == curator.id}


def test_a_demonym_like_word_before_a_trade_is_still_no_name():
    entities = extracted("In 1931 the Vorich engraver Ada Lind cut the plates. The Vorich "
                         "painter Osmund Pellam coloured them.\n")
    assert find(entities, "Vorich") is None


def test_a_phrase_opened_by_annual_needs_more_than_two_sentences():
    entities = extracted("The annual attendance of the Tarrowby fair rose in 1990. In 1995 the "
                         "annual attendance fell again.\n")
    assert find(entities, "annual attendance") is None


def test_the_name_card_is_the_named_card():
    entities = extracted("In 2009 the board introduced the Quenford card, a smart card. The "
                         "Quenford was soon in every purse, and shops took the Quenford as "
                         "cash.\n")
    card = find(entities, "Quenford")
    assert card is not None and find(entities, "Quenford card") is card
