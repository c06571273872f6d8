"""Names a thing is given or had, told by a cue that :mod:`kg.references.bridging` follows.

- ``pronoun_renamings``: "In 2014 the club renamed it X" (the previous sentence's subject is
  now X);
- ``name_changes``: "was originally called X … the name was shortened to Y" (X is an
  earlier name of Y), in one sentence or the next;
- ``founding_names`` (round 12 of issue 3): "Founded in 1889 as X by …, the club …" (X is
  the first name of what the main clause's subject names; the figures are in
  :mod:`kg.references.bridging`); not a possessor ("…, Ada Merrick's firm") nor one of several names
  ("…, Ada Merrick and Tom Lind").

Round 13: the name after each cue may be set in Markdown bold ("renamed it **X**",
"Founded in 1889 as **X** by …", "originally called **X**", :func:`past_marks`; and
"dubbed it **the X**" in :mod:`kg.references.bridging`), and the name a renamed "it" takes up may be
bold ("The **X** was founded …"). No figure of the 36 sets moved (none writes these cues
with bold); invented sentences showed them (tests/test_entities_round13_makers.py).

Round 14: ``called_again``: "called X; … called it Y" in one sentence ("she called the protein
varnase; colleagues called it the Tallis enzyme") makes Y another name of X. Measured: on the
invented enzyme article a coined name joined the two other names of its protein (alias unity
up); no figure of the other 35 sets moved.

Review rev15j: ``pronoun_renamings`` refuses "called it X" after a thing named before the cue
in its own sentence whatever the previous subject is (it held only for a person): "The
Vellock Moor lies east …. In 1862 Aldo Pruett opened the Vellock Cider Works …, and the
villagers simply called it Pruett's" had joined the moor to the founder (invented; the bug
diag15o reported). Measured with the other rev15j fixes: see the commit (no figure moved).

nick18 (review of the older alias rules): ``pronoun_renamings`` no longer takes a person
("Ada Quessford sold the Brennick Stove to the Vennaby Company. Cooks called it Old Iron"; only
an apposition that says the name is a thing, "Varden Bask, the program …", still lets it), a
date or a quantity ("In 1890 it began to sell stoves": the year opens the sentence), a previous
sentence that holds an object "it" ("The Vennaby Company sold it widely": the product), nor a
style as the new name (:func:`kg.merging.plain_calls.style_name`: "Critics called it
Brutalism"). Measured (36 development sets, 34 probes, the joins of this rule and ``nicknames``
dumped over all 70 texts before and after): this rule's one join over the texts is unchanged,
no figure moved (with ``nicknames``: probe conflations 1 → 0, see there); invented tests in
tests/test_entities_nick18.py.
gen18: ``founding_names`` also reads the passive "The firm was founded in 1886 by the tinsmith
Hal Quimby as the Dunwary Lamp Works" (:func:`_founded_as`): the name after "as", whole (no
possessive, no lowercase word or other name after it), is the first name of the subject.
Measured (36 development sets, 34 probes): no figure moved; on an unseen family-firm text
alias unity .93 → 1.00 (the firm's first name, a node of its own before). rev18f: not an
office ("was founded in 1850 by Hal Brisling as the Vicar of Ostrey" had given the school the
founder's office as its first name; invented test); no figure moved.
"""

from __future__ import annotations

import re

from kg.finders.candidates import Unit
from kg.finders.emphasis import MARKS
from kg.finders.gazetteer import Match
from kg.merging.plain_calls import object_it, style_name
from kg.words import lexicon as lx
from kg.words.kind_nouns import ORG_HEADS, PERSON_NOUNS, REFERENCE_NOUNS, ROLE_NOUNS

__all__ = ["TRADE_CUES", "YEAR", "as_clause", "called_again", "first_matches", "founding_names",
           "name_changes", "past_marks", "pronoun_renamings"]

_OBJECT_CUES = lx._words("renamed called named rebranded")
_FIRST = lx._words("first originally initially")
_NAMERS = lx._words("he she they we i")
_CHANGED = lx._words("cut shortened changed abbreviated renamed simplified")
_FOUNDED = lx._words("founded established formed started begun")
# (rev18f) the first word of an office "of" a place, not a body's name: "by X as the Vicar of Y"
_OFFICES = lx.HONORIFICS | PERSON_NOUNS | ROLE_NOUNS | lx._words("vicar rector warden dean provost "
                                                                 "abbot abbess master")
# a year written in digits ("by 1995")
YEAR = re.compile(r"1\d{3}|20\d{2}")


# "trading as X": X is a trading name, unless a verb follows it ("traded as X collapsed":
# "as" is the conjunction, "while X collapsed", and X another firm)
TRADE_CUES = (("traded", "as"), ("trades", "as"), ("trading", "as"))
_CLAUSE_VERBS = lx.COMMON_VERBS | lx.PAST_VERBS | lx._words("did does do had has was were is are")


def past_marks(toks, k: int) -> int:
    """The first position from ``k`` past Markdown emphasis marks: a name after a cue may be
    set in bold ("renamed it **X**"; round 13)."""
    while k < len(toks) and toks[k].text in MARKS:
        k += 1
    return k


def as_clause(toks, end: int) -> bool:
    """True when the name ending before ``toks[end]`` is the subject of an "as" clause, a verb
    after it ("traded as Hallam Bank collapsed"), not a trading name ("traded as X from 1990")."""
    if end >= len(toks) or not toks[end].is_word or not toks[end].text.islower():
        return False
    low = toks[end].lower
    return low in _CLAUSE_VERBS or low.endswith("ed") and len(low) > 4


