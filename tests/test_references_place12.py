"""A plural organisation head read as written, and the two reference changes it needs
(place12, issue 3): an organisation description after a verb skips its clause's subject,
unless a verb follows it; a past description ended by "until" bars no trading noun; a body
no trading noun stands for is no rival of the dominant firm. Invented sentences."""

from __future__ import annotations

from tests.test_entities import by_reference, find, with_mentions

SALE = ("Quillan Water was a department of the town until 1990, when it was sold to local "
        "traders. Tessmoor Holdings bought the company in 2004. Tessmoor Holdings raised prices.\n")


def test_a_plural_organisation_head_types_an_organisation():
    entities, _ = with_mentions("The mill passed to Ostridge Capital Partners in 2004. "
                                "Critics blamed Ostridge Capital Partners for the closure.\n")
    partners = find(entities, "Ostridge Capital Partners")
    assert partners is not None and partners.entity_type == "organization"


def test_the_company_after_a_verb_is_not_its_clauses_subject():
    entities, mentions = with_mentions(SALE)
    water, fund = find(entities, "Quillan Water"), find(entities, "Tessmoor Holdings")
    assert water is not None and fund is not None
    assert fund.entity_type == "organization"
    assert by_reference(mentions, water, 1)  # what was a department until 1990 was sold


def test_a_phrase_before_a_verb_is_no_object():
    entities, mentions = with_mentions(
        "Pelmor Ltd bakes bread in Dunvale. Pelmor Ltd employs forty people. "
        "Pelmor Ltd opened a shop in 1990. Pellbrook Ltd sells flour. "
        "Pellbrook Ltd has cut its prices. Pelmor Ltd's view is that bread should be cheap, "
        "which means the company must buy cheap flour.\n")
    rival = find(entities, "Pellbrook Ltd")
    assert rival is not None
    assert not by_reference(mentions, rival, 5)  # "the company must …" is a subject


def test_a_fund_is_no_rival_of_the_dominant_firm():
    entities, mentions = with_mentions(
        "Quillan Water Ltd supplies the town. Quillan Water Ltd employs 300 people. "
        "Quillan Water Ltd dug a new well. Tessmoor Holdings, a fund, bought Quillan Water Ltd "
        "in 2004. Tessmoor Holdings also owns car parks. Tessmoor Holdings sold the car parks "
        "in 2009. Residents wrote letters. Leaks grew worse every year. Rain fell. "
        "Nobody from the company came to see us.\n")
    water = find(entities, "Quillan Water Ltd")
    assert water is not None
    assert by_reference(mentions, water, 9)


def test_a_description_still_true_bars_the_trading_noun():
    entities, mentions = with_mentions(
        "Quillan Water is a department of the town. Tessmoor Holdings audited the company "
        "in 2004.\n")
    water = find(entities, "Quillan Water")
    assert water is not None
    assert not by_reference(mentions, water, 1)  # a department is no company


def test_an_owner_in_the_possessive_is_no_subject_to_skip():
    entities, mentions = with_mentions(
        "Pelmor Ltd bakes bread in Dunvale. Pelmor Ltd employs forty people. "
        "Pellbrook Ltd sells flour to Pelmor Ltd. "
        "Pelmor Ltd's founder Ada Tressel sold the company in 2010.\n")
    rival = find(entities, "Pellbrook Ltd")
    assert rival is not None
    assert not by_reference(mentions, rival, 3)  # the founder's own firm, not the supplier
