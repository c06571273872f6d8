""""the X device" words the one term "X ⟨head⟩" by its class noun
(:func:`kg.merging.generic_heads._device`). Invented sentences, with negatives in another genre."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def test_the_x_device_joins_the_one_x_term():
    entities, _ = with_mentions(
        "Valves\n"
        "In 1931 Ruth Tallis built the first **quennel-arc valve**. It was cheaper than the "
        "older tubes. Within a decade the quennel-arc device was in every radio set. The "
        "quennel-arc valve was made until 1960.\n")
    valve = find(entities, "quennel-arc valve")
    assert valve is not None and find(entities, "quennel-arc device") is valve


def test_the_x_device_stays_apart_when_two_x_terms_are_named():
    entities, _ = with_mentions(
        "Valves\n"
        "Ruth Tallis built the **quennel-arc valve** and the **quennel-arc lamp**. The "
        "quennel-arc device was sold in 1931. The quennel-arc valve was cheap and the "
        "quennel-arc lamp was not.\n")
    valve, lamp = find(entities, "quennel-arc valve"), find(entities, "quennel-arc lamp")
    device = find(entities, "quennel-arc device")
    assert valve is not None and lamp is not None and valve is not lamp
    assert device is not None and device is not valve and device is not lamp


def test_a_common_modifier_joins_no_machine_to_a_tool():
    # another genre: a kitchen column, where "the bread machine" is not "the bread knife"
    entities, _ = with_mentions(
        "Kitchen\n"
        "Edda Quorn tested the **bread knife** against the bread machine. The bread knife "
        "won, and the bread machine went back to the shop.\n")
    knife = find(entities, "bread knife")
    assert knife is not None and find(entities, "bread machine") is not knife


def test_a_political_machine_joins_no_party():
    # review rev14e: another genre, a political history; "the Pelmor machine" is a political
    # machine, not a wording of the party
    entities, _ = with_mentions(
        "Politics\n"
        "The **Pelmor party** won every election from 1890. Ruth Tallis ran the Pelmor "
        "machine. The Pelmor machine collapsed in 1920.\n")
    party = find(entities, "Pelmor party")
    assert party is not None and find(entities, "Pelmor machine") is not party
