"""Founding names: the first name a body had, told where the text says it was founded.

- :func:`founding_names` (round 12 of issue 3): "Founded in 1889 as X by …, the club …" (X is the
  first name of what the main clause's subject names; the figures are in
  :mod:`kg.references.bridging`); not a possessor ("…, Ada Merrick's firm") nor one of several
  names ("…, Ada Merrick and Tom Lind");
- :func:`_founded_as` (gen18): the passive "The firm was founded in 1886 by … as the Dunwary Lamp
  Works", the name after "as" whole; no figure moved, an unseen family-firm text's alias unity
  .93 → 1.00; rev18f: not an office ("was founded in 1850 by Hal Brisling as the Vicar of Ostrey"
  had given the school the founder's office); no figure moved.

Moved out of :mod:`kg.merging.name_changes` when the merge of nick18, gen18, rev18e and rev18f
took that module past 300 lines (a pure move; figures identical).
"""

from __future__ import annotations

from kg.finders.gazetteer import Match
from kg.merging.name_changes import YEAR, past_marks
from kg.words import lexicon as lx
from kg.words.kind_nouns import ORG_HEADS, PERSON_NOUNS, ROLE_NOUNS

__all__ = ["founding_names"]

_FOUNDED = lx._words("founded established formed started begun")
# (rev18f) the first word of an office "of" a place, not a body's name: "by X as the Vicar of Y"
_OFFICES = lx.HONORIFICS | PERSON_NOUNS | ROLE_NOUNS | lx._words("vicar rector warden dean provost "
                                                                 "abbot abbess master")


def founding_names(units, starts, at) -> list[tuple[int, int, str]]:
    """"Founded in 1889 as X by …, the club adopted …": X is the first name of what the main
    clause's subject (a name or a resolved description) names."""
    out = []
    for u, unit in enumerate(units):
        toks = unit.tokens
        if unit.heading or len(toks) < 6 or toks[0].lower not in _FOUNDED:
            continue
        k = 1
        while k < len(toks) and (toks[k].lower in ("in", "on") or YEAR.fullmatch(toks[k].text)):
            k += 1
        if k >= len(toks) - 2 or toks[k].lower != "as":
            continue
        k = past_marks(toks, k + 1)
        if k < len(toks) and toks[k].lower == "the":
            k = past_marks(toks, k + 1)
        m = starts.get((u, k))
        comma = next((j for j in range(k, len(toks) - 1) if toks[j].text == ","), None)
        if m is None or comma is None or m.end < len(toks) and toks[m.end].is_cap:
            continue  # only the whole name: not "Saint Orvel" of "Saint Orvel Works Team"
        old, first = m.group, starts.get((u, comma + 1))
        if first is not None and not _whole_subject(toks, first.end):
            continue  # "…, Ada Merrick's firm", "…, Ada Merrick and Tom Lind": not the subject
        new = first.group if first else at.get((unit.sentence, toks[comma + 1].start))
        if new is not None and new != old:
            out.append((new, old, " ".join(t.text for t in toks)))
    return out + _founded_as(units, starts, at)


def _founded_as(units, starts, at) -> list[tuple[int, int, str]]:
    """"The firm was founded in 1886 by Ada Lind as the X" (gen18): X is the first name of
    what the subject (a name or a resolved description opening the sentence) names; the
    name after "as" must be whole ("as the X Company's first shop" names no first name) and
    no office ("by Ada Lind as the Vicar of Y": hers; rev18f)."""
    out = []
    for u, unit in enumerate(units):
        toks = unit.tokens
        subject = starts.get((u, 0))
        end = subject.end if subject else 2
        new = subject.group if subject else at.get((unit.sentence, toks[0].start)) \
            if toks and toks[0].lower == "the" else None
        if new is None or len(toks) < end + 5 or toks[end].lower not in ("was", "were") \
                or toks[end + 1].lower not in _FOUNDED:
            continue
        k = next((j for j in range(end + 2, min(len(toks), end + 12)) if toks[j].lower == "as"
                  or not toks[j].is_word and not YEAR.fullmatch(toks[j].text)), None)
        if k is None or toks[k].lower != "as":
            continue  # a comma or a stop first: "founded in 1886, as trade grew, …"
        k = past_marks(toks, k + 1)
        if k < len(toks) and toks[k].lower == "the":
            k = past_marks(toks, k + 1)
        m = starts.get((u, k))
        after = toks[m.end] if m is not None and m.end < len(toks) else None
        if m is not None and m.group != new and not toks[m.end - 1].possessive \
                and not _office(toks, m) \
                and not (after and (after.is_cap or after.lower in ("and", "&", "or")
                                    or after.text.islower() and after.lower not in lx.STOPWORDS)):
            out.append((new, m.group, " ".join(t.text for t in toks)))
    return out


def _office(toks, m: Match) -> bool:
    """True when the name ``m`` is an office held ("the Vicar of Ostrey", "the Bishop of X"): an
    office word, then "of", and no body's head at the end ("Prince of Wales Hospital"; rev18f)."""
    return m.end - m.start > 2 and toks[m.start].lower in _OFFICES \
        and toks[m.start + 1].lower == "of" and toks[m.end - 1].lower not in ORG_HEADS


def _whole_subject(toks, end: int) -> bool:
    """True when the name ending before ``toks[end]`` is the whole subject: not a possessive
    ("Ada Merrick's firm"), nor one of coordinated or listed names ("Ada Merrick and Tom
    Lind", "by Tom Lind, Ada Merrick and Joe Bram, the club")."""
    if toks[end - 1].possessive:
        return False
    return end >= len(toks) or toks[end].lower not in ("and", "&", "or", ",")
