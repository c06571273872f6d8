"""Rules of probe18 (the tessaly and sliderule probes' misses), each on invented sentences where
it must fire and, in another genre, where it must not: "call it Y" after a sentence that names
its one thing only after a preposition and holds an "it" of its own
(now :func:`kg.merging.plain_calls.object_it`; probe18's ``_other_it`` was redundant with it
and removed by rev18f), and "renamed X" in the passive or coordinated
with a passive (:func:`kg.merging.reorganisations._passive_at`), and a partners' firm's "&" initials
("V&O", :func:`kg.merging.initials.partner_initials`). The diagnosis is
tests/data/entities/PROBES18_DIAGNOSIS.md."""

from __future__ import annotations

from tests.test_entities import typed_aliases


def test_call_it_after_an_it_of_its_own_does_not_name_the_place_of_a_preposition():
    # a printing history: "it" is the primer of the sentences before, not the academy
    found = typed_aliases("# Primers\n\nThe Orvask Primer was printed by Helm Quarto in 1910. The "
                      "pamphlet explained how to trim a lamp. Teachers at Quillon Academy "
                      "adopted it as a set text, and it was reprinted twice. Collectors "
                      "sometimes call it the Blue Primer.\n")
    assert "Blue Primer" in found
    assert "Blue Primer" not in found["Quillon Academy"][1]


def test_call_it_after_a_bought_ground_still_names_the_ground():
    # a football club: the ground is the verb's object, so "call it" may take it up
    found = typed_aliases("# Grounds\n\nThe Tressow Rovers played on a field by the river. In 1950 "
                      "the club bought Varnley Park so that it could train at home. Fans call "
                      "it the Fortress.\n")
    assert "Fortress" in found["Varnley Park"][1]


def test_a_body_reorganised_and_renamed_takes_its_new_name():
    # a mill's history: the pronoun subject of a coordinated passive
    found = typed_aliases("# Mills\n\nThe Varnock Spinning Works was founded in 1880 by Ada Venbrook. "
                      "In 1921 it was reorganised as a cooperative and renamed Varnock "
                      "Textile Company. The company closed in 1960.\n")
    assert "Varnock Textile Company" in found["Varnock Spinning Works"][1]
    assert "Varnock Textile Company" not in found


def test_a_body_renamed_in_the_passive_takes_its_new_name():
    found = typed_aliases("# Mills\n\nThe Varnock Spinning Works was founded in 1880 by Ada Venbrook. "
                      "In 1921 it was renamed Varnock Textile Company. The company closed in "
                      "1960.\n")
    assert "Varnock Textile Company" in found["Varnock Spinning Works"][1]


def test_a_committee_formed_then_renaming_a_cup_keeps_its_own_name():
    # a regatta: the passive ends at the comma; the active verbs after it rename the cup
    found = typed_aliases("# Regattas\n\nThe Harnick Regatta Committee was formed in 1890, leased a "
                      "boathouse and renamed the Quessel Cup the Venn Cup. Crews rowed for the Venn "
                      "Cup each June.\n")
    assert "Quessel Cup" in found
    assert "Quessel Cup" not in found["Harnick Regatta Committee"][1]


def test_a_partners_ampersand_initials_join_their_firm():
    # an engineering history: "V&O" written once, never defined
    found = typed_aliases("# Pumps\n\nIn 1880 Varrel & Oskin began making pumps in Kessford. By "
                      "1900 V&O was the largest maker in the county. Varrel & Oskin closed in "
                      "1950.\n")
    assert "V&O" in found["Varrel & Oskin"][1]


def test_ampersand_initials_two_firms_share_join_neither():
    # a stock-market report: two partnerships spell "V&O"
    found = typed_aliases("# Shares\n\nVarrel & Oskin and Vessock & Orme both listed in 1900. "
                      "V&O shares rose that spring. Vessock & Orme paid a dividend, and "
                      "Varrel & Oskin did not.\n")
    assert "V&O" not in found["Varrel & Oskin"][1] | found["Vessock & Orme"][1]
    assert "Varrel & Oskin" in found and "Vessock & Orme" in found
