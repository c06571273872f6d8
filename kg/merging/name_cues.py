"""Other names a text gives in apposition (round 9 of issue 3), used by
:func:`kg.merging.acronyms.definitions` beside :mod:`kg.merging.alias_cues`.

- "X, the so-called “Y” rule" (:func:`so_called`): Y is another name of X. Measured:
  seedtrust alias 0.95 → 1.00 (a clause and its nickname); no other set of the 16
  development and 11 invented ones moved (the one other "so-called" of the 27 sets has no
  comma before it and is left alone).
- "X, the office that developed into today's Y" / "X, which later became the Y," (:func:`grew_into`):
  Y is the name X came to have, when Y is no role ("the Chief Surveyor"). Measured:
  forecasting alias 0.75 → 0.80 (a department and the office it became); no other set moved.
- "the Marine Institute, Kelloway, …" (:func:`sited`): an institution's or building's name
  (organisation or structure head) with one capitalised place word after a comma, closing
  the phrase and in no list, is a fuller name of it. Measured: chronometer alias
  0.85 → 0.90; no other set moved, and it joins nothing else over the 27 sets.
- "… began running **isochrons**: … Isochron dating, as the method is called, …" and
  "The 1954 Act — as it is now known — …" (:func:`as_called`, round 10, across two
  sentences): a sentence that opens with X and says X is what "it" or "the N" is called
  names the one name or term of the sentence before sharing X's first word or last word
  (a number does not count). Measured over the 18 development sets and 12 invented ones:
  two joins, both right (forecasting alias 0.85 → 0.90, brackwater_transit 0.90 → 0.95 and
  one node fewer, a year read only inside the Act's short name); nothing else moved. Two
  such names before, or none, join nothing.
- "X (or the Y)", "X (“the Y”)" (:func:`bracketed`, round 10): a capitalised name in
  brackets after "or" or in quotation marks is another name of the name before; no figure
  of the 30 sets moved (figures with the other round-10 cues in :mod:`kg.merging.alias_cues`).
- "Ada Tormundsen (née Vesterby)" (:func:`born_name`, round 10): the surname a person was
  born with is a name of that person. Measured: architect_bio −1 node (a mother's birth
  surname was a node of its own); no other figure or node of the 30 sets moved.
- "the **Varn Office** (*Varnskontor*)", "a **tide board** (the *Gezeitbrett*)"
  (:func:`equivalents`, round 18): an italic run filling a bracket after a name or a bold
  term, in words English does not know, is the name in another language
  (:func:`kg.finders.emphasis.foreign_equivalent`). Measured: enigma_codebreaking alias
  unity (figures in the round-18 note of :mod:`kg.merging.canonical`).
- "*Die Kunst der kalten Kammer* ("The Art of the Cold Room")" (:func:`translations`,
  round 20): the quoted title in the bracket is the italic title's translation
  (:func:`kg.finders.emphasis.translated_titles`; figures in :mod:`kg.finders.emphasis`).
"""

from __future__ import annotations

from collections import defaultdict

from kg.finders.candidates import Span, Unit
from kg.finders.emphasis import MARKS, foreign_equivalent, translated_titles
from kg.finders.name_before import name_before
from kg.merging.alias_cues import Definition
from kg.merging.birth_names import born_as
from kg.merging.cue_reading import _ADVERBS, NAMING_PARTICIPLES, cap_run
from kg.merging.cue_subjects import _PRONOUNS
from kg.words import lexicon as lx
from kg.words.tokens import Token, key_of

__all__ = ["as_called", "born_name", "bracketed", "equivalents", "grew_into", "sited", "so_called"]

_QUOTES = frozenset("“\"‘")
_CLOSES = frozenset("”\"’")


def so_called(u: int, toks: list[Token]) -> list[Definition]:
    """"X, the so-called “Y” rule, …": Y (quoted, or a capitalised run) is another name of the
    name X before the comma (capitalised words and numbers, Markdown marks around it
    skipped: "**Rule 4**, the so-called “late bell” rule")."""
    out = []
    for i in range(3, len(toks) - 1):
        if toks[i].lower != "so-called" or toks[i - 1].lower != "the" or toks[i - 2].text != ",":
            continue
        end = i - 2
        while end > 0 and toks[end - 1].text in MARKS:
            end -= 1
        start = end
        while start > 0 and (toks[start - 1].is_cap or toks[start - 1].is_number
                             and start >= 2 and toks[start - 2].is_cap):
            start -= 1
        if start == end or not toks[start].is_cap:
            continue
        a = i + 1
        if toks[a].text in _QUOTES:
            e = next((k for k in range(a + 1, min(a + 6, len(toks))) if toks[k].text in _CLOSES),
                     None)
            if e is None or e == a + 1 or not all(t.is_word for t in toks[a + 1:e]):
                continue
            short = Span(u, a + 1, e, "alias")
        elif toks[a].is_cap:
            short = Span(u, a, cap_run(toks, a, 1) + 1, "alias")
        else:
            continue
        out.append(Definition(short, Span(u, start, end, "expansion"), "alias"))
    return out


