"""term22: three more shapes of a lowercase term written once, called by
:func:`kg.finders.term_glosses.term_glosses` (which holds term20's and gloss21's cues):

- a rare plural glossed by a plural kind and a relative (:func:`_plural_glosses`): "the
  quillons, the curved iron bars that …", "for the gate-pins, a set of small brass studs that …";
- a technical phrase after a sentence-opening "This"/"These" and a copula, summing up a device
  or a way of working just described (:func:`_summed_terms`): "This drip-cup valve was …";
- a phrase after "a/the system/scheme of", closed by a mark (:func:`_system_terms`): "In a
  system of token routing, each car …".

Each is guarded as the cues of :mod:`kg.finders.term_glosses` are: the plural is rare
(Zipf < :data:`~kg.finders.rare_words.RARE_WORD`) or a plain hyphenated compound under Zipf 4.5,
and no list follows the comma; "This T" passes :func:`~kg.finders.gloss_cues.technical` and ends
in a head of a device or a way of working (:data:`_MECHANISMS`: "This home-made jam was …" is
none); "a system of" needs two or three term words, a singular head, no generic modifier and
one word under Zipf 4.5 ("a system of family support", "… of collection tins" are none).

Measured (``benchmarks/entities.py --held-out --ours``, 42 development sets, 38 probes; every
entity of the 80 texts dumped before and after, and every span the cues give listed): each cue
fires only on gold terms, four spans over the 80 texts, four new nodes, no other node changed.
invented_seed_drill_maker recall .85 → .95, alias unity .80 → .90, types .70 → .75, core 23 → 25
(a rare plural glossed by "the" and a plural kind, its singular joined; a compound
mechanism after "This"); factual_elevator recall .90 → .95, alias unity .85 → .90, core 41 → 42 ("In a
system of …,"); the wordbook probe recall, alias unity and types .94 → 1.00, core 16 → 17 (a
hyphenated plural glossed by "a set of … that"). Dev means recall .986 → .990, alias unity .923
→ .927, types .816 → .817, core 2112 → 2115; probes recall .974 → .975, alias unity .939 → .941,
types .831 → .833, core 912 → 913; relations and conflations unchanged on every set. The shapes
unguarded match 9 ("the Ts, the/a"), 29 ("This …") and 10 ("a/the system of") phrases over the
texts, most loose (a demonstrative before an everyday noun, a plural of people glossed by a
person, a list after "a system of").
Not done: a term closed by ", which" in mid-sentence (the gold one is no technical phrase:
its modifier is above Zipf 3.5, and its head is another term's); a maker's term after a pronoun
subject and a gerund (its words are everyday, and "opened/founded a …" names shops and clubs as
often as terms).
rev21a (review): a plural inside a list written without "and" ("the coulters, the sprags, the
wedges that …") was taken as glossed by the next item, and "This sprinkler/ticketing system was
…" was taken as a device; the term's "the" after a comma is now refused and "system" is no head
of :data:`_MECHANISMS`. Entity benchmark output unchanged on all 80 texts (timings aside).
"""

from __future__ import annotations

from kg.finders.candidates import Span, Stats
from kg.finders.gloss_cues import (
    COPULAS,
    VAGUE_KINDS,
    listed,
    lower_word,
    plain_compound,
    relative_at,
    technical,
)
from kg.finders.rare_words import RARE_WORD
from kg.finders.terms import head_ok, is_term_word
from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["rare_head", "term_shapes"]


def term_shapes(unit_index: int, toks: list[Token], stats: Stats) -> list[Span]:
    """Spans of terms in the three shapes of the module docstring.

    Args:
        unit_index: the unit's index.
        toks: its tokens.
        stats: the corpus statistics.

    Returns:
        A ``defined`` span for each such term.
    """
    return _plural_glosses(unit_index, toks) + _summed_terms(unit_index, toks, stats) \
        + _system_terms(unit_index, toks, stats)


def rare_head(tok: Token) -> bool:
    """True for a lowercase word rare in English that may end a term."""
    return tok.text.isalpha() and tok.text.islower() and lx.rarity(tok.lower) < RARE_WORD \
        and not lx.is_generic_modifier(tok.lower) and head_ok(tok)


