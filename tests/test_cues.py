"""Answer cues: why-, amount, time, place and yes/no questions and the sentences that answer
them (invented examples)."""

from __future__ import annotations

import numpy as np
import pytest

from web import ranking, rescore
from web.cues import (
    gives_reason,
    states_amount,
    states_date,
    states_denial,
    states_place,
)
from web.question_cues import asks_amount, asks_date, asks_place, asks_polar, asks_why


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
    "query, expected",
    [
        # Round 38: a cause asked without "why".
        ("What prevented the crew from mooring the barge?", True),
        ("What made the new lantern brighter than the old ones?", True),
        ("What made bakers wary of the gas ovens?", True),
        ("what held back the spread of the ferry service", True),
        ("What limited how far the cable could run?", True),
        ("What led the guild to close its hall?", True),
        # Not a cause: what a thing is made of, an agent, or the verb later in the question.
        ("What made up the crew of the barge?", False),
        ("What drove the pumps at the mill?", False),
        ("What is the lantern made of?", False),
        ("Who made the first lantern?", False),
        ("What did the storm prevent?", False),
    ],
)
def test_asks_why_counts_a_cause_asked_without_why(query, expected):
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
        # Round 20: the unambiguous forms of "since", "thus", "which is why" and "led … to".
        ("The dye was dropped, since it faded in sunlight.", True),
        ("The mill flooded twice, which is why its owners moved it uphill.", True),
        ("The roof held, thus the hall stayed dry.", True),
        ("The collapse led the council to ban timber roofs.", True),
        ("The fire led to new rules on lamps.", True),
        ("The guild has met every spring, since 1820.", False),  # temporal after a comma
        ("The shop has since moved to the harbour.", False),  # "has since": temporal
        ("Attendance fell, since then, by a third.", False),
        ("Since the flood the square has been a car park.", False),  # opening: ambiguous
        ("She led the choir for twenty years.", False),  # "led" without "to"
        ("The becauseway is not a word.", False),
    ],
)
def test_gives_reason_finds_causal_connectives_only(text, expected):
    assert gives_reason(text) is expected


def test_why_questions_raise_claims_that_give_a_reason(engine, monkeypatch):
    ranker = engine.ranker
    monkeypatch.setattr(rescore, "FOLLOW_WEIGHT", 0.0)  # the cue alone: no share to successors
    # nor to the section's second best or, through the head's median, to lone claims
    monkeypatch.setattr(rescore, "SECOND_SHARE", 0.0)
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
    # Round 38: a cause asked without "why" raises the same claims.
    monkeypatch.setattr(ranking, "REASON_WEIGHT", 0.2)
    cause = "What prompted growers to graft cuttings of old trees?"
    caused = {h.claim: h.score for h in ranker.rank(cause, k=50, mode="graph")}
    monkeypatch.setattr(ranking, "REASON_WEIGHT", 0.0)
    flat = {h.claim: h.score for h in ranker.rank(cause, k=50, mode="graph")}
    lifted = [c for c in reasons if c in caused and c in flat]
    assert lifted and all(np.isclose(caused[c], flat[c] + 0.2) for c in lifted)
    # A question that does not ask why is ranked as before.
    what = "What did the trust raise money for?"
    monkeypatch.setattr(ranking, "REASON_WEIGHT", 0.0)
    before = [(h.claim, h.score) for h in ranker.rank(what, k=10, mode="graph")]
    monkeypatch.setattr(ranking, "REASON_WEIGHT", 0.2)
    assert [(h.claim, h.score) for h in ranker.rank(what, k=10, mode="graph")] == before


@pytest.mark.parametrize(
    "query, amount, date",
    [
        ("How many boats did the yard build?", True, False),
        ("By how much did the fare rise?", True, False),
        ("How long was the pier?", True, False),
        ("What share of the members voted?", True, False),
        ("Which percentage of the land is forest?", True, False),
        ("When did the ferry stop running?", False, True),
        ("  “When was the mill built?”", False, True),
        ("In what year did the school open?", False, True),
        ("How did the club raise the money?", False, False),
        ("What did the mayor say about the bridge?", False, False),
        ("Who ran the bakery when it opened?", False, False),  # "when" not asked for
        ("Which town hosted the fair?", False, False),
    ],
)
def test_amount_and_time_questions(query, amount, date):
    assert asks_amount(query) is amount
    assert asks_date(query) is date


@pytest.mark.parametrize(
    "text, amount, date",
    [
        ("The bridge is 420 metres long.", True, False),
        ("About three hundred people came.", True, False),
        ("Membership doubled to twice its size.", True, False),
        ("The mill was built in 1862.", True, True),
        ("Work began in the 1950s.", True, True),
        ("The fair is held every March.", False, True),
        ("The abbey dates from the twelfth century.", False, True),
        ("The ferry stopped running once the bridge opened.", False, False),
        ("One of the first members may march with the band.", False, False),  # "one", "first"
        ("The tenants were often late.", False, False),
    ],
)
def test_sentences_that_state_a_number_or_a_date(text, amount, date):
    assert states_amount(text) is amount
    assert states_date(text) is date


