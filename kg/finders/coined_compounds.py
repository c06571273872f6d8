"""A coined name after a naming verb and "the": "which the guild called the three-loom test."

:func:`kg.finders.patterns.defined` takes the lowercase words right after a definer ("called
cold rolling") and, past "the", a rare coined word after a kind noun ("called the protein
varnase"). A house name for a method is often written "called the <compound> <noun>": a
hyphenated modifier of plain words and a plain head ("the three-bowl trial", "the two-vat
soak"). Every word of it being common, no other finder keeps it unless one word is rare
("vat" was, "bowl" and "cup" were not), so the name was lost. :func:`past_article` lets the
term start past "the" when a lowercase hyphenated compound and one lowercase head follow and
close the clause, and the head names no person ("called the long-distance runner": a
person, no term). Only where the definer names: its object before it ("which the guild
called …") or a passive ("was called …"), as :func:`kg.finders.definer_heads._naming` reads it;
"the chairman called the all-hands meeting", "the coach named the first-team squad"
convene and pick, and were terms before rev16a (no figure moved with that check).

Measured (probe16, ``benchmarks/entities.py --held-out --ours``): on the tea probe the
taster's cupping method found (recall .95 → 1.00, its relation joined); no other set moved.
probe21b: past "the", one coined lowercase word closing the clause (no common word, no person
noun, no "he"/"she"/"who" in the six words before) is the name too ("it was later known as the
X."), and "a nickname: the X" and "The name X," name a coined word (:data:`COINED_ONLY`; not
"The name change", not a quoted spelling 'the name "type-writer"'). With
:func:`kg.finders.title_openers.titled` and the "called her invention the X" product of
:mod:`kg.kinds.described_kinds`, measured (``--held-out --ours``, every entity, alias and type
of the 82 texts dumped before and after): bicycle recall .80 → .90, alias unity .55 → .60,
types .60 → .70, relations .40/.50 → .50/.60 (core nodes 34 → 36); no entity of the other 81
texts changed. Probe means recall .962 → .964, alias .919 → .920, types .814 → .816, relations
.904/.919 → .907/.922; dev unchanged.
rev21d (review): the coined word took any word under Zipf 4 on the small list, so an English
epithet was a term ("known as the outback.", "the underdog", "the hinterland", "a nickname: the
cauldron", "the minnows", "the ringmen"; the subject noun its alias: "underdog" aliased
"horse"). Now it is rarer than :data:`_COINED` on the large list (a hyphened word excepted),
no plural and no "-man"/"-men". Entity benchmark output identical on all 82 texts (timings aside).
read21 (second reader): after these cues the term is one word (:func:`kg.finders.patterns.defined`):
"The name X stuck" had kept "X stuck"; the 84 texts' figures identical (no set moved).
"""

from __future__ import annotations

from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["COINED_ONLY", "NAMING_CUES", "past_article"]

# the words that give a name: "called", "known as" (also read by :mod:`kg.finders.coined_brands`)
NAMING_CUES = frozenset({("called",), ("named",), ("termed",), ("dubbed",), ("known", "as"),
                         ("nickname", ":"), ("name", ":")})
# (probe21b) cues that name whatever follows ("a nickname: the X", "The name X,"), read
# only for a coined word, no common one ("the name change")
COINED_ONLY = frozenset({("nickname", ":"), ("name", ":"), ("the", "name")})


def past_article(toks: list[Token], k: int, definer: tuple[str, ...], naming: bool) -> int:
    """Where the term after a definer starts: past "the" before a coined compound name that
    closes the clause ("called the three-loom test."), else ``k``.

    Args:
        toks: the sentence's tokens.
        k: where the term would start (right after the definer).
        definer: the definer's words.
        naming: whether the definer names rather than calls up
            (:func:`kg.finders.definer_heads._naming`: "which the guild called", "was called");
            "the chairman called the all-hands meeting" convenes it (rev16a).

    Returns:
        ``k + 1`` past the article, or ``k``.
    """
    if not naming or definer not in NAMING_CUES or k + 2 > len(toks) or toks[k].lower != "the":
        return k
    if _coined_word(toks, k + 1) and not any(
            t.lower in _PERSON_SUBJECTS for t in toks[max(0, k - 6):k]):
        return k + 1  # "it was later known as the treadler."
    if k + 3 > len(toks):
        return k
    compound, head = toks[k + 1], toks[k + 2]
    closes = k + 3 == len(toks) or not toks[k + 3].is_word
    if not (closes and compound.text.islower() and head.text.islower() and head.text.isalpha()):
        return k
    parts = compound.text.split("-")
    if len(parts) < 2 or not all(p.isalpha() for p in parts) or head.lower in lx.STOPWORDS:
        return k
    person = head.lower in lx.PERSON_NOUNS or len(head.text) > 5 \
        and head.lower.endswith(lx.PERSON_SUFFIXES)
    return k if person else k + 1


def _coined_word(toks: list[Token], j: int) -> bool:
    """True when ``toks[j]``, after "the", is one lowercase coined word that closes the clause
    ("was later known as the treadler.", probe21b): no common word ("known as the ordinary" may
    be an adjective's noun), no stopword, no noun of a person."""
    word = toks[j]
    closes = j + 1 == len(toks) or not toks[j + 1].is_word
    low = word.lower
    return closes and word.text.islower() and low.replace("-", "").isalpha() \
        and not lx.is_common_word(word.text) and low not in lx.PERSON_NOUNS \
        and not low.endswith(_NOT_COINED_ENDS) and not (low.endswith("s") and not low.endswith("ss")) \
        and ("-" in low or lx.rarity(low) < _COINED)


# (rev21d) a word past "the" rarer than this in English is coined ("charabanc" 1.4,
# "rattlecart" 0); an English epithet is commoner ("outback" 3.2, "underdog" 3.3, "hinterland"
# 2.9, "gaffer" 2.6); a hyphened word keeps the check of common words alone
_COINED = 2.0
# endings of a person's noun ("the peacemaker" is read by the subject) or of a group's
# ("the ringmen"); a plural ("the minnows", "the barrens") is an epithet of a group or a region
_NOT_COINED_ENDS = ("ist", "ian", "man", "men")


# a person named by the cue ("she became known as the peacemaker"): an epithet, no term
_PERSON_SUBJECTS = lx._words("he she who they him her")
