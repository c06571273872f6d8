"""Graph mode's second stage: the head of the candidates re-scored.

After the first stage (:class:`web.ranking.Ranker`: cosines, entity boost, answer cues), the best
candidates are scored again, by what is too costly or too local to compute for every claim:

- the re-scored head is the best ``LATE_DEPTH`` candidates (until round 33 also up to five
  further candidates that mention an entity the query names, ``ENTITY_HEAD``; without it four
  answers of four of the 38 development sets rise and none falls, so it was removed:
  ``docs/RANKING.md``);
- late interaction (:mod:`web.maxsim`): ``LATE_WEIGHT`` × the IDF-weighted MaxSim between the
  embedded query's content word pieces and the claim's (text and resolved view), from the same
  model's token vectors, so a question about one phrase of a long claim is not drowned by the
  rest of the sentence, less ``ECHO_WEIGHT`` × the share of the claim's pieces that repeat a
  word of the query (its *echo*), so the sentence that only restates the question's topic
  yields to the one that adds to it; a query piece may also find its match in the sentence
  before the claim, at ``PREVIOUS_WEIGHT`` × its similarity there, so a claim that continues
  the sentence naming its topic ("It used only half as much glue.") is matched on
  that topic as well as on its own words; for a list item that sentence is the one that
  introduces the list (its *lead*, :func:`web.claimrows.lead_rows`, round 14), not the item
  before it;
- section evidence: after late interaction each claim of the head gains ``SECTION_WEIGHT`` ×
  the best head score in its section (its own included, :func:`section_best`), blended with
  the section's second best by ``SECOND_SHARE``, so a claim in the section that holds the
  strongest evidence beats an equally scored claim standing alone, and a section counts by
  its two best claims rather than by one lexical distractor;
- the claim after a strong one: each claim of the head then gains ``FOLLOW_WEIGHT`` × the score
  of the head claim right before it in its section (:func:`predecessor_value`), so a claim that
  continues a run of evidence beats an equal one standing alone, and a sentence that sets a
  topic up ("The mill closed in 1931.") lends to the one that says something about it ("Its
  orders had gone to cheaper yards abroad.");
- last, an answer cue handed in by the first stage (the who-question's and the organisation
  question's, :func:`web.boosts.person_cue`), so section evidence does not pass it on.

The head stays ahead of the candidates that were not re-scored. Every constant below was chosen
once on the development sets and then left alone; the figures, the grids and every variant
measured and left out are recorded in ``docs/RANKING.md``.

Round 14 (twenty-two development sets, mean R@1 / R@5 / MRR@10 .647/.905/.761 before): kept a
list item's lead (the lead-in, not the item before, read at :data:`PREVIOUS_WEIGHT`: .909 /
.762) and :data:`SECOND_SHARE` (section evidence from the section's two best head scores, a
lone claim's second the head's median: .652/.915/.766; best's share 0.75 … 0.9 a plateau,
below 0.7 sets lose two questions; no set loses more than one). Measured and left out: rank
slots for the top claim's neighbours and a cap on one section's claims in the top 5 (R@5
.898 … .905), :data:`FOLLOW_WEIGHT` raised for why-questions (MRR .752 … .762) or read from a
list item's lead (.765, a question each way), a residual
MaxSim of what the top claim leaves uncovered for its neighbours (.731 … .759), and, in
:mod:`web.boosts`' place, an enumeration cue for plural which/what questions (.758 … .761)
and entity-profile feedback for questions that describe an entity (.747 … .757).

Round 33 (38 development sets, each component switched off alone,
``benchmarks/ablate_ranking.py``): the entity head (``ENTITY_HEAD = 5``, round 5) raised no
set and lowered four (orchestra, vessany_archive, quellbracke_perfumery, pencils_invented, one
answer each); removed: mean R@1 / R@5 / MRR@10 .6793/.9190/.7827 → .6793/.9190/.7831, the
bundled article unchanged (.68/.86/.77). The other terms here gain on the sets added after
they were chosen (echo, the sentence before, section evidence and its second best, the follow
term) or lower no set (a list item's lead).
"""

from __future__ import annotations

