"""Round 5 of graph-mode ranking: section evidence in the re-scored head (round 33: no entity head)."""

from __future__ import annotations

import time

import networkx as nx
import numpy as np
import pytest

from web import rescore
from web.claimrows import lead_rows, section_rows
from web.rescore import predecessor_value, section_best


def test_section_best_is_the_best_value_of_each_section_itself_included():
    sections = np.array([0, 0, 1, -1, -1, 0])
    values = np.array([1.0, 3.0, 2.0, 5.0, 4.0, -1.0])
    assert section_best(sections, values).tolist() == [3.0, 3.0, 2.0, 5.0, 4.0, 3.0]


def test_section_evidence_may_blend_the_best_with_the_second_best():
    sections = np.array([0, 0, 1, -1, 0, 2, 2])
    values = np.array([1.0, 3.0, 2.0, 5.0, -1.0, 4.0, 4.0])
    got = section_best(sections, values, second=0.25)
    # Section 0: 0.75 × 3 + 0.25 × 1; section 2 holds two equal bests. Section 1 and the
    # claim without one stand alone: their second is the median of all (3.0), or their own
    # value when lower (section 1: 2.0 stays 2.0; the lone 5.0 gets 0.75 × 5 + 0.25 × 3).
    assert got.tolist() == pytest.approx([2.5, 2.5, 2.0, 4.5, 2.5, 4.0, 4.0])
    assert section_best(sections, values, second=0.0).tolist() == [3.0, 3.0, 2.0, 5.0, 3.0, 4.0, 4.0]


def test_section_best_of_nothing_is_empty():
    assert section_best(np.zeros(0, dtype=np.int64), np.zeros(0)).shape == (0,)


def test_claims_without_a_section_stand_alone():
    # Two claims outside any section never lift each other, however far apart their scores.
    assert section_best(np.array([-1, -1]), np.array([0.1, 0.9])).tolist() == [0.1, 0.9]


def test_section_rows_number_sections_and_leave_the_rest_at_minus_one():
    graph = nx.MultiDiGraph()
    for claim, section in (("c1", "s1"), ("c2", "s2"), ("c3", "s1")):
        graph.add_edge(claim, section, key="in_section", relation="in_section")
    graph.add_edge("c4", "document:d", key="in_document", relation="in_document")
    rows = section_rows(graph, ["c1", "c2", "c3", "c4"])
    assert rows[0] == rows[2] != rows[1]
    assert rows[0] >= 0 and rows[1] >= 0 and rows[3] == -1


def _sections(engine, hits):
    ranker = engine.ranker
    row_of = {claim: row for row, claim in enumerate(ranker.claims)}
    return ranker._section[[row_of[h.claim] for h in hits]]


def test_head_scores_gain_their_sections_best_score(engine, monkeypatch):
    monkeypatch.setattr(rescore, "FOLLOW_WEIGHT", 0.0)
    monkeypatch.setattr(rescore, "LATE_DEPTH", 8)
    query = "How are the lighthouse towers repaired?"
    monkeypatch.setattr(rescore, "SECTION_WEIGHT", 0.0)
    plain = engine.ranker.rank(query, k=100, mode="graph")
    monkeypatch.setattr(rescore, "SECTION_WEIGHT", 1.0)
    monkeypatch.setattr(rescore, "SECOND_SHARE", 0.0)
    lifted = engine.ranker.rank(query, k=100, mode="graph")
    head = plain[:8]
    assert {h.claim for h in lifted[:8]} == {h.claim for h in head}  # the head stays ahead
    sections = _sections(engine, head)
    assert len(set(sections.tolist())) < len(head)  # some section holds two head claims
    expected = {
        h.claim: h.score + max(o.score for o, s in zip(head, sections) if s == section)
        for h, section in zip(head, sections)
    }
    got = {h.claim: h.score for h in lifted[:8]}
    assert got == pytest.approx(expected)
    # With a share of the second best: a section of two or more head claims gains the blend.
    monkeypatch.setattr(rescore, "SECOND_SHARE", 0.2)
    blended = engine.ranker.rank(query, k=100, mode="graph")

    median = float(np.median([h.score for h in head]))

    def evidence(section):
        scores = sorted((o.score for o, s in zip(head, sections) if s == section), reverse=True)
        return 0.8 * scores[0] + 0.2 * (scores[1] if len(scores) > 1 else min(scores[0], median))

    expected = {h.claim: h.score + evidence(section) for h, section in zip(head, sections)}
    assert {h.claim: h.score for h in blended[:8]} == pytest.approx(expected)
    assert expected != pytest.approx({h.claim: h.score for h in lifted[:8]})
    # Below the head nothing changes.
    assert [(h.claim, h.score) for h in lifted[8:]] == [(h.claim, h.score) for h in plain[8:]]


