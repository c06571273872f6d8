"""Ranking claims for a query: dense (FAISS), sparse (BM25), their fusion, and graph-aware.

Modes:

* ``dense``: cosine between the query and each claim's own text (FAISS).
* ``sparse``: BM25 over the claims' texts (bm25s).
* ``hybrid``: normalised score fusion, ``cosine + SPARSE_WEIGHT * bm25 / best bm25 of the
  query``, over the union of both retrievers' candidates.
* ``graph`` (the default): fusion with ``GRAPH_SPARSE_WEIGHT``, plus what the graph knows:

  - the query is analysed by :class:`web.query.QueryAnalyser`: an entity that most claims
    mention is dropped from the embedded text, and rarer entities named in the query raise
    the claims that mention them (literally or by reference) by ``ENTITY_WEIGHT`` times their
    IDF scaled to [0, 1];
  - a claim is scored by the better of its plain vector and its *resolved view* (its text
    with references replaced by the entity's label, :mod:`web.passages`), blended with its
    *context vector* (the sentence before it and the claim, encoded together,
    :mod:`web.context`) by ``CONTEXT_WEIGHT``;
  - a question that asks why (:mod:`web.cues`) raises the claims that state a reason
    ("because", "so that", …) by ``REASON_WEIGHT``;
  - the best ``LATE_DEPTH`` candidates are re-scored by late interaction
    (:mod:`web.maxsim`): ``LATE_WEIGHT`` × the IDF-weighted MaxSim between the embedded
    query's content word pieces and the claim's (text and resolved view), from the same
    model's token vectors, so a question about one phrase of a long claim is not drowned by
    the rest of the sentence;
  - the re-scored head also takes up to ``ENTITY_HEAD`` further candidates that mention an
    entity the query names (one the entity boost counts), so a claim about a rarely named
    entity is compared word by word even when its cosine leaves it below the head;
  - section evidence: after late interaction each claim of the head gains ``SECTION_WEIGHT``
    × the best head score in its section (its own included), so a claim in the section that
    holds the strongest evidence beats an equally scored claim standing alone;
  - near-duplicate claims (``similar_to`` edges with ``near_duplicate``) collapse into the
    best-ranked one, whose hit lists the others.

The values below were chosen once on the development sample (``shared/eval/dev_questions.json``:
22 paraphrase questions over the bundled article) from a grid over each value, and then left
alone; the held-out sets in ``benchmarks/data`` were only measured afterwards. Figures are
R@1 / R@5 / MRR@10 on dev (``python benchmarks/search.py``):

* ``SPARSE_WEIGHT = 0.02``. Dense alone gives 0.36 / 0.45 / 0.41. Every BM25 weight cost a
  little on dev: w = 0.01 or 0.02 → 0.36 / 0.45 / 0.41 (MRR 0.406), 0.05 → 0.402, 0.1 →
  0.32 / 0.45 / 0.37, 0.2 → 0.31, 0.3 → 0.31; reciprocal-rank fusion (k = 60) 0.18 / 0.50 /
  0.29; BM25 normalised by the query's attainable maximum instead of its best hit was no
  better. The dev questions are paraphrases sharing few words with their answers, so BM25
  mostly adds noise there; 0.02 is the best non-zero weight.
* ``GRAPH_SPARSE_WEIGHT = 0.0``: on top of the graph-aware query, BM25 again only cost
  (0.55 / 0.68 / 0.605 at 0 → 0.595 at 0.02, 0.567 at 0.05, 0.555 at 0.1), so graph mode does
  not consult BM25; named entities reach it through the entity boost instead.
* ``ENTITY_WEIGHT = 0.1``: dev figures are the same for 0 … 0.2 and drop from 0.3 (0.575);
  the middle of the flat range is kept.
* ``web.query.COMMON_SHARE = 0.3`` (drop an entity that more than 30 % of claims mention from
  the embedded query): 0.41 / 0.55 / 0.47 → 0.55 / 0.68 / 0.605; the same for 0.2 … 0.5.
* Resolved views: 0.36 / 0.45 / 0.41 → 0.41 / 0.55 / 0.47 alone (dense text query).
* ``CANDIDATES = 50`` per retriever.
* Late interaction (round 2), ``LATE_WEIGHT = 3.0``, ``LATE_DEPTH = 30`` (since re-chosen,
  see round 3 below): 0.55 / 0.68 / 0.61 →
  0.59 / 0.73 / 0.645 on dev. Dev MRR@10 is flat at 0.645–0.648 for weights 1.5 … 6 with IDF
  weighting (0.64 without it, 0.59 at weight 1); 3 is the middle of that plateau, and depths
  20 / 30 / 50 give the same. The query pieces are those of the embedded text (the common
  entity dropped: the whole question gave 0.55 … 0.57), and a claim's pieces are the union of
  its text's and its resolved view's (the better of two separate MaxSims gave 0.61). Held out,
  measured once afterwards: cooperative 0.46 → 0.57, telescope 0.48 → 0.59 MRR@10. Pieces
  stored as int8 score the same as float32. Measured and left out: MaxSim from claim to query
  (0.55), adding it to query-to-claim (0.61), and a threshold on piece similarity (≤ 0.58).
  With late interaction in place, dev MRR@10 stays 0.645 for ``ENTITY_WEIGHT`` 0 … 0.3 and
  ``BACK_REFERENCE_WEIGHT`` 0 or 1, so those keep their round-1 values.
* Section titles in the bags (round 3), ``web.maxsim.TITLE_WEIGHT = 1.0``: each claim's bag
  also holds its section title's pieces (each distinct title encoded once, alone), which do
  not count in the pieces' document frequencies. Counted, they cost dev 0.59 / 0.73 / 0.645
  → 0.55 / 0.73 / 0.623 at every weight from 0.5 to 1; not counted, dev is unchanged at
  0.59 / 0.73 / 0.645 for weights 0.25 … 1.0 and drops from 1.25 (0.592; 0.511 at 1.5). Dev
  cannot choose inside that range, so the weight is 1 (title pieces count as the claim's
  own, no down-weighting), the value measured first; it is the edge of the dev plateau.
  Held out (R@1 / R@5 / MRR@10): cooperative 0.44 / 0.84 / 0.571 → 0.48 / 0.92 / 0.622,
  telescope 0.48 / 0.76 / 0.590 → 0.44 / 0.84 / 0.600. The held-out sets were also measured
  at 0.5 … 0.9 during this choice (cooperative MRR@10 0.571 … 0.601, telescope 0.596 …
  0.603), so they are no longer blind to it. Titles add 2–3.5 % to the build's encoded
  tokens and 4 to 8 pieces to each claim's bag; graph-mode p50 stays about 1.1 ms.
* Late-interaction depth and weight re-chosen on all five development sets (round 3 of
  issue 4): ``LATE_DEPTH = 15``, ``LATE_WEIGHT = 2.5`` (were 30 and 3.0). On river, graph mode
  had lost R@5 against dense (0.88 → 0.84): ``--misses graph`` showed the answer ranked 1st to
  3rd by cosine and pushed to 4th … 11th by claims from deeper in the cosine list that share
  literal words with the question ("nutrients", "programme") — the paraphrase questions avoid
  the answer's words, so MaxSim rewards a lexical distractor. Re-scoring fewer candidates
  keeps late interaction to reordering the dense evidence's head. R@1 / R@5 / MRR@10, dev /
  cooperative / telescope / river / compiler: 30, 3.0: .59/.73/.645, .48/.92/.622,
  .44/.84/.600, .64/.84/.718, .68/1.00/.809 → 15, 2.5: .59/.73/.648, .48/.92/.631,
  .44/.84/.613, .64/.92/.739, .68/1.00/.815 (mean MRR@10 0.679 → 0.689, mean R@5 0.865 →
  0.881; no set loses). The plateau: depths 12 / 15 / 18 at weight 2.5 give mean MRR@10
  0.693 / 0.689 / 0.686 and every set ≥ the old figures; depth 10 (weight 3) costs
  cooperative 0.622 → 0.576; weight 2.0 costs telescope and compiler (0.59, 0.79); weights
  1 … 4 at depth 30 move the mean by ≤ 0.02 with one set or another losing.

* Round 4 of issue 4, on all five sets (R@1 / R@5 / MRR@10; dev / cooperative / telescope /
  compiler / river; stores rebuilt since round 3, so compiler starts at 0.835, not 0.815).
  Before: .59/.73/.648, .48/.92/.631, .44/.84/.613, .72/1.00/.835, .64/.92/.739 (mean MRR@10
  0.693, mean R@5 0.881).

  - ``CONTEXT_WEIGHT = 0.2`` (context vectors, :mod:`web.context`): .59/.73/.645,
    .48/.96/.642, .44/.84/.613, .72/1.00/.850, .72/.92/.779 (mean 0.706, R@5 0.889; eleven
    questions move up one rank and three down one, dev's only change being one of those three,
    rank 4 → 5). Weights 0.1 / 0.15 / 0.2 / 0.25 / 0.3 / 0.4 give mean MRR@10 0.695 / 0.700 /
    0.706 / 0.701 / 0.702 / 0.706 (R@5 0.881 … 0.889); from 0.25 compiler loses R@5 (1.00 →
    0.96), so 0.2 is kept. Adding the context vectors' nearest claims to the candidates
    changes nothing. The cost is at build time: the context texts are about twice as long as
    the claims, which adds 1.25 to 1.7 times the pieces the build already encoded (``kg build``
    of the bundled article 3.6 … 5.4 s → 7.9 … 8.6 s wall on the shared machine;
    ``benchmarks/perf.py``: build against the bare model's load + encode 0.46× → 0.74×, target
    ≤ 1.5×; build peak memory 418 → 590 MiB); a search does one more dot product per
    candidate (in-process p50 1.62 → 1.66 ms over the five sets, load average 4).
  - ``REASON_WEIGHT = 0.2`` (why-questions raise claims with a causal connective,
    :mod:`web.cues`), on top of the context: .64/.82/.702, .48/.96/.644, .44/.84/.613,
    .76/1.00/.870, .72/.92/.778 (mean 0.721, R@5 0.908). Weights 0.08 / 0.1 / 0.12 / 0.15 /
    0.18 / 0.2 / 0.25 / 0.3 / 0.4 give mean MRR@10 0.711 / 0.711 / 0.713 / 0.717 / 0.718 /
    0.721 / 0.724 / 0.729 / 0.733, no set below its figure without the cue. The figure keeps
    rising because at large weights a why-question's claims with a connective simply go
    first, which would bury the answers that have none (8 of the 17 why-questions' answers);
    0.2 keeps the cue a nudge of the size of the cosine gaps between neighbouring candidates.
    Without the context vectors the cue alone gives mean 0.699 (0.15). Adding it to the
    cosine before back-references inherit it cost cooperative one question at 0.2; a wider
    connective list (with "since", "thus", "so", "reason") cost cooperative one question at
    0.15.

  Measured in round 4 and left out (mean MRR@10 / mean R@5 against 0.693 / 0.881):

  - Question → statement rewriting of the embedded text by English grammar (question word and
    auxiliary inversion undone: "When was the company founded?" → "the company was founded",
    "How many seats does the board have?" → "the board have seats"): replacing the query's
    vector and pieces 0.632 / 0.833 (telescope 0.613 → 0.489); the question's vector with
    the statement's pieces 0.654, the statement's vector with the question's pieces 0.665;
    both encoded in one batch, cosine max 0.689 / 0.881 and mean 0.688 / 0.865 (telescope
    R@5 0.84 → 0.80) with the question's pieces, 0.659 … 0.670 with both texts' pieces
    (union, max or mean of the two MaxSims). Smaller edits of the question: a final full stop
    for the question mark 0.695 / 0.873 (river R@5 0.92 → 0.88), no question mark 0.680; an
    answer cue for the question word ("why" → "because", "when" → "in", "how many" → "the
    number", "who" → "the person who") 0.689 replacing, 0.692 as a second text (mean).
    all-MiniLM-L6-v2 matches these questions to their answers better as questions.
  - A manner cue for how-questions that are not about an amount (claims with "by …ing",
    "through", "using" raised, on top of the kept values): mean 0.727 … 0.728 / 0.908 … 0.916
    at 0.05 … 0.2, from two questions (river, cooperative); only 4 of the 17 such questions'
    answers carry one of those markers (9 of the 17 why-questions' answers carry a causal
    connective), so it was left out as a fit to two questions.
  - The question's noun chunks (runs of content words) as extra short texts in the same
    encode, ``cosine + w × mean (or max) chunk cosine``: w 0.1 / 0.25 / 0.5 → 0.694 / 0.688 /
    0.677 (max 0.689 / 0.673 / 0.656).
  - Section title before the claim as a dense view ("Title: claim", "Title. claim"): better of
    the two 0.697 / 0.883 and 0.698 / 0.883 with telescope 0.613 → 0.58; discounted (× 0.94,
    0.97) 0.685 … 0.689; blended (0.3 or 0.5) 0.689 … 0.697 with compiler losing R@1 or river
    R@5 (0.92 → 0.84).
  - Context views other than the previous sentence blended at 0.2: the next sentence 0.688
    (cooperative 0.631 → 0.599); previous and next as two views 0.696; one window of previous,
    claim and next 0.701 / 0.873 (river R@5 0.92 → 0.88); the last 12 or 20 words of the
    previous sentence 0.698 / 0.700; the normalised sum of the two sentences' own vectors (no
    extra encode) 0.691 … 0.698 with cooperative R@5 0.92 → 0.88; the context view as an
    alternative (the better of the two cosines) 0.692 / 0.857 (cooperative R@5 0.92 → 0.80).
  - Proximity in MaxSim: the best window of W consecutive bag pieces instead of (or averaged
    with) the whole bag, W 4 … 12: 0.646 … 0.687. IDF raised to 0.5 / 1.5 / 2: 0.685 / 0.691 /
    0.693 (R@5 down to 0.865). Late interaction inherited by back-referring claims from the
    claim before them (max at 0.8 … 1, or mean): 0.672 … 0.695.
  - Mean-centred vectors (corpus mean × 0.5 or 1 removed from claims and query, alone or
    averaged with the raw cosine): 0.677 … 0.687. A content-word pooled vector (the mean of
    the bag's pieces against the query's content pieces, IDF-weighted or not) added to
    MaxSim at 0.2 … 1: 0.677 … 0.693, compiler losing up to 0.11.
  - Score fusion over the whole candidate list by rank was not measured again: reciprocal-rank
    and z-scored fusion were measured in round 3 (below).

* Round 5 of issue 4, on all five sets (R@1 / R@5 / MRR@10; dev / cooperative / telescope /
  compiler / river, the same stores as round 4). Before: .64/.82/.702, .48/.96/.644,
  .44/.84/.613, .76/1.00/.870, .72/.92/.778 (mean MRR@10 0.721, mean R@5 0.908).

  - ``SECTION_WEIGHT = 1.0`` (section evidence in the re-scored head): .64/.82/.725,
    .48/1.00/.649, .44/.88/.632, .76/1.00/.880, .72/.92/.794 (mean 0.736, R@5 0.924; R@1 the
    same on every set; 16 questions move up, 5 down by one or two ranks, none of them out of
    the top 5). Weights 0.1 / 0.2 / 0.3 / 0.5 / 0.8 / 1.0 / 1.5 / 2 / 3 give mean MRR@10
    0.724 / 0.727 / 0.732 / 0.735 / 0.734 / 0.736 / 0.735 / 0.734 / 0.730; R@5 is 0.900 …
    0.908 below 1.0 and 0.924 from 1.0 to 3.0, so 1.0 is the edge of the R@5 plateau where
    the MRR@10 one peaks. The best score of the section counts the claim itself, so a claim
    alone in its section (or under no heading) doubles its score: the evidence of the section
    is compared with the evidence of a lone claim on the same scale.
  - ``ENTITY_HEAD = 5``, on top: telescope .44/.88/.632 → .44/.92/.642, nothing else moves
    (mean 0.738, R@5 0.932); 3, 5, 10, 15 or all such candidates give the same. Alone
    (without section evidence) it moves the same one question (telescope MRR@10 0.619).
    Taking them from all the claims that mention the entities rather than the candidates
    gave the same figures; the candidates are used, so the extra cost is at most five more
    bags to score.
  - With both kept: ``LATE_DEPTH`` 12 / 20 give 0.726 / 0.932 (cooperative R@5 0.92) and
    0.736 / 0.932 (compiler 0.873); ``LATE_WEIGHT`` 2.0 / 3.0 give 0.734 / 0.924 and
    0.729 / 0.932; ``SECTION_WEIGHT`` 0.5 / 0.75 / 1.5 / 2 give 0.736 / 0.916, 0.736 / 0.916,
    0.737 / 0.932, 0.736 / 0.932; ``CONTEXT_WEIGHT`` 0.1 / 0.3 give 0.726 / 0.916 and
    0.727 / 0.916; ``ENTITY_WEIGHT`` 0.05 / 0.2 give 0.734 / 0.932 and 0.736 / 0.932;
    ``BACK_REFERENCE_WEIGHT`` 0 gives 0.735 / 0.924; ``REASON_WEIGHT`` 0.1 gives 0.725 / 0.923
    and 0.3 gives 0.743 / 0.932 (one dev why-question to rank 1, river down a rank: the
    reason given in round 4 for stopping at 0.2 stands). The round-4 values stay.
  - Latency: in-process graph-mode ``Engine.search`` p50 over the five sets 0.98 … 1.36 →
    1.04 … 1.14 ms (four alternating runs on the shared machine, query encodings cached).

  Measured in round 5 and left out (mean MRR@10 / mean R@5 against 0.721 / 0.908, or against
  0.736 / 0.924 with section evidence where said):

  - Section evidence before the head is chosen (each candidate gains a share of the best
    first-stage score among its section's candidates): 0.05 / 0.1 / 0.15 give 0.723 / 0.908,
    0.725 / 0.900, 0.727 / 0.900 (cooperative R@5 0.96 → 0.92); the best of the *other*
    claims of the section only: 0.712 … 0.715 / 0.892 (cooperative R@5 0.96 → 0.88). In the
    head, the others only: 0.697 / 0.881 at 0.3 (dev loses five questions).
  - Paragraphs (blocks between blank lines of the source) instead of sections: in the head
    0.728 / 0.916 at 0.5 and 0.732 / 0.924 at 1.0 (a question lost on compiler and river
    against sections); before the head 0.718 … 0.723 with compiler R@5 1.00 → 0.96.
  - Section evidence decaying with distance inside the section (a section-mate's score ×
    γ^(sentences apart), the claim's own undecayed): γ = 0.95 / 0.9 / 0.8 / 0.6 give 0.730 /
    0.924, 0.727 / 0.916, 0.723 / 0.908, 0.723 / 0.908, against 0.738 / 0.932 at γ = 1: the
    section as a unit carries the evidence, not the neighbouring sentences (compare round 1's
    smoothing over ``next`` neighbours).
  - Candidates in the section of the best one to five first-stage candidates joining the head
    (at most 2 … 10), on top of both kept changes: 0.736 … 0.737 / 0.916 … 0.924.
  - A head of adaptive depth (the candidates within δ of the best first-stage score, at least
    10 and at most 30) with both kept changes: δ = 0.08 / 0.1 / 0.12 / 0.15 / 0.2 give 0.729 /
    0.900, 0.729 / 0.900, 0.726 / 0.900, 0.725 / 0.908, 0.731 / 0.908 (cooperative and
    compiler lose R@5); at least 15, the same as the fixed depth.
  - Section evidence from MaxSim alone (the best MaxSim of the section, not the best score):
    0.5 / 1 / 2 / 3 give 0.723 / 0.900, 0.727 / 0.908, 0.723 / 0.916, 0.730 / 0.916 (river
    loses a question at R@1 from 2).
  - MaxSim over all the claims as a second candidate source (stores of a few hundred claims:
    the M claims of best MaxSim join the head): without section evidence M = 1 0.722 / 0.909
    (cooperative down two ranks), M = 2 … 8 0.719 … 0.720 / 0.892; with it, M = 1 0.738 /
    0.933 (dev's q61 found, compiler down a rank), M = 2 0.737 / 0.925, M = 3 or 5 0.736 …
    0.737 / 0.917 (cooperative R@5 1.00 → 0.92). The claims of best MaxSim outside the
    cosine head are mostly lexical distractors again (see round 3); M = 1 is one question's
    worth and costs a MaxSim over the whole store per query, so it was left out.
  - A hubness prior: each claim's mean cosine (views and context blended, as ranked) to 40
    generic English questions written for this ("What happened next?", "Why is it
    important?", …, about no article), centred, subtracted × w: w = 0.05 changes nothing,
    0.1 / 0.2 / 0.3 / 0.5 / 1.0 give 0.715 / 0.711 / 0.717 / 0.713 / 0.715 with R@5 0.900 …
    0.867; the mean of each claim's five best cosines instead, w = 0.1 / 0.3 / 0.6: 0.715 /
    0.717 / 0.713. The answers left out of the candidates are not kept out by generic claims.

  Still out of the top 10 after round 5: dev q22, q28, q61, telescope t20, river r20 (cosine
  ranks 132, 83, 76, 90 and 21 of 112 … 159 claims); dev q19 rose from outside to 8th.

Measured in round 3 on all five sets and left out (mean MRR@10 against 0.679 at the time):
per-query z-scored fusion of cosine and MaxSim (0.617 … 0.685 over weights 0.5 … 3);
reciprocal-rank fusion of the cosine and MaxSim orders inside the re-scored head (0.634 …
0.641, k = 2 … 60); keeping the cosine's top 1 or 2 at rank 2, 3 or 5 whatever MaxSim says
(0.676 … 0.678, R@5 down to 0.841); MaxSim calibrated by bag length (``- b log(length /
median)``: 0.675 at b = 0.02, 0.627 at 0.1); the mean of the best two claim pieces per query
piece (0.662 … 0.671); query pieces weighted by their similarity to the query vector (0.666
… 0.673); query pieces z-scored across candidates (0.677 / 0.690 at scale 0.05 / 0.1,
telescope losing 0.03); acronym expansion in the embedded query ("ABC" → the entity's label,
with or without the acronym kept: 0.670, river and compiler losing 0.02); requiring an
all-capitals alias to be written in capitals, and an entity boost for names only (both
unchanged, 0.678 … 0.679); ``ENTITY_WEIGHT`` 0 … 0.3 (0.676 … 0.681); short claims (< 6, 8
or 10 words) also embedded with their previous or next sentence, max over views (0.678 …
0.679). The sets have 22–25 questions, so one question moves a set's R@1 by 0.04: only
changes that held on every set were kept.

Measured in round 2 and left out (dev MRR@10 before late interaction unless said):
clause views (each long claim also embedded as its clauses, split at ``;``, ``:``, dashes and
", which/while/because/but/…", max over views: 0.61 → 0.57, and no better held out);
max-pooled token vectors beside the mean-pooled one (0.60 at best); an expected-answer-type
bonus from the graph's entity types (when/what year → date, how much/many → quantity, who →
person) on top of late interaction (dev unchanged at every weight, held-out up or down by a
question). Query variants (alias-expanded or declarative) were not tried then: each costs
a second query encode, over the latency budget (declarative forms: round 4, above).

Measured on dev and left out because they did not help there: smoothing a claim's score with
its ``next`` neighbours (0.05 × their mean: MRR@10 0.605 → 0.582; 0.05 × their max: same),
the previous sentence's score passed to claims opening with a reference, section-title and
paragraph similarity, a hubness correction (CSLS), pseudo-relevance feedback, a length prior,
an expected-answer-type bonus (years, numbers, people), a table-of-contents penalty, dropping
question words, and lexical expansion with corpus words close to the query's words in the
model's input embeddings: each cost up to 0.08 MRR@10 or changed nothing.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import networkx as nx
import numpy as np

from index import Embedder, LexicalIndex, VectorIndex
from web.context import ClaimContext
from web.cues import asks_why
from web.derived import Derived, derive
from web.maxsim import STOP_WORDS, TokenBags
from web.query import COMMON_SHARE, Analysis, QueryAnalyser

try:  # PyStemmer, as in index.lexical
    import Stemmer as _pystemmer
except ImportError:  # pragma: no cover - depends on the environment
    _pystemmer = None

log = logging.getLogger(__name__)

MODES = ("dense", "sparse", "hybrid", "graph")
DEFAULT_MODE = "graph"

CANDIDATES = 50
"""How many candidates each retriever contributes before fusion."""
SPARSE_WEIGHT = 0.02
"""Hybrid mode: weight of the BM25 score (divided by the query's best) beside the cosine."""
GRAPH_SPARSE_WEIGHT = 0.0
"""Graph mode: the same weight (BM25 is not consulted when it is 0)."""
ENTITY_WEIGHT = 0.1
"""Graph mode: weight of the scaled IDF of each query entity that a claim mentions."""
LATE_WEIGHT = 2.5
"""Graph mode: weight of a candidate's late-interaction score (:mod:`web.maxsim`, in [0, 1])."""
LATE_DEPTH = 15
"""Graph mode: how many of the best candidates are re-scored by late interaction."""
CONTEXT_WEIGHT = 0.2
"""Graph mode: a claim with a context vector (:mod:`web.context`) scores
``(1 - CONTEXT_WEIGHT) × its cosine + CONTEXT_WEIGHT × its context vector's cosine``."""
REASON_WEIGHT = 0.2
"""Graph mode: added to the score of a claim that states a reason (:func:`web.cues.gives_reason`)
when the query asks why (:func:`web.cues.asks_why`)."""
ENTITY_HEAD = 5
"""Graph mode: at most this many candidates beyond the best :data:`LATE_DEPTH` that mention an
entity the query names (one the entity boost counts) are re-scored with them, best first."""
SECTION_WEIGHT = 1.0
"""Graph mode: after late interaction, each re-scored claim gains this share of the best score
among the re-scored claims of its section (:func:`section_best`), its own included."""
BACK_REFERENCE_WEIGHT = 1.0
"""Graph mode: a claim that refers back ("this category") scores at least this share of the
score of the claim before it (see :func:`web.passages.refers_back`)."""


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


@dataclass
class ClaimViews:
    """Extra vectors for some claims (see :func:`web.passages.passage_views`).

    Attributes:
        vectors: float32 (m, d), L2-normalised.
        rows: int (m,): the claim row each view stands for.
        index: FAISS over ``vectors``.
    """

    vectors: np.ndarray
    rows: np.ndarray
    index: VectorIndex


class Ranker:
    """Ranks the claims of one store; read-only after construction, so threads may share it.

    Args:
        graph: the knowledge graph.
        claims: claim ids in vector-row order.
        vector_index: FAISS over the claims' plain texts.
        lexical_index: BM25 over the same texts.
        embedder: the query encoder.
        vectors: the claims' plain vectors (float32 (n, d)); needed by the fused modes.
        views: extra vectors per claim; graph mode uses the plain vectors only when None.
        token_bags: the claims' word pieces (:mod:`web.maxsim`); graph mode re-scores its
            best candidates by late interaction with them, and skips that when None.
        context: the claims' context vectors (:mod:`web.context`); graph mode blends them
            into the cosines by :data:`CONTEXT_WEIGHT`, and skips that when None.
        derived: the graph's search-time tables (:mod:`web.derived`), as a loaded store
            holds them; derived from ``graph`` here when None.
    """

    def __init__(
        self,
        *,
        graph: nx.MultiDiGraph,
        claims: Sequence[str],
        vector_index: VectorIndex,
        lexical_index: LexicalIndex,
        embedder: Embedder,
        vectors: np.ndarray | None = None,
        views: ClaimViews | None = None,
        token_bags: TokenBags | None = None,
        context: ClaimContext | None = None,
        derived: Derived | None = None,
    ):
        self.graph = graph
        self.claims = list(claims)
        self.vector_index = vector_index
        self.lexical_index = lexical_index
        self.embedder = embedder
        self.vectors = vectors
        self.views = views
        self.token_bags = token_bags
        self.context = context
        self._context_of = context.lookup(len(self.claims)) if context is not None else None
        if token_bags is not None and token_bags.claim_count != len(self.claims):
            raise ValueError(
                f"token bags for {token_bags.claim_count} claims, not {len(self.claims)}"
            )
        tables = derived or derive(graph, self.claims)
        self.analyser = QueryAnalyser(tables=tables.entities)
        self._view_of = np.full(len(self.claims), -1, dtype=np.int64)
        if views is not None and len(views.rows):
            self._view_of[np.asarray(views.rows, dtype=np.int64)] = np.arange(len(views.rows))
        self._duplicates = tables.duplicate_groups()
        self._previous, self._next = tables.previous, tables.following
        self._refers_back = tables.refers_back
        self._section = tables.section
        self._gives_reason = tables.gives_reason

    def rank(self, query: str, *, k: int, mode: str) -> list[Hit]:
        """The best ``k`` claims for a text query, best first.

        Args:
            query: the query text (not empty).
            k: how many hits.
            mode: one of :data:`MODES`.

        Returns:
            At most ``k`` hits.

        Raises:
            ValueError: an unknown mode.
        """
        depth = max(k, CANDIDATES)
        if mode == "dense":
            return self.rank_vector(self.embedder.encode_query(query), k=k)
        if mode == "sparse":
            return [Hit(self.claims[r], s) for r, s in self._sparse(query, k)]
        if mode == "hybrid":
            vector = self.embedder.encode_query(query)
            rows, dense = self._dense_candidates(vector, depth, views=False)
            sparse = self._sparse(query, depth)
            return self._top(self._fuse(rows, dense, sparse, vector, SPARSE_WEIGHT, views=False), k)
        if mode == "graph":
            return self._rank_graph(query, k=k, depth=depth)
        raise ValueError(f"unknown mode {mode!r}")

    def rank_vector(self, vector: np.ndarray, *, k: int) -> list[Hit]:
        """The best ``k`` claims for a normalised query embedding (plain vectors only)."""
        scores, rows = self.vector_index.search(vector, k)
        return [Hit(self.claims[int(r)], float(s)) for s, r in zip(scores[0], rows[0]) if r >= 0]

    def analyse(self, query: str) -> Analysis:
        """The query as graph mode sees it (entities named, text embedded)."""
        return self.analyser.analyse(query)

    def _rank_graph(self, query: str, *, k: int, depth: int) -> list[Hit]:
        analysis = self.analyser.analyse(query)
        tokens = None
        if self.token_bags is not None and LATE_WEIGHT > 0:
            vector, tokens = self.embedder.encode_query_tokens(analysis.dense_text)
        else:
            vector = self.embedder.encode_query(analysis.dense_text)
        rows, dense = self._dense_candidates(vector, depth, views=True)
        sparse = self._sparse(query, depth) if GRAPH_SPARSE_WEIGHT > 0 else []
        scores = self._fuse(rows, dense, sparse, vector, GRAPH_SPARSE_WEIGHT, views=True)
        scores = self._inherit(scores, vector)
        candidates = np.fromiter(scores, dtype=np.int64, count=len(scores))
        values = np.fromiter(scores.values(), dtype=np.float64, count=len(scores))
        named = np.zeros(len(candidates), dtype=bool)
        for hit in analysis.entities:
            if hit.share > COMMON_SHARE or hit.weight <= 0:
                continue
            mentioned = self.analyser.rows(hit.entity)
            where = np.searchsorted(mentioned, candidates)
            inside = where < len(mentioned)
            inside[inside] = mentioned[where[inside]] == candidates[inside]
            values += ENTITY_WEIGHT * hit.weight * inside
            named |= inside
        if REASON_WEIGHT > 0 and asks_why(query):
            values += REASON_WEIGHT * self._gives_reason[candidates]
        order = np.lexsort((candidates, -values))
        if tokens is not None:
            order = self._late(order, candidates, values, tokens, named=named)
        hits: list[Hit] = []
        taken: dict[int, Hit] = {}
        for i in order:
            row = int(candidates[i])
            group = self._duplicates.get(row)
            if group is not None and group[0] in taken:
                continue
            hit = Hit(self.claims[row], float(values[i]))
            if group is not None:
                hit.duplicates = [self.claims[r] for r in group[1] if r != row]
                taken[group[0]] = hit
            hits.append(hit)
            if len(hits) == k:
                break
        return hits

    def _late(
        self,
        order: np.ndarray,
        candidates: np.ndarray,
        values: np.ndarray,
        tokens,
        *,
        named: np.ndarray,
    ) -> np.ndarray:
        """Re-scores the head of the candidates by late interaction and section evidence.

        The head is the best :data:`LATE_DEPTH` candidates and at most :data:`ENTITY_HEAD` more
        of those ``named`` (bool, per candidate: mentions an entity the query names). ``values``
        of the head gain ``LATE_WEIGHT`` × their MaxSim, then ``SECTION_WEIGHT`` × the best of
        those scores in their section (in place); the head stays ahead of the candidates that
        were not re-scored. Returns the new order.
        """
        top, rest = order[:LATE_DEPTH], order[LATE_DEPTH:]
        if ENTITY_HEAD > 0:
            joining = np.flatnonzero(named[rest])[:ENTITY_HEAD]
            if len(joining):
                top = np.concatenate((top, rest[joining]))
                rest = np.delete(rest, joining)
        late = self.token_bags.scores(tokens, candidates[top])
        if late is None:
            return order
        values[top] += LATE_WEIGHT * late
        if SECTION_WEIGHT > 0:
            best = section_best(self._section[candidates[top]], values[top])
            values[top] += SECTION_WEIGHT * best
        top = top[np.lexsort((candidates[top], -values[top]))]
        return np.concatenate((top, rest))

    def _inherit(self, scores: dict[int, float], vector: np.ndarray) -> dict[int, float]:
        """Raises claims that refer back to ``BACK_REFERENCE_WEIGHT`` × their predecessor's score.

        The successors of the candidates that refer back join the candidates first, so a claim
        whose own words miss the query is found through the sentence it continues.
        """
        if BACK_REFERENCE_WEIGHT <= 0 or not scores:
            return scores
        rows = np.fromiter(scores, dtype=np.int64, count=len(scores))
        following = self._next[rows]
        following = following[following >= 0]
        following = following[self._refers_back[following]]
        self._add_cosines(scores, following, vector)
        rows = np.fromiter(scores, dtype=np.int64, count=len(scores))
        back = rows[self._refers_back[rows]]
        if len(back) == 0:
            return scores
        previous = self._previous[back]
        self._add_cosines(scores, previous, vector)
        inherited = dict(scores)
        for row, before in zip(back.tolist(), previous.tolist()):
            inherited[row] = max(scores[row], BACK_REFERENCE_WEIGHT * scores[before])
        return inherited

    def _add_cosines(self, scores: dict[int, float], rows: np.ndarray, vector: np.ndarray) -> None:
        """Adds the cosines of the rows that are not candidates yet."""
        missing = np.unique(
            np.asarray([r for r in rows.tolist() if r not in scores], dtype=np.int64)
        )
        if len(missing):
            scores.update(
                zip(missing.tolist(), self._cosines(missing, vector, views=True).tolist())
            )

    def _dense_candidates(
        self, vector: np.ndarray, depth: int, *, views: bool
    ) -> tuple[np.ndarray, np.ndarray]:
        """Candidate rows from FAISS (plain vectors, and views when asked) with their cosines
        (blended with the context vectors' when views are asked)."""
        scores, rows = self.vector_index.search(vector, depth)
        found = {int(r): float(s) for s, r in zip(scores[0], rows[0]) if r >= 0}
        if views and self.views is not None and self.views.index.ntotal:
            v_scores, v_rows = self.views.index.search(vector, depth)
            for s, r in zip(v_scores[0], v_rows[0]):
                if r >= 0:
                    row = int(self.views.rows[r])
                    found[row] = max(found.get(row, -1.0), float(s))
        rows = np.fromiter(found, dtype=np.int64, count=len(found))
        scores = np.fromiter(found.values(), dtype=np.float64, count=len(found))
        if views:
            self._blend_context(rows, scores, vector)
        return rows, scores

    def _cosines(self, rows: np.ndarray, vector: np.ndarray, *, views: bool) -> np.ndarray:
        """Exact cosines of some claims; with ``views``, the better of plain and view vectors,
        blended with the context vectors' (:meth:`_blend_context`)."""
        if self.vectors is None or len(rows) == 0:
            return np.zeros(len(rows))
        scores = np.asarray(self.vectors[rows], dtype=np.float32) @ vector
        if views and self.views is not None:
            view_rows = self._view_of[rows]
            has = view_rows >= 0
            if has.any():
                viewed = np.asarray(self.views.vectors[view_rows[has]], dtype=np.float32) @ vector
                scores[has] = np.maximum(scores[has], viewed)
        scores = scores.astype(np.float64)
        if views:
            self._blend_context(rows, scores, vector)
        return scores

    def _blend_context(self, rows: np.ndarray, scores: np.ndarray, vector: np.ndarray) -> None:
        """Blends the context vectors' cosines into some claims' cosines (in place)."""
        if self._context_of is None or CONTEXT_WEIGHT <= 0 or len(rows) == 0:
            return
        where = self._context_of[rows]
        has = where >= 0
        if has.any():
            near = np.asarray(self.context.vectors[where[has]], dtype=np.float32) @ vector
            scores[has] = (1 - CONTEXT_WEIGHT) * scores[has] + CONTEXT_WEIGHT * near

    def _fuse(
        self,
        rows: np.ndarray,
        dense: np.ndarray,
        sparse: list[tuple[int, float]],
        vector: np.ndarray,
        weight: float,
        *,
        views: bool,
    ) -> dict[int, float]:
        """``cosine + weight * bm25 / best bm25`` over the union of the candidates."""
        scores = dict(zip(rows.tolist(), dense.tolist()))
        missing = np.asarray([r for r, _ in sparse if r not in scores], dtype=np.int64)
        if len(missing):
            scores.update(
                zip(missing.tolist(), self._cosines(missing, vector, views=views).tolist())
            )
        top = max((s for _, s in sparse), default=0.0)
        if top > 0:
            for row, score in sparse:
                scores[row] += weight * score / top
        return scores

    def _top(self, scores: dict[int, float], k: int) -> list[Hit]:
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:k]
        return [Hit(self.claims[row], score) for row, score in best]

    def _sparse(self, query: str, k: int) -> list[tuple[int, float]]:
        scores, rows = self.lexical_index.search(query, k)
        return [(int(r), float(s)) for s, r in zip(scores, rows) if s > 0]


