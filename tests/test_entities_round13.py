"""Tests for the round-13 rules (a Markdown history of a maker and its products): a trading
name after Markdown emphasis, a firm's name without its legal form in a title, a nickname
given after the noun "nickname", a model's code used alone, and bold names read as written
mid-sentence. Small made-up documents."""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq


@needs_wordfreq
def test_a_trading_name_in_bold_joins_the_firm_the_description_stands_for():
    entities = extracted(
        "**Tolland & Brisk Ltd** was a maker of rope in the port of Quenby. The firm traded "
        "as **Marrack Cordage** from 1950 until it closed. Marrack Cordage sold rope to "
        "trawlers.\n")
    firm = find(entities, "Tolland & Brisk Ltd")
    assert firm is not None and find(entities, "Marrack Cordage") is firm


@needs_wordfreq
def test_a_title_writes_the_firm_without_its_legal_form():
    entities = extracted(
        "Tolland & Brisk: Sixty Years of Rope\n\n"
        "Tolland & Brisk Ltd was a maker of rope in the port of Quenby. In 1950 Tolland & "
        "Brisk Ltd opened a second works.\n")
    firm = find(entities, "Tolland & Brisk Ltd")
    assert firm is not None and "Tolland & Brisk" in firm.aliases


@needs_wordfreq
def test_a_name_after_the_noun_nickname_names_the_thing_the_sentence_refers_to():
    entities = extracted(
        "The firm's first engine was the **Dunsel Twin**, built from 1924. Its loud exhaust "
        "gave it the nickname \"the Grumbler\". Fishermen still speak of the Grumbler.\n")
    engine = find(entities, "Dunsel Twin")
    assert engine is not None and find(entities, "Grumbler") is engine


@needs_wordfreq
def test_a_model_code_alone_is_the_one_name_it_ends():
    entities = extracted(
        "In 1960 the firm launched the Perrow K7, a diesel for ferries. The Perrow K9 "
        "followed in 1968. The works in Ketterby still make the K7 under licence.\n")
    model = find(entities, "Perrow K7")
    assert model is not None and find(entities, "K7") is model
    assert find(entities, "Perrow K9") is not model


@needs_wordfreq
def test_a_model_code_two_names_end_joins_neither():
    entities = extracted(
        "The Perrow K7 was a diesel for ferries. The rival Wendle K7 was a petrol engine. "
        "Buyers confused the K7 of one maker with the other.\n")
    assert find(entities, "K7") not in (find(entities, "Perrow K7"), find(entities, "Wendle K7"))


@needs_wordfreq
def test_a_bold_name_mid_sentence_is_read_as_written_and_joins_its_dated_form():
    entities = extracted(
        "The rule set a limit for the noise of lowland boats. The rule was later taken into "
        "law by the **Lowland Rivers Act 1974**.\n\nThe boat needed changes to meet the 1989 "
        "limits of the **Lowland Rivers Act**.\n")
    act = find(entities, "Lowland Rivers Act")
    assert act is not None and find(entities, "Lowland Rivers Act 1974") is act
    assert act.entity_type == "document"
