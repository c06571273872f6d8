"""A name that a relative clause in apposition says people call a thing, used by
:func:`kg.merging.acronyms.definitions` beside :mod:`kg.merging.alias_cues` and :mod:`kg.merging.name_cues`.

"X, a report that everyone in Tarrowby soon called the Pellam Report." / "X, a bridge which
locals dubbed the Iron Lyre,": the capitalised run after "called", "dubbed" or "nicknamed"
(an article and adverbs skipped) is another name of the name X before the comma, when the
apposition opens with a determiner and at most three lowercase words ("a document", "the
old mill"), its relative clause's subject is a few words with no verb-like mark (no comma),
and the name closes the clause and names no role ("whom the crew called the Captain").
:mod:`kg.merging.alias_cues` only takes "X, often called Y", with the cue right after the comma.

Round 13. Measured over the 20 development sets and the 15 invented articles:
vessany_archive alias unity .95 → 1.00 (a report's title and the name it went by); no other
figure or node moved.
"""

from __future__ import annotations

from kg.finders.candidates import Span
from kg.finders.name_before import name_before
from kg.merging.alias_cues import Definition
from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["called_by"]

_CUES = lx._words("called dubbed nicknamed")
_RELATIVES = lx._words("that which")
_SKIP = lx._words("the also soon later often simply quickly always still")
_MAX_KIND = 3  # lowercase words of the apposition's noun phrase
_MAX_SUBJECT = 6  # words of the relative clause's subject (and adverbs)


def _role(tok: Token) -> bool:
    """True for a word that makes a capitalised run a role, not a name ("the Captain")."""
    low = tok.lower.rstrip(".")
    return tok.possessive or low in lx.HONORIFICS or low in lx.TITLE_MODIFIERS \
        or lx.REFERENCE_NOUNS.get(low) == "person" or low in lx.PERSON_NOUNS


def _cue_after(toks: list[Token], k: int) -> int | None:
    """The index of the cue that ends the relative clause's subject starting at ``k``."""
    for c in range(k + 1, min(k + 1 + _MAX_SUBJECT, len(toks))):
        if toks[c].lower in _CUES:
            return c
        if not toks[c].is_word:
            return None
    return None


def called_by(u: int, toks: list[Token]) -> list[Definition]:
    """"X, a report that everyone soon called the Y": Y is another name of X (see the module
    docstring).

    Args:
        u: the unit's index.
        toks: its tokens.

    Returns:
        One alias definition per such apposition.
    """
    out = []
    for i in range(1, len(toks) - 4):
        if toks[i].text != "," or toks[i + 1].lower not in lx.DETERMINERS:
            continue
        k = i + 2
        while k < len(toks) and k - i - 2 < _MAX_KIND and toks[k].is_word \
                and toks[k].text.islower() and toks[k].lower not in _RELATIVES:
            k += 1
        if k == i + 2 or k >= len(toks) or toks[k].lower not in _RELATIVES:
            continue
        cue = _cue_after(toks, k)
        if cue is None:
            continue
        a = cue + 1
        while a < len(toks) and toks[a].lower in _SKIP:
            a += 1
        e = a
        while e < len(toks) and toks[e].is_cap:
            e += 1
        if e == a or e < len(toks) and toks[e].text not in ",.;" \
                or any(_role(t) for t in toks[a:e]):
            continue
        start = name_before(toks, i)
        if start is None:
            continue
        while start < i - 1 and toks[start].lower in lx.DETERMINERS \
                and toks[start].text not in ("A", "An"):
            start += 1
        out.append(Definition(Span(u, a, e, "alias"), Span(u, start, i, "expansion"), "alias"))
    return out
