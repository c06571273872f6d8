"""A name opened by a head noun of another European language ("the Hôpital X", "the
Universidad de X") is typed as the English head would type it (:mod:`kg.kinds.foreign_heads`).
Invented sentences, with a negative in another genre: a footballer whose name opens with such
a word."""

from __future__ import annotations

from kg.kinds.foreign_heads import name_head
from tests.test_entities import find, with_mentions


def test_a_french_hospital_is_an_organisation():
    entities, _ = with_mentions(
        "In 1871 the surgeon Alcide Vaurenne joined the Hôpital Sainte-Quarnel in Pellouze. "
        "The hospital had two wards.")
    hospital = find(entities, "Hôpital Sainte-Quarnel")
    assert hospital is not None and hospital.entity_type == "organization"


def test_a_spanish_university_is_an_organisation():
    entities, _ = with_mentions(
        "Ilvo Relvado studied at the Universidad de Tolvera. The university later gave him a "
        "chair.")
    university = find(entities, "Universidad de Tolvera")
    assert university is not None and university.entity_type == "organization"


def test_an_english_head_at_the_end_still_wins():
    assert name_head(("palais", "orvenne", "company")) == "company"
    assert name_head(("palais", "orvenne")) == "palace"
    assert name_head(("hopital", "orvenne")) == "hospital"  # written without its accent


def test_a_footballer_named_banco_stays_a_person():
    # another genre: a sports report; a name shaped like a person's, never after "the"
    entities, _ = with_mentions(
        "Banco Velhardo signed for the club in 1998. Banco Velhardo scored twice, and he "
        "retired in 2004.")
    player = find(entities, "Banco Velhardo")
    assert player is not None and player.entity_type == "person"
