"""Other names given to a term the text sets in emphasis: "**real-time Varn assay**, also called
quick Varn assay or qVA, …" and "**reverse Varn assay**, or RV-assay, …".

:mod:`kg.merging.alias_cues` takes a name given after a cue only when it is capitalised, and a
lowercase term in emphasis only in a chain of two cues; :mod:`kg.merging.acronyms` takes "long, or
ACR" only when the acronym spells the initials of every word. A list of variants of a
technique writes neither: the variant is a lowercase term in bold, and its other names are
a reworded term with the same last word and a short form. After the emphasised term, a
comma and "also called", "also known as", "often called", "usually called", "commonly
called" (round 21: a time adverb may stand before them, "then usually called") or "or", each name up to "or", a
comma or the clause's end names the term when it is

- a short form (capitals inside a word: "qVA", "RV-assay") whose letters are the initials of
  the term's words, the last word of the term spelt whole or as its initial ("RV-assay"
  for "reverse Varn assay", "RVA"), or, after a naming cue, any short form; or
- after a naming cue, one to four words ending in the term's last word ("quick Varn
  assay").

Round 13: on pcr_history two variants' three other names were nodes of their own (alias
unity 0.85 → 0.95); no node of the other 19 development sets or the invented ones moved.

Round 21: "**vitriol**, then usually called green vitriol" (the anaesthesia probe's drug and
its older name had been two nodes; one node now, labelled by the longer name, as
:func:`kg.merging.labels.choose_label` picks): measured with ``benchmarks/entities.py
--held-out --ours``, no entity or mention of the other 52 sets moved.
probe16: "long called" is a cue; after a naming cue a capitalised name, a number allowed
after it ("long called Grade 2"), or one rare lowercase word ("also called sonography")
names the term too (:func:`_plain_name`; not "also called for …"); and an emphasised gloss
in brackets between the term and the comma ("*dot script* (*écrit pointé*), also
called …") is a name of the term and does not hide the cue after it (:func:`_glossed`);
only before such a cue (rev16a: "*Varrella montica* (*Orvelliaceae*), a moss" gave the
family as the species' name).
On the braille probe three other names of two terms joined them (with the other probe16
rules, alias unity .70 → .95); every entity, alias and mention of the 61 other texts is
unchanged (dump before and after).
"""

from __future__ import annotations

from kg.finders.candidates import Span, Unit
from kg.finders.emphasis import MARKS
from kg.merging.alias_cues import Definition
from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["term_aliases"]

_CUES = (("also", "called"), ("also", "known", "as"), ("often", "called"), ("usually", "called"),
         ("commonly", "called"), ("long", "called"), ("or",))
# (round 21) a time adverb before a naming cue: "**vitriol**, then usually called green vitriol"
_WHEN = lx._words("then now once formerly still")
_ENDS = frozenset(",;:.)")


def _emphasis_before(toks: list[Token], comma: int) -> tuple[int, int] | None:
    """The words of the emphasised run that closes right before ``comma``, at most six."""
    e = comma
    while e > 0 and toks[e - 1].text in MARKS:
        e -= 1
    if e == comma:
        return None
    s = e
    while s > 0 and toks[s - 1].is_word and e - s < 6:
        s -= 1
    if s == e or s == 0 or toks[s - 1].text not in MARKS:
        return None
    return s, e


def _spells(short: str, words: list[str]) -> bool:
    """True when ``short`` ("RV-assay", "rva") gives the initials of ``words``, the last word
    spelt whole after a hyphen or as its initial."""
    head, _dash, tail = short.casefold().partition("-")
    lows = [w.casefold() for w in words if w.casefold() not in lx.ACRONYM_SKIPS]
    if tail and tail == lows[-1]:
        return len(lows) >= 2 and head == "".join(w[0] for w in lows[:-1])
    letters = "".join(c for c in short.casefold() if c.isalnum())
    return len(lows) >= 2 and letters == "".join(w[0] for w in lows)


def _short_form(tok: Token) -> bool:
    """A word with a capital after its first letter ("qVA", "RV-assay", "VA")."""
    return tok.is_word and any(c.isupper() for c in tok.text[1:]) and len(tok.text) >= 2


def _names(toks: list[Token], k: int) -> list[tuple[int, int]]:
    """The names listed from ``k`` up to a comma or the clause's end, split at "or"."""
    out, start = [], k
    j = k
    while j <= len(toks):
        if j == len(toks) or toks[j].text in _ENDS or toks[j].lower == "or":
            if start < j and j - start <= 4 and all(t.is_word for t in toks[start:j]):
                out.append((start, j))
            else:
                return out
            if j == len(toks) or toks[j].lower != "or":
                return out
            start = j + 1
        j += 1
    return out


def _glossed(toks: list[Token], comma: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The emphasised term and the emphasised gloss in brackets after it, closing right
    before ``comma`` ("*night code* (*code nocturne*),"): a translated or older name."""
    if comma < 2 or toks[comma - 1].text != ")":
        return None
    inner = _emphasis_before(toks, comma - 1)
    if inner is None or inner[0] < 2 or toks[inner[0] - 2].text != "(":
        return None
    term = _emphasis_before(toks, inner[0] - 2)
    return (term, inner) if term is not None else None


def _plain_name(given: list[Token]) -> bool:
    """After a naming cue, one rare lowercase word ("sonography") or a capitalised name, a
    number allowed after it ("Grade 2"), is the other name (probe16); not a phrase that goes
    on in plain words ("also called for reform")."""
    if given[0].lower in lx.STOPWORDS:
        return False
    if given[0].is_cap and not given[0].is_acronym:
        return all(t.is_cap or t.text.isdigit() for t in given)
    return len(given) == 1 and given[0].text.isalpha() and lx.zipf(given[0].lower) < 3.0


def term_aliases(u: int, unit: Unit) -> list[Definition]:
    """The other names of emphasised terms in one sentence (see the module docstring).

    Args:
        u: the unit's index.
        unit: the tokenised sentence.

    Returns:
        One ``alias`` definition per name given, the term as its long form.
    """
    toks, out = unit.tokens, []
    if unit.heading:
        return out
    for i, tok in enumerate(toks):
        if tok.text != ",":
            continue
        term = _emphasis_before(toks, i)
        gloss = _glossed(toks, i) if term is None else None
        if gloss is not None:  # "*T* (*G*), also called …": G names T too (probe16)
            term = gloss[0]
        if term is None:
            continue
        words = [t.text for t in toks[term[0]:term[1]]]
        k = i + 1 + (i + 1 < len(toks) and toks[i + 1].lower in _WHEN)  # "then usually called"
        cue = next((c for c in _CUES if tuple(t.lower for t in toks[k:k + len(c)]) == c
                    and (c != ("or",) or k == i + 1)), None)
        if cue is None:
            continue  # "*Varrella* (*Orvelliaceae*), a moss": a family, no name (rev16a)
        if gloss is not None:
            out.append(Definition(Span(u, *gloss[1], "alias"), Span(u, *term, "alias"), "alias"))
        for s, e in _names(toks, k + len(cue)):
            given = toks[s:e]
            if e - s == 1 and _short_form(given[0]) and (
                    cue != ("or",) or _spells(given[0].text, words)):
                out.append(Definition(Span(u, s, e, "abbreviation"),
                                      Span(u, *term, "alias"), "alias"))
            elif cue != ("or",) and (given[-1].lower == toks[term[1] - 1].lower
                                     or _plain_name(given)) and (s, e) != term:
                out.append(Definition(Span(u, s, e, "alias"), Span(u, *term, "alias"),
                                      "alias"))
    return out
