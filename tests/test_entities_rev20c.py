"""Review rev20c of probe20's rules, on invented sentences of other genres: a pair of people
whose apposition only mentions a house or a bank further on is no firm
(:mod:`kg.finders.firm_pairs`), and a nickname given to "him"/"her" by someone else ("the
grooms gave him the nickname …", a horse's) is no nickname of the one person the sentence
names (:func:`kg.merging.nickname_nouns._pronoun_person`)."""

from __future__ import annotations

import pytest

from tests.test_entities import extracted, find, needs_wordfreq


@needs_wordfreq
@pytest.mark.parametrize("apposition", [
    "a pair whose house stood by the river",
    "the heirs of the bank",
    "a couple from the house next door",
    "a local house builder and his son",
])
def test_two_partners_whose_apposition_names_no_firm_stay_two(apposition):
    # family history: the business noun is no head of the apposition
    entities = extracted(
        "The will\n"
        f"The land passed to Quenby and Tolliver, {apposition}.\n")
    assert find(entities, "Quenby and Tolliver") is None


@needs_wordfreq
def test_two_partners_called_a_firm_of_solicitors_are_one_firm():
    # law: "of" after the firm noun says its trade
    entities = extracted(
        "The will\n"
        "The will was drawn up by Quenby and Tolliver, a firm of solicitors in Vellinge.\n")
    firm = find(entities, "Quenby and Tolliver")
    assert firm is not None and firm.entity_type == "organization"


@needs_wordfreq
@pytest.mark.parametrize("text, nickname", [
    (("Tam Kessin bought a grey colt in 1901, and the grooms gave him the nickname \"the "
      "Ghost\". The Ghost won the Vellinge Cup."), "Ghost"),
    (("Tam Kessin launched a schooner in 1901; sailors gave her the nickname \"the Grey "
      "Lady\". The Grey Lady sank in 1920."), "Grey Lady"),
])
def test_a_nickname_someone_else_gave_him_is_no_alias_of_the_one_person_named(text, nickname):
    # racing, shipping: "him"/"her" is the horse or the ship, the grooms or sailors gave it
    entities = extracted("The owner\n" + text + "\n")
    person = find(entities, "Tam Kessin")
    assert person is not None and nickname not in person.aliases