class _Bags:
    """Late-interaction scores given per claim row (and no echo)."""

    def __init__(self, late: dict[int, float]):
        self.late = late

    def match(self, tokens, rows, **context):
        return np.array([self.late.get(int(r), 0.0) for r in rows]), np.zeros(len(rows))


def _late(monkeypatch, *, depth, late=None, sections=None):
    monkeypatch.setattr(rescore, "LATE_DEPTH", depth)
    monkeypatch.setattr(rescore, "LATE_WEIGHT", 1.0)
    monkeypatch.setattr(rescore, "SECTION_WEIGHT", 0.0 if sections is None else 1.0)
    monkeypatch.setattr(rescore, "SECOND_SHARE", 0.0)  # the section's best alone
    monkeypatch.setattr(rescore, "FOLLOW_WEIGHT", 0.0)
    candidates = np.arange(10)[::-1]  # rows 9 … 0, so positions and rows differ
    values = np.linspace(0.1, 1.0, 10)  # row r scores 1.0 - 0.1 r: row 0 is best
    order = np.argsort(-values, kind="stable")
    new = rescore.rescore_head(
        order, candidates, values, None, bags=_Bags(late or {}),
        sections=np.full(10, -1) if sections is None else np.asarray(sections),
    )
    return candidates[new].tolist()


def test_only_the_best_candidates_are_rescored_and_stay_ahead(monkeypatch):
    # Rows by first-stage score: 0, 1, …, 9 (row 0 best); head of three: rows 0, 1, 2.
    assert _late(monkeypatch, depth=3) == list(range(10))
    # A strong MaxSim reorders the head: row 2 passes rows 0 and 1.
    assert _late(monkeypatch, depth=3, late={2: 0.9}) == [2, 0, 1, *range(3, 10)]
    # A claim below the head is not re-scored (round 33 removed the entity head, which let
    # claims naming a query entity join it), however well it would match, and the head stays
    # ahead of it.
    assert _late(monkeypatch, depth=3, late={8: 0.9, 6: 0.9}) == list(range(10))


def test_section_evidence_reorders_only_the_head(monkeypatch):
    # Head rows 0 … 3 score 1.0, 0.9, 0.8 + 0.6 (MaxSim) and 0.7. Rows 2 and 3 share a
    # section (with row 9, outside the head): each gains 1.4, the others their own score.
    sections = [-1, -1, 5, 5, -1, -1, -1, -1, -1, 5]
    assert _late(monkeypatch, depth=4, late={2: 0.6}) == [2, 0, 1, 3, *range(4, 10)]
    got = _late(monkeypatch, depth=4, late={2: 0.6}, sections=sections)
    assert got == [2, 3, 0, 1, *range(4, 10)]


