"""Search quality on a set of questions: Recall@1, Recall@5 and MRR@10, overall and by group.

A question is ``{"question", "answers": [...], "kind"?, "id"?}``; a search result is correct
when its text contains one of the ``answers`` (case-insensitive). MRR@10 is the reciprocal rank
of the first correct result within the top 10, 0 when there is none, averaged over questions.
Questions are grouped by their ``kind`` (a string) when they have one, else by their first word
("what", "why", "how", …; one over 13 characters is cut to 12 and "…").

Both ``kg eval`` and ``benchmarks/search.py`` score through this module, so their figures agree.
:class:`~web.remote.RemoteSearch` (re-exported here) puts a running service's ``GET /api/search``
in the engine's place, so ``kg eval --url`` scores exactly what the service's users get.
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from web.remote import REMOTE_TIMEOUT, RemoteSearch
from web.validation import MEANINGFUL, SURROGATE

__all__ = ["METRICS", "REMOTE_TIMEOUT", "RemoteSearch", "Report", "evaluate", "first_correct",
           "format_report", "is_correct", "load_questions", "metrics", "mrr_at", "percentile",
           "question_group", "recall_at", "score"]

log = logging.getLogger(__name__)

METRICS = ("R@1", "R@5", "MRR@10")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_MEANINGFUL = re.compile(MEANINGFUL)


def load_questions(path: str | Path) -> list[dict]:
    """Reads a question file: a JSON list of ``{"question", "answers", …}``.

    Args:
        path: the JSON file.

    Returns:
        The questions, each with an ``id`` (``q1``, ``q2``… when the file gives none).

    Raises:
        kg.errors.InputError: the file cannot be read or is not a list of such questions (a
            question needs a character that is neither white space nor a control character,
            and no text may hold an unpaired surrogate).
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as e:  # RecursionError: "[[[[…" nested too deep
        raise InputError(f"{path}: cannot read questions ({e})"[:300]) from e
    if not isinstance(data, list) or not data:
        raise InputError(f"{path}: expected a non-empty JSON list of questions")
    questions = []
    for i, item in enumerate(data, 1):
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("question"), str)
            or not _MEANINGFUL.search(item["question"])  # as the service requires of q
            or not isinstance(item.get("answers"), list)
            or not item["answers"]
            or not all(isinstance(a, str) and a for a in item["answers"])
        ):
            raise InputError(
                f"{path}: question {i} needs a non-empty `question` and a list of `answers`"
            )
        if item.get("kind") is not None and not isinstance(item["kind"], str):  # was ignored silently
            raise InputError(f"{path}: question {i}: `kind` must be a string, the group it is reported under "
                             f"(got {json.dumps(item['kind'])[:40]})")
        printed = (item["question"], *item["answers"], str(item.get("id")), str(item.get("kind")))
        if any(SURROGATE.search(t) for t in printed):
            raise InputError(f"{path}: question {i} holds an unpaired UTF-16 surrogate, which is no character")
        questions.append({"id": str(item.get("id") or f"q{i}"), **item})
    return questions


def is_correct(text: str, answers: Iterable[str]) -> bool:
    """Whether a result's text contains one of the answers, ignoring case."""
    folded = text.casefold()
    return any(answer.casefold() in folded for answer in answers)


def first_correct(texts: Sequence[str], answers: Iterable[str]) -> int | None:
    """The 1-based rank of the first correct text, or None when none is correct."""
    answers = list(answers)
    for rank, text in enumerate(texts, 1):
        if is_correct(text, answers):
            return rank
    return None


def recall_at(ranks: Sequence[int | None], k: int) -> float:
    """The share of questions whose first correct result is within the top ``k``."""
    if not ranks:
        return 0.0
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks)


def mrr_at(ranks: Sequence[int | None], k: int = 10) -> float:
    """The mean reciprocal rank of the first correct result, counting 0 beyond rank ``k``."""
    if not ranks:
        return 0.0
    return sum(1.0 / r for r in ranks if r is not None and r <= k) / len(ranks)


def metrics(ranks: Sequence[int | None]) -> dict[str, float]:
    """R@1, R@5 and MRR@10 of some first-correct ranks (None = not found)."""
    return {"R@1": recall_at(ranks, 1), "R@5": recall_at(ranks, 5), "MRR@10": mrr_at(ranks, 10)}


#: The longest first word taken whole as a group name: the report's group column is 14 wide.
#: Longer, it is cut to 12 characters and "…" (a 3,000-letter first word was a 3,000-letter group).
GROUP_CHARS = 13


