"""types18 (docs/TYPE_MISSES.md): a name described by a noun of land or water is a place
(:data:`kg.kinds.noun_kinds._LAND_NOUNS`, "X, a shallow brook"), as is one after "the parish
of" (:data:`kg.kinds.noun_kinds.PLACE_NOUNS`); a name after a capital "A" or "An" within a
sentence is a title (:func:`kg.kinds.title_cues.article_title`). Invented sentences; each
positive test fails without its rule, and each negative is a sentence of another genre where
the rule must not fire."""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq


def _typed(text: str, form: str) -> str:
    entity = find(extracted(text), form)
    assert entity is not None, form
    return entity.entity_type


@needs_wordfreq
def test_a_name_described_as_a_stream_is_a_place():
    # a mill's history: the water it stands on
    assert _typed("The Tarrowby works were built in 1820 beside the Quorrel Water, a shallow "
                  "brook that runs down to the estuary. In 1852 the Quorrel Water flooded the "
                  "works.", "Quorrel Water") == "place"


@needs_wordfreq
def test_a_name_described_as_a_garden_is_a_place():
    # a planter's history: an estate described by its garden
    assert _typed("Most of the leaf came from the Pellmarsh Estate, a walled garden in the "
                  "hills run by Corvell Harlock. The Pellmarsh Estate was sold in 1931.",
                  "Pellmarsh Estate") == "place"


@needs_wordfreq
def test_a_name_after_the_parish_of_is_a_place():
    # a foundry's history: a ring of bells cast for a parish
    assert _typed("In 1870 the foundry cast a ring of six bells for the parish of Tessingham, "
                  "and Brisca Venmoor tuned them in 1871.", "Tessingham") == "place"


@needs_wordfreq
def test_a_stream_cipher_is_no_place():
    # cryptography: "stream" modifies the head noun, which names no place
    assert _typed("Ostrel, a stream cipher designed by Wrenna Dansk in 1987, was broken in "
                  "1994. Ostrel was still used by banks in 1999.", "Ostrel") != "place"


@needs_wordfreq
def test_the_summit_of_a_meeting_names_no_place():
    # diplomacy: "summit" before "of" names no place (rev18a: it is no land noun either)
    assert _typed("The Dunmarsh Accord was the summit of Brisca Venmoor's career in 1988. "
                  "Brisca Venmoor retired in 1990.", "Brisca Venmoor") == "person"


@needs_wordfreq
def test_a_title_opened_by_a_capital_a_is_a_document():
    # an explorer's history: the account's title ends in a place's noun ("… Bay")
    assert _typed("Wrenna Harlock's account of the crossing, A Passage to Quessary Bay, "
                  "was printed by the society in 1852 with forty plates.",
                  "A Passage to Quessary Bay") == "document"


@needs_wordfreq
def test_a_title_printed_as_a_capital_a_is_a_document():
    # a scholar's history: a study printed under its title
    assert _typed("In 1961 Brisca Venmoor printed the results as A Census of Tessingham "
                  "Chimes, and the foundry reprinted it in 1970.",
                  "A Census of Tessingham Chimes") == "document"


@needs_wordfreq
def test_a_sentence_opening_a_is_no_title():
    # a road report: the article opens the sentence, the name is a firm's
    assert _typed("A Quessary Haulage lorry overturned near Dunmarsh in 1990. Quessary Haulage "
                  "paid for the repairs.", "Quessary Haulage") != "document"


@needs_wordfreq
def test_a_capital_a_after_a_colon_is_no_title():
    # a plaque's wording quoted in a town guide: a sentence opens after the colon
    assert _typed("The plaque reads: A Quessary Haulage depot stood here until 1990. Quessary "
                  "Haulage paid for the plaque.", "Quessary Haulage") != "document"
