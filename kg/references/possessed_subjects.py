"""A subject that an owner in the possessive opens, named in apposition or by a copula.

"The club's youth side, Kessby Colts, was founded in 1971. It won …": the sentence is about
the side the apposition names, not the club in the possessive; "Ada Lind's first venture was
the Quillet Press, launched in 1902. Its aim …": about the press the copula names.
:func:`kg.references.subjects.subject` returns that name where it returned nothing (an
owner in the possessive is no subject), so a next "It"/"Its" takes it up as it takes up any
subject. Only for an owner named (or described) in the possessive, "X's"; an owner pronoun
("Its founder, Ada Lind, …") keeps its own reading.

rel17. Measured over the 34 development sets and 30 probes (every reference of the 64 texts
dumped before and after, each read): four references added or changed, all right, none lost
(vessany's "Its aim" → the project "X's central initiative was" names; football's "It won"
→ the women's side in apposition; the tea probe's "it" and "Its success" → the blend "The
firm's leading product was", the "Its" wrong before, Old Copper): the tea probe's
relations at the evidence .90 → 1.00, no other figure moved. A list in apposition ("The
league's two oldest clubs, A and B, …") names no subject. The round's other rules and figures
are in :mod:`kg.references.possessed_people`.

Review of rel17: a copula naming a date or a place made it the subject, so "The firm's best
year was 1901. It made a profit." lost the firm (nothing took "It") and "The choir's home was
the Corwen Hall. It sang …" took the hall; a date, quantity or place is now no possessed
subject, nor a person whose apposition records a life event ("X's son, Y, was born in 1850.
He …": the father). Over the 65 article files no reference and no figure moved.
"""

from __future__ import annotations

from kg.references.possessed_people import background
from kg.words import lexicon as lx
from kg.words.tokens import EMPHASIS_MARKS

__all__ = ["possessed_name"]

_SETTINGS = ("date", "quantity", "place")  # "The firm's best year was 1901": no subject
_MAX_NOUNS = 3  # lowercase words between the owner and the name: "women's team", "first venture"


def possessed_name(tokens, pos: int, found, types) -> int | None:
    """The entity a possessed subject is identified with: the name right after the owner's
    noun in apposition ("The club's youth side, Kessby Colts, …") or after a copula ("Ada
    Lind's first venture was the Quillet Press"), else None.

    Args:
        tokens: the sentence's tokens.
        pos: where the owner's mention (in the possessive) starts.
        found: ``(position, group)`` of the sentence's entities, in text order.
        types: the type of each group. A date, quantity or place names no subject ("The
            firm's best year was 1901", "The choir's home was the Corwen Hall": the next "It"
            is the owner), nor a person whose apposition only records a life event
            (:func:`kg.references.possessed_people.background`: "Ada Lind's son, Tom Lind,
            was born in 1850").
    """
    own = next((k for k in range(pos, min(pos + 6, len(tokens))) if tokens[k].possessive), None)
    if own is None:
        return None
    k = own + 1
    nouns = 0
    while k < len(tokens) and tokens[k].is_word and tokens[k].text.islower() \
            and tokens[k].lower not in lx.BE_FORMS and nouns <= _MAX_NOUNS:
        k, nouns = k + 1, nouns + 1
    if not nouns or nouns > _MAX_NOUNS or k >= len(tokens):
        return None
    apposed = tokens[k].text == ","
    if not apposed and tokens[k].lower not in ("was", "is"):
        return None
    k += 1
    while k < len(tokens) and (tokens[k].lower == "the" or tokens[k].text in EMPHASIS_MARKS):
        k += 1
    g = next((h for p, h in found if p == k or p == k - 1 and tokens[p].lower == "the"), None)
    if g is None or types[g] in _SETTINGS:
        return None
    close = _closing_comma(tokens, k) if apposed else None
    if apposed and (close is None or types[g] == "person" and background(tokens, close + 1)):
        return None
    return g


def _closing_comma(tokens, start: int) -> int | None:
    """Where the comma closing the name at ``start`` stands: one name in apposition, not a
    list of them ("The league's two oldest clubs, Varn Athletic and Pell Town, …"), else
    None."""
    k = start
    while k < len(tokens) and (tokens[k].is_cap or tokens[k].text in EMPHASIS_MARKS
                               or tokens[k].lower in ("of", "the", "&")):
        k += 1
    return k if k < len(tokens) and tokens[k].text == "," else None