def _plural(tok: Token) -> bool:
    """True for a lowercase plural noun that may end a term: "blades", "tally-words"."""
    return lower_word(tok) and tok.lower.endswith("s") and not tok.lower.endswith("ss") \
        and head_ok(tok) and tok.lower not in VAGUE_KINDS


def _plural_glosses(unit_index: int, toks: list[Token]) -> list[Span]:
    """term22: a rare plural glossed by a plural kind and a relative: "the quillons, the
    curved bars that …", "for the gate-pins, a set of small studs that …". The term is
    one word rare in English or a plain hyphenated compound under Zipf 4.5; no list."""
    out = []
    for i in range(2, len(toks) - 4):
        term, k = toks[i - 1], i + 1
        if toks[i].text != "," or toks[i - 2].lower != "the" or toks[k].lower not in ("the", "a", "an") \
                or i > 2 and toks[i - 3].text == "," \
                or not _plural(term) or listed(toks, k) or not (
                    rare_head(term) or plain_compound(term.lower) and lx.zipf(term.lower) < 4.5):
            continue
        for n in range(k + 2, min(k + 7, len(toks))):
            if relative_at(toks, n) or toks[n].lower == "that":
                if _plural(toks[n - 1]):
                    out.append(Span(unit_index, i - 1, i, "defined"))
                break
            if not lower_word(toks[n]):
                break
    return out


# heads of a device or a way of working that "This T was …" may sum up (term22); not "system"
# (rev21a: "This sprinkler/ticketing/braking system was …" is an everyday installation)
_MECHANISMS = lx._words("mechanism device apparatus machine process method technique gear") \
    | lx.ARTEFACT_NOUNS | lx.PRODUCT_HEADS | lx.TECHNIQUE_HEADS


def _summed_terms(unit_index: int, toks: list[Token], stats: Stats) -> list[Span]:
    """term22: a technical term that opens a sentence after "This" or "These", summing up the
    mechanism the sentences before describe: "This drip-cup valve was not wholly new"; the
    phrase passes :func:`~kg.finders.gloss_cues.technical` ("This old house was cold" is none)
    and ends in a head of :data:`_MECHANISMS` ("This home-made jam was …" is none)."""
    if len(toks) < 4 or toks[0].lower not in ("this", "these"):
        return []
    e = 1
    while e < len(toks) and e <= 3 and lower_word(toks[e]) and is_term_word(toks, e, stats):
        e += 1
    if e == 1 or e >= len(toks) or toks[e].lower not in COPULAS or not technical(toks, 1, e) \
            or toks[e - 1].lower not in _MECHANISMS:
        return []
    return [Span(unit_index, 1, e, "defined")]


# nouns of an arrangement named by the phrase after "of": "a system of token routing, …"
_SYSTEMS = lx._words("system scheme")
# a phrase all of whose words are this common is an everyday one ("a system of family support")
_EVERYDAY = 4.5


def _system_terms(unit_index: int, toks: list[Token], stats: Stats) -> list[Span]:
    """term22: "In a system of token routing, each …": two or three lowercase term words after
    "a/the system/scheme of", closed by a mark, with a singular head, no generic modifier and
    one word under Zipf 4.5 (a list, "a system of pipes and drains", or "a system of family
    support" is none)."""
    out = []
    for i in range(len(toks) - 4):
        if toks[i].lower not in ("a", "the") or toks[i + 1].lower not in _SYSTEMS \
                or toks[i + 2].lower != "of":
            continue
        s = e = i + 3
        while e < len(toks) and e - s < 4 and lower_word(toks[e]) and is_term_word(toks, e, stats) \
                and toks[e].lower not in lx.STOPWORDS and not lx.is_generic_modifier(toks[e].lower):
            e += 1
        if 2 <= e - s <= 3 and e < len(toks) and toks[e].text in (",", ".", ";") \
                and head_ok(toks[e - 1]) and not _plural(toks[e - 1]) \
                and any(lx.zipf(toks[k].lower) < _EVERYDAY for k in range(s, e)):
            out.append(Span(unit_index, s, e, "defined"))
    return out
