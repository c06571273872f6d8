"""A long form before ", or **ACRONYM**" (the acronym bold or italic) is the acronym's
expansion (:func:`kg.merging.acronyms.definitions`). Invented sentences, with a negative in
another genre."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def test_a_long_form_before_or_and_a_bold_acronym_is_one_entity():
    entities, _ = with_mentions(
        "Lamps\n"
        "In 1931 Ruth Tallis built the first working quennel-discharge signal lamp, or "
        "**QDSL**, in a shed near the river. The QDSL was cheap to run.\n")
    lamp = find(entities, "QDSL")
    assert lamp is not None and lamp.label.casefold() == "quennel-discharge signal lamp"


def test_an_italic_acronym_after_or_is_read_through_its_marks():
    entities, _ = with_mentions(
        "Lamps\n"
        "The works made the quennel-discharge signal lamp, or *QDSL*, from 1931. Each QDSL "
        "was tested twice.\n")
    lamp = find(entities, "QDSL")
    assert lamp is not None and lamp.label.casefold() == "quennel-discharge signal lamp"


def test_a_bold_acronym_whose_letters_the_phrase_before_does_not_spell_stays_apart():
    # another genre: a society's club notes, a dish and then a bold club acronym
    entities, _ = with_mentions(
        "Suppers\n"
        "Members cooked a slow roasted lamb, or **HGB**, at the Harlowe Guild of Bakers in "
        "1950. The HGB met monthly.\n")
    club = find(entities, "HGB")
    assert club is None or "slow roasted lamb" not in {a.casefold() for a in club.aliases}