import logging

import numpy as np

from web.maxsim import TokenBags

log = logging.getLogger(__name__)

LATE_WEIGHT = 2.5
"""Weight of a candidate's late-interaction score (:mod:`web.maxsim`, in [0, 1])."""
ECHO_WEIGHT = 0.75
"""Subtracted, times a re-scored candidate's echo (the share of its pieces that repeat a query
word, :meth:`web.maxsim.TokenBags.match`), from its late-interaction score. Round 19 checked
this, ``LATE_WEIGHT``, ``SECTION_WEIGHT``, ``PREVIOUS_WEIGHT`` and ``web.weights.ENTITY_WEIGHT``
jointly on 26 sets (a 37-point grid, leave-one-set-out): 1.0 is chosen on 25 folds, held-out
mean MRR@10 .7760 against .7743, but compiler loses three answers; rejected, no constant
changed (``docs/RANKING.md``)."""
PREVIOUS_WEIGHT = 0.6
"""In late interaction, a query piece scores the better of its best similarity in the claim
and this share of its best similarity in the claim right before it (0: the claim's own pieces
only; :meth:`web.maxsim.TokenBags.match`)."""
LATE_DEPTH = 30
"""How many of the best candidates are re-scored by late interaction."""
SECTION_WEIGHT = 1.0
"""After late interaction, each re-scored claim gains this share of the best score among the
re-scored claims of its section (:func:`section_best`), its own included."""
SECOND_SHARE = 0.2
"""Section evidence is ``(1 - SECOND_SHARE)`` × the best plus ``SECOND_SHARE`` × the second-best
score among the re-scored claims of a section (for a claim alone in its section among them, the
median score of the head, or its own when lower): a section that holds two strong claims
outweighs one whose single strong claim shares a rare word with the question while its
section-mates do not (round 14 of ``docs/RANKING.md``)."""
FOLLOW_WEIGHT = 0.02
"""After section evidence, each re-scored claim gains this share of the score of the claim right
before it, when that claim is re-scored too and in the same section (:func:`predecessor_value`):
the sentence after a strong one often holds what it sets up."""


def rescore_head(
    order: np.ndarray,
    candidates: np.ndarray,
    values: np.ndarray,
    tokens,
    *,
    bags: TokenBags,
    sections: np.ndarray,
    previous: np.ndarray | None = None,
    lead: np.ndarray | None = None,
    cue: np.ndarray | None = None,
) -> np.ndarray:
    """Re-scores the head of the candidates by late interaction and section evidence.

    The head is the best :data:`LATE_DEPTH` candidates. ``values`` of the head gain
    ``LATE_WEIGHT`` × their MaxSim (the claim before each counting at :data:`PREVIOUS_WEIGHT`)
    less ``ECHO_WEIGHT`` × their echo, then
    ``SECTION_WEIGHT`` × the best of those scores in their section, then ``FOLLOW_WEIGHT`` ×
    the score of the head claim right before them in the same section, then ``cue`` (in
    place); the head stays ahead of the candidates that were not re-scored.

    Args:
        order: positions into ``candidates``, best first (the first stage's order).
        candidates: int (m,): the candidates' claim rows.
        values: float64 (m,): their first-stage scores; the head's are changed in place.
        tokens: the embedded query's word pieces (:meth:`index.Embedder.encode_query_tokens`).
        bags: the claims' word pieces (:class:`web.maxsim.TokenBags`).
        sections: int (n,), per claim row, its section number (-1: none).
        previous: int (n,), per claim row, the row of the claim before it (-1: none; None:
            no claim has one); read only when :data:`PREVIOUS_WEIGHT` or :data:`FOLLOW_WEIGHT`
            is positive.
        lead: int (n,), per claim row, the row whose pieces late interaction also reads at
            :data:`PREVIOUS_WEIGHT`: the claim that sets it up, which for a list item is the
            sentence that introduces its list (:func:`web.claimrows.lead_rows`); None:
            ``previous``.
        cue: float (m,), per candidate, an answer cue added to the head's values last (the
            who-question cue, :func:`web.boosts.person_cue`); None: none.

    Returns:
        The new order (positions into ``candidates``); ``order`` itself when the query has no
        word piece to match.
    """
    top, rest = order[:LATE_DEPTH], order[LATE_DEPTH:]
    rows = candidates[top]
    if lead is None:
        lead = previous
    if PREVIOUS_WEIGHT > 0 and lead is not None:
        matched = bags.match(
            tokens, rows, context=np.asarray(lead)[rows], context_weight=PREVIOUS_WEIGHT
        )
    else:
        matched = bags.match(tokens, rows)
    if matched is None:
        return order
    late, echo = matched
    values[top] += LATE_WEIGHT * late - ECHO_WEIGHT * echo
    if SECTION_WEIGHT > 0:
        best = section_best(sections[candidates[top]], values[top], second=SECOND_SHARE)
        values[top] += SECTION_WEIGHT * best
    if FOLLOW_WEIGHT > 0 and previous is not None:
        before = predecessor_value(rows, values[top], previous, sections)
        values[top] += FOLLOW_WEIGHT * before
    if cue is not None:
        values[top] += cue[top]
    top = top[np.lexsort((candidates[top], -values[top]))]
    return np.concatenate((top, rest))