def question_group(question: dict) -> str:
    """The group a question is reported under: its ``kind``, else its first word, lower-cased
    (cut to :data:`GROUP_CHARS`)."""
    kind = question.get("kind")
    if isinstance(kind, str) and kind:
        return kind
    match = _FIRST_WORD.search(question["question"])
    word = match.group().lower() if match else "other"
    return word if len(word) <= GROUP_CHARS else word[: GROUP_CHARS - 1] + "…"


@dataclass
class Report:
    """The outcome of :func:`evaluate`.

    Attributes:
        mode: the search mode used (None: the engine's default).
        count: how many questions.
        overall: ``{"R@1", "R@5", "MRR@10"}``.
        groups: the same per group, with ``n``, in order of first appearance.
        misses: questions whose answer is not first: ``{"id", "question", "expected", "rank",
            "first"}`` (``rank`` None when not in the results).
        latency_ms: per-query search times in milliseconds.
    """

    mode: str | None
    count: int
    overall: dict[str, float]
    groups: dict[str, dict[str, float]]
    misses: list[dict] = field(default_factory=list)
    latency_ms: list[float] = field(default_factory=list)

    def as_dict(self) -> dict:
        """A JSON-ready copy."""
        return {
            "mode": self.mode,
            "count": self.count,
            "overall": self.overall,
            "groups": self.groups,
            "latency_ms": {
                "p50": percentile(self.latency_ms, 50),
                "p95": percentile(self.latency_ms, 95),
            },
            "misses": self.misses,
        }


def score(questions: Sequence[dict], rankings: Sequence[Sequence[str]]) -> Report:
    """Scores ranked result texts against the questions' answers.

    Args:
        questions: as :func:`load_questions` returns.
        rankings: for each question, the result texts, best first.

    Returns:
        The report (mode None, no latencies).
    """
    ranks = [first_correct(texts, q["answers"]) for q, texts in zip(questions, rankings)]
    grouped: dict[str, list[int | None]] = {}
    for question, rank in zip(questions, ranks):
        grouped.setdefault(question_group(question), []).append(rank)
    misses = [
        {
            "id": q["id"],
            "question": q["question"],
            "expected": q["answers"][0],
            "rank": rank,
            "first": texts[0] if texts else None,
        }
        for q, texts, rank in zip(questions, rankings, ranks)
        if rank != 1
    ]
    return Report(
        mode=None,
        count=len(questions),
        overall=metrics(ranks),
        groups={g: {"n": len(r), **metrics(r)} for g, r in grouped.items()},
        misses=misses,
    )


def evaluate(engine, questions: Sequence[dict], *, mode: str | None = None, k: int = 10) -> Report:
    """Runs every question through ``engine.search`` and scores the results.

    Args:
        engine: a :class:`web.engine.Engine` or a :class:`~web.remote.RemoteSearch` (anything with that
            ``search``); the latencies of a remote one are whole HTTP round trips.
        questions: as :func:`load_questions` returns.
        mode: the search mode; the engine's default when None.
        k: results per question (MRR is computed within the top 10 of these).

    Returns:
        The report, with per-query latencies.
    """
    rankings, latencies = [], []
    for question in questions:
        started = time.perf_counter()
        answer = engine.search(question["question"], k=k, mode=mode)
        latencies.append((time.perf_counter() - started) * 1000)
        rankings.append([r["text"] for r in answer["results"]])
    report = score(questions, rankings)
    report.mode = mode
    report.latency_ms = latencies
    return report


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (nearest rank) of some values; 0.0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[index]


def format_report(report: Report, *, misses: bool = True) -> str:
    """A plain-text table of a report, followed by its misses."""
    lines = [f"{'group':<14}{'n':>4}" + "".join(f"{m:>8}" for m in METRICS)]
    rows = [("all", {"n": report.count, **report.overall}), *report.groups.items()]
    for name, values in rows:
        lines.append(f"{name:<14}{values['n']:>4}" + "".join(f"{values[m]:>8.2f}" for m in METRICS))
    if report.latency_ms:
        lines.append(
            f"latency p50 {percentile(report.latency_ms, 50):.1f} ms, "
            f"p95 {percentile(report.latency_ms, 95):.1f} ms"
        )
    if misses and report.misses:
        lines.append("")
        lines.append(f"not first ({len(report.misses)}):")
        for miss in report.misses:
            where = f"rank {miss['rank']}" if miss["rank"] else "not found"
            lines.append(f"- [{miss['id']}] {miss['question']} ({where})")
            lines.append(f"    expected: {miss['expected']}")
            lines.append(f"    first:    {miss['first'] or '(no results)'}")
    return "\n".join(lines)