def bracketed(u: int, toks: list[Token]) -> list[Definition]:
    """"X (or the Y)" and "X (“the Y”)": a capitalised name in brackets right after a name,
    after "or" or in quotation marks, is another name of it (a bare acronym in brackets is
    :mod:`kg.merging.acronyms`' own)."""
    out = []
    for i in range(1, len(toks) - 3):
        if toks[i].text != "(" or not toks[i - 1].is_cap or toks[i - 1].possessive:
            continue
        a = i + 1
        quoted = toks[a].text in _QUOTES
        if not quoted and toks[a].lower != "or":
            continue
        a += 1
        if a < len(toks) and toks[a].lower == "the":
            a += 1
        if a >= len(toks) or not toks[a].is_cap:
            continue
        e = cap_run(toks, a, 1) + 1
        close = e + quoted
        if close >= len(toks) or toks[close].text != ")" or quoted and toks[e].text not in \
                _CLOSES:
            continue
        start = cap_run(toks, i - 1, -1)
        while start < i - 1 and toks[start].lower in lx.DETERMINERS:
            start += 1
        out.append(Definition(Span(u, a, e, "alias"), Span(u, start, i, "expansion"), "alias"))
    return out


def equivalents(u: int, toks: list[Token]) -> list[Definition]:
    """"the **Varn Office** (*Varnskontor*)": the italic run in the bracket is the name in
    another language (:func:`kg.finders.emphasis.foreign_equivalent`)."""
    out = []
    for i, tok in enumerate(toks):
        if tok.text != "(":
            continue
        found = foreign_equivalent(toks, i)
        if found:
            start, end, a, e = found
            out.append(Definition(Span(u, a, e, "alias"), Span(u, start, end, "expansion"),
                                  "alias"))
    return out


def translations(u: int, toks: list[Token]) -> list[Definition]:
    """"*Uber den Varnstein* ("On the Varn Stone")": the quoted title in the bracket is the
    italic title's translation, the same work (:func:`kg.finders.emphasis.translated_titles`)."""
    return [Definition(Span(u, a, e, "alias"), Span(u, start, end, "expansion"), "alias")
            for start, end, a, e in translated_titles(toks)]


_GREW = (("grew", "into"), ("evolved", "into"), ("developed", "into"), ("became",),
         ("later", "became"), ("was", "to", "become"))
_NOW = frozenset({"today", "today's", "today’s", "the", "present-day"})


def grew_into(u: int, toks: list[Token]) -> list[Definition]:
    """"X, the office that developed into today's Y." / "X, which later became the Y,": Y is the name
    X came to have (a capitalised run that ends the clause, no role or person's noun)."""
    out = []
    lows = [t.lower for t in toks]
    for i in range(1, len(toks) - 3):
        if toks[i].text != ",":
            continue
        a = i + 1
        if lows[a] == "the" and a + 2 < len(toks) and lows[a + 2] in ("that", "which"):
            a += 3  # "the office that"
        elif lows[a] == "which":
            a += 1
        else:
            continue
        verb = next((v for v in _GREW if tuple(lows[a:a + len(v)]) == v), None)
        if verb is None:
            continue
        a += len(verb)
        while a < len(toks) and lows[a] in _NOW:
            a += 1
        e = a
        while e < len(toks) and toks[e].is_cap:
            e += 1
        if e - a < 1 or e < len(toks) and toks[e].text not in ",.;" or any(
                t.possessive or t.lower.rstrip(".") in lx.HONORIFICS | lx.TITLE_MODIFIERS
                or lx.REFERENCE_NOUNS.get(t.lower) == "person" or t.lower in lx.PERSON_NOUNS
                or t.lower.endswith(lx.PERSON_SUFFIXES) and lx.zipf(t.lower) >= 3.5
                for t in toks[a:e]):
            continue  # "which later became the Chief Surveyor": a role, not a name
        start = name_before(toks, i)
        if start is not None and i - start >= 2:
            while start < i and lows[start] in lx.DETERMINERS:
                start += 1
            out.append(Definition(Span(u, a, e, "alias"), Span(u, start, i, "expansion"),
                                  "alias"))
    return out


_SITED_HEADS = lx.ORG_HEADS | lx.STRUCTURE_HEADS