def section_best(
    sections: np.ndarray, values: np.ndarray, *, second: float = 0.0
) -> np.ndarray:
    """For each item, the best value among the items of its section, itself included.

    With ``second`` > 0 it is ``(1 - second) × the best + second × the second best`` of the
    section, so a section is as strong as its two best items together rather than its single
    best (:data:`SECOND_SHARE`). An item alone in its section (or in none) has no second: the
    median of all the items stands in for it, or its own value when that is lower.

    Args:
        sections: int (m,): each item's section number; -1 (no section) puts an item alone.
        values: (m,) the items' scores.
        second: the share of the section's second-best value (0: the best alone).

    Returns:
        float64 (m,); with ``second`` 0, an item alone in its section (or in none) gets its
        own value.
    """
    sections = np.asarray(sections, dtype=np.int64)
    values = np.asarray(values, dtype=np.float64)
    if len(values) == 0:
        return values.copy()
    # Items without a section get numbers of their own, below every real section's.
    alone = sections < 0
    keys = sections.copy()
    keys[alone] = -1 - np.arange(int(alone.sum()))
    groups, inverse = np.unique(keys, return_inverse=True)
    # Items by section, best first within each: a section's best and second best are the
    # first two of its run.
    order = np.lexsort((-values, inverse))
    starts = np.searchsorted(inverse[order], np.arange(len(groups)))
    best = values[order[starts]]
    if second > 0:
        counts = np.bincount(inverse, minlength=len(groups))
        # A section with one item has no second: it counts as a typical item (the median of
        # all), or as the item itself when that is lower.
        alone_second = np.minimum(best, np.median(values))
        runner = np.where(
            counts > 1, values[order[np.minimum(starts + 1, len(order) - 1)]], alone_second
        )
        best = (1.0 - second) * best + second * runner
    return best[inverse]


def predecessor_value(
    rows: np.ndarray, values: np.ndarray, previous: np.ndarray, sections: np.ndarray
) -> np.ndarray:
    """For each item, the value of the item that holds the claim right before it.

    Args:
        rows: int (m,): distinct claim rows.
        values: (m,) their scores.
        previous: int (n,), per claim row, the row of the claim before it (-1: none).
        sections: int (n,), per claim row, its section number (-1: none).

    Returns:
        float64 (m,): the value of the item whose row is ``previous[row]`` when there is one
        and both claims have the same section number, else 0.
    """
    rows = np.asarray(rows, dtype=np.int64)
    values = np.asarray(values, dtype=np.float64)
    out = np.zeros(len(rows))
    if len(rows) == 0:
        return out
    before = np.asarray(previous)[rows]
    order = np.argsort(rows)
    where = np.clip(np.searchsorted(rows[order], before), 0, len(rows) - 1)
    found = (before >= 0) & (rows[order][where] == before)
    found[found] = np.asarray(sections)[before[found]] == np.asarray(sections)[rows[found]]
    out[found] = values[order[where[found]]]
    return out
