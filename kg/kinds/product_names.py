"""A made thing named like a person: a founder's or a place's name and a common word ("X
Crimson", "X Blue", "X Special", "X Twist"), which an apposition with a noun of goods or a
verb of sale marks as a product: "A second shade, X Crimson, followed in 1811", "the oldest
product of the mill, X Blue, a dark dye", "a new reel named X Crown", "sold to the
public as X Special", "marketed as X Twist".

Read by :func:`kg.kinds.type_cues.context_cues` (worth 4: it outweighs a person's shape and
a "She" opening the next sentence, 1 + 2, which :func:`kg.kinds.neighbour_types.followed_by_he_or_she`
gives the first name shaped like a person's even when the "She" is another woman's, two
names back). prod21 (probe20 diagnosis, dyeworks and safetymatch): such names were typed
person or other, and the person took the "She" of the next sentence from the woman.

The name: two capitalised words or more, not opened by a listed given name ("Ada Grey, a
second cousin", "marketed the singer as Nella Crimson": a person), ending in a common English
word (Zipf 3.0 or more: a colour, an adjective or a common noun, "Dun" 3.3, "Basalt" 3.0),
not one naming another kind (a body's, a place's, a law's: the heads of
:mod:`kg.kinds.launched_names`). The cue: the name right after "N," or "N of the W," where a
determiner opens the description within four words and N is a noun of goods
(:data:`_GOODS_NOUNS` or a product's noun of :func:`kg.kinds.noun_kinds.kind_of_noun`), or
right after "N named"/"N called"; or right after "as" with a verb of sale at most six words
before it ("sold pine sticks dipped in the paste as X Lights"), not a property's or an
animal's noun near it ("the old farm was sold as X", "the mare was sold as X": the guards of
:func:`kg.kinds.naming_cues.first_sold`).

Measured (``benchmarks/entities.py --held-out --ours``, 40 development sets and 38 probes;
every entity's type and aliases and every reference of the 78 texts dumped before and after):
six nodes moved, each to its gold type: two person → product (dyeworks' crimson shade, which
also gains "the crimson"; papermill_invented's ledger paper, whose "It was adopted …" now
takes it), four other → product (dyeworks' blue, safetymatch's lights, two tea blends); types
dyeworks .65 → .75, safetymatch .85 → .90, tea .75 → .85, papermill_invented .85 → .90; dev
types .826 → .827, probes .825 → .831; no recall, alias unity, relation or conflation figure
moved. On dyeworks the "She" and "Her" after the shade left it but went to the weaving firm
typed person two sentences back (its "firm of X" is no cue), not to the woman: no relation
moved. Two fresh texts written for the round (/tmp, not kept): an invented fly-tackle maker,
types .571 → .810 (five fly, rod and reel names person/other → product), and a factual
pottery brand, .559 → .588. Left: a name after "under the name" ending in "Line" (a route's
word), a name of one word ("Jasperware"), a name whose last word is rare ("Pale X").
"""

from __future__ import annotations

from kg.kinds.launched_names import _NOT_GOODS, _OTHER_HEADS
from kg.kinds.naming_cues import _SOLD_NOT_MADE, _SOLD_NOT_PRODUCT
from kg.kinds.noun_kinds import kind_of_noun
from kg.words import lexicon as lx
from kg.words.given_names import GIVEN_NAMES
from kg.words.tokens import Token, singular

__all__ = ["product_named"]

# nouns of a made thing's kind that :func:`kind_of_noun` leaves untyped ("a second shade, X")
_GOODS_NOUNS = lx._words("""product products shade shades colour colours color colors hue dye
    fly flies pattern reel rod blend brand ware wares glaze variety flavour flavor design
    fabric cloth yarn tackle lure""")
_DETERMINERS = lx._words("a an the its his her their our this")
_NAMING = lx._words("named called")
_COPULAS = lx._words("was is")
_SALE_VERBS = lx._words("sold sell sells selling marketed market markets marketing offered "
                        "advertised retailed")
