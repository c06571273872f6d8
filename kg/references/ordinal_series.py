"""A series counted on from an ordinal subject: "The first was …", then "A second tower …".

:mod:`kg.references.coref` takes an ordinal standing alone as a sentence's subject ("The first was the
design of Ada Lind") for one of the things the previous sentence's subject was about ("The
Pelmor Rocks … four beacons have stood on them"), so that the claim mentions that entity.
A text that counts so goes on counting with a noun: "A second tower, built by …", "The
third tower changed …". Such a sentence-opening "The" or "A", an ordinal from "second" on
and a lowercase noun, followed by a verb or a comma, takes up what the section's ordinal
subject stood for (:attr:`kg.references.phrases.Context.series`, kept per section heading), and only
that: with no ordinal subject before it in its section it stands for nothing. Its noun must
be one the count was made in: a plural of it in the section's heading or in the sentence
whose subject the ordinal took up ("… four beacons have stood on them"; :func:`counted`), so
that "A second striker, signed in May, …" after "… reached the final four times. The first
was lost …" is no final (reviewed: it took the club before this test).

Measured (``benchmarks/entities.py --held-out --ours``, 20 development and 16 invented
sets): the pattern opens six sentences over all of them, two in a section with an ordinal
subject (lighthouse): both take up its entity, right, and through the second the object
"it" of the next sentence does too (relations at the evidence .70 → .80); nothing else
moved.
"""

from __future__ import annotations

from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["counted", "ordinal_noun"]

_LATER = lx.ORDINALS - {"first"}


def ordinal_noun(toks) -> bool:
    """True for a sentence opened by "The"/"A", an ordinal past "first" and a lowercase noun,
    then a comma or a verb ("A second tower, designed …", "The third tower changed …").

    Args:
        toks: the sentence's tokens.

    Returns:
        Whether the sentence opens so.
    """
    if len(toks) < 4 or toks[0].lower not in ("the", "a") or toks[1].lower not in _LATER \
            or not toks[1].text.islower():
        return False
    noun, after = toks[2], toks[3]
    if not (noun.is_word and noun.text.islower()) or noun.lower in lx.STOPWORDS:
        return False
    return after.text == "," or after.is_word and after.text.islower() and (
        after.lower in lx.PAST_VERBS or after.lower.endswith("ed")
        or after.lower in ("is", "was", "stood", "became"))


def counted(units, *at: int | None) -> frozenset[str]:
    """The plural nouns of the units ``at`` (None skipped), singular and lowercase: what a
    section counts ("four towers" → "tower"), which a later "A second tower" must name.

    Args:
        units: the tokenised units.
        at: the indices of the section's heading and of the sentence an ordinal took up.

    Returns:
        Those nouns.
    """
    return frozenset(singular(t.lower) for u in at if u is not None for t in units[u].tokens
                     if t.is_word and singular(t.lower) != t.lower)