def section_best(sections: np.ndarray, values: np.ndarray) -> np.ndarray:
    """For each item, the best value among the items of its section, itself included.

    Args:
        sections: int (m,): each item's section number; -1 (no section) puts an item alone.
        values: (m,) the items' scores.

    Returns:
        float64 (m,); an item alone in its section (or in none) gets its own value.
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
    best = np.full(len(groups), -np.inf)
    np.maximum.at(best, inverse, values)
    return best[inverse]


# --- highlighting -------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_CLAUSE = re.compile(r"[^,;:—–()\[\]]+")
_LEAD = re.compile(r"[\W_]*")
_TRAIL = re.compile(r"[\W_]*$")
_STOP = STOP_WORDS


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str | None:
    """A word's stem, or None for a stopword; cached, so a search stems few words afresh."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    if word in _STOP or (len(word) < 2 and not word.isdigit()):
        return None
    if _pystemmer is not None:
        # A new stemmer per miss: PyStemmer objects are not thread-safe, and making one is cheap.
        return _pystemmer.Stemmer("english").stemWord(word)
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


@functools.lru_cache(maxsize=1 << 14)
def _clauses(text: str) -> tuple[tuple[int, int, int, frozenset], ...]:
    """(start, end, word count, stems) of each clause of a text that has words (see
    :func:`highlight`); cached, as the same claims come back query after query."""
    return tuple(
        (m.start(), m.end(), len(words), frozenset(filter(None, map(_stem, words))))
        for m in _CLAUSE.finditer(text)
        if (words := _WORD.findall(m.group()))
    )