_REACH = 6  # words between a verb of sale and "as" ("sold pine sticks dipped in the paste as X")
_COMMON = 3.0  # the Zipf frequency of the name's last word: a common word, not a surname
_AFTER = frozenset({",", ".", ";", ")", ":"})


def _goods_noun(word: str) -> bool:
    return word in _GOODS_NOUNS or kind_of_noun(word) == "product"


def _name_shaped(toks: list[Token], start: int, end: int) -> bool:
    """Two capitalised words or more, no given name first, ending in a common word."""
    if end - start < 2 or not all(t.is_word and t.text[:1].isupper() for t in toks[start:end]):
        return False
    if toks[start].lower in GIVEN_NAMES:
        return False  # "Ada Grey, a second cousin", "as Nella Crimson": a person
    word = toks[end - 1].lower
    last = singular(word)
    if last in _NOT_GOODS or last in _OTHER_HEADS or last in _SOLD_NOT_MADE \
            or kind_of_noun(last) not in (None, "product"):
        return False  # "a second colony, X Harbour": a place; "sold as X Grange": a house
    return lx.zipf(word) >= _COMMON


def _apposed(toks: list[Token], start: int, end: int) -> bool:
    """"a second shade, X," / "the oldest product of the mill, X," / "a new reel named X"."""
    if start < 2 or end < len(toks) and toks[end].text not in _AFTER:
        return False
    if toks[start - 1].lower in _NAMING or toks[start - 1].lower in _COPULAS:
        noun = start - 2  # "a new reel named X", "Its oldest product is X"
    elif toks[start - 1].text == ",":
        noun = start - 2
        if start >= 5 and toks[start - 4].lower == "of" and toks[start - 3].lower == "the":
            noun = start - 5  # "the oldest product of the mill, X"
    else:
        return False
    if noun < 1 or not toks[noun].text.islower() or not _goods_noun(toks[noun].lower):
        return False
    for k in range(noun - 1, max(-1, noun - 5), -1):
        if toks[k].lower in _DETERMINERS:
            return True
        if not toks[k].is_word:
            return False
    return False


def _described_after(toks: list[Token], end: int) -> bool:
    """"X, a milder evening blend": "a"/"an" and at most three words before a noun of
    goods, right after the name's comma."""
    if end + 2 >= len(toks) or toks[end].text != "," or toks[end + 1].lower not in ("a", "an"):
        return False
    for k in range(end + 2, min(len(toks), end + 6)):
        if not toks[k].is_word or not toks[k].text.islower():
            return False
        if _goods_noun(toks[k].lower) and (k + 1 == len(toks) or not toks[k + 1].is_word
                                           or not toks[k + 1].text.islower()
                                           or toks[k + 1].lower in lx.STOPWORDS):
            return True
    return False


def _sold_as(toks: list[Token], start: int) -> bool:
    """"sold … as X", "marketed as X": a verb of sale at most six words before "as"."""
    if start < 2 or toks[start - 1].lower != "as":
        return False
    for k in range(start - 2, max(-1, start - 3 - _REACH), -1):
        if toks[k].lower in _SALE_VERBS:  # not a house or a horse sold: "the farm was sold as"
            return not any(singular(t.lower) in _SOLD_NOT_MADE or t.lower in _SOLD_NOT_PRODUCT
                           for t in toks[max(0, k - 4):start])
        if toks[k].text in ".;:":
            return False
    return False


def product_named(toks: list[Token], start: int, end: int) -> bool:
    """True for a name shaped like a person's but ending in a common word, which an apposition
    with a noun of goods or a verb of sale marks as a made thing (see the module docstring).

    Args:
        toks: a sentence's tokens.
        start: where the name starts.
        end: where it ends.
    """
    return _name_shaped(toks, start, end) and (_apposed(toks, start, end)
                                                or _described_after(toks, end)
                                                or _sold_as(toks, start))
