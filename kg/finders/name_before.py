"""Where a capitalised name starts, for :mod:`kg.finders.candidates` and the cues that read back.

- :func:`name_before`: the start of the name that ends before a word, back over capitalised
  words and a joiner between two of them ("Survey Office of the Board of Roads"), for case
  parties (:mod:`kg.finders.cases`) and apposition cues (:mod:`kg.merging.name_cues`,
  :mod:`kg.merging.relative_names`);
- :func:`particle_before`: a lowercase name particle after no capitalised word opens the
  surname that follows ("Merrin and van Oordt ran …");
- :func:`lone_title`: a title cut off from its name by its period ("Dr. Ada Vennel") starts
  no name;
- :func:`born_after`: a name followed by ", born" and a personal name, "Little Duskin, born
  Edwin Duskin Talbrek", the cue of :mod:`kg.merging.birth_names` (probe17).

Where a run of capitalised words goes on and what completes it is in :mod:`kg.finders.name_runs`,
with the figures measured for the particle rule.
"""

from __future__ import annotations

from kg.finders.name_runs import LEAD_PARTICLES
from kg.words import lexicon as lx
from kg.words.given_names import GIVEN_NAMES
from kg.words.tokens import Token

__all__ = ["born_after", "lone_title", "name_before", "particle_before"]


def born_after(toks: list[Token], j: int) -> bool:
    """True when ", born" and a personal name follow the run ending at ``j``: a given name
    and one or more capitalised words ("Little Duskin, born Edwin Duskin Talbrek in …"), the
    name a person was born with, not a place ("Ada Lind, born Quendrow 1890") or a date."""
    k = j + 2
    return k + 1 < len(toks) and toks[j].text == "," and toks[j + 1].lower == "born" \
        and toks[k].lower in GIVEN_NAMES and toks[k].is_cap \
        and toks[k + 1].is_word and toks[k + 1].is_cap


def particle_before(toks: list[Token], i: int) -> bool:
    """True when a lowercase name particle stands right before the capitalised word ``i``
    and after no capitalised word ("and van Oordt", not "Anna van Dijk", whose run already
    holds it): the particle opens a surname."""
    k = i - 1
    return k >= 0 and toks[k].text in LEAD_PARTICLES and toks[k].end + 1 == toks[i].start \
        and not toks[i].is_acronym and (k == 0 or not (toks[k - 1].is_word and toks[k - 1].is_cap))


def lone_title(toks: list[Token], s: int, e: int) -> bool:
    """True for a title cut off from its name by its period ("Dr. Ada Vennel"): no name."""
    return e - s == 1 and toks[s].lower in lx.HONORIFICS and e + 1 < len(toks) \
        and toks[e].text == "." and toks[e + 1].is_cap


def name_before(toks: list[Token], end: int, *,
                joiners: frozenset[str] = lx.NAME_CONNECTORS) -> int | None:
    """The start of the capitalised name that ends at ``end`` (exclusive), else None.

    The name goes back over capitalised words and over a joiner between two of them ("of",
    "for", "&"; the caller may add "and"), with "the" after the joiner ("Survey Office of
    the Board of Roads"). Used by :mod:`kg.merging.name_cues` and :mod:`kg.finders.cases`.

    Args:
        toks: the sentence's tokens.
        end: the index after the name's last word.
        joiners: lowercase words that may join two parts of the name.
    """
    k = end - 1
    if k < 0 or not toks[k].is_cap:
        return None
    start = k
    while k > 0:
        prev = toks[k - 1]
        if prev.is_cap:
            k -= 1
        elif prev.lower == "the" and k >= 3 and toks[k - 2].lower in joiners \
                and toks[k - 3].is_cap:
            k -= 2
        elif prev.lower in joiners and k >= 2 and toks[k - 2].is_cap:
            k -= 1
        else:
            break
        if toks[k].is_cap:
            start = k
    return start
