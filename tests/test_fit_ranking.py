"""benchmarks/fit_ranking.py and head_model.py: the replay of graph mode's head, its score model and the fits."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from web import rescore

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import fit_ranking as fr
import head_model as hm
from ranking_features import BASE, FEATURES, current_weights, head_features, stems

P = len(FEATURES)


def _question(cosines, *, sections=None, before=None, correct=(), rows=None, rest=(), group=None):
    """A head whose only non-zero feature is the cosine, on rows 10, 11, … unless given."""
    h = len(cosines)
    x = np.zeros((h, P))
    x[:, 0] = cosines
    return hm.Question(
        x=x,
        rows=np.asarray(rows if rows is not None else range(10, 10 + h)),
        sections=np.asarray(sections if sections is not None else range(h)),
        before=np.asarray(before if before is not None else [-1] * h),
        rest=np.asarray(rest, dtype=np.int64),
        group=group or {},
        correct=set(correct),
    )


def _params(*, section=0.0, follow=0.0, **weights):
    params = np.zeros(P + 2)
    params[0] = 1.0
    for name, value in weights.items():
        params[FEATURES.index(name)] = value
    params[-2:] = section, follow
    return params


def test_the_head_is_ordered_by_score_with_ties_by_row_and_goes_before_the_rest():
    q = _question([0.2, 0.5, 0.5], rest=[3, 4])
    assert hm.ranked_rows(q, _params()) == [11, 12, 10, 3, 4]
    assert hm.ranked_rows(q, _params(), k=2) == [11, 12]


def test_section_evidence_lifts_a_claim_whose_section_holds_the_best_score(monkeypatch):
    # Rows 10 and 11 share a section whose best is 0.6; row 12 stands alone at 0.5 (so it
    # doubles: 1.0), while row 11 gains its section's 0.6 (1.05).
    monkeypatch.setattr(rescore, "SECOND_SHARE", 0.0)
    q = _question([0.6, 0.45, 0.5], sections=[0, 0, 1])
    assert hm.ranked_rows(q, _params()) == [10, 12, 11]
    assert hm.ranked_rows(q, _params(section=1.0)) == [10, 11, 12]
    z = hm.linearised(q, _params(section=1.0))
    assert z[:, -2].tolist() == pytest.approx([0.6, 0.6, 0.5])
    # The replay blends the section's second best in as the code does: 0.8 × 0.6 + 0.2 × 0.45.
    monkeypatch.setattr(rescore, "SECOND_SHARE", 0.2)
    z = hm.linearised(q, _params(section=1.0))
    assert z[:, -2].tolist() == pytest.approx([0.57, 0.57, 0.5])


def test_the_follow_term_adds_the_score_of_the_head_claim_before():
    q = _question([0.6, 0.3, 0.35], before=[-1, 0, -1])
    assert hm.ranked_rows(q, _params()) == [10, 12, 11]
    assert hm.ranked_rows(q, _params(follow=0.1)) == [10, 11, 12]
    z = hm.linearised(q, _params(follow=0.1))
    assert z[:, -1].tolist() == pytest.approx([0.0, 0.6, 0.0])


def test_near_duplicates_fold_into_the_best_ranked_and_ranks_count_after_folding():
    q = _question([0.9, 0.8, 0.1], correct=[12], group={10: "g", 11: "g"})
    assert hm.ranked_rows(q, _params()) == [10, 12]
    assert hm.first_rank(q, _params()) == 2
    assert hm.first_rank(q, _params(), k=1) is None


def test_a_fixed_question_keeps_its_first_stage_order():
    q = _question([0.1, 0.9], correct=[10])
    q.fixed = True
    assert hm.first_rank(q, _params()) == 1


def _separable():
    """Two sets where the answer has the lower cosine but a reason cue."""
    sets = []
    for offset in (0, 100):
        questions = []
        for i in range(4):
            q = _question([0.6, 0.5], rows=[offset + 2 * i, offset + 2 * i + 1])
            q.x[1, FEATURES.index("reason")] = 1.0
            q.correct = {offset + 2 * i + 1}
            questions.append(q)
        sets.append(questions)
    return sets


def test_coordinate_ascent_moves_only_free_weights_and_raises_mrr():
    sets = _separable()
    start = _params()
    scales = np.full(P + 2, 0.5)  # the gap is 0.1: one step of a tenth of a scale is a tie
    free = np.zeros(P + 2, dtype=bool)
    free[FEATURES.index("reason")] = True
    params, value = fr.fit(sets, start, scales, free=free)
    assert hm.objective(sets, start) == pytest.approx(0.5 + 0.01)
    assert value == pytest.approx(1.0 + 0.01)
    assert params[FEATURES.index("reason")] > 0.1
    assert np.array_equal(params[~free], start[~free])


@pytest.mark.parametrize("listwise", [False, True])
def test_logistic_fits_keep_the_cosine_at_one_and_find_the_cue(listwise):
    sets = _separable()
    start = _params()
    free = np.zeros(P + 2, dtype=bool)
    free[FEATURES.index("reason")] = True
    params, _ = fr.logistic_fit(sets, start, free=free, l2=0.001, listwise=listwise)
    assert params[0] == 1.0
    assert params[FEATURES.index("reason")] > 0.1
    assert hm.objective(sets, params) > hm.objective(sets, start)


def test_current_weights_are_the_code_constants():
    from web import rescore, weights

    params, scales, free = current_weights()
    assert len(params) == P + 2 and free[:BASE].all() and not free[BASE:P].any()
    assert params[FEATURES.index("late")] == rescore.LATE_WEIGHT
    assert params[FEATURES.index("echo")] == -rescore.ECHO_WEIGHT
    assert params[FEATURES.index("entity")] == weights.ENTITY_WEIGHT
    assert params[-2] == rescore.SECTION_WEIGHT and params[-1] == rescore.FOLLOW_WEIGHT
    assert (scales > 0).all()


def test_stems_drop_stop_words_and_match_inflections():
    assert stems("Why were the lamps lit?") == stems("a lamp lighting") - {"light"} | {"lit"}
    assert "the" not in stems("the lamps")


def test_the_replay_at_the_current_constants_is_what_graph_mode_returns(article_engine):
    """The fit scores the ranking the code would give: same top 10, question by question."""
    from web.evaluate import load_questions

    eval_dir = Path(__file__).resolve().parents[2] / "shared" / "eval"
    questions = load_questions(eval_dir / "dev_questions.json")[:8]
    # and one that counts, so the counted-noun cue (web.counted) is replayed too
    questions.append({"question": "How many scenarios are there?"})
    # and who-questions, so the who cue added after the re-scoring (web.boosts.person_cue) is too
    questions.extend({"question": q} for q in ("Who leads the company?", "Who founded it?"))
    ranker = article_engine.ranker
    texts = [article_engine.graph.nodes[c]["text"] for c in ranker.claims]
    group = {r: ("dup", g[0]) for r, g in ranker._duplicates.items()}
    start, _, _ = current_weights()
    for question in questions:
        head = head_features(ranker, question["question"], texts)
        assert head["x"].shape == (len(head["rows"]), P)
        q = hm.Question(group=group, correct=set(), **head)
        replayed = [ranker.claims[r] for r in hm.ranked_rows(q, start)]
        hits = ranker.rank(question["question"], k=10, mode="graph")
        assert replayed == [hit.claim for hit in hits]


def test_opens_section_says_whether_a_claim_has_one_before_it_in_its_section(article_engine):
    """Whatever the head holds: a claim whose predecessor in its section ranked outside the head
    still has a claim before it."""
    ranker = article_engine.ranker
    texts = [article_engine.graph.nodes[c]["text"] for c in ranker.claims]
    previous, sections = np.asarray(ranker._previous), np.asarray(ranker._section)
    column = FEATURES.index("opens_section")
    seen_outside = False
    for question in ("How were the lamps lit?", "Who founded the first society?",
                     "What does the method measure?"):
        head = head_features(ranker, question, texts)
        for row, value in zip(head["rows"].tolist(), head["x"][:, column].tolist()):
            p = int(previous[row])
            opens = p < 0 or sections[p] != sections[row]
            seen_outside |= not opens and p not in head["rows"]
            assert value == float(opens), row
    assert seen_outside  # the case that tells the two readings apart was met


@pytest.mark.parametrize("argv", [["--free", "opens_sectoin"], ["--features", "every"]])
def test_an_unknown_weight_or_feature_set_is_refused_before_any_store_is_read(argv, monkeypatch):
    # a misspelt name used to leave every weight fixed: a "fit" equal to the code
    def read(names):
        raise AssertionError("the sets were read")

    monkeypatch.setattr(fr, "load_sets", read)
    with pytest.raises(SystemExit) as stop:
        fr.main(argv)
    assert stop.value.code == 2