def test_predecessor_value_is_the_score_of_the_claim_before_in_the_same_section():
    previous = np.array([-1, 0, 1, 2, 3, 4])
    sections = np.array([0, 0, 0, 1, 1, -1])
    rows = np.array([2, 1, 4, 3, 5])  # row 0 is not an item
    values = np.array([3.0, 2.0, 5.0, 4.0, 6.0])
    # 2 ← 1 (same section): 2.0; 1 ← 0 (not an item): 0; 4 ← 3: 4.0; 3 ← 2 (another
    # section): 0; 5 ← 4 (5 has no section, 4 has one): 0.
    got = predecessor_value(rows, values, previous, sections)
    assert got.tolist() == [2.0, 0.0, 4.0, 0.0, 0.0]
    nothing = np.zeros(0, dtype=np.int64)
    assert predecessor_value(nothing, np.zeros(0), previous, sections).shape == (0,)


def test_the_claim_after_a_strong_one_gains_a_share_of_its_score(monkeypatch):
    monkeypatch.setattr(rescore, "LATE_DEPTH", 4)
    monkeypatch.setattr(rescore, "LATE_WEIGHT", 1.0)
    monkeypatch.setattr(rescore, "SECTION_WEIGHT", 0.0)
    previous = np.arange(-1, 9)  # row r follows row r - 1
    tables = {"bags": _Bags({}), "sections": np.zeros(10, dtype=np.int64), "previous": previous}
    candidates = np.arange(10)
    # Head: row 0 (1.0), row 5 (0.95), row 1 (0.9), row 7 (0.5); the rest below it.
    values = np.array([1.0, 0.9, 0.1, 0.2, 0.3, 0.95, 0.0, 0.5, 0.05, 0.4])
    order = np.argsort(-values, kind="stable")
    monkeypatch.setattr(rescore, "FOLLOW_WEIGHT", 0.1)
    new = rescore.rescore_head(order, candidates, values.copy(), None, **tables)
    # Row 1 follows row 0 (1.0 × 0.1): 1.0 > 0.95, so it passes row 5; row 7's predecessor
    # (row 6) is not in the head, and rows below the head keep their order.
    assert candidates[new].tolist() == [0, 1, 5, 7, 9, 4, 3, 2, 8, 6]
    monkeypatch.setattr(rescore, "FOLLOW_WEIGHT", 0.0)
    new = rescore.rescore_head(order, candidates, values.copy(), None, **tables)
    assert candidates[new].tolist() == [0, 5, 1, 7, 9, 4, 3, 2, 8, 6]


def test_late_interaction_also_looks_at_the_claim_before_each_head_claim(monkeypatch):
    class Recording(_Bags):
        def match(self, tokens, rows, **context):
            self.seen = (np.asarray(rows).tolist(), context)
            return super().match(tokens, rows)

    monkeypatch.setattr(rescore, "LATE_DEPTH", 3)
    previous = np.arange(-1, 9)  # row r follows row r - 1
    candidates = np.array([4, 0, 7, 2])
    order = np.array([1, 0, 3, 2])  # rows 0, 4, 2 form the head
    bags = Recording({})
    monkeypatch.setattr(rescore, "PREVIOUS_WEIGHT", 0.6)
    rescore.rescore_head(
        order, candidates, np.zeros(4), None, bags=bags,
        sections=np.zeros(10, dtype=np.int64), previous=previous,
    )
    rows, context = bags.seen
    assert rows == [0, 4, 2]
    assert context["context"].tolist() == [-1, 3, 1] and context["context_weight"] == 0.6
    monkeypatch.setattr(rescore, "PREVIOUS_WEIGHT", 0.0)
    rescore.rescore_head(
        order, candidates, np.zeros(4), None, bags=bags,
        sections=np.zeros(10, dtype=np.int64), previous=previous,
    )
    assert bags.seen == ([0, 4, 2], {})


def test_a_list_items_lead_is_the_sentence_that_introduces_its_list():
    # Rows: 0 "The Pelmor kiln ran through three firings:", 1 … 3 its items, 4 a sentence
    # after the list, 5 an item of a list that opens a new section (no lead-in there), 6 an
    # item whose section has a lead-in in another section only.
    graph = nx.MultiDiGraph()
    claims = [f"c{i}" for i in range(7)]
    for i, claim in enumerate(claims):
        graph.add_node(claim, kind="claim", list_item=i in (1, 2, 3, 5, 6))
    previous = np.array([-1, 0, 1, 2, 3, -1, 5])
    sections = np.array([0, 0, 0, 0, 0, 1, 2])
    lead = lead_rows(graph, claims, previous, sections)
    assert lead.tolist() == [-1, 0, 0, 0, 3, -1, 5]


