"""A cleft sentence's dummy "it" ("It was only after the exhibition that …", "It was not until
1890 that …"), for :func:`kg.references.phrase_context.expletive`.

diag16p: "the method" opening a sentence came to take the technique the section's heading names
(:mod:`kg.references.way_nouns`), and the next sentence's cleft "It was only after the 1877
exhibition … that rivals copied …" then took that technique too: the "that" of the cleft
stands too far for the tail test of :func:`~kg.references.phrase_context.expletive`. A form of
"be", at most one focusing adverb ("only", "not", "just"), then a conjunction or preposition of
time or cause opens the clefted adjunct, and the cleft's "that" follows (review rev16i):
such an "it" refers to nothing. Not "It was in Pelmor" or "It was only a small lamp", whose
"it" may be a thing. Measured with the heading rule (see :mod:`kg.references.way_nouns`): that
one wrong reference removed; nothing else of the 34 development sets and 30 probes moved.
"""

from __future__ import annotations

from kg.words import lexicon as lx

__all__ = ["cleft"]

# adverbs that focus the clefted phrase ("It was only after …", "It was not until …")
_FOCUS = lx._words("only not just precisely largely partly mainly chiefly")
# conjunctions and prepositions of time or cause that open a clefted adjunct
_CLEFT_OPENERS = lx._words("after until till during because since once when")


def cleft(nxt: list[str], be: frozenset) -> bool:
    """True when the words after "it" (``nxt``, lowercase, to the sentence's end) open a
    cleft: a form of "be" (``be``), at most one focusing adverb, then "after", "until",
    "during", "because" …, and the cleft's "that" after them. Review rev16i: without the
    "that", "It was once the largest maker in the county" and "It was after 1900 the
    largest …" lost their "it" (the firm) as a dummy; no figure, type or reference of the 64
    texts (every one dumped) moved."""
    if not nxt or nxt[0] not in be:
        return False
    k = 2 if len(nxt) > 2 and nxt[1] in _FOCUS else 1
    return len(nxt) > k and nxt[k] in _CLEFT_OPENERS and "that" in nxt[k + 1:]
