"""A title told apart by the place it comes from: "The Crier of Marlby" is "The Crier".

Newspapers and other periodicals share short titles, so a text may add the place a title
comes from ("… was printed in The Crier of Marlby"). The capitalised "The" inside a sentence
marks the words as a title, and the title without its place is the name the paper goes by;
the name finder keeps "Crier of Marlby" (its leading "The" cut, as everywhere). The title
without the place, "The Crier", becomes an alias of that entity when:

- "The" is written capitalised inside a sentence, right before one capitalised word, "of"
  and one capitalised word (no longer name: "The Crier of Marlby Harbour" is left alone);
- the word before "of" is no noun that names a kind of thing, a rank or an event
  ("The University of Marlby", "The Duke of Marlby", "The Battle of Marlby" keep no
  "The University" alias): the kind nouns of :mod:`kg.words.kind_nouns`, the honorifics of
  :mod:`kg.words.lexicon` and :data:`_NOT_TITLES`;
- the word after "of" reads as a place, not a common noun: no plural of an everyday word,
  no abstract ending (:func:`_placelike`: "The Wealth of Nations", "The Theory of
  Relativity" keep no "The Wealth", "The Theory"; reviewed: both took it before this
  test; "The Wind of Change" still does, as no list tells "Change" from "London");
- no other entity has that form already.

Measured (``benchmarks/entities.py --held-out --ours``, 20 development and 16 invented sets):
the pattern occurs once over all of them, a newspaper on printing_press, whose relation to
the maker of the press it was printed on was unjoined (the gold names it by its short
title): relations joined .70 → .80; nothing else moved.
"""

from __future__ import annotations

import logging
import re

from kg.model import Entity, Sentence
from kg.words import kind_nouns as kn
from kg.words import lexicon as lx
from kg.words.tokens import singular

log = logging.getLogger(__name__)

__all__ = ["add_place_title_aliases", "place_titles"]

# ranks, events and parts that open "The X of Y" without being a title of their own
_NOT_TITLES = lx._words("""
earl baron baroness count countess marquess marquis viscount lord lady master dean provost
battle siege treaty war peace sack fall raid massacre revolt rising uprising
book gospel song tale story history life death return age city town port bay isle
""")
_KINDS = (kn.ORG_HEADS | kn.ORG_KIND_NOUNS | kn.PLACE_HEADS | kn.STRUCTURE_HEADS
          | kn.AWARD_HEADS | kn.DOCUMENT_HEADS | kn.PART_NOUNS | kn.VENUE_HEADS
          | kn.PERSON_NOUNS | kn.ROLE_NOUNS | kn.PLACE_PREFIXES | lx.HONORIFICS
          | lx.TITLE_MODIFIERS | _NOT_TITLES)
# "The" inside a sentence (after a lowercase word, a number or a comma), one word, "of", one word
_PLACED = re.compile(r"(?<=[a-z0-9,;:] )The ([A-Z][a-z]+) of ([A-Z][a-z]+)\b(?! [A-Z])")


def place_titles(sentences: list[Sentence]) -> dict[str, str]:
    """The titles written with the place they come from, and the title without it.

    Args:
        sentences: the sentences of the corpus.

    Returns:
        ``{"Crier of Marlby": "The Crier"}``: the name as the finder keeps it → the short title.
    """
    out = {}
    for sentence in sentences:
        for m in _PLACED.finditer(sentence.text):
            word = m.group(1)
            if word.casefold() not in _KINDS and _placelike(m.group(2).casefold()):
                out[f"{word} of {m.group(2)}"] = f"The {word}"
    return out


# abstract nouns' endings (not "-ence", "-ness": Florence, Inverness are places)
_ABSTRACT = ("ity", "tion", "sion", "ism", "ment", "ship", "hood")


def _placelike(word: str) -> bool:
    """True unless ``word`` (lowercase) is the plural of an everyday word ("nations") or has
    an abstract noun's ending ("relativity")."""
    plural = singular(word) != word and lx.zipf(singular(word)) >= 3.5
    return not plural and not word.endswith(_ABSTRACT)


def add_place_title_aliases(entities: list[Entity], sentences: list[Sentence]) -> None:
    """Gives the entity named "Crier of Marlby" the alias "The Crier" (see the module
    docstring for when); changes ``entities`` in place."""
    titles = place_titles(sentences)
    if not titles:
        return
    forms = {f.casefold() for e in entities for f in (e.label, *e.aliases)}
    for entity in entities:
        for name in sorted({entity.label, *entity.aliases}):
            short = titles.get(name)
            if short is None or short.casefold() in forms or short[4:].casefold() in forms:
                continue
            entity.aliases.add(short)
            forms.add(short.casefold())
            entity.merges.append({"form": short, "rule": "place-title",
                                  "evidence": f"“{name}” is written “{short} of …”: a title "
                                              "told apart by the place it comes from"})
            log.debug("place-title alias %s for %s", short, entity.label)
