"""Graph mode's first stage after fusion: what the graph knows, added to the candidates' scores.

:class:`web.ranking.Ranker` fuses the cosines (and BM25) of its candidates; in graph mode it then
applies, in this order:

* :func:`inherit`: a claim that refers back ("this category", :func:`web.passages.refers_back`)
  scores at least a share of the score of the claim before it, and the claims that continue a
  candidate that way join the candidates first;
* :func:`raise_named`: a claim that mentions an entity the query names
  (:class:`web.query.QueryAnalyser`), literally or by reference, gains a weight times the
  entity's scaled IDF;
* :func:`raise_continuations`: a claim that opens with a reference ("The blaze …", "They
  …") right after a claim of its section that mentions such an entity, and does not mention
  it itself, gains a share of that raise (a reference the resolver left open);
* :func:`raise_answers`: a claim that states what the query asks for (a reason, an amount, a
  date, a place, a denial: :mod:`web.cues`; a number of what it counts: :mod:`web.counted`)
  gains a weight;
* :func:`person_cue`, handed to the re-scoring of the head (:mod:`web.rescore`) and added
  after it: for a who-question, a weight to the claims that name a person, and for a question
  that asks which organisation ("Which firm …?", :mod:`web.kinds`) to those that name one;
* :func:`fold_duplicates`, after the head is re-scored (:mod:`web.rescore`): near-duplicate
  claims collapse into the best-ranked one, whose :class:`Hit` lists the others.

The weights are arguments: they are constants of :mod:`web.ranking`, read there at each query,
and the figures behind them are in ``docs/RANKING.md``. Split off :mod:`web.ranking`, from which
:class:`Hit` is importable too.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from web.cosines import ClaimCosines
from web.counted import counted_nouns, counting
from web.derived import Derived
from web.kinds import asks_organisation
from web.query import COMMON_SHARE, Analysis, QueryAnalyser
from web.question_cues import asks_amount, asks_date, asks_place, asks_polar, asks_who, asks_why

log = logging.getLogger(__name__)


@dataclass
class Hit:
    """One ranked claim.

    Attributes:
        claim: the claim id.
        score: its fused score (higher is better; comparable within one query only).
        duplicates: ids of near-duplicate claims folded into this one (graph mode).
    """

    claim: str
    score: float
    duplicates: list[str] = field(default_factory=list)


def inherit(
    scores: dict[int, float],
    vector: np.ndarray,
    *,
    cosines: ClaimCosines,
    tables: Derived,
    weight: float,
) -> dict[int, float]:
    """Raises claims that refer back to ``weight`` × their predecessor's score.

    The successors of the candidates that refer back join the candidates first, so a claim
    whose own words miss the query is found through the sentence it continues.

    Args:
        scores: candidate row → fused score; the rows that join are added to it.
        vector: the query's embedding (for the cosines of the rows that join).
        cosines: the claims' cosines.
        tables: the store's tables (claim order, which claims refer back).
        weight: the share of the predecessor's score; nothing is raised when it is 0.

    Returns:
        The scores, raised (a new dict when any claim refers back).
    """
    if weight <= 0 or not scores:
        return scores
    rows = np.fromiter(scores, dtype=np.int64, count=len(scores))
    following = tables.following[rows]
    following = following[following >= 0]
    following = following[tables.refers_back[following]]
    cosines.add_missing(scores, following, vector)
    rows = np.fromiter(scores, dtype=np.int64, count=len(scores))
    back = rows[tables.refers_back[rows]]
    if len(back) == 0:
        return scores
    previous = tables.previous[back]
    cosines.add_missing(scores, previous, vector)
    inherited = dict(scores)
    for row, before in zip(back.tolist(), previous.tolist()):
        inherited[row] = max(scores[row], weight * scores[before])
    return inherited


def raise_named(
    values: np.ndarray,
    candidates: np.ndarray,
    analysis: Analysis,
    analyser: QueryAnalyser,
    *,
    weight: float,
) -> None:
    """Adds ``weight`` × IDF (scaled) of each rarer query entity to the claims that mention it.

    Args:
        values: the candidates' scores, raised in place.
        candidates: their rows.
        analysis: the query as the analyser sees it.
        analyser: the analyser (which rows mention an entity).
        weight: the weight of the scaled IDF.
    """
    for hit in analysis.entities:
        if hit.share > COMMON_SHARE or hit.weight <= 0:
            continue
        mentioned = analyser.rows(hit.entity)
        where = np.searchsorted(mentioned, candidates)
        inside = where < len(mentioned)
        inside[inside] = mentioned[where[inside]] == candidates[inside]
        values += weight * hit.weight * inside


_OPENS_WITH_REFERENCE = re.compile(
    r"^\W*(?:the|this|these|that|those|it|its|they|their|he|his|she|her)\b", re.IGNORECASE
)
"""A claim's first word is the definite article, a demonstrative or a personal pronoun."""


def opens_with_reference(text: str) -> bool:
    """Whether a claim opens with a definite noun phrase or a pronoun ("The blaze …", "They
    …", "Its …"), so that it may refer to something named before it."""
    return _OPENS_WITH_REFERENCE.match(text) is not None


