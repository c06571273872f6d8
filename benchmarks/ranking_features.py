"""The features of graph mode's re-scored head, per candidate, for ``fit_ranking.py``.

:func:`head_features` replays :meth:`web.ranking.Ranker._rank_graph` up to the head that
:func:`web.rescore.rescore_head` re-scores (same candidates, same first-stage scores, same head
membership) and returns one row of :data:`FEATURES` per head candidate. The first six are the
terms the code adds today; with :func:`current_weights` they give the code's own head scores
(section evidence and the follow term are applied on top by the fit, as the code does). The
others are cheap generic candidates for a learned combination:

- ``own_cosine`` / ``context_cosine`` / ``paragraph_cosine``: the three cosines the first stage
  blends, apart (a missing context or paragraph vector counts as the claim's own cosine);
- ``late_own``: MaxSim over the claim's own pieces only (``late`` lets the sentence before
  count at :data:`web.rescore.PREVIOUS_WEIGHT`);
- ``head_rank``: ``-log(1 + position)`` in the first-stage order;
- ``length``: ``log(1 + pieces in the claim's bag)``;
- ``opens_section``: the claim has no claim before it in its section;
- ``beside_better``: the claim right before or after it is in the head with a better
  first-stage score;
- ``overlap``: the share of the question's content-word stems (Snowball English) found in the
  claim's text.
"""

from __future__ import annotations

import re

import numpy as np
import Stemmer

from web import rescore, weights
from web.boosts import person_cue, raise_continuations
from web.counted import counted_nouns, counting
from web.maxsim import STOP_WORDS
from web.query import COMMON_SHARE
from web.question_cues import asks_amount, asks_date, asks_place, asks_polar, asks_why

FEATURES = (
    "cosine", "entity", "reason", "answer_type", "late", "echo",
    "own_cosine", "context_cosine", "paragraph_cosine", "late_own",
    "head_rank", "length", "opens_section", "beside_better", "overlap",
)
BASE = 6
"""The first ``BASE`` features are the code's own terms."""
REST = 12
"""How many candidates after the head are kept (enough to fill a top 10 after folding)."""

_WORD = re.compile(r"[^\W_]+")
_stemmer = Stemmer.Stemmer("english")


def current_weights() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(params, scales, base_free)``: the code's constants as a parameter vector (the
    features' weights, then section and follow), the step scale of each, and which of them
    the code uses today."""
    start = np.zeros(len(FEATURES) + 2)
    start[:BASE] = (
        1.0, weights.ENTITY_WEIGHT, weights.REASON_WEIGHT, weights.ANSWER_TYPE_WEIGHT,
        rescore.LATE_WEIGHT, -rescore.ECHO_WEIGHT,
    )
    start[-2:] = rescore.SECTION_WEIGHT, rescore.FOLLOW_WEIGHT
    scales = np.where(start != 0, np.abs(start), 0.1)
    scales[-1] = 0.05
    free = np.zeros(len(start), dtype=bool)
    free[:BASE] = True
    free[-2:] = True
    return start, scales, free


def stems(text: str) -> set[str]:
    """The Snowball stems of a text's content words (stop words and question words left out)."""
    words = [w for w in _WORD.findall(text.casefold()) if w not in STOP_WORDS]
    return set(_stemmer.stemWords(words))