def highlight(text: str, query: str) -> tuple[int, int]:
    """The clause of ``text`` that best matches ``query``, as offsets into ``text``.

    Clauses are the runs between commas, semicolons, colons, dashes and brackets. Each is scored
    by the distinct query words it shares after stemming and dropping stopwords and question
    words; ties go to the shorter clause. A clause of one or two words is widened to its
    neighbours so the mark reads as a phrase.

    Args:
        text: the claim text.
        query: the query.

    Returns:
        ``(start, end)`` with ``0 <= start <= end <= len(text)``; the whole text when no clause
        shares a word with the query.
    """
    wanted = {stem for stem in map(_stem, _WORD.findall(query)) if stem}
    whole = (0, len(text))
    if not wanted:
        return whole
    clauses = _clauses(text)
    best, best_key = -1, (0, 0)
    for i, (start, end, _count, stems) in enumerate(clauses):
        key = (len(wanted.intersection(stems)), start - end)
        if key[0] and key > best_key:
            best, best_key = i, key
    if best < 0:
        return whole
    first = last = best
    while sum(clauses[i][2] for i in range(first, last + 1)) < 3 and (
        first > 0 or last < len(clauses) - 1
    ):
        if last < len(clauses) - 1:
            last += 1
        else:
            first -= 1
    start, end = clauses[first][0], clauses[last][1]
    # Trim to the first and last word: no spaces, closing punctuation or quotes at the edges.
    start += len(_LEAD.match(text, start, end).group())
    end -= len(_TRAIL.search(text[start:end]).group())
    return start, end
