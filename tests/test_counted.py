"""The counted-noun cue: "How many lamps …?" raises the claims that state a number of lamps
(invented examples; the engine is the small test corpus)."""

from __future__ import annotations

import time
from types import SimpleNamespace

import numpy as np
import pytest

from web import ranking, rescore
from web.boosts import raise_answers
from web.counted import counted_nouns, counting, counts_noun
from web.cues import states_amount


@pytest.mark.parametrize(
    "query, expected",
    [
        ("How many lamps did the keepers light?", {"lamp"}),
        ("How many oak barrels were sold?", {"oak", "barrel"}),
        ("In how many towns was the fair held?", {"town"}),
        ("How much rent per month did the mill pay?", {"rent"}),  # "per" ends it
        ("How much did the pier cost?", set()),  # nothing counted
        ("How long was the pier?", {"long"}),  # the measure's adjective (round 21)
        ("At low tide, how deep is the harbour?", {"deep"}),
        ("How could a diver tell how deep the harbour was?", set()),  # asks for a method
        ("How far was the pier from the town?", set()),  # no measure is written "far"
        ("What did the mayor count?", set()),
    ],
)
def test_counted_nouns_are_the_words_after_how_many(query, expected):
    assert counted_nouns(query) == frozenset(expected)


@pytest.mark.parametrize(
    "text, nouns, expected",
    [
        ("The keepers lit 40 lamps that winter.", {"lamp"}, True),
        ("Some 2,600 barrels had been sold.", {"barrel"}, True),
        ("Three new brass lamps arrived.", {"lamp"}, True),  # within three words
        ("About £7.5 a month was paid.", {"month"}, True),
        ("The lamps, all 40 of them, were lit.", {"lamp"}, False),  # the noun before it
        ("The tower is 30 metres tall and has a lamp.", {"lamp"}, False),
        ("The keepers lit the lamps.", {"lamp"}, False),  # no number
        ("The keepers lit 40 lamps.", set(), False),
    ],
)
def test_counts_noun_needs_a_number_right_before_the_noun(text, nouns, expected):
    assert counts_noun(text, frozenset(nouns)) is expected


def test_a_claim_counting_what_the_question_counts_gains_the_cue_twice(engine, monkeypatch):
    ranker = engine.ranker
    text = {c: engine.graph.nodes[c]["text"] for c in engine.claims}
    query = "How many restorations will the money pay for?"
    # Without the late re-scoring (MaxSim, section evidence), a score is the cues' plus the rest.
    monkeypatch.setattr(rescore, "LATE_WEIGHT", 0.0)
    monkeypatch.setattr(ranking, "ANSWER_TYPE_WEIGHT", 0.0)
    plain = {h.claim: h.score for h in ranker.rank(query, k=50, mode="graph")}
    monkeypatch.setattr(ranking, "ANSWER_TYPE_WEIGHT", 0.3)
    raised = {h.claim: h.score for h in ranker.rank(query, k=50, mode="graph")}
    assert set(raised) == set(plain)
    nouns = counted_nouns(query)
    counting = {c for c in plain if counts_noun(text[c], nouns)}
    numbers = {c for c in plain if states_amount(text[c])}
    assert counting and numbers - counting, "one claim counts restorations, others state years"
    for claim, score in plain.items():
        gain = 0.3 * (claim in numbers) + 0.3 * (claim in counting)
        assert np.isclose(raised[claim], score + gain), text[claim]


def test_counting_reads_only_the_rows_it_is_given():
    texts = ["The keepers lit 40 lamps.", "The lamps were lit.", "Nine lamps failed."]
    read = []

    def text(row):
        read.append(row)
        return texts[row]

    rows = np.array([2, 0, 1])
    nouns = counted_nouns("How many lamps were lit?")
    assert counting(rows, nouns, text).tolist() == [1.0, 1.0, 0.0]
    read.clear()
    among = np.array([False, True, False])
    assert counting(rows, nouns, text, among=among).tolist() == [0.0, 1.0, 0.0]
    assert read == [0]
    assert counting(rows, frozenset(), text).tolist() == [0.0, 0.0, 0.0]
    assert counting(rows, nouns, None).tolist() == [0.0, 0.0, 0.0]


def test_a_long_list_of_numbers_is_read_in_linear_time():
    # each part of "1.1.1…" once started a number whose lookahead read the rest (quadratic:
    # about 15 s for this claim); now well under a second
    claim = "The barrels were numbered " + "1." * 16000 + "1 in the ledger."
    start = time.perf_counter()
    assert not counts_noun(claim, frozenset({"barrel"}))
    assert time.perf_counter() - start < 1.0
    assert counts_noun("Some 2,600 barrels and 7.5 tonnes were sold.", frozenset({"barrel"}))
    assert counts_noun("Lot 1.5, 40 barrels.", frozenset({"barrel"}))


def test_a_rate_word_ends_what_is_counted():
    nouns = counted_nouns("How much money per year did the mill lose?")
    assert nouns == frozenset({"money"})
    assert not counts_noun("Its share fell by 12 per cent in the west.", nouns)
    assert counts_noun("It lost 400 pounds of money a year.", nouns)


def _raised(query: str, texts: list[str]) -> np.ndarray:
    """What :func:`web.boosts.raise_answers` adds to each of ``texts`` for ``query``."""
    flags = np.array([states_amount(t) for t in texts], dtype=np.float64)
    zeros = np.zeros(len(texts))
    tables = SimpleNamespace(states_amount=flags, states_date=zeros, states_place=zeros,
                             states_denial=zeros, gives_reason=zeros)
    values = np.zeros(len(texts))
    raise_answers(values, np.arange(len(texts)), query, tables=tables, text=texts.__getitem__,
                  reason_weight=0.2, answer_weight=0.3)
    return values


def test_a_how_long_question_raises_the_measure_written_before_long():
    texts = [
        "The Pelmor pier, built in 1884, was the town's pride.",  # a number, no measure
        "In 1884 the town built a timber pier 410 metres long and four metres wide.",
        "The pier was lit by 40 lamps.",
    ]
    raised = _raised("How long was the Pelmor pier?", texts)
    assert raised.tolist() == pytest.approx([0.3, 0.6, 0.3])


def test_a_duration_or_an_embedded_how_long_raises_no_measure():
    texts = ["The strike lasted 23 days.", "The pier, 410 metres long, was closed."]
    # a duration: no claim writes a number before "long" but the pier's length
    assert _raised("How long did the strike last?", texts).tolist() == pytest.approx([0.3, 0.6])
    # "how long" asked inside another question: the amount cue alone, as before round 21
    embedded = "Why did nobody know how long the pier was?"
    assert _raised(embedded, texts).tolist() == pytest.approx([0.3, 0.3])
