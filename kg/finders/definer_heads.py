"""What follows a definer in :func:`kg.finders.patterns.defined`: a name of one capitalised word
and a lowercase head ("usually called the Orvell half-chain after …", :func:`named_head`), and a
kind noun before a coined word (:func:`past_kind`); moved from :mod:`kg.finders.patterns` (a pure
move, split16).

Round 14: "called" and "named" may put "the" and a kind noun before a lowercase coined word
that closes the clause (:func:`past_kind`: "she called the protein varnase;"): on the
invented enzyme article a protein's coined name found (recall up); no node of the other 35
sets moved.
"""

from __future__ import annotations

from kg.finders.candidates import Stats
from kg.finders.terms import ROLE_HEADS, head_ok, is_term_word
from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["named_head", "naming", "past_kind"]


def named_head(toks: list[Token], k: int, stats: Stats) -> int | None:
    """Where a name of one capitalised word and a lowercase head starts after a definer and
    "the" ("usually called the Orvell half-chain after the town …"), closed by punctuation
    or a preposition, else None: a term named after a place or person, whose name alone
    is no entity (a ``name`` span: the capital stays on its label). Round 16:
    radiocarbon_dating_history one gold term more (recall .86 → .89); the wording occurs
    nowhere else in the 38 sets. Review: only where "called" names (:func:`naming`: after
    "is", "usually" …, or in a relative clause), and no person's noun as the head; "She
    called the Orvell manager after the match" made a node of the manager that took the
    bare "Orvell" as its short form. No node of the 38 sets moved."""
    if k < len(toks) and toks[k].lower == "the":
        k += 1
    if k + 2 > len(toks) or not toks[k].is_cap or not toks[k].is_word or toks[k].is_acronym \
            or toks[k].possessive \
            or not toks[k + 1].text[0].islower() or not is_term_word(toks, k + 1, stats) \
            or not head_ok(toks[k + 1]) or toks[k + 1].lower in ROLE_HEADS:  # "the Orla captain"
        return None
    after = toks[k + 2] if k + 2 < len(toks) else None
    if after is None or not after.is_word or after.lower in _AFTER_HEAD:
        return k
    return None


# cues that name wherever they stand ("a nickname: the X", probe21b)
_ALWAYS_NAMING = frozenset({("so-called",), ("known", "as"), ("nickname", ":"), ("name", ":")})
# words before "called" that make it name, not call up ("is called", "usually called", ", called")
_NAMING_BEFORE = lx._words("is are was were be been being , often usually commonly also "
                           "sometimes informally now locally still later first so")


def naming(lows: list[str], i: int, definer: tuple[str, ...]) -> bool:
    """True when the definer at ``i`` names, not calls up: "usually called the Orvell
    half-chain after …", "known as", "so-called", "a jelly that the family called the Orvell
    jelly after …" (in a relative clause), not "she called the Orvell captain after the
    match" (a telephone call, its subject before it)."""
    return definer in _ALWAYS_NAMING or i > 0 and lows[i - 1] in _NAMING_BEFORE \
        or any(w in ("that", "which", "what") for w in lows[max(0, i - 4):i])


# prepositions that may close a name after a definer ("called the X half-chain after …")
_AFTER_HEAD = lx._words("after of in for from by at since until to with")


def past_kind(toks: list[Token], k: int, definer: tuple[str, ...], stats: Stats) -> int:
    """Past "the" and a lowercase kind noun after "called" or "named" when a lowercase coined
    word follows and closes the clause ("she called the protein varnase;"), else ``k``: the
    coined word is the term, the noun says what it names. A common word is no coinage ("Fans
    called the ground home": reviewed, "home" was a term before this test)."""
    if definer not in (("called",), ("named",)) or k + 3 > len(toks) \
            or toks[k].lower != "the" or not toks[k + 1].text.isalpha() \
            or not toks[k + 1].text.islower() or toks[k + 1].lower in lx.STOPWORDS:
        return k
    word = toks[k + 2]
    closes = k + 3 == len(toks) or not toks[k + 3].is_word
    return k + 2 if closes and word.text.islower() and not lx.is_common_word(word.text) \
        and is_term_word(toks, k + 2, stats) else k
