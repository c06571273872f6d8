"""Names a thing is given or had, told by a cue that :mod:`kg.references.bridging` follows.

- ``pronoun_renamings``: "In 2014 the club renamed it X" (the previous sentence's subject is
  now X);
- ``name_changes``: "was originally called X … the name was shortened to Y" (X is an
  earlier name of Y), in one sentence or the next;
- a founding name, "Founded in 1889 as X by …, the club …", is :mod:`kg.merging.founding_names`'s.

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

nick18: ``pronoun_renamings`` takes no person (unless an apposition says the name is a thing,
"Varden Bask, the program …"), date or quantity ("In 1890 it began …"), no previous sentence with
an object "it" ("The Vennaby Company sold it widely": the product), no style as the new name
(:func:`kg.merging.plain_calls.style_name`, "Critics called it Brutalism"); its one join over the
70 texts unchanged (tests/test_entities_nick18.py). rev18e: not
"bought X and renamed it Y" whatever X's type (:func:`_object_before`; "sold it to X and renamed it
Y" still renames), and :mod:`kg.merging.alias_cues` reads "renamed" only in the passive or set off
("The X Committee renamed Y" had given the committee Y); every entity, alias and merge of the 70
texts identical (tests/test_entities_rev18e.py).
"""

from __future__ import annotations

import re

from kg.finders.candidates import Unit
from kg.finders.emphasis import MARKS
from kg.finders.gazetteer import Match
from kg.merging.plain_calls import object_it, style_name
from kg.words import lexicon as lx
from kg.words.kind_nouns import REFERENCE_NOUNS

__all__ = ["TRADE_CUES", "YEAR", "as_clause", "called_again", "first_matches",
           "name_changes", "past_marks", "pronoun_renamings"]

_OBJECT_CUES = lx._words("renamed called named rebranded")
_FIRST = lx._words("first originally initially")
_NAMERS = lx._words("he she they we i")
_CHANGED = lx._words("cut shortened changed abbreviated renamed simplified")
_GOVERNORS = lx._words("to from by with for of at in on into near and or")
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
    named: dict[int, list[Match]] = {}
    for m in matches:
        named.setdefault(m.unit, []).append(m)
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
                        and not style_name(toks, k, ends[(u, k)]) \
                        and not _object_before(toks, i, named.get(u, ())):
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
def _object_before(toks, i: int, named) -> bool:
    """True when a name, whatever its type, ends just before "and" and the cue at ``i``:
    the object of the verb the cue is coordinated with (a lowercase word before it, no
    preposition), which "it" takes up ("the club bought Quorrin Meadow and renamed it Y":
    the meadow, not the club; rev18e, where a field typed a person by its shape had let the
    previous subject take Y)."""
    j = i - 1
    if j < 1 or toks[j].lower != "and":
        return False
    if toks[j - 1].text == ",":
        j -= 1
    for m in named:
        k = m.start - 1
        while k >= 0 and toks[k].lower in lx.DETERMINERS:
            k -= 1
        if m.end == j and k >= 0 and toks[k].is_word and toks[k].text.islower() \
                and toks[k].lower not in _GOVERNORS:
            return True  # "bought X and renamed it", not "sold it to X and renamed it"
    return False


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
