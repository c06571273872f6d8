"""Where a title opens after a verb of publishing (split from :mod:`kg.finders.published`,
which finds the titles): the nouns of a written work (:data:`WORK_NOUNS`), "titled" after such
a noun (:func:`titled`), and the words between the verb and the title (:func:`title_start`).

Round 18 (issue 3): a year and "as" may stand between the verb and the title, "the" after
"as" ("published in 1863 as the Review of …"); after "as" a run that opens with a given name
or an honorific is a pen name ("She published as Margaret Vane of Marlby"). Figures in
:mod:`kg.finders.published`.

probe21a: the verb's own object may stand before "as" (a possessive or "the" and one or two
lowercase words, :func:`_object_end`: "published his tables in 1860 as An Essay on …"). On
the blind sail loft probe the treatise had been cut at "on" (a junk piece of its title a
document node): alias unity and types one item up each; every entity, type and mention of the
82 texts dumped before and after, nothing else moved.

probe21b: "titled"/"entitled" right after a noun of a work opens a title as a publishing verb
does ("a patent titled Advances in X, often cited …", :func:`titled`): the bicycle probe's
patent had been cut at "in" (a document of its first word and a place). Not after a person ("a
rider titled Champion in X", a rank). Figures with the other probe21b rules in
:mod:`kg.finders.coined_compounds`.
"""

from __future__ import annotations

from kg.words import lexicon as lx
from kg.words.given_names import GIVEN_NAMES

__all__ = ["OBJECT_OPENERS", "OWNERS", "WORK_NOUNS", "title_start", "titled"]

# nouns of a written work a title is set beside: "his journal of the crossing, A Crossing to
# Orvell, was …"
WORK_NOUNS = lx._words("account book essay memoir study treatise narrative history report "
                       "pamphlet monograph novel poem journal diary textbook biography "
                       "paper article thesis dissertation")
OWNERS = lx._words("his her their its my our")
# (probe21a) words that open the verb's own object before "as" and a title ("published her
# tables in 1860 as An Essay on …"); also what opens the noun a naming verb names in
# kg.kinds.described_kinds ("named the engine the X")
OBJECT_OPENERS = OWNERS | lx._words("the")
_TITLING = lx._words("titled entitled")
_TITLED_WORKS = WORK_NOUNS | lx._words(
    "patent claim leaflet booklet brochure manual guide film song album lecture talk speech "
    "document bill programme exhibition play series chapter volume map catalogue work")


def titled(toks: list, k: int) -> bool:
    """True for "titled"/"entitled" right after a noun of a work ("a patent titled X", probe21b),
    not after a person ("a rider titled Champion in X": a rank) or a determiner ("the titled")."""
    return toks[k].lower in _TITLING and k > 0 and toks[k - 1].lower in _TITLED_WORKS


def _object_end(toks: list, s: int) -> int:
    """Past the verb's object when a possessive or "the" and one or two lowercase words, then
    "as" (a year between), follow the verb: "published her findings as …"; else ``s``."""
    if s >= len(toks) or toks[s].lower not in OBJECT_OPENERS:
        return s
    for n in (2, 3):
        a = s + n
        words = toks[s + 1:a]
        if a < len(toks) and all(t.is_word and t.text.islower() for t in words) \
                and len(words) == n - 1:
            b = a + 2 if a + 2 < len(toks) and toks[a].lower == "in" and toks[a + 1].is_number else a
            if b < len(toks) and toks[b].lower == "as":
                return a
    return s


def title_start(toks: list, s: int) -> int:
    """Where a title after a publishing verb starts when a year and "as", or "as" alone,
    stand before it ("published in 1863 as the Review of …"), "the" after "as" left out;
    else ``s``, also when a given name or an honorific follows "as" (a pen name)."""
    a = _object_end(toks, s)
    if a + 1 < len(toks) and toks[a].lower == "in" and toks[a + 1].is_number:
        a += 2
    if a >= len(toks) or toks[a].lower != "as":
        return s
    a += 1
    if a < len(toks) and (toks[a].lower in GIVEN_NAMES or toks[a].lower in lx.HONORIFICS):
        return s  # "published as Margaret Vane of Marlby": a pen name, no title
    return a + (a < len(toks) and toks[a].lower == "the")
