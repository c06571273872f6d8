"""The words of a personal name around its first and last names.

Honorifics of address written before a name ("Mayor Skarn", "Dr. Ada Lind": :data:`TITLES`,
:func:`honorific_before`, :func:`untitled`), middle initials (:data:`INITIAL`) and
generational suffixes ("Jr.", "III": :func:`core_words`, :func:`last_name`), names of names
joined by "&" or "and" (:func:`coordinated`), and whether two spellings name one person
(:func:`same_person`). The merge rules that use them are in :mod:`kg.merging.people`, which
re-exports these names.

Round 19 (final11 diagnosis): "Miss" is an honorific of address here ("Miss Lind" joins "Ada
Lind" by ``titled-surname``, as "Mrs Lind" did), but not in :data:`kg.words.lexicon.HONORIFICS`,
where a lower-case "miss" before a name would read as a person's role ("visitors miss X").
Measured over the 28 development sets and the 24 probes: on the invented glassworks set a
woman's "Miss ⟨surname⟩" in a quotation joins her (alias unity .40 → .45, one node fewer);
nothing else moved.

diag19a (final19 organ-builder diagnosis): a cleric's titles of address
(:data:`_CLERICAL_TITLES`: "Canon", "Reverend", "Archdeacon", "Vicar", "Rabbi" …) are titles
too, so "Canon Ada Lind" is labelled "Ada Lind" with the titled spelling an alias, as "Dr Ada
Lind" was (the gold's full name was on no node: alias unity .50 → .55 there). Over the 84
texts of ``--held-out --ours`` (every entity, type and mention dumped before and after) only
that person's label moved. Left out: "Father", "Dean", "Brother", "Sister", "Prior", "Pastor"
(given names or surnames as often).
"""

from __future__ import annotations

import re

from kg.merging.forms import strip_possessive
from kg.words import lexicon as lx

__all__ = ["COORDINATORS", "INITIAL", "OTHER_GENDER", "TITLES", "TITLE_GENDER", "VERSUS",
           "cited_case", "coordinated", "core_words", "honorific_before", "last_name", "same_person", "titled_key",
           "titled_surnames", "untitled"]

# the other of the two genders the resolvers tell apart
OTHER_GENDER = {"male": "female", "female": "male"}
# honorifics of address that tell a woman or a man ("Mrs Lind", "Herr Lind")
TITLE_GENDER = {**dict.fromkeys(("mrs", "ms", "miss", "madam", "lady", "dame", "madame", "mme",
                                   "mademoiselle", "mlle", "frau"), "female"),
                **dict.fromkeys(("mr", "sir", "lord", "monsieur", "herr"), "male")}

INITIAL = re.compile(r"[A-Z]\.")
"""A middle initial: one capital and its period ("A.")."""

# generational suffixes follow the surname ("Peter J. Oakes Jr."): not part of the last name
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
# (diag19a) a cleric's titles of address ("Canon Ada Lind", "the Reverend Ada Lind"): not
# "Father", "Dean", "Brother", "Sister", "Prior" or "Pastor", which are given names or surnames too
_CLERICAL_TITLES = lx._words("canon reverend revd archdeacon vicar rector rabbi abbot abbess "
                            "chaplain monsignor")
# honorifics of address, written before a surname ("Mayor Skarn"); not the ones that make a
# name of their own ("St Ives", "King George", "General Motors")
TITLES = (lx.HONORIFICS | lx._words("councillor councilor alderman alderwoman miss")
          | _CLERICAL_TITLES) \
    - lx._words("saint st king queen prince princess emperor empress duke duchess pope gen "
                "general lord lady")
COORDINATORS = frozenset({"&", "and"})
VERSUS = frozenset({"v", "vs"})  # between a court case's parties


def coordinated(key: tuple[str, ...]) -> bool:
    """True for a name of names joined by "&" or "and" ("Quendrow & Lind", "Quendrow and Lind
    Ltd")."""
    return any(w in COORDINATORS for w in key[1:-1])


def cited_case(key: tuple[str, ...]) -> bool:
    """True for a court case cited as two parties joined by "v" ("Tasker v Ornwell Harbour
    Board"; :mod:`kg.finders.cases`): like a name of names joined by "&", it is no rival for a party's
    bare surname, and no party's name is short for it."""
    return any(w in VERSUS for w in key[1:-1])


def core_words(words: list[str]) -> list[str]:
    """The words of a name without a generational suffix ("Jr.", "III")."""
    return words[:-1] if len(words) > 2 and words[-1].casefold() in SUFFIXES else words


def last_name(key: tuple[str, ...]) -> str:
    """The last name in a name's key, past a generational suffix."""
    return key[-2] if len(key) > 2 and key[-1] in SUFFIXES else key[-1]


def same_person(a: list[str], b: list[str]) -> bool:
    """True when two spellings name one person: same first and last names, and middle names
    that agree or are missing from one ("Clara A. Merrow" = "Clara Merrow",
    "Peter E. Garrow" = "Peter Ernest Garrow")."""
    a, b = core_words(a), core_words(b)
    if len(a) < 2 or len(b) < 2 or a == b or a[0] != b[0] or a[-1] != b[-1]:
        return False
    ma, mb = a[1:-1], b[1:-1]
    if not ma or not mb:
        return True
    return len(ma) == len(mb) and all(
        x[0] == y[0] and (INITIAL.fullmatch(x) or INITIAL.fullmatch(y) or x == y)
        for x, y in zip(ma, mb))


def titled_key(key: tuple[str, ...]) -> bool:
    """True for the key of an honorific of address and one more word ("justice", "marr")."""
    return len(key) == 2 and key[0].rstrip(".") in TITLES


def honorific_before(tokens, start: int) -> int | None:
    """Where an honorific of address written right before a name starts ("Judge Ada Lind",
    "Dr. Ada Lind", whose "." is a token of its own), else None."""
    k = start - 1
    if k >= 1 and tokens[k].text == ".":
        k -= 1
    if k >= 0 and tokens[k].text[:1].isupper() and tokens[k].text.rstrip(".").casefold() in TITLES:
        return k
    return None


def titled_surnames(aliases) -> set[str]:
    """The surnames of the titled aliases of a person ("Mrs Lind" → "Lind")."""
    out = set()
    for alias in aliases:
        words = strip_possessive(alias).split()
        if len(words) == 2 and words[0].rstrip(".").casefold() in TITLES:
            out.add(words[1])
    return out


def untitled(name: str) -> str:
    """A personal name without the honorific of address it is written with ("Alderman
    Ada M. Lind" → "Ada M. Lind"), when two or more words remain; else the name."""
    words = name.split()
    if len(words) >= 3 and words[0].rstrip(".").casefold() in TITLES and words[1][:1].isupper():
        return " ".join(words[1:])
    return name