@pytest.mark.parametrize(
    "query, states",
    [
        ("How much money did the trust collect?", states_amount),
        ("When did the lighthouse charity begin?", states_date),
        ("Where was the first grafting workshop held?", states_place),
        ("Do apple seeds grow true to their parent?", states_denial),
    ],
)
def test_cued_questions_raise_claims_that_answer_them(engine, query, states, monkeypatch):
    ranker = engine.ranker
    text = {c: engine.graph.nodes[c]["text"] for c in engine.claims}
    # Without the late re-scoring (MaxSim, section evidence), a score is the cue's plus the rest.
    monkeypatch.setattr(rescore, "LATE_WEIGHT", 0.0)
    monkeypatch.setattr(ranking, "ANSWER_TYPE_WEIGHT", 0.0)
    plain = {h.claim: h.score for h in ranker.rank(query, k=50, mode="graph")}
    monkeypatch.setattr(ranking, "ANSWER_TYPE_WEIGHT", 0.3)
    raised = {h.claim: h.score for h in ranker.rank(query, k=50, mode="graph")}
    assert set(raised) == set(plain)
    stating = {c for c in plain if states(text[c])}
    assert stating and set(plain) - stating, query
    for claim, score in plain.items():
        assert np.isclose(raised[claim], score + (0.3 if claim in stating else 0.0))


def test_a_question_without_a_cue_is_ranked_as_before(engine, monkeypatch):
    # Late interaction included.
    ranker = engine.ranker
    what = "What did the trust raise money for?"
    monkeypatch.setattr(ranking, "ANSWER_TYPE_WEIGHT", 0.0)
    before = [(h.claim, h.score) for h in ranker.rank(what, k=10, mode="graph")]
    monkeypatch.setattr(ranking, "ANSWER_TYPE_WEIGHT", 0.3)
    assert [(h.claim, h.score) for h in ranker.rank(what, k=10, mode="graph")] == before


@pytest.mark.parametrize(
    "query, place, polar",
    [
        ("Where did the founders meet?", True, False),
        ("  “Where was the mill built?”", True, False),
        ("In which town did the fair begin?", True, False),
        ("Did taxpayers have to rescue the bank?", False, True),
        ("Is the bridge busier than expected?", False, False),  # compares: round 27
        ("Was the warden more a farmer or a scholar?", False, False),  # a choice of two
        ("Does the larger oven bake hotter than the old one?", False, False),
        ("Do visitors pay a fee, or can they enter freely?", False, True),  # two yes/no clauses
        ("Can the lichen grow without light, or does it need sun?", False, True),
        ("Is the orbit nearer to the sun in winter?", False, True),
        ("Did the council approve the plan or not?", False, True),  # "or not" asks yes or no
        ("Did the Sink or Swim Club close?", False, True),  # an "or" inside a name
        ("Is Quendrow or Kelby older?", False, False),  # a choice between two names
        ("Did the mill employ more than fifty hands?", False, True),  # a bound, no comparison
        ("Did anyone other than Kelby sign?", False, True),
        ("Can the trust patent its seeds?", False, True),
        ("Isn't the ferry still running?", False, True),  # negated auxiliary
        ("Didn’t they sell the mill?", False, True),
        ("Doesn't anyone keep the lamp?", False, True),
        ("Who said where the mill stood?", False, False),  # "where" not asked for
        ("What did the council decide?", False, False),
        ("Why did the ferry stop?", False, False),
        ("Which year did it open?", False, False),
        ("Island hopping: how did it start?", False, False),  # "is" only as part of a word
    ],
)
def test_place_and_yes_no_questions(query, place, polar):
    assert asks_place(query) is place
    assert asks_polar(query) is polar


@pytest.mark.parametrize(
    "text, place, denial",
    [
        ("They met at the Wheatsheaf Inn to plan the trust.", True, False),
        ("Operations are run from an office in Chicago.", True, False),
        ("The bank did not need public money.", False, True),
        ("The inspector didn’t blame the crew.", False, True),
        ("No member was paid, and none complained.", False, True),
        ("In 1958 the firm moved to Wharfside Lane.", True, False),
        ("Ruth Okonjo was born in Örebro.", True, False),  # a capital beyond ASCII
        ("The lamp was shipped to Ålvik.", True, False),
        ("The lamp was shipped to Émile's yard.", True, False),
        ("The mill stood in ödeland for a century.", False, False),  # lower-case, not a name
        ("In 1958 the firm moved.", False, False),  # the capital is the sentence's first word
        ("The mill stood in the valley for a century.", False, False),  # no name after it
        ("Work moved to a mill in the inland city of Vellmoor.", True, False),  # "of" a name
        ("They sailed from the old port of Sarnholt.", True, False),
        ("It rose in the course of the year.", False, False),  # "of" before no name
        ("It rose in the first three years of Tallis's tenure.", False, False),  # too far
        ("Nobody knows the notion's origin.", False, False),  # "not" only inside words
    ],
)
def test_sentences_that_name_a_place_or_deny(text, place, denial):
    assert states_place(text) is place
    assert states_denial(text) is denial
