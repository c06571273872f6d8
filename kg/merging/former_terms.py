"""A term's earlier name of the same head, given after "originally called" and the like.

"the Brellick scale, originally called the current scale, was proposed …": the lowercase
phrase after a cue of a former name ("originally", "formerly", "first", "once",
"previously" before "called", "known as" or "named") is an earlier name of the term before the
cue when both end in the same head noun (:func:`former_terms`, called by
:func:`kg.merging.alias_cues.aliases`). The cues of :mod:`kg.merging.cue_reading` take a
capitalised name after the cue, or a lowercase one only in Markdown emphasis; a lowercase
phrase is as often a description ("originally called the sea gate" of a bridge), so the shared
head is required: two words at least on each side, the last one the same noun.

alias16: measured with ``benchmarks/entities.py --held-out --ours`` (32 development sets, 28
probes): final13 kilogram_history_factual alias unity .90 → .95 (an instrument's former
name, no node before, joined it); nothing else moved.
"""

from __future__ import annotations

from kg.finders.candidates import Span
from kg.merging.cue_reading import NAMING_PARTICIPLES
from kg.words import lexicon as lx
from kg.words.tokens import Token, singular

__all__ = ["former_terms"]

_FORMER = frozenset({"originally", "formerly", "first", "once", "previously", "initially"})
_LONGEST = 4  # words of a term on either side


def _phrase_after(toks: list[Token], a: int) -> int:
    """The end of the run of lowercase content words from ``a`` (at most four)."""
    e = a
    while e < len(toks) and e - a < _LONGEST and toks[e].is_word and toks[e].text.islower() \
            and toks[e].lower not in lx.STOPWORDS:
        e += 1
    return e


def _term_before(toks: list[Token], end: int) -> int:
    """The start of the term ending at ``end``: content words back to a determiner or a
    stopword (at most four)."""
    s = end
    while s > 0 and end - s < _LONGEST and toks[s - 1].is_word \
            and toks[s - 1].lower not in lx.STOPWORDS and toks[s - 1].lower not in lx.DETERMINERS:
        s -= 1
    return s


def former_terms(u: int, toks: list[Token]) -> list[tuple[Span, Span]]:
    """"the Brellick scale, originally called the current scale,": the earlier name and the
    term.

    Args:
        u: the unit's index.
        toks: the unit's tokens.

    Returns:
        ``(earlier name, term)`` span pairs (:func:`kg.merging.alias_cues.aliases` makes each
        a definition).
    """
    out = []
    for i in range(1, len(toks) - 3):
        if toks[i].lower not in _FORMER or toks[i + 1].lower not in NAMING_PARTICIPLES \
                or toks[i - 1].text != ",":
            continue
        a = i + 2 + (toks[i + 1].lower == "known" and toks[i + 2].lower == "as")
        if a < len(toks) and toks[a].lower == "the":
            a += 1
        e = _phrase_after(toks, a)
        s = _term_before(toks, i - 1)
        if e - a < 2 or i - 1 - s < 2 or e < len(toks) and toks[e].is_word:
            continue  # "originally called the sea gate by …" is the end of a phrase
        if singular(toks[e - 1].lower) != singular(toks[i - 2].lower) \
                or [t.lower for t in toks[a:e]] == [t.lower for t in toks[s:i - 1]]:
            continue
        out.append((Span(u, a, e, "alias"), Span(u, s, i - 1, "expansion")))
    return out