def head_features(ranker, query: str, texts) -> dict:
    """The head of a question's graph-mode ranking, with features (``texts``: per claim row).

    Returns:
        ``{"x", "rows", "sections", "before", "rest", "fixed"}`` for
        :class:`fit_ranking.Question`.
    """
    r = ranker
    analysis = r.analyser.analyse(query)
    vector, tokens = r.embedder.encode_query_tokens(analysis.dense_text)
    rows, dense = r.cosines.candidates(vector, max(10, weights.CANDIDATES), views=True)
    scores = r._fuse(rows, dense, [], vector, 0.0, views=True)
    scores = r._inherit(scores, vector)
    candidates = np.fromiter(scores, dtype=np.int64, count=len(scores))
    cosine = np.fromiter(scores.values(), dtype=np.float64, count=len(scores))
    values = cosine.copy()
    entity = np.zeros(len(candidates))
    for hit in analysis.entities:
        if hit.share > COMMON_SHARE or hit.weight <= 0:
            continue
        mentioned = r.analyser.rows(hit.entity)
        where = np.searchsorted(mentioned, candidates)
        inside = where < len(mentioned)
        inside[inside] = mentioned[where[inside]] == candidates[inside]
        entity += hit.weight * inside
        values += weights.ENTITY_WEIGHT * hit.weight * inside
    # web.boosts.raise_continuations: a share of the raise for a claim continuing one that names
    # the entity (round 16), counted in the entity feature, so ENTITY_WEIGHT scales it too.
    continued = np.zeros(len(candidates))
    raise_continuations(
        continued, candidates, analysis, r.analyser, tables=r._tables, text=texts.__getitem__,
        weight=1.0, share=weights.CONTINUATION_SHARE,
    )
    entity += continued
    values += weights.ENTITY_WEIGHT * continued
    reason = r._gives_reason[candidates] * float(asks_why(query))
    if asks_why(query):
        values += weights.REASON_WEIGHT * r._gives_reason[candidates]
    answer = np.zeros(len(candidates))
    for asks, states in (
        (asks_amount, r._states_amount), (asks_date, r._states_date),
        (asks_place, r._states_place), (asks_polar, r._states_denial),
    ):
        if asks(query):
            answer += states[candidates]
            # Added one cue at a time, in the ranker's order, so the sums are its own.
            values += weights.ANSWER_TYPE_WEIGHT * states[candidates]
            if asks is asks_amount:  # web.boosts.raise_answers: the counted noun once more
                counts = counting(
                    candidates, counted_nouns(query), texts.__getitem__, among=states[candidates]
                )
                answer += counts
                values += weights.ANSWER_TYPE_WEIGHT * counts
    # web.boosts.person_cue (round 17): added after the head's re-scoring, as the code does, so
    # it is no feature of the fit but a fixed term of the final score (``cue`` below)
    cue = person_cue(candidates, query, tables=r._tables, weight=weights.PERSON_WEIGHT)
    order = np.lexsort((candidates, -values))
    top, rest = order[:rescore.LATE_DEPTH], order[rescore.LATE_DEPTH:]
    head = candidates[top]
    previous = np.asarray(r._previous)
    lead = np.asarray(r._lead)  # the claim before, or a list item's lead-in (round 14)
    matched = r.token_bags.match(
        tokens, head, context=lead[head], context_weight=rescore.PREVIOUS_WEIGHT
    )
    fixed = matched is None
    if fixed:  # the code keeps the first-stage order, entity joiners included, and no cue
        top, rest = order[:len(top)], order[len(top):]
        head = candidates[top]
    late, echo = matched if not fixed else (np.zeros(len(head)), np.zeros(len(head)))
    own_match = r.token_bags.match(tokens, head)
    late_own = own_match[0] if own_match is not None else np.zeros(len(head))
    own, context, paragraph = _cosines(r, head, vector)
    sections = np.asarray(r._section)
    offsets = r.token_bags.offsets
    following = np.asarray(r._next)
    position = {row: i for i, row in enumerate(head.tolist())}
    first = values[top]
    before = np.full(len(head), -1)
    opens = np.zeros(len(head))
    beside = np.zeros(len(head))
    for i, row in enumerate(head.tolist()):
        p = int(previous[row])
        # Whether the claim opens its section is a fact of the text, not of the head: its
        # predecessor may have ranked outside it (``before`` is -1 then too).
        opens[i] = float(p < 0 or sections[p] != sections[row])
        if p in position and sections[p] == sections[row]:
            before[i] = position[p]
        for n in (p, int(following[row])):
            if n in position and first[position[n]] > first[i]:
                beside[i] = 1.0
    query_stems = stems(query)
    overlap = np.array([
        len(query_stems & stems(texts[row])) / max(len(query_stems), 1)
        for row in head.tolist()
    ])
    x = np.column_stack([
        cosine[top], entity[top], reason[top], answer[top], late, echo,
        own, context, paragraph, late_own,
        -np.log1p(np.arange(len(head))), np.log1p(offsets[head + 1] - offsets[head]),
        opens, beside, overlap,
    ])
    keys = sections[head].copy()
    alone = keys < 0
    keys[alone] = -1 - np.arange(int(alone.sum()))
    _, groups = np.unique(keys, return_inverse=True)
    return {
        "x": x, "rows": head, "sections": groups, "before": before,
        "rest": candidates[rest[:REST]], "fixed": fixed,
        "cue": None if cue is None or fixed else cue[top],
    }


def _cosines(r, rows: np.ndarray, vector: np.ndarray):
    """The head's own (plain or view), context and paragraph cosines, apart."""
    c = r.cosines
    own = np.asarray(c.vectors[rows], dtype=np.float32) @ vector
    if c.views is not None:
        view_rows = c._view_of[rows]
        has = view_rows >= 0
        if has.any():
            own[has] = np.maximum(own[has], np.asarray(c.views.vectors[view_rows[has]]) @ vector)
    own = own.astype(np.float64)
    out = [own]
    for lookup, part in ((c._context_of, c.context), (c._paragraph_of, c.paragraphs)):
        near = own.copy()
        if lookup is not None:
            where = lookup[rows]
            has = where >= 0
            if has.any():
                near[has] = np.asarray(part.vectors[where[has]], dtype=np.float32) @ vector
        out.append(near)
    return out


def development_sets(names: list[str] | None):
    """``(name, embedder, engine, claim texts, questions)`` for each development set of
    ``benchmarks/search.py`` (every one, or those in ``names``), the stores from its cache."""
    from search import CACHE, cached_store, default_sets

    from index import Embedder
    from web.engine import Engine
    from web.evaluate import load_questions

    embedder = Embedder()
    for name, questions_path, article in default_sets():
        if names and name not in names:
            continue
        store, _ = cached_store(article, embedder, cache=CACHE, rebuild=False)
        engine = Engine.load(store, embedder=embedder)
        texts = [engine.graph.nodes[c]["text"] for c in engine.ranker.claims]
        yield name, embedder, engine, texts, load_questions(questions_path)