def sited(u: int, toks: list[Token]) -> list[Definition]:
    """"the Marine Institute, Kelloway, …": an institution's or building's name with its
    place after a comma is a fuller name of it ("Marine Institute, Kelloway"), when the
    place is one capitalised word that closes the phrase and the name stands in no list."""
    out = []
    for i in range(2, len(toks) - 2):
        if toks[i].text != "," or toks[i - 1].lower not in _SITED_HEADS \
                or not toks[i + 1].is_cap or toks[i + 1].is_acronym \
                or toks[i + 2].text not in ",.;" or toks[i + 1].possessive:
            continue
        start = cap_run(toks, i - 1, -1)
        while start < i - 1 and toks[start].lower in lx.DETERMINERS:
            start += 1
        if i - start < 2 or start > 0 and toks[start - 1].text in ",;" \
                or i + 3 < len(toks) and toks[i + 2].text == "," and toks[i + 3].lower in (
                    "and", "or"):
            continue  # one word is no name here; "A, B, and C" is a list
        out.append(Definition(Span(u, start, i + 2, "alias"), Span(u, start, i, "expansion"),
                              "alias"))
    return out


_BORN = frozenset({"née", "nee", "né"})


def born_name(u: int, toks: list[Token]) -> list[Definition]:
    """"Anna Lind (née Vesterby)": the surname a person was born with is a name of that
    person (the name before the bracket, two words or more); and "X, born Y Z" (probe17)."""
    out = born_as(u, toks)  # "Little Duskin, born Edwin Duskin Talbrek" (birth_names)
    for i in range(3, len(toks) - 2):
        if toks[i].lower not in _BORN or toks[i - 1].text != "(" or not toks[i + 1].is_cap \
                or not toks[i - 2].is_cap:
            continue
        end = cap_run(toks, i + 1, 1) + 1
        start = cap_run(toks, i - 2, -1)
        if end < len(toks) and toks[end].text == ")" and i - 1 - start >= 2:
            out.append(Definition(Span(u, i + 1, end, "alias"), Span(u, start, i - 1, "expansion"),
                                  "alias"))
    return out


_ASIDE = frozenset({",", "—", "–"})
# verbs, which make the words before the aside a clause, not a name
_VERBS = lx.COMMON_VERBS | lx.PAST_VERBS


def _opening_as_called(toks: list[Token]) -> tuple[int, int] | None:
    """Where X is in a sentence that opens "X, as the method is called, …" or "The X — as it
    is still known — …" (up to five words, "the" left out, no lowercase verb after the
    first: not "Tidal records improved, as it is now known, …"), else None."""
    lows = [t.lower for t in toks]
    start = int(bool(lows) and lows[0] == "the")
    end = start
    while end < len(toks) and end - start < 5 and toks[end].is_word:
        end += 1
    if any(toks[k].text.islower() and (toks[k].lower in _VERBS or toks[k].lower.endswith("ed"))
           for k in range(start + 1, end)):
        return None  # a clause: "Tidal records improved, as it is now known, after 1900"
    a = end + 2
    if end == start or a + 2 >= len(toks) or toks[end].text not in _ASIDE or lows[a - 1] != "as":
        return None
    if lows[a] == "the" and toks[a + 1].is_word and toks[a + 1].text.islower():
        a += 2  # "as the method is called"
    elif lows[a] in _PRONOUNS:
        a += 1  # "as it is still known"
    else:
        return None
    if a >= len(toks) or lows[a] not in lx.BE_FORMS:
        return None
    a += 1
    while a < len(toks) and lows[a] in _ADVERBS and lows[a] != ",":
        a += 1
    return (start, end) if a < len(toks) and lows[a] in NAMING_PARTICIPLES else None


def as_called(units: list[Unit], spans: list[Span]) -> list[Definition]:
    """"… the crews tried **night soundings**: … Night sounding, as the method is called, …":
    a sentence that opens with X and says X is what "it" or "the N" is called gives another
    name to the one name or term of the sentence before that shares X's first word or its
    last (no number: "The 1966 Act — as it is now known — …" after "… passed the Kessmark
    Roads Act, which created the Kessmark Roads Board").

    Args:
        units: the corpus units.
        spans: the spans found so far (the candidates of the sentence before).

    Returns:
        One ``alias`` definition per such sentence whose sentence before holds exactly one
        such name or term.
    """
    by_unit: dict[int, list[Span]] = defaultdict(list)
    for span in spans:
        if span.kind not in ("date", "quantity"):
            by_unit[span.unit].append(span)
    out = []
    for u, unit in enumerate(units):
        if u == 0 or unit.heading or units[u - 1].heading or units[u - 1].doc != unit.doc:
            continue
        where = _opening_as_called(unit.tokens)
        if where is None:
            continue
        own = key_of(unit.tokens[where[0]:where[1]])
        words = {i: w for i, w in ((0, own[0]), (-1, own[-1]))
                 if not w.isdigit() and w not in lx.STOPWORDS}
        found = {}
        for span in by_unit[u - 1]:
            key = key_of(units[u - 1].tokens[span.start:span.end])
            if key and key != own and any(key[i] == w for i, w in words.items()):
                found.setdefault(key, span)
        if len(found) == 1:
            out.append(Definition(Span(u, *where, "alias"), next(iter(found.values())), "alias"))
    return out
