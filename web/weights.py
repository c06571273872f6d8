"""The weights of graph-aware ranking (:class:`web.ranking.Ranker`, :mod:`web.boosts`): how many
candidates each retriever gives, the BM25 share of the fusion, and the raises of graph mode
(query entities and the claims that continue them, the context vector, the answer cues, the
person and organisation cues, back references).

Each was chosen once on the development sets and then left alone; the figures of each are in
its docstring, and the grids and every variant measured and left out in ``docs/RANKING.md``.
"""

from __future__ import annotations

CANDIDATES = 100
"""How many candidates each retriever contributes before fusion (50 until round 9: the answer
cues act on candidates only, as the entity head did until round 33, so a claim that states what
the question asks for must be a candidate to be raised; see ``docs/RANKING.md``)."""
SPARSE_WEIGHT = 0.02
"""Hybrid mode: weight of the BM25 score (divided by the query's best) beside the cosine."""
GRAPH_SPARSE_WEIGHT = 0.0
"""Graph mode: the same weight (BM25 is not consulted when it is 0)."""
ENTITY_WEIGHT = 0.1
"""Graph mode: weight of the scaled IDF of each query entity that a claim mentions."""
CONTEXT_WEIGHT = 0.2
"""Graph mode: a claim with a context vector (:mod:`web.context`) scores
``(1 - CONTEXT_WEIGHT) × its cosine + CONTEXT_WEIGHT × its context vector's cosine``
(read when a :class:`web.ranking.Ranker` is built, which hands it to :class:`web.cosines.ClaimCosines`)."""
CONTINUATION_SHARE = 0.7
"""Graph mode: the share of a query entity's raise (``ENTITY_WEIGHT`` × its scaled IDF) that a
claim gains when it opens with a reference ("The blaze …", "They …") right after a claim of
its section that mentions the entity, and does not mention it itself
(:func:`web.boosts.raise_continuations`). Round 16 of ``docs/RANKING.md``, 24 sets: 0.6 … 0.75
raise three questions from second to first and lower none (0.8 also one answer 9th → 10th),
0.5 … 0.55 raise two, 0.9 … 1.5 lower two or three by a rank; 0.7 is the middle of the
plateau."""
REASON_WEIGHT = 0.2
"""Graph mode: added to the score of a claim that states a reason (:func:`web.cues.gives_reason`)
when the query asks why (:func:`web.question_cues.asks_why`). Round 20 (28 sets, the connective list
widened): 0.15 / 0.25 / 0.3 each lower two answers by a rank (mean MRR@10 .7826 / .7836 /
.7820 against .7838), so 0.2 stays."""
ANSWER_TYPE_WEIGHT = 0.3
"""Graph mode: added to the score of a claim that states a number (a date, a place) when the
query asks for an amount (a time, a place), and of a claim that holds a negation when the query
asks yes or no: :func:`web.question_cues.asks_amount`, :func:`web.question_cues.asks_date`,
:func:`web.question_cues.asks_place`, :func:`web.question_cues.asks_polar`; added once more to a claim that states
a number of what the query counts (:func:`web.counted.counts_noun`)."""
PERSON_WEIGHT = 0.2
"""Graph mode: added, after the head is re-scored (:mod:`web.rescore`), to the score of a claim
that names a person (:func:`web.claimrows.person_rows`) when the query asks who
(:func:`web.question_cues.asks_who`). Round 17 of ``docs/RANKING.md``, 24 sets (graph MRR@10, screened
on cached stores): 0.15 … 0.2 raise three questions (9 → 5, 5 → 2, 3 → 1) and lower none
(.7638 → .7654); 0.25 also one 5 → 1 and one 2 → 3 (.7660); 0.3 … 0.4 raise five or six and
lower two or three (answers that name a group, not a person; .7668 / .7657); 0.02 … 0.1
raise at most three by less. Added in the first stage instead, as rounds 6 and 9 did: 0.1
three up by less (.7643), 0.2 one answer 1 → 2 (.7645), 0.3 four down (.7640); counting
mentions by reference too, or organisations as well as people, lowers more. 0.2 is the top
of the plateau with no loss. Round 18 (26 sets): the same weight for a question that asks which
organisation (:func:`web.kinds.asks_organisation`) and the claims that name one
(``names_organization``): three answers up to first, none down (.7717 → .7743; 0.15 … 0.4 give
.7737 … .7743); organisations counted for who-questions too, at 0.1 / 0.2 after the re-scoring,
move nothing / lower two (.7717 / .7714)."""
BACK_REFERENCE_WEIGHT = 1.0
"""Graph mode: a claim that refers back ("this category") scores at least this share of the
score of the claim before it (see :func:`web.passages.refers_back`)."""
