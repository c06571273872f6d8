"""Answer cues: why-questions and sentences that state a reason (invented examples)."""

from __future__ import annotations

import numpy as np
import pytest

from web import ranking
from web.cues import asks_why, gives_reason


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Why did the ferry stop running?", True),
        ("why is the lake green", True),
        ("  “Why do owls hunt at night?”", True),
        ("How come the bakery closed early?", True),
        ("What is the reason the mill closed?", False),
        ("Who explained why the bridge fell?", False),
        ("When did the whyte family arrive?", False),
        ("How did the club raise the money?", False),
    ],
)
def test_asks_why_only_when_the_question_opens_with_it(query, expected):
    assert asks_why(query) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ferry stopped because the pier had rotted.", True),
        ("Fees rose, so many members left.", True),
        ("The dam was raised so that the valley would not flood again.", True),
        ("Prices fell due to a glut of wool.", True),
        ("As a result, the town lost its market.", True),
        ("The council therefore sold the land.", True),
        ("Owls hunt at night in order to avoid hawks.", True),
        ("The ferry stopped running in 1962.", False),
        ("It was so cold that the lake froze.", False),  # an intensifier, not a reason
        ("Since 1990 the club has met on Fridays.", False),  # temporal
        ("The becauseway is not a word.", False),
    ],
)
def test_gives_reason_finds_causal_connectives_only(text, expected):
    assert gives_reason(text) is expected


def test_why_questions_raise_claims_that_give_a_reason(engine, monkeypatch):
    ranker = engine.ranker
    query = "Why do growers graft cuttings of old trees?"
    monkeypatch.setattr(ranking, "REASON_WEIGHT", 0.0)
    plain = {h.claim: h.score for h in ranker.rank(query, k=50, mode="graph")}
    monkeypatch.setattr(ranking, "REASON_WEIGHT", 0.2)
    raised = {h.claim: h.score for h in ranker.rank(query, k=50, mode="graph")}
    reasons = {c for c in plain if gives_reason(engine.graph.nodes[c]["text"])}
    assert reasons, "the corpus's grafting sentence gives a reason ('because apple seeds …')"
    others = set(plain) - reasons
    assert others and all(np.isclose(raised[c], plain[c]) for c in others if c in raised)
    for claim in reasons:
        assert np.isclose(raised[claim], plain[claim] + 0.2)
    # A question that does not ask why is ranked as before.
    what = "What did the trust raise money for?"
    monkeypatch.setattr(ranking, "REASON_WEIGHT", 0.0)
    before = [(h.claim, h.score) for h in ranker.rank(what, k=10, mode="graph")]
    monkeypatch.setattr(ranking, "REASON_WEIGHT", 0.2)
    assert [(h.claim, h.score) for h in ranker.rank(what, k=10, mode="graph")] == before
