"""Whether an apposition says what a thing named after someone is, and nouns of a person's role.

:mod:`kg.finders.eponyms` keeps a lone "the ⟨Name⟩ ⟨head⟩" pair whose name is written
elsewhere too (a person's surname) when an apposition with "a" or "an" says what the one
thing is, :func:`glossed`: "the Pelmor condenser, a cooling unit built by Ada Pelmor" (the
head may then end like a trade noun, "condenser"); not when the apposition's noun, or the
head, is a person's ("the Pelmor engraver, a young man", "the Pelmor boy, a local hero") or a
place's ("the Pelmor farm, a village of six houses"). :func:`role_noun` tells a noun of a
person's role or trade ("Quorbeck researchers" are people).

Round 20 (alias13), measured with ``--held-out --ours`` (26 sets, 22 probes), together with
"the X firm" (:mod:`kg.merging.firm_names`): on orsenne_ice_company the condenser is found and
joined to its designer (recall .95 → 1.00, one node more); over all sets this pattern stands
before five such pairs, the other four already found (a card, springs, a rack system, a sound
shift), and no other entity moved. Review (rev13b): the person and place nouns above (each
had made a term of its own on an invented text), and an "-ed"/"-ing" word before another
word of the apposition modifies it ("a cooling unit"; the phrase had stopped there, so the
docstring's own example was no gloss); no entity or mention of the 26 sets and 22 probes
changed. The module was cut out of :mod:`kg.finders.eponyms`, which had grown past 300 lines.
"""

from __future__ import annotations

from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["glossed", "role_noun"]

# nouns of people by age, sex or standing, and of places and settlements, which gloss no
# thing: "the Pelmor boy, a local hero", "the Pelmor farm, a village of six houses"
_NOT_THINGS = lx._words("""
boy girl lad lass child youth hero heroine veteran woman lady gentleman fellow favourite
place spot site village hamlet town farm settlement
""") | lx.PLACE_HEADS | lx.STRUCTURE_HEADS


def role_noun(word: str) -> bool:
    """True for a noun of a person's role or trade ("researcher", "economist", "teacher"):
    "Quorbeck researchers" are people, not a thing named after Quorbeck."""
    if word.endswith(("ist", "ian", "ant", "ent", "ee", "man", "men")):
        return True
    return word.endswith(("er", "or")) and lx.zipf(word) >= 4.0


def _plain(toks: list[Token], k: int) -> bool:
    """True for a lowercase word (or a hyphen) of a noun phrase at ``toks[k]``."""
    return k < len(toks) and (toks[k].is_word and toks[k].text.islower()
                              or toks[k].text == "-") and toks[k].lower not in lx.STOPWORDS


def glossed(toks: list[Token], e: int) -> bool:
    """True when an apposition with "a" or "an" and a noun of a thing follows the head
    ``toks[e]``: "the Pelmor condenser, a cooling unit built by …" says what the one
    thing is, whoever else bears the name; not "the Pelmor engraver, a young man", "the
    Pelmor boy, a local hero" (a person), "the Pelmor farm, a village of six houses" (a
    place): neither the head nor the apposition's noun is a person's or a place's."""
    if not (e + 3 < len(toks) and toks[e + 1].text == "," and toks[e + 2].lower in ("a", "an")):
        return False
    noun, k = None, e + 3
    while _plain(toks, k) and (not toks[k].lower.endswith(("ed", "ing")) or _plain(toks, k + 1)):
        noun, k = toks[k].lower, k + 1  # "a cooling unit", not "a unit designed by"
    return noun is not None and not any(
        w in lx.PERSON_NOUNS or w in lx.ROLE_NOUNS or role_noun(w) or w in _NOT_THINGS
        for w in (noun, toks[e].lower))
