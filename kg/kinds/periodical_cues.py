"""A name after "her obituary in", "an article in", "a review in" is a periodical's: typed
``document`` (:func:`written_in`, read by :func:`kg.kinds.type_cues.context_cues`).

"Her obituary in the Quarnby Lantern praised her": the noun of a piece of writing, then "in"
(and "the"), then the name; the name is where the piece was printed. Without the cue, "in X"
read a place, and a newspaper's name shaped like a person's ("in Morgan Tidende") a person.
The cue outweighs a person's shape: unlike "published her poems as X" (a pen name), nobody
prints an obituary in a person. Not after a verb ("died in X", "lived in X"), nor after a
noun that is no piece of writing ("a house in X"), nor one that may stand in a place ("the
columns in X Hall", "a review in X").

fix16: measured (``--held-out --ours``, 32 development sets and 28 probes): no figure moved.

Review rev16e (:func:`_periodical_shape`): not a name with a possessive ("an article in Ada
X's honour" had typed the person a document), nor one rare word without "the" ("an article
in Quarnby in 1920", a town; "an essay in Sanskrit", a language: both had been typed
documents; invented). "an article in Nature" (a common word) and "in the X" still count. No
figure moved (figures in the commit).

probe20: a title opened by a capitalised "The" right after a lowercase periodical's noun
(:data:`kg.words.kind_nouns.PERIODICAL_NOUNS`: "her weekly The Quillet", "the newspaper The
Quessen Star") is a periodical's too; :func:`kg.finders.candidates._titled_article` keeps its
"The". Figures in tests/data/entities/PROBES20_DIAGNOSIS.md.
"""

from __future__ import annotations

from kg.words import lexicon as lx
from kg.words.kind_nouns import PERIODICAL_NOUNS
from kg.words.tokens import Token

__all__ = ["written_in"]

# nouns of a piece of writing printed in a periodical
_PIECES = lx._words("obituary obituaries article articles editorial editorials advertisement "
                    "advertisements essay essays")
# not "review", "notice", "column", "feature", "interview", "tribute": a review, a column or
# an interview is held or stands in a place as often ("the columns in X Hall")
_QUOTES = frozenset('"“”‘’\'*_')


def written_in(toks: list[Token], start: int) -> bool:
    """True when the mention at ``start`` follows a piece of writing and "in" ("her obituary
    in X", "an article, in the X,"), so names a periodical."""
    if start >= 2 and toks[start - 1].text == "The" and toks[start - 2].text in PERIODICAL_NOUNS:
        return True  # "her weekly The Quillet" (probe20): the title after its periodical's noun
    k = start - 1
    while k >= 0 and toks[k].text in _QUOTES:
        k -= 1
    the = k >= 0 and toks[k].lower == "the"
    if the:
        k -= 1
    if k < 1 or toks[k].lower != "in":
        return False
    k -= 1
    if toks[k].text == ",":
        k -= 1
    return k >= 0 and toks[k].lower in _PIECES and toks[k].text.islower() \
        and _periodical_shape(toks, start, the)


def _periodical_shape(toks: list[Token], start: int, the: bool) -> bool:
    """(rev16e) True unless the capitalised run at ``start`` ends in a possessive ("an
    article in Ada X's honour": a person) or is one rare word with no "the" ("an essay in
    Quarnby", a town; "an article in Sanskrit", a language); "an article in Nature" (a common
    word) stays a periodical's."""
    j = start
    while j < len(toks) and toks[j].is_word and toks[j].is_cap:
        j += 1
    if j == start or toks[j - 1].text.lower().endswith(("'s", "’s")):
        return False
    return the or j - start > 1 or lx.is_common_word(toks[start].lower)
