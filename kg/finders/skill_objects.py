"""A rare word seen once as what someone learned, taught or practised: "she had learned
varnography as a child", "he taught orrimetry at the academy".

A technique or a discipline is often named once, in a biography's sentence on how someone
came to it; :mod:`kg.finders.rare_words` keeps a rare word only when two sentences write it.
A verb of learning, teaching or practising with the rare word as its bare object (no article,
no possessive: "learned the varnographs" counts things) says it is a skill, a term of its own.
:func:`skill_objects` keeps such a rare-word candidate written once:

- the verb is one of ``_SKILL_VERBS`` ("learned", "taught", "practised", "mastered",
  "studied" …), in lowercase, right before the word;
- the word is a ``rareword`` candidate (Zipf below 3.0 and a noun's shape, as that finder
  judges) and ends its phrase (before punctuation, a function word or the end: not
  "learned varnography methods").

Measured (recall18, ``benchmarks/entities.py --held-out --ours``, 36 development sets and 32
probes): one node more, gold (a surveying technique a map maker learned as a child: with
:mod:`kg.finders.replacements`' printing technique, that probe's recall .90 → 1.00, alias
unity .74 → .84); no other figure moved. The 68 texts hold about a hundred of these verbs
before a lowercase word; the other bare objects are common words (a science, "printing",
"casting"), words of an "-ing" form (which the rare-word finder declines) or already kept.
"""

from __future__ import annotations

from kg.finders.units import Span, Unit, span_key
from kg.words import lexicon as lx

__all__ = ["skill_objects"]

_SKILL_VERBS = lx._words("learn learns learned learnt learning teach teaches taught teaching "
                         "practise practises practised practising practice practiced practicing "
                         "master mastered mastering studied study studies studying")


def skill_objects(units: list[Unit], spans: list[Span], kept: dict[tuple, object]) -> set[tuple]:
    """The keys of the rare words written as a skill's bare object (see the module docstring).

    Args:
        units: the tokenised headings and sentences.
        spans: every candidate span.
        kept: the forms kept so far, by key.

    Returns:
        The keys of such words not kept yet.
    """
    out: set[tuple] = set()
    for span in spans:
        if span.kind != "rareword" or span.start == 0 or units[span.unit].heading:
            continue
        toks = units[span.unit].tokens
        verb, nxt = toks[span.start - 1], toks[span.end] if span.end < len(toks) else None
        if verb.text in _SKILL_VERBS and (nxt is None or not nxt.is_word or nxt.lower in lx.STOPWORDS):
            key = span_key(units, span)
            if key not in kept:
                out.add(key)
    return out
