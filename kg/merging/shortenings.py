"""Merge rules for shortened names, used by :func:`kg.merging.canonical.group_forms`.

- ``short-form`` for place names whose head comes first: "Avon" alone joins "River Avon"
  when no other name is "<head> Avon"; so for "Project Tamsworth" and "Operation X"
  (:data:`kg.words.lexicon.LEADING_HEADS`, which the name finder also keeps at a sentence start,
  where "Project" was cut as a positional capital). Measured (issue 3, round 9): fell_rescue
  alias 0.90 → 0.95; no other set of the 27 moved. Round 10: so for a ship's prefix ("HMS
  Tarrant" → "the Tarrant"), unless a person in the text bears the name (a ship named
  after an admiral); no figure of the 30 sets moved (their ships are never named bare).
- ``swapped-head`` (round 10): a place's leading head put last ("Ouselby River" for "River
  Ouselby"; a place head only, not "Project") and an institution's head put first with "of"
  or last ("Harnwick University" for "University of Harnwick"; universities, colleges,
  institutes, museums, libraries, academies, observatories, hospitals and the like, not a
  bank or a council, whose "of X" may name a country's or city's body where "X Bank" is a
  firm). No figure or node of the 30 sets moved (none writes both orders); invented
  texts showed it.
- ``skeleton``: a name that keeps the first and last words of exactly one longer name and
  leaves out words between ("Harbeck Bakers" → "Harbeck Guild of Master Bakers");
  measured: one join over the development sets and invented articles, that one right.
- ``tail``: the last words of exactly one longer name, ending in its head and used mostly
  after it (over twice as often after as before: a table of contents may name it first;
  measured, orchestra alias 0.90 → 0.95, a festival's short name, nothing else moves)
  ("Clean Air Act" → "Kessmark Clean Air Act", "Canal Society" → "Varn Canal Society"); not
  after a connector ("Marine Biology" is no shortening of "Institute of Marine Biology"), and
  only a name capitalised wherever it is written: without that test it joined a lowercase
  term to a company name ending in it on the bundled article; with it, it joins nothing on
  the development sets or invented articles (small made-up texts in the tests exercise it).
  A number may end it after a capitalised word ("Branch 17" of "Dunmarsh Lightermen Branch
  17", round 10 of issue 3): one union's short name on brackwater_transit, nothing else.
  Nor after "at" or "in" ("Fenlow Library at Durnmoor University"): it joined such a
  library's name to its university on architect_bio (wrong; the one tail join over the 12
  development sets).
- ``abbreviation``: a name that abbreviates exactly one longer name word by word, each word
  the same, a clipping ("Lab" for "Laboratory") or initials ("RF" for "Radio
  Frequency"), leading modifiers left out: "Graph Lab" → "Northern Graph Laboratory"; and
  (round 11, :func:`initialled_ends`) a name ending in capital initials of the last words
  of exactly one longer name with the same first words ("Quell Rovers F.C." → "Quell Rovers
  Football Club"): it joins a club's title form on the invented football article (one node
  fewer; its alias figure waits on the club's other names), no node of the other 32 sets.
  Round 21 (entity precision, ``benchmarks/PRECISION.md``): a plural clipping abbreviates a
  plural head ("Labs" for "Laboratories"), and a modifier before a clipped head may be left
  out when the first words are the same ("Pelmor Labs" → "Pelmor Optical Laboratories");
  still not "Graph Lab" for "Northern Graph Theory Laboratory". It joins one laboratory's
  informal name on superconductivity (core nodes 90 → 89); no other node, recall, alias,
  type, relation or conflation figure of the 28 development sets and 26 probes moved.

The names of a document's title and headings (the ``topic-prefix`` and ``heading`` rules) are in
:mod:`kg.merging.title_names`.
"""

from __future__ import annotations

import re
from collections import defaultdict

from kg.merging.forms import Form, UnionFind, top
from kg.merging.people import person_like
from kg.words import lexicon as lx
from kg.words.kind_nouns import GATHERING_HEADS
from kg.words.tokens import singular

__all__ = ["CONNECTORS", "HEAD_ENDS", "HEAD_NOUNS", "abbreviations", "head_of", "leading_heads",
           "skeletons", "swapped_heads", "tails"]