def test_late_interaction_reads_a_list_items_lead_when_given(monkeypatch):
    class Recording(_Bags):
        def match(self, tokens, rows, **context):
            self.seen = (np.asarray(rows).tolist(), context)
            return super().match(tokens, rows)

    monkeypatch.setattr(rescore, "LATE_DEPTH", 3)
    monkeypatch.setattr(rescore, "PREVIOUS_WEIGHT", 0.6)
    previous = np.arange(-1, 9)
    lead = previous.copy()
    lead[[3, 4]] = 1  # rows 2 … 4 are the items of a list that row 1 introduces
    bags = Recording({})
    rescore.rescore_head(
        np.arange(3), np.array([4, 0, 3]), np.zeros(3), None, bags=bags,
        sections=np.zeros(10, dtype=np.int64), previous=previous, lead=lead,
    )
    assert bags.seen[1]["context"].tolist() == [1, -1, 1]


def test_the_leads_of_a_long_list_are_found_in_one_pass():
    # A glossary of 20,000 items under one lead-in, then a section that is one list with no
    # lead-in at all: a walk back from each item to its lead-in would take 2 × 10^8 steps.
    n = 20_000
    graph = nx.MultiDiGraph()
    claims = [f"c{i}" for i in range(2 * n + 1)]
    for i, claim in enumerate(claims):
        graph.add_node(claim, kind="claim", list_item=i > 0)
    previous = np.arange(-1, 2 * n)
    previous[n + 1] = -1  # the second section's list starts its document
    sections = np.repeat([0, 1], [n + 1, n])
    tick = time.perf_counter()
    lead = lead_rows(graph, claims, previous, sections)
    assert time.perf_counter() - tick < 2.0
    assert (lead[1 : n + 1] == 0).all()
    assert np.array_equal(lead[n + 1 :], previous[n + 1 :])  # no lead-in: the item before


def test_the_lead_walk_ends_in_a_damaged_order_that_loops():
    # Repeated items are one claim each, so "yes, no, yes" links the two both ways.
    graph = nx.MultiDiGraph()
    claims = ["yes", "no"]
    for claim in claims:
        graph.add_node(claim, kind="claim", list_item=True)
    lead = lead_rows(graph, claims, np.array([1, 0]), np.zeros(2, dtype=np.int64))
    assert lead.tolist() == [1, 0]


def test_a_list_items_second_sentence_reads_its_own_items_first(tmp_path):
    from kg.documents import read_documents
    from kg.graph import build_graph, claim_ids
    from kg.splitter import split_document
    from web.derived import derive

    article = tmp_path / "kiln.md"
    article.write_text(
        "# The Pelmor kiln\n\n"
        "The Pelmor kiln had three firings:\n\n"
        "1. The biscuit firing hardened the clay.\n"
        "2. The glaze firing fused the coat. It ran at the kiln's highest heat.\n"
        "3. The enamel firing set the painted marks.\n",
        encoding="utf-8",
    )
    doc = read_documents([article])[0]
    sections, sentences = split_document(doc)
    graph = build_graph([doc], sections, sentences)
    claims = claim_ids(graph)
    row = {graph.nodes[c]["text"]: r for r, c in enumerate(claims)}
    lead = derive(graph, claims).lead
    # "It" is the glaze firing: the second sentence of an item reads the item's first, and
    # the next item still reads the list's lead-in.
    assert lead[row["It ran at the kiln's highest heat."]] == row["The glaze firing fused the coat."]
    assert lead[row["The glaze firing fused the coat."]] == row["The Pelmor kiln had three firings:"]
    assert lead[row["The enamel firing set the painted marks."]] == row[
        "The Pelmor kiln had three firings:"]
