"""Merge rules for a part of a personal name used alone: a compound surname and a first name
(used by :func:`kg.merging.canonical.group_forms` beside the rules of :mod:`kg.merging.people`).

- ``surname`` for a hyphenated surname, whose key has two words ("Vargell-Lundmere" → "Hildrun
  Vargell-Lundmere"), joined before a firm named after the person could take it as a short form;
  so for one with an apostrophe ("O’Tallan") or a generational suffix ("Ainsley Jr.", round
  10: figures in :mod:`kg.merging.people`).
- a surname written with its particles ("van Oordt", "Le Brasseur") joins the one personal
  name it ends, as a hyphenated one does (:func:`join_compound_surnames`); the name finder
  keeps a lowercase particle before a surname ("Merrin and van Oordt", :mod:`kg.finders.candidates`),
  and a particle is no word of a name for :func:`kg.merging.people.person_like`. Measured:
  forecasting alias unity 0.55 → 0.65 (both people with a particle), no other set of the 16
  development and 11 invented ones moved.
- ``first-name``: one capitalised word that is the first name of exactly one personal name met
  before it, the last name of none and part of no other name ("Linus" → "Linus Orvik").
"""

from __future__ import annotations

from collections import defaultdict

from kg.merging.forms import Form, UnionFind, strip_possessive, top
from kg.merging.people import person_like
from kg.merging.surnames import particle_surname
from kg.words import lexicon as lx
from kg.words.person_words import SUFFIXES, last_name

__all__ = ["join_compound_surnames", "join_first_names"]

_NOT_FIRST_NAME = (lx.STOPWORDS | lx.COMMON_VERBS | lx.PAST_VERBS | lx.MONTHS | lx.SEASONS
                   | lx.GENERIC_MODIFIERS | lx.PREDICATE_ADJECTIVES | lx.NUMBER_WORDS)


def join_first_names(forms: dict[tuple, Form], uf: UnionFind, *,
                     placed: set[tuple] | frozenset = frozenset()) -> None:
    """Joins a lone first name to the one personal name it begins ("Linus" → "Linus Orvik").

    Only when the word is the first name of exactly one personal name met before it, is the
    last name of none and part of no other name, is no English function word, verb,
    month or adjective ("Will", "May", "Rose" stay apart) and is never used as a place
    (``placed``: "the council of Osk" is a town, not the first word of "Osk Baths"). Word frequency is no test here:
    first names are frequent words ("Charles" has a Zipf frequency of 4.8, "John" 5.4).
    """
    people = [f for f in forms.values() if f.is_name and person_like(f)]
    firsts: dict[str, list[Form]] = defaultdict(list)
    for p in people:
        firsts[strip_possessive(top(p)).split()[0].casefold()].append(p)
    others = {w for f in forms.values() if f.is_name and len(f.key) > 1 and not person_like(f)
              for w in f.key}
    lasts = {last_name(p.key) for p in people}
    for short in forms.values():
        if not short.is_name or len(short.key) != 1 or short.kinds.get("acronym") \
                or short.key in placed:
            continue
        word = strip_possessive(top(short)).casefold()
        if word in lasts or short.key[0] in lasts or short.key[0] in others or word in others \
                or word in _NOT_FIRST_NAME:
            continue
        first = min(short.units, default=None)
        owners = {uf.find(p.key): p for p in firsts.get(word, ())
                  if first is None or p.units and min(p.units) < first}
        if len(owners) == 1 and uf.find(short.key) not in owners:
            long = next(iter(owners.values()))
            uf.union(short.key, long.key, "first-name", f"“{top(short)}” is the first name of "
                     f"“{top(long)}”, met before it, and of no other name", top(short))


def join_compound_surnames(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """Joins a hyphenated surname used alone ("Vargell-Lundmere") to the one personal name it ends
    ("Hildrun Vargell-Lundmere"), before a firm named after the person ("Vargell-Lundmere Byggkontor") can
    take it as a short form. Its key has two words, so :func:`kg.merging.people.join_surnames` does not see
    it; nor one with an apostrophe ("O’Tallan") or a generational suffix ("Ainsley Jr." →
    "Thomas Ainsley Jr.", not "Thomas Ainsley Sr.").
    So does a surname written with its particles ("van Oordt" → "Karl van Oordt",
    "Le Brasseur" → "Wystan Le Brasseur").
    """
    people: dict[str, list[Form]] = defaultdict(list)  # by last word
    for f in forms.values():
        if f.is_name and person_like(f):
            people[f.key[-1]].append(f)
    for short in forms.values():
        k = short.key
        written = strip_possessive(top(short))
        if not short.is_name or len(k) < 2 or short.kinds.get("acronym") or not (
                " " not in written and any(c in written for c in "-'’")
                or particle_surname(written) or len(k) == 2 and k[-1] in SUFFIXES):
            # "Vargell-Lundmere", "O’Tallan", "van Oordt", "Ainsley Jr."
            continue
        owners = {uf.find(p.key): p for p in people.get(k[-1], ())
                  if len(p.key) > len(k) and p.key[-len(k):] == k}
        if len(owners) == 1 and uf.find(k) not in owners:
            long = next(iter(owners.values()))
            uf.union(k, long.key, "surname", f"“{top(short)}” is the last name of "
                     f"“{top(long)}”", top(short))
