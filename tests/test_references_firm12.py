""""the firm" for the organisation the title names (firm12,
:func:`kg.references.distant_antecedents.titled_firm`). Invented sentences."""

from __future__ import annotations

from tests.test_entities import by_reference, find, with_mentions

HISTORY = ("The Quennel Glass Company\n\n"
           "The Quennel Glass Company was a glassmaking concern in Pemberlow from 1850 to 1910. "
           "The Quennel Glass Company made bottles. The Quennel Glass Company made lamps. "
           "In 1880 it borrowed from Tarrowby & Lisk, a firm of bankers in the capital. "
           "Prices fell that year. Later the firm built a second furnace.\n")

NEWS = ("Hobbery Foods agrees takeover\n\n"
        "Hobbery Foods said on Monday that it had agreed to be bought. "
        "Hobbery Foods makes biscuits. Hobbery Foods employs 400 people. "
        "Tarrowby & Lisk, a firm of brokers, advised on the sale. "
        "The firm said the price was fair.\n")


def test_the_firm_is_the_titles_company_past_another_firm_in_the_window():
    entities, mentions = with_mentions(HISTORY)
    company, bank = find(entities, "Quennel Glass Company"), find(entities, "Tarrowby & Lisk")
    assert company is not None and bank is not None
    assert by_reference(mentions, company, 5)  # "Later the firm built a second furnace"
    assert not by_reference(mentions, bank, 5)


def test_a_firm_named_in_the_sentence_before_keeps_the_firm():
    entities, mentions = with_mentions(NEWS)
    company, brokers = find(entities, "Hobbery Foods"), find(entities, "Tarrowby & Lisk")
    assert company is not None and brokers is not None
    assert by_reference(mentions, brokers, 4)  # "The firm said …": the brokers just named
    assert not by_reference(mentions, company, 4)
