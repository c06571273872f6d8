"""An italic long form before ", or ACRONYM" is the acronym's expansion
(:func:`kg.merging.acronyms.definitions`): "the *varn quartz interference device*, or VQUID".
Invented sentences, with a negative in another genre."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def test_an_italic_long_form_before_or_and_its_acronym_is_one_entity():
    entities, _ = with_mentions(
        "Devices\n"
        "Tuned coils are the heart of the *varn quartz interference device*, or VQUID, "
        "first built in 1964 at Harrenby. A VQUID can detect very weak fields.\n")
    device = find(entities, "VQUID")
    assert device is not None and device.label.casefold() == "varn quartz interference device"


def test_an_italic_phrase_whose_initials_do_not_spell_the_acronym_is_no_expansion():
    # another genre: a recipe set in italics, and a club's initials after it
    entities, _ = with_mentions(
        "Suppers\n"
        "Members cooked *slow roasted lamb*, or OSC, at the Ostley Supper Club in 1950. The "
        "OSC met monthly.\n")
    club = find(entities, "OSC")
    assert club is not None and club.label == "Ostley Supper Club"
    assert "slow roasted lamb" not in {a.casefold() for a in club.aliases}
