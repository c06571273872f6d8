"""Cues that keep a lowercase term seen in one sentence only (issue 3's technical terms).

:mod:`kg.selection` keeps a term repeated in two sentences, or in a heading, or one a
definition introduces (:mod:`kg.glosses`, :mod:`kg.patterns`). A term the text names once
is kept here when its sentence says it is a thing of its own:

- it is what an idea, theory or concept is of: "Orlin's idea of basin subsidence", "the
  theory of tidal braking" (the longest term right after "idea of", "theory of",
  "concept of", "notion of", "principle of");
- it is a method, technique, process, procedure, design or device named by a hyphenated
  modifier: "the rival star-sight method", "a rope-hung design" (two words, the first a
  lowercase compound of words, no number word in it);
- it opens its sentence and a non-restrictive relative clause describes it: "The salt
  kiln, which spread along the coast …" (the whole subject, closed by ", which").

Every rule gives the term on its own sentence's evidence; :func:`kg.selection.select`
lets neither its nested-term rule nor the adjunct rule of :mod:`kg.pieces` drop it.

Measured (round 11 of issue 3, ``benchmarks/entities.py --held-out``, 18 development sets;
the 12 invented sets of ``--ours`` did not move): each rule added three core nodes.

- "idea of": plate_tectonics +1 (the second form of a gold term: relations joined at the
  evidence .90 → 1.00), compiler +1 (a real term, not gold), vaccine +1 (a loose phrase);
- hyphenated method: chronometer +1 (a gold term never found before: recall and alias
  unity .95 → 1.00, relations .90 → 1.00), bridges +1 (the alias of a gold term: recall
  .95 → 1.00, relations .90 → 1.00), printing_press +1 (a real term, not gold);
- opening term with ", which": forecasting +1 (a gold term: recall .90 → .95; its relation
  stays unjoined, the evidence names it by its head alone), chronometer +1 (a real term),
  brackwater_transit +1 (a budget phrase).

Looked at and rejected (counts of one-sentence terms a cue would add over the 18 sets):
any term closed by ", which" (29, about half of them pieces of clauses: "models safer",
"severe form"); the same with a rare word in it (16: still "nearby berth", "bean seed");
a term in a section's first sentence whose head is a word of the heading (29, one gold);
a sentence-opening term before "is"/"was" (18, no gold: "branch closures", "print run");
any two-word term opened by a hyphenated compound (130: "five-day forecast", "full-time
post"); a hyphenated compound before "system", "approach", "model" or "instrument" as
well (9: three "human-level systems" kinds on the bundled article, "low-floor model").
"""

from __future__ import annotations

from collections import defaultdict

from kg import lexicon as lx
from kg.candidates import Span, Unit, span_key

__all__ = ["cued_terms"]

# nouns of which a term is the content: "the idea of basin subsidence"
_IDEA_NOUNS = lx._words("idea theory concept notion principle")
# nouns of a way of doing or making something, named by a hyphenated modifier
_METHOD_HEADS = lx._words("method technique process procedure design device")
_ARTICLES = frozenset({"the", "a", "an"})


def cued_terms(units: list[Unit], spans: list[Span]) -> set[tuple[str, ...]]:
    """The keys of terms seen once that their sentence marks as things of their own.

    Args:
        units: the tokenised headings and sentences.
        spans: every candidate span.

    Returns:
        The matching keys of the cued terms (see the module docstring).
    """
    longest: dict[tuple[int, int], int] = defaultdict(int)  # (unit, start) → longest end
    for span in spans:
        if span.kind == "term" and not units[span.unit].heading:
            at = (span.unit, span.start)
            longest[at] = max(longest[at], span.end)
    out = set()
    for (u, start), end in longest.items():
        toks = units[u].tokens
        if _after_idea(toks, start):
            out.add(span_key(units, Span(u, start, end, "term")))
        if _hyphen_method(toks, start):
            out.add(span_key(units, Span(u, start, start + 2, "term")))
        if (start == 0 or start == 1 and toks[0].lower in _ARTICLES) \
                and end + 1 < len(toks) and toks[end].text == "," \
                and toks[end + 1].lower == "which":
            out.add(span_key(units, Span(u, start, end, "term")))
    return out


def _after_idea(toks: list, start: int) -> bool:
    """True when the term at ``start`` follows "idea of", "theory of" …"""
    return start >= 2 and toks[start - 1].lower == "of" and toks[start - 2].lower in _IDEA_NOUNS


def _hyphen_method(toks: list, start: int) -> bool:
    """True when a lowercase hyphenated compound at ``start`` heads a method or design noun
    ("star-sight method"), not a count ("two-part device")."""
    if start + 1 >= len(toks):
        return False
    first, head = toks[start], toks[start + 1]
    parts = first.text.split("-")
    return len(parts) >= 2 and first.text.islower() and all(p.isalpha() for p in parts) \
        and not any(p in lx.NUMBER_WORDS for p in parts) and head.lower in _METHOD_HEADS \
        and head.text.islower()