def raise_continuations(
    values: np.ndarray,
    candidates: np.ndarray,
    analysis: Analysis,
    analyser: QueryAnalyser,
    *,
    tables: Derived,
    text: Callable[[int], str] | None,
    weight: float,
    share: float,
) -> None:
    """Raises, in place, the claims that continue one naming a query entity.

    A candidate gains ``share × weight ×`` the entity's scaled IDF (what :func:`raise_named`
    gives a claim that mentions it) when it does not mention the entity, opens with a
    reference (:func:`opens_with_reference`) and the claim right before it, in the same
    section, mentions the entity: "The blaze was put out by …" after "In 1867 a fire gutted
    the Pelmor ropewalk …" answers a question about the 1867 fire. Entities
    :func:`raise_named` skips are skipped too; nothing happens when ``text`` is None.

    Args:
        values: the candidates' scores, raised in place.
        candidates: their rows.
        analysis: the query as the analyser sees it.
        analyser: the analyser (which rows mention an entity).
        tables: the store's tables (the claim before each claim, sections).
        text: a claim's text by row.
        weight: the weight of the scaled IDF (:func:`raise_named`'s).
        share: the share of it a continuation gains.
    """
    if share <= 0 or weight <= 0 or text is None or len(candidates) == 0:
        return
    previous = tables.previous[candidates]
    same = previous >= 0
    same[same] = tables.section[previous[same]] == tables.section[candidates[same]]
    opens: dict[int, bool] = {}
    for hit in analysis.entities:
        if hit.share > COMMON_SHARE or hit.weight <= 0:
            continue
        mentioned = analyser.rows(hit.entity)
        after = same & np.isin(previous, mentioned) & ~np.isin(candidates, mentioned)
        for i in np.flatnonzero(after).tolist():
            row = int(candidates[i])
            if row not in opens:
                opens[row] = opens_with_reference(text(row))
            if opens[row]:
                values[i] += share * weight * hit.weight


def raise_answers(
    values: np.ndarray,
    candidates: np.ndarray,
    query: str,
    *,
    tables: Derived,
    text: Callable[[int], str] | None,
    reason_weight: float,
    answer_weight: float,
) -> None:
    """Raises, in place, the candidates that state what the query asks for.

    A reason for a why-question gains ``reason_weight``; a number (a date, a place) for a
    question that asks for an amount (a time, a place), and a denial for a yes/no question,
    ``answer_weight``, and a number of what a "how many/much" question counts that weight once
    more (read off ``text``, a claim's text by row; skipped when None).
    """
    if reason_weight > 0 and asks_why(query):
        values += reason_weight * tables.gives_reason[candidates]
    if answer_weight > 0:
        if asks_amount(query):
            stating = tables.states_amount[candidates]
            values += answer_weight * stating
            values += answer_weight * counting(
                candidates, counted_nouns(query), text, among=stating
            )
        if asks_date(query):
            values += answer_weight * tables.states_date[candidates]
        if asks_place(query):
            values += answer_weight * tables.states_place[candidates]
        if asks_polar(query):
            values += answer_weight * tables.states_denial[candidates]


def person_cue(
    candidates: np.ndarray, query: str, *, tables: Derived, weight: float
) -> np.ndarray | None:
    """What a question about an entity's kind adds to each candidate: ``weight`` to those that
    name a person for a who-question, or an organisation for a question that asks which
    organisation (:func:`web.kinds.asks_organisation`, round 18).

    Args:
        candidates: int (m,): the candidates' claim rows.
        query: the query text.
        tables: the store's tables (their ``names_person`` and ``names_organization`` flags).
        weight: the cue's weight.

    Returns:
        float64 (m,); None when the query asks neither, the weight is not positive or the
        tables have no flags of the kind asked for.
    """
    if weight <= 0:
        return None
    if asks_who(query):
        flags = tables.names_person
    elif asks_organisation(query):
        flags = tables.names_organization
    else:
        return None
    if flags is None:
        return None
    return weight * np.asarray(flags)[candidates].astype(np.float64)


def fold_duplicates(
    order: np.ndarray,
    candidates: np.ndarray,
    values: np.ndarray,
    *,
    claims: Sequence[str],
    duplicates: dict[int, tuple[int, list[int]]],
    k: int,
) -> list[Hit]:
    """The best ``k`` hits in ``order``, each near-duplicate group folded into its best member.

    Args:
        order: positions into ``candidates``, best first.
        candidates: the candidates' rows.
        values: their scores.
        claims: claim ids by row.
        duplicates: row → (group id, member rows), for claims in a group only.
        k: how many hits.

    Returns:
        At most ``k`` hits, best first.
    """
    hits: list[Hit] = []
    taken: dict[int, Hit] = {}
    for i in order:
        row = int(candidates[i])
        group = duplicates.get(row)
        if group is not None and group[0] in taken:
            continue
        hit = Hit(claims[row], float(values[i]))
        if group is not None:
            hit.duplicates = [claims[r] for r in group[1] if r != row]
            taken[group[0]] = hit
        hits.append(hit)
        if len(hits) == k:
            break
    return hits
