"""Epithet names: "the" joins a one-word name and the capitalised noun or adjective after it
("Tobb the Heron", "Edwy the Confessor"), which is then one name, not two
(:func:`kg.finders.name_runs.connects`).

misc15 (:func:`epithet`, moved here from :mod:`kg.finders.name_runs` by fix16): after a
naming cue ("called him", "known as"); not a weekday, a month or a stopword, nor (in
``connects``) a word seen after a capital or seen before (rev15m, fix15b).

fix16 (:func:`bare_epithet`): with no naming cue, "X the Y" where the text capitalises Y
nowhere but right after "X the" (:attr:`kg.finders.units.Stats.the_pairs`): the epithet
of a king or a saint ("Edwy the Confessor", "Hathric the Bold"), whose "Confessor" had been
a node of its own. Not when X stands after a place's preposition ("in Tessby the Abbey …":
a place, then another name), nor when Y heads names (an organisation's, a place's, a
document's: "Osk the Council …"), nor when a capitalised word follows Y, nor when X is
seen right after another capitalised word (a surname: "Orlen Vashti … Vashti the Fool",
rev15m's guard) or capitalised before the first "X the Y" ("born in Yelverby … Yelverby the
Old", fix15b's guard; misc15 tests caught both). Measured
(``--held-out --ours``, 32 development sets and 28 probes): no figure moved (no development
text writes such a name; the defect was seen on an unseen article).

Review rev16e: not when Y is a title or an office (:data:`_TITLES`: "captain", "king",
"bishop", "manager" …): "When the ship reached Tessby the Captain went ashore" had made
"Tessby the Captain" a person and lost the port (invented). No figure moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.words import lexicon as lx
from kg.words.given_names import GIVEN_NAMES
from kg.words.tokens import Token

if TYPE_CHECKING:
    from kg.finders.units import Stats

__all__ = ["bare_epithet", "epithet"]

# the naming cues of an epithet name ("Tobb the Heron"); rev15m: no weekday or month opens one
_NAMING = {("called", "him"), ("called", "her"), ("call", "him"), ("call", "her"),
           ("known", "as"), ("nicknamed", "him"), ("nicknamed", "her"), ("dubbed", "him"),
           ("dubbed", "her")}
_NOT_EPITHET_NAMES = lx.STOPWORDS | lx.WEEKDAYS | lx.MONTHS
# (fix16) before a place, not a person: "in Tessby the Abbey was rebuilt"
_PLACE_BEFORE = lx.LOCATIVES | lx._words("at from to into within throughout")
# (fix16) words that head a body's, a place's or a document's name: "Osk the Council"
_HEADS = lx.ORG_HEADS | lx.PLACE_HEADS | lx.DOCUMENT_HEADS | lx.STRUCTURE_HEADS
# (rev16e) a title or an office is a clause's new subject, not an epithet: "when the ship
# reached Tessby the Captain went ashore"
_TITLES = lx.HONORIFICS | lx.ROLE_NOUNS


def _one_word_then_one(toks: list[Token], i: int, j: int) -> bool:
    """True when the run ``toks[i:j]`` is one word and "the" at ``j`` is followed by one
    capitalised word (no acronym) and no other capital."""
    return j - i == 1 and j + 1 < len(toks) and toks[j + 1].is_word and toks[j + 1].is_cap \
        and not toks[j + 1].is_acronym and toks[i].lower not in _NOT_EPITHET_NAMES \
        and (j + 2 >= len(toks) or not (toks[j + 2].is_word and toks[j + 2].is_cap))


def epithet(toks: list[Token], i: int, j: int) -> bool:
    """True for "the" in a one-word name and one capitalised noun given after a naming cue
    ("called him Tobb the Heron", "known as Ansa the Elder"), the noun ending the name."""
    return i >= 2 and (toks[i - 2].lower, toks[i - 1].lower) in _NAMING \
        and _one_word_then_one(toks, i, j)


def bare_epithet(toks: list[Token], i: int, j: int, stats: Stats) -> bool:
    """True for "the" in "X the Y" with no naming cue, where the text capitalises Y only
    right after "X the" ("Edwy the Confessor"): see the module docstring."""
    if not _one_word_then_one(toks, i, j) or i and toks[i - 1].lower in _PLACE_BEFORE:
        return False
    first, word = toks[i], toks[j + 1]
    if word.lower in _HEADS or word.lower in _TITLES or not (first.lower in GIVEN_NAMES
                                     or not lx.is_common_word(first.lower)):
        return False  # "Osk the Council", "Later the Board"; "reached Osk the Captain" (rev16e)
    if first.base in stats.after_cap or stats.first_cap.get(first.base) != stats.the_first.get(
            (first.base, word.base)):
        return False  # "Orlen Vashti … Vashti the Fool": the surname stays the person's;
        # "born in Yelverby … Yelverby the Old": a name seen before the epithet (fix15b)
    return stats.cap_count[word.base] == stats.the_pairs[first.base, word.base]
