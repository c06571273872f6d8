"""A long form before ", or ACRONYM" is the acronym's expansion when either side is set in
emphasis (:func:`kg.merging.acronyms.definitions`): an italic long form, "the *varn quartz
interference device*, or VQUID", or a bold or italic acronym, "signal lamp, or **QDSL**".
Invented sentences, with negatives in another genre."""

from __future__ import annotations

import pytest

from tests.test_entities import find, with_mentions


@pytest.mark.parametrize(("text", "acronym", "long_form"), [
    pytest.param("Devices\nTuned coils are the heart of the *varn quartz interference device*, "
                 "or VQUID, first built in 1964 at Harrenby. A VQUID can detect very weak "
                 "fields.\n", "VQUID", "varn quartz interference device", id="italic-long-form"),
    pytest.param("Lamps\nIn 1931 Ruth Tallis built the first working quennel-discharge signal "
                 "lamp, or **QDSL**, in a shed near the river. The QDSL was cheap to run.\n",
                 "QDSL", "quennel-discharge signal lamp", id="bold-acronym"),
    pytest.param("Lamps\nThe works made the quennel-discharge signal lamp, or *QDSL*, from "
                 "1931. Each QDSL was tested twice.\n",
                 "QDSL", "quennel-discharge signal lamp", id="italic-acronym"),
])
def test_an_emphasised_side_of_or_and_an_acronym_is_one_entity(text, acronym, long_form):
    entity = find(with_mentions(text)[0], acronym)
    assert entity is not None and entity.label.casefold() == long_form


@pytest.mark.parametrize(("text", "acronym", "owner"), [
    # another genre: a recipe set in italics, and a club's initials after it
    pytest.param("Suppers\nMembers cooked *slow roasted lamb*, or OSC, at the Ostley Supper "
                 "Club in 1950. The OSC met monthly.\n", "OSC", "Ostley Supper Club",
                 id="italic-dish"),
    # the same with a bold club acronym after a plain dish
    pytest.param("Suppers\nMembers cooked a slow roasted lamb, or **HGB**, at the Harlowe "
                 "Guild of Bakers in 1950. The HGB met monthly.\n", "HGB",
                 "Harlowe Guild of Bakers", id="bold-club"),
])
def test_a_phrase_whose_initials_do_not_spell_the_acronym_is_no_expansion(text, acronym, owner):
    entity = find(with_mentions(text)[0], acronym)
    assert entity is not None and entity.label == owner
    assert "slow roasted lamb" not in {a.casefold() for a in entity.aliases}
