"""The label of a "Label: text" list item ("Flood risk: …" gives "Flood risk"), a finder of
:func:`kg.finders.patterns.find_spans`, and the items that are fields of a fact box rather than
labelled text ("Opened: 3 June 1887", "Head gardener: Ada Vennel (from 1990)").

A "Label: value" item whose value is a name standing alone ("Managing director: Oda M.
Brannan (from 2011)", "Main work: the Kessing Bay Crossing (1987–1991)") is a field of a
fact box, like "Opened: 1887", and its label no term. Measured: bridges −6 nodes (six
fact-box labels of a firm's profile, of roles and dates), no other set or gold entity
moved.

(junk16) A value opening with a number word ("Clearance: three bolts per panel") is a
field's value as one opening with a digit is. Measured (``--held-out --ours``): telescope
core nodes 83 → 82 (a spec table's label), nothing else moved; a label explained in words
("Retarding: the dough rests …") stays. rev16b: only a number word that counts the next word
(:func:`_count`); "one of the slowest stages", "half the dough" open a clause.
"""

from __future__ import annotations

from kg.finders.candidates import Span, Stats, Unit
from kg.finders.emphasis import MARKS
from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["labels"]


def _field(words: list[Token], rest: list[Token]) -> bool:
    """True for a "Field: value" item ("Opened: 3 June 1887", "Colour: bronze"): the
    value starts with a number or a count in words ("seven actuators"), holds no lowercase
    word or is a name standing alone ("Head gardener: Ada Vennel (from 1990)", "Main work: the Kessing Bay Crossing, 1987"), or
    the label is one common word."""
    values = [t for t in rest if t.is_word]
    if not values or values[0].is_number or _count(rest) \
            or not any(t.text[0].islower() for t in values):
        return True
    if _lone_name(rest):
        return True
    return len(words) == 1 and lx.zipf(words[0].lower) >= 4.0


def _count(rest: list[Token]) -> bool:
    """True when a value opens with a number word that counts the next word ("seven
    actuators per segment") or stands alone ("six, of oak"), not one opening a clause ("one
    of the slowest stages, …", "half the dough …")."""
    k = next(k for k, t in enumerate(rest) if t.is_word)
    nxt = rest[k + 1] if k + 1 < len(rest) else None
    return rest[k].lower in lx.NUMBER_WORDS and (
        nxt is None or not nxt.is_word or nxt.lower not in lx.STOPWORDS)


def _lone_name(rest: list[Token]) -> bool:
    """True when a value is a name (after "the", "a" or "an") ended by the item or by
    punctuation, not a sentence that opens with a capital ("Heavy rain floods …")."""
    k = 1 if rest and rest[0].lower in ("the", "a", "an") else 0
    start = k
    while k < len(rest) and rest[k].is_word and (rest[k].text[0].isupper() or (
            rest[k].lower in lx.NAME_CONNECTORS and k > start)):
        k += 1
    return k - start >= 2 and (k == len(rest) or not rest[k].is_word)


def labels(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """The label of a "Label: text" list item ("Flood risk: …" gives "Flood risk")."""
    toks = unit.tokens
    if not unit.list_item or unit.heading:
        return []
    first = 0
    while first < len(toks) and toks[first].text in MARKS:
        first += 1  # "**Flood risk:** …", "__Flood risk__: …"
    colon = next((k for k, t in enumerate(toks[:first + 8]) if t.text == ":"), None)
    if not colon or colon <= first or not toks[first].is_word or not toks[first].text[0].isupper():
        return []
    end = colon
    while end > first and toks[end - 1].text in MARKS:
        end -= 1
    words = toks[first:end]
    if not words or any(not t.is_word and t.text not in "-&" for t in words):
        return []
    if any(t.lower in lx.COMMON_VERBS or t.lower in lx.PRONOUNS for t in words):
        return []
    if all(t.lower in lx.STOPWORDS for t in words) or _field(words, toks[colon + 1:]):
        return []
    return [Span(unit_index, first, end, "label")]