def first_matches(units: list[Unit], matches: list[Match]) -> dict[int, Match]:
    """The first literal occurrence of each unit, by unit index."""
    first: dict[int, Match] = {}
    for m in sorted(matches, key=lambda m: (m.unit, m.start)):
        first.setdefault(m.unit, m)
    return first


def pronoun_renamings(units, matches, by_start, *,
                      types: list[str] | None = None) -> list[tuple[int, int, str]]:
    """"In 2014 the club renamed it X": the previous sentence's subject is now X; not after
    a subject pronoun ("Ulla Brant described a lost sea. She named it X": the pronoun is the
    previous subject, who names something else; on a development set this had made the
    person an alias of the region he named), nor when that subject is a person and the
    sentence itself names a thing (no date or quantity) before the cue, which "it" takes up
    (round 21: "Tesk later wrote …. Together they registered the Pelmor Tile Company, …
    and people called it Pelmor" had joined the man and the firm; a name typed a person by
    its shape alone, "Varden Bask, the program …", is still renamed when nothing stands
    before the cue). rev15j: whatever the subject's type ("The Vellock Moor lies east of the
    village. In 1862 Aldo Pruett opened the Vellock Cider Works on its edge, and the villagers
    simply called it Pruett's" had joined the moor to the founder). nick18: not a person, date
    or quantity, nor after an object "it", nor a style as the new name (module docstring)."""
    first = first_matches(units, matches)
    ends = {(m.unit, m.start): m.end for m in matches}
    things: dict[int, list[Match]] = {}
    for m in matches:
        if types is not None and types[m.group] not in ("person", "date", "quantity"):
            things.setdefault(m.unit, []).append(m)
    out = []
    for u, unit in enumerate(units[1:], 1):
        toks = unit.tokens
        for i in range(len(toks) - 2):
            if toks[i].lower in _OBJECT_CUES and toks[i + 1].lower == "it":
                k = past_marks(toks, i + 2)
                new, prev = by_start.get((u, k)), first.get(u - 1)
                opens = prev is not None and sum(
                    t.text not in MARKS for t in units[u - 1].tokens[:prev.start]) <= 1
                if new is not None and opens \
                        and not units[u - 1].heading and prev.group != new \
                        and toks[0].lower not in _NAMERS \
                        and not any(m.start < i for m in things.get(u, ())) \
                        and not _taken_elsewhere(units[u - 1].tokens, prev, types) \
                        and not style_name(toks, k, ends[(u, k)]):
                    out.append((new, prev.group, " ".join(t.text for t in toks)))
    return out


def _taken_elsewhere(toks, prev: Match, types) -> bool:
    """True when "it" in the next sentence cannot be ``prev``, the name opening ``toks``
    (nick18): a date or a quantity ("In 1890 it began to sell stoves": the year opens the
    sentence, "it" is its subject); a person, unless an apposition says the name is a thing
    ("Varden Bask, the program written by …", a name typed a person by its shape alone); or
    the sentence holds an object "it" ("The Vennaby Company sold it widely": the product)."""
    kind = types[prev.group] if types is not None else None
    if kind in ("date", "quantity"):
        return True
    if kind == "person":
        k = prev.end
        noun = toks[k + 2].lower if k + 2 < len(toks) and toks[k].text == "," \
            and toks[k + 1].lower in ("the", "a", "an") else ""
        if REFERENCE_NOUNS.get(noun, "person") == "person":
            return True
    return object_it(toks, prev.end)


def called_again(units, by_start) -> list[tuple[int, int, str]]:
    """"she called the protein varnase; others called it the Tallis enzyme": in one sentence,
    "called it Y" after "called X" (past "the" and a kind noun) gives X another name, Y."""
    out = []
    for u, unit in enumerate(units):
        toks, old = unit.tokens, None
        for i in range(len(toks) - 2):
            if toks[i].lower not in ("called", "named"):
                continue
            if toks[i + 1].lower != "it":
                if old is None:
                    old = by_start.get((u, _past_the_kind(toks, past_marks(toks, i + 1))))
                continue
            new = by_start.get((u, _past_the_kind(toks, past_marks(toks, i + 2))))
            if old is not None and new is not None and new != old:
                out.append((old, new, " ".join(t.text for t in toks)))
            break
    return out


def _past_the_kind(toks, k: int) -> int:
    """Past "the" and a lowercase noun before a lowercase word ("the protein varnase"), or
    past "the" alone ("the Tallis enzyme")."""
    if k < len(toks) and toks[k].lower == "the":
        if k + 2 < len(toks) and toks[k + 1].text.islower() and toks[k + 2].text.islower() \
                and toks[k + 2].is_word:
            return k + 2
        return k + 1
    return k


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
    if toks[end - 1].text.endswith(("'s", "\u2019s")):
        return False
    return end >= len(toks) or toks[end].lower not in ("and", "&", "or", ",")


def name_changes(units, by_start) -> list[tuple[int, int, str]]:
    """"was originally called X … the name was shortened to Y": X is an earlier name of Y."""
    out = []
    for u, unit in enumerate(units):
        toks, old = unit.tokens, None
        for i in range(len(toks) - 2):
            if toks[i].lower in _FIRST and toks[i + 1].lower in ("called", "named", "known"):
                k = i + 2 + (toks[i + 1].lower == "known" and toks[i + 2].lower == "as")
                old = by_start.get((u, past_marks(toks, k)))
                break
        if old is None or unit.heading:
            continue
        for v in (u, u + 1):
            if v >= len(units) or units[v].heading or units[v].doc != unit.doc:
                break
            later = units[v].tokens
            for j in range(len(later) - 2):
                if later[j].lower in _CHANGED and later[j + 1].lower == "to":
                    new = by_start.get((v, past_marks(later, j + 2)))
                    if new is not None and new != old:
                        out.append((new, old, " ".join(t.text for t in later)))
    return out
