"""Search metrics on hand-made rankings (no model needed)."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from web.evaluate import (
    first_correct,
    format_report,
    is_correct,
    load_questions,
    metrics,
    mrr_at,
    percentile,
    question_group,
    recall_at,
    score,
)


def test_correct_is_a_case_insensitive_substring():
    assert is_correct("The company was FOUNDED in 2021.", ["founded in 2021"])
    assert not is_correct("The company was founded in 2022.", ["founded in 2021"])
    assert is_correct("b", ["a", "B"])


def test_first_correct_is_one_based_or_none():
    texts = ["nothing", "still nothing", "the answer is here", "the answer again"]
    assert first_correct(texts, ["answer"]) == 3
    assert first_correct(texts, ["missing"]) is None
    assert first_correct([], ["answer"]) is None


def test_recall_and_mrr_on_known_ranks():
    ranks = [1, 2, 5, 6, None, 11, 10, 3]
    assert recall_at(ranks, 1) == pytest.approx(1 / 8)
    assert recall_at(ranks, 5) == pytest.approx(4 / 8)
    assert recall_at(ranks, 10) == pytest.approx(6 / 8)
    expected = (1 + 1 / 2 + 1 / 5 + 1 / 6 + 0 + 0 + 1 / 10 + 1 / 3) / 8
    assert mrr_at(ranks, 10) == pytest.approx(expected)
    assert metrics(ranks) == {
        "R@1": pytest.approx(1 / 8),
        "R@5": pytest.approx(0.5),
        "MRR@10": pytest.approx(expected),
    }
    assert metrics([]) == {"R@1": 0.0, "R@5": 0.0, "MRR@10": 0.0}


def test_groups_by_kind_else_first_word():
    assert question_group({"question": "Who chairs it?", "kind": "entity"}) == "entity"
    assert question_group({"question": "Why does it matter?"}) == "why"
    assert question_group({"question": "  ¿How much?"}) == "how"
    assert question_group({"question": "2021?"}) == "other"


def test_score_reports_overall_groups_and_misses():
    questions = [
        {"id": "a", "question": "What is x?", "answers": ["x is one"]},
        {"id": "b", "question": "What is y?", "answers": ["y is two"]},
        {"id": "c", "question": "Why z?", "answers": ["because z"]},
    ]
    rankings = [
        ["x is one."],
        ["unrelated", "Y IS TWO."],
        ["unrelated", "also unrelated"],
    ]
    report = score(questions, rankings)
    assert report.count == 3
    assert report.overall["R@1"] == pytest.approx(1 / 3)
    assert report.overall["MRR@10"] == pytest.approx((1 + 0.5 + 0) / 3)
    assert report.groups["what"] == {"n": 2, "R@1": 0.5, "R@5": 1.0, "MRR@10": 0.75}
    assert report.groups["why"]["R@5"] == 0.0
    assert [(m["id"], m["rank"], m["first"]) for m in report.misses] == [
        ("b", 2, "unrelated"),
        ("c", None, "unrelated"),
    ]
    text = format_report(report)
    assert "[c] Why z? (not found)" in text
    assert "expected: y is two" in text
    assert json.loads(json.dumps(report.as_dict()))["overall"]["R@5"] == pytest.approx(2 / 3)


def test_percentile_nearest_rank():
    assert percentile([], 50) == 0.0
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.0
    assert percentile(list(range(1, 101)), 95) == 95


def test_load_questions_adds_ids_and_refuses_bad_files(tmp_path):
    good = tmp_path / "q.json"
    good.write_text(json.dumps([{"question": "Q?", "answers": ["A"]}]), encoding="utf-8")
    assert load_questions(good) == [{"id": "q1", "question": "Q?", "answers": ["A"]}]
    for bad in (
        [],
        [{"question": "Q?"}],
        [{"question": "", "answers": ["A"]}],
        [{"question": "Q?", "answers": [""]}],
        {"question": "Q?"},
    ):
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(bad), encoding="utf-8")
        with pytest.raises(InputError):
            load_questions(path)
    with pytest.raises(InputError):
        load_questions(tmp_path / "missing.json")


def test_a_long_first_word_is_cut_to_the_report_column(tmp_path):
    # A question without `kind` whose first word ran to 3,000 letters was reported under a
    # 3,000-letter group, which pushed its figures off the table.
    long = {"id": "q1", "question": "z" * 3000 + " grelwick?", "answers": ["x"]}
    assert question_group(long) == "z" * 12 + "…"
    assert question_group({"question": "Thirteenchars sits?"}) == "thirteenchars"  # 13: whole
    report = score([long, {"id": "q2", "question": "Why is it?", "answers": ["x"]}], [["x"], ["y"]])
    table = format_report(report, misses=False).splitlines()
    width = len(table[0])
    assert [len(row) for row in table] == [width] * 4, table  # header, all, and both groups aligned


@pytest.mark.parametrize("kind", [3, ["who"], {"a": 1}, True])
def test_a_kind_that_is_no_string_is_refused_by_name(tmp_path, capsys, kind):
    from web.cli import main

    path = tmp_path / "q.json"
    questions = [{"question": "Who founded Brellmoor Kites?", "answers": ["Ysolt"]},
                 {"question": "When did Brellmoor Kites open?", "answers": ["1911"], "kind": kind}]
    path.write_text(json.dumps(questions), encoding="utf-8")
    with pytest.raises(InputError, match=r"question 2: `kind` must be a string"):
        load_questions(path)
    assert main(["eval", str(path), "--store", str(tmp_path / "none")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"kg eval: error: {path}: question 2: `kind` must be a string"), err


def test_a_null_or_string_kind_is_taken(tmp_path):
    path = tmp_path / "q.json"
    path.write_text(json.dumps([{"question": "Who?", "answers": ["a"], "kind": None},
                                {"question": "Who?", "answers": ["a"], "kind": "person"}]), encoding="utf-8")
    assert [question_group(q) for q in load_questions(path)] == ["who", "person"]