CONNECTORS = frozenset({"of", "for", "on"})
# words a tail may not follow: connectors, and prepositions of place ("Fenlow Library at
# Durnmoor University" names the library, not the university)
_TAIL_STOPS = CONNECTORS | frozenset({"at", "in"})
# words after a head noun that end the name's head ("Fenlow Library at Durnmoor University"
# is a library)
HEAD_ENDS = CONNECTORS | frozenset({"at"})

# the prefixes of ships' names ("HMS Tarrant", "the Tarrant")
_SHIP_PREFIXES = lx._words("hms uss ss rms mv hmy hmas hmcs hmnzs sms usns")
# first words whose name is used without them: a place name's leading head ("River Avon",
# "Lake Tana", lx.LEADING_HEADS) and a ship's prefix
_DROPPED_FIRST = lx.LEADING_HEADS | _SHIP_PREFIXES
# heads of institutions named either way round ("University of Harnwick", "Harnwick
# University"); not a bank or a council, whose "of X" may name a country's or a city's
# body where "X Bank" names a firm
_SWAP_HEADS = lx._words("university college institute museum library academy observatory "
                        "conservatory seminary polytechnic hospital infirmary")


def leading_heads(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """"Avon" alone → "River Avon", when no other name is "<head> Avon"; "Tarrant" →
    "HMS Tarrant"; unless a person bears the name ("Tarrant" of "Ada Tarrant")."""
    surnames = {f.key[-1] for f in forms.values() if f.is_name and len(f.key) > 1
                and person_like(f)}
    for long in forms.values():
        k = long.key
        if not long.is_name or len(k) < 2 or k[0] not in _DROPPED_FIRST:
            continue
        short = forms.get(k[1:])
        rivals = [f for f in forms.values() if f.is_name and f.key[1:] == k[1:] and f.key != k
                  and f.key[0] in _DROPPED_FIRST]
        if k[0] in _SHIP_PREFIXES and len(k) != 2 or len(k) == 2 and k[1] in surnames:
            continue  # "HMS Nelson" is not the admiral "Horatio Nelson"; nor is "Quesswick",
            # the general's surname, short for "Fort Quesswick", named after him (review of
            # round 18, which made "Fort" and "Port" leading heads)
        if short is not None and short.is_name and not rivals:
            uf.union(short.key, k, "short-form", f"“{top(short)}” is used on its own for "
                     f"“{top(long)}”", top(short))
        swapped = forms.get(k[1:] + k[:1])  # "Ouselby River" for "River Ouselby"
        if swapped is not None and swapped.is_name and k[0] in lx.PLACE_HEADS:
            uf.union(swapped.key, k, "swapped-head", f"“{top(swapped)}” puts the head of "
                     f"“{top(long)}” last", top(swapped))


def swapped_heads(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """"Harnwick University" → "University of Harnwick": an institution's name with its head
    put first, with "of", and last."""
    for long in forms.values():
        k = long.key
        if long.is_name and len(k) >= 3 and k[1] == "of" and k[0] in _SWAP_HEADS \
                and "of" not in k[2:]:
            swapped = forms.get(k[2:] + k[:1])
            if swapped is not None and swapped.is_name:
                uf.union(swapped.key, k, "swapped-head", f"“{top(swapped)}” puts the head of "
                         f"“{top(long)}” last", top(swapped))


def _clipping(word: str, whole: str) -> bool:
    """True when ``word`` clips ``whole`` ("lab" of "laboratory"), a plural clipping a plural
    ("labs" of "laboratories")."""
    if word == whole:
        return False
    if len(word) >= 3 and whole.startswith(word):
        return True
    stem = word[:-1]
    return word.endswith("s") and whole.endswith("s") and len(stem) >= 3 and whole.startswith(stem)


def _abbreviates(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """True when each short word abbreviates long words in order, the last its head: a word
    itself, a clipping ("lab" for "laboratory") or initials ("rf" for "radio
    frequency")."""
    def fit(i: int, j: int) -> bool:
        if i == len(short):
            return j == len(long)
        word = short[i]
        if j == len(long):
            return False
        if (word == long[j] or _clipping(word, long[j])) and fit(i + 1, j + 1):
            return True
        if word.isalpha() and 2 <= len(word) <= 5 and i + 1 < len(short):
            span = long[j:j + len(word)]
            if len(span) == len(word) and "".join(w[0] for w in span) == word \
                    and fit(i + 1, j + len(word)):
                return True
        # a skipped modifier: leading, or before the head when the first words are the same
        # ("Pelmor Labs" of "Pelmor Optical Laboratories"), never a connector nor the head
        skippable = i == 0 or i == len(short) - 1 and j < len(long) - 1 and short[0] == long[0]
        return skippable and long[j] not in CONNECTORS and fit(i, j + 1)
    clipped = any(w not in long for w in short)  # not merely some of its words
    return len(short) >= 2 and clipped and fit(0, 0)


def abbreviations(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """"Graph Lab" → "Northern Graph Laboratory": the one longer name it abbreviates.

    A short form's last word stands for the long name's head, as itself or a clipping of it
    (:func:`_abbreviates`), so the long names are indexed by their last word and its
    prefixes of three letters or more, and each short form is compared with those alone:
    linear in the number of names, not quadratic.
    """
    by_head: dict[str, list[Form]] = {}
    for f in forms.values():
        if f.is_name and len(f.key) >= 3:
            head = f.key[-1]
            for prefix in {head, *(head[:n] for n in range(3, len(head)))}:
                by_head.setdefault(prefix, []).append(f)
    for short in forms.values():
        if not short.is_name or len(short.key) < 2 or short.kinds.get("namehead"):
            continue
        last = short.key[-1]
        heads = [*by_head.get(last, ()), *(by_head.get(last[:-1], ()) if last.endswith("s") else ())]
        owners = {uf.find(f.key): f for f in heads
                  if len(f.key) > len(short.key) and _abbreviates(short.key, f.key)}
        if len(owners) == 1 and uf.find(short.key) not in owners:
            long = next(iter(owners.values()))
            uf.union(short.key, long.key, "abbreviation", f"“{top(short)}” abbreviates "
                     f"“{top(long)}” word by word", top(short))

    initialled_ends(forms, uf)


_CAPITAL_INITIALS = re.compile(r"(?:[A-Z]\.?){2,4}")


def initialled_ends(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """"Quell Rovers F.C." → "Quell Rovers Football Club": a name whose last word, written in
    capitals (dotted or not), gives the initials of the last words of exactly one longer
    name that shares its other words. No connector in those words ("Quell College of Art" is
    no "Quell COA"). Indexed by the longer names' first words and end initials: linear."""
    ends: dict[tuple[tuple[str, ...], str], list[Form]] = defaultdict(list)
    for f in forms.values():
        if not f.is_name or f.kinds.get("namehead"):
            continue
        for n in range(2, 5):
            tail = f.key[-n:]
            if len(f.key) > n and not set(tail) & CONNECTORS \
                    and all(w[:1].isalpha() for w in tail):
                ends[(f.key[:-n], "".join(w[0] for w in tail))].append(f)
    for short in forms.values():
        if not short.is_name or len(short.key) < 2 or short.kinds.get("acronym") \
                or not _CAPITAL_INITIALS.fullmatch(top(short).split()[-1]):
            continue
        owners = {uf.find(f.key): f for f in ends.get((short.key[:-1], short.key[-1]), ())}
        if len(owners) == 1 and uf.find(short.key) not in owners:
            long = next(iter(owners.values()))
            uf.union(short.key, long.key, "abbreviation", f"“{top(short)}” ends in the initials "
                     f"of the last words of “{top(long)}”", top(short))


HEAD_NOUNS = (lx.ORG_HEADS | lx.DOCUMENT_HEADS | lx.PLACE_HEADS | lx.PRODUCT_HEADS
              | frozenset(lx.REFERENCE_NOUNS) | GATHERING_HEADS)


def head_of(key: tuple[str, ...]) -> str:
    """The head noun of a name's key: the word before "of"/"for"/"on"/"at" when that word is a head
    noun ("Union of Coastal Ferry Operators" → "union"), or is the first word before "of" ("Friends
    of the Vantor Railway" → "friend": on the railway article "the railway" went to the Friends;
    no other reference or node changed), else the last word ("Settlers’ Compact" → "compact");
    diag15k: "Grand Ledger of the H" → "ledger" (a gathering's noun heads: "X Conference on Y";
    two right references on kilogram); rel20: "patent" before a number ("US Patent 775,134")."""
    for i, word in enumerate(key[1:], 1):
        if word in HEAD_ENDS and singular(key[i - 1]) in HEAD_NOUNS:
            return singular(key[i - 1])
        if word == "of" and (i == 1 or i == 2 and key[i + 1:i + 2] == ("the",)):
            return singular(key[i - 1])  # "Friends of the Vantor Railway" is no railway
    return "patent" if key[-2:-1] == ("patent",) and key[-1].replace(",", "").isdigit() \
        else singular(key[-1]) if key else ""


def _skeleton(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """True when ``short`` keeps the first and last words of ``long`` and some of the words
    between, in order ("Harbeck Bakers" of "Harbeck Guild of Master Bakers")."""
    if len(short) < 2 or len(long) <= len(short) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    it = iter(long[1:-1])
    if not all(w in it for w in short[1:-1]):
        return False
    dropped = set(long[1:-1]) - set(short)
    return bool(dropped & lx.NAME_CONNECTORS)  # "… Guild of Master …" left out


def skeletons(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """"Harbeck Bakers" → "Harbeck Guild of Master Bakers": the one longer name
    whose first and last words it keeps, leaving out words between."""
    ends: dict[tuple[str, str], list[Form]] = defaultdict(list)  # by first and last word
    for f in forms.values():
        if f.is_name and len(f.key) >= 3 and not f.kinds.get("acronym"):
            ends[(f.key[0], f.key[-1])].append(f)
    for short in forms.values():
        if not short.is_name or len(short.key) < 2 or short.kinds.get("acronym") \
                or short.kinds.get("namehead") or person_like(short) \
                or short.key[0] in HEAD_NOUNS or any(w in lx.NAME_CONNECTORS for w in short.key):
            continue  # not "Association of X" (a head and a connector), nor a person's name
        owners = {uf.find(f.key): f for f in ends.get((short.key[0], short.key[-1]), ())
                  if _skeleton(short.key, f.key)}
        if len(owners) == 1 and uf.find(short.key) not in owners:
            long = next(iter(owners.values()))
            uf.union(short.key, long.key, "skeleton", f"“{top(short)}” keeps the first and "
                     f"last words of “{top(long)}”, the only such name", top(short))


def _capitalised_end(surface: str) -> bool:
    """True when a name's last word is capitalised, or is a number after a capitalised word
    ("Pier 12")."""
    words = surface.split()
    if words[-1].isdigit() and len(words) > 1:
        words = words[:-1]
    return words[-1][:1].isupper()


def tails(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """"Clean Air Act" → "Kessmark Clean Air Act": the last words of exactly one longer name,
    ending in its head, used only after it (a later, shorter mention), no personal name."""
    by_last: dict[str, list[Form]] = defaultdict(list)
    for f in forms.values():
        if f.is_name and len(f.key) >= 3 and f.units and not f.kinds.get("acronym") \
                and not person_like(f):
            by_last[f.key[-1]].append(f)
    for short in forms.values():
        k = short.key
        if not short.is_name or len(k) < 2 or not short.units or short.kinds.get("acronym") \
                or short.kinds.get("namehead") or person_like(short) or not all(
                    _capitalised_end(s) for s in short.surfaces):
            continue  # "quay safety" written lowercase is a term, not "Morrack Quay Safety"
        owners = {uf.find(f.key): f for f in by_last.get(k[-1], ()) if len(f.key) > len(k)
                  and f.key[-len(k):] == k and f.key[-len(k) - 1] not in _TAIL_STOPS
                  and head_of(f.key) == head_of(k)}
        if len(owners) != 1 or uf.find(k) in owners:
            continue
        long = next(iter(owners.values()))
        start = min(long.units)
        if sum(u > start for u in short.units) > 2 * sum(u < start for u in short.units):
            uf.union(k, long.key, "tail", f"“{top(short)}” is the end of “{top(long)}”, "
                     "the only name ending so, and is mostly used after it", top(short))
