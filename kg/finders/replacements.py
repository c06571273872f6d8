"""A term seen once that replaced a kept term: "replaced pan boiling with vacuum evaporation",
"wanted to replace wet glazing with varnography".

A new method, material or process is often named once, at the moment it displaced the old
one; the old one is the term the article is about and is kept on its own evidence. The
replacing phrase is then the same kind of thing, and a term of its own, though the corpus
gives it no second sentence. :func:`replacement_terms` keeps a candidate term (or rare word)
Y written once when its sentence reads "replace(d/s) X with Y" or "replacing X with Y" (selection keeps the key):

- X, between the verb and "with", is exactly a kept lowercase form, written bare (no article
  or possessive: "replaced the old trays with …" compares objects, not methods);
- Y is the shortest candidate that starts right after "with" and ends where its phrase does
  (before punctuation, a function word, the end, or a participle that goes on with a
  modifier: "… with vacuum drying using glycol"); it is lowercase throughout and
  ends in no pronoun ("with enamelled ones").

Measured (recall18, ``benchmarks/entities.py --held-out --ours``, 36 development sets and 32
probes): two nodes more, both gold (a perfumery's extraction method, recall .91 → .96, alias
unity .87 → .91, relations .92 → 1.00; a map maker's printing technique, recall .90 → .95,
alias unity .74 → .79); no other figure moved. 13 "replace … with …" sentences in the 68
texts; the others replace objects named with an article or a possessive ("the drying room",
"its carts"), which the bare-X check leaves out (without it: one junk node, a drying house).
Not done: "substituted Y for X", "X gave way to Y", "switched from X to Y" (no case in the sets).
"""

from __future__ import annotations

from kg.finders.units import Span, Unit, span_key
from kg.words import lexicon as lx

__all__ = ["replacement_terms"]

_REPLACING = lx._words("replace replaced replaces replacing")
_PRONOUNS = lx._words("one ones it them those")


def _phrase_end(toks, end: int) -> bool:
    """True when a phrase may end before token ``end``: punctuation, a function word, the
    end, or a participle ("using", "based") that goes on with a modifier."""
    if end >= len(toks):
        return True
    nxt = toks[end]
    return not nxt.is_word or nxt.lower in lx.STOPWORDS or nxt.lower.endswith(("ing", "ed"))


def replacement_terms(units: list[Unit], spans: list[Span], kept: dict[tuple, object]) -> set[tuple]:
    """The keys of the candidate terms that replace a kept term (see the module docstring).

    Args:
        units: the tokenised headings and sentences.
        spans: every candidate span.
        kept: the forms kept so far, by key.

    Returns:
        The keys of such terms not kept yet.
    """
    by_start: dict[tuple[int, int], list[Span]] = {}
    for span in spans:
        if span.kind in ("term", "rareword") and not units[span.unit].heading:
            by_start.setdefault((span.unit, span.start), []).append(span)
    out: set[tuple] = set()
    for u, unit in enumerate(units):
        toks = unit.tokens
        if unit.heading or not any(t.lower in _REPLACING for t in toks):
            continue
        for v, tok in enumerate(toks):
            if tok.lower not in _REPLACING or not tok.text.islower():
                continue
            w = next((k for k in range(v + 2, min(len(toks), v + 7)) if toks[k].lower == "with"), None)
            if w is None:
                continue
            old = toks[v + 1:w]
            if not all(t.is_word and t.text.islower() and t.lower not in lx.STOPWORDS for t in old) \
                    or span_key(units, Span(u, v + 1, w, "")) not in kept:
                continue
            for span in sorted(by_start.get((u, w + 1), []), key=lambda s: s.end):
                words = toks[span.start:span.end]
                if all(t.text.islower() for t in words) and words[-1].lower not in _PRONOUNS \
                        and _phrase_end(toks, span.end):
                    key = span_key(units, span)
                    if key not in kept:
                        out.add(key)
                    break
    return out
