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
"""

from __future__ import annotations

from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["NAMING_CUES", "past_article"]

# the words that give a name: "called", "known as" (also read by :mod:`kg.finders.coined_brands`)
NAMING_CUES = frozenset({("called",), ("named",), ("termed",), ("dubbed",), ("known", "as")})


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
    if not naming or definer not in NAMING_CUES or k + 3 > len(toks) or toks[k].lower != "the":
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
