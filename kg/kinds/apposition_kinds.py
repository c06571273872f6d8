"""The kind an apposition after a mention names, for :func:`kg.kinds.type_cues.context_cues`: "X, a
former sales clerk at a mill," names a person, "X, the hill village where he was born" a place,
"X, a firm run from a port north of … whose …" a body (an indefinite apposition read to its head
noun as a description is; figures in :mod:`kg.kinds.entity_types`). Moved from
:mod:`kg.kinds.type_cues` (a pure move, split16).

rel19: an indefinite apposition whose head has "who" right after it names a person, whatever
its noun (:func:`_who_follows`): "X, a Dorrick businessman who …" (no listed trade: the name
had no type, became an edition of the product named after him, and his "He" went to another
man), "X, a Dorrick-born manufacturer who …" (a firm's noun: typed an organisation, and his
"He" went to another man). Measured over the 72 texts of ``--held-out --ours`` and five
fresh ones (every reference and type dumped before and after): two people typed right on a
fresh writing-instrument history, four "He"/"he" there now theirs (they went to another
man), one wrong "his" gone; nothing else moved.
Review rev19b: a noun of a group takes "who" too ("Quorvell, a rock band who toured", "the
Pellith, a nomadic people who herd reindeer", "a side who never won"): they were typed people
(organisation and other before); :func:`_collective` now keeps them. Measured: no figure of
the 74 texts of ``--held-out --ours`` moved.
"""

from __future__ import annotations

from kg.kinds.described_kinds import relative_head
from kg.kinds.description_heads import INDEFINITE, head_after, past_parenthesis, run_after
from kg.kinds.noun_kinds import kind_of_noun, land_quantity
from kg.words import lexicon as lx
from kg.words.kind_nouns import TYPING_HEADS
from kg.words.tokens import Token, singular

__all__ = ["APPOSITION_ENDS", "ROLE_NOUNS", "apposition_kind"]

_APPOSITION = {",", "—", "–", "(", "-"}
ROLE_NOUNS = frozenset(k for k, v in lx.REFERENCE_NOUNS.items() if v == "person") | lx.HONORIFICS \
    | lx.PERSON_NOUNS
APPOSITION_ENDS = lx._words("at of in for from with on by who which that whose")
# a relative adverb ends a definite apposition's description as a preposition does (prec13)
_RELATIVE_ADVERBS = lx._words("where when")


def apposition_kind(toks: list[Token], end: int, *, roles: bool = True) -> str | None:
    """The kind named by an apposition after a mention: "X, a former sales clerk at a
    mill," names a person (the head before the preposition), "X, which sets …" nothing.
    Without ``roles``, a noun that only looks like a trade ("compiler") names nothing. A
    short parenthesis is skipped ("X (XYZ), the textbook …")."""
    end = past_parenthesis(toks, end)
    if end + 1 >= len(toks) or toks[end].text not in _APPOSITION:
        return None
    if toks[end + 1].lower not in lx.DETERMINERS and toks[end + 1].lower != "one":
        word = toks[end + 1].lower
        if roles and toks[end + 1].text.islower() and word == singular(word) \
                and (word in ROLE_NOUNS or word in lx.PERSON_NOUNS):
            return "person"  # "Oswarrow Vane, surveyor to the Dock Board"
        return None
    role = toks[end + 2] if end + 3 < len(toks) else None
    if roles and role is not None and role.lower in lx.PERSON_NOUNS \
            and toks[end + 3].lower in ("of", "to", ","):
        return "person"  # "Oda Vennel, the daughter of the owner of … mill …, ran"
    indefinite = _indefinite_head(toks, end + 1, roles=roles)
    if indefinite:
        return indefinite
    stop = end + 1
    while stop < len(toks) and stop - end <= 10 and toks[stop].text not in _APPOSITION \
            and toks[stop].text not in ".;:)":
        stop += 1
    if stop - end > 10:
        return relative_head(toks, end, roles=roles)  # a clause ("Under X, the union opened …")
    head, before, after = None, [], []
    for i in range(end + 1, stop):
        t = toks[i]
        if (t.lower in APPOSITION_ENDS or t.lower in _RELATIVE_ADVERBS) and head is not None:
            after = [w.text for w in toks[i:i + 2]]
            break  # "X, the hill village where he was born": "village"
        if t.is_word and t.text[0].islower():
            before, head = before + [head] if head else before, t.lower
    if head and land_quantity(head, after, before):
        return None  # (rev18a) "X, the endless stream of letters": a quantity; (rev21h) "the party organ"
    return kind_of_noun(head, roles=roles) if head else None


def _indefinite_head(toks: list[Token], k: int, *, roles: bool) -> str | None:
    """The kind named by an indefinite apposition's head noun, read as a description is (up
    to a participle, a preposition or a relative: "X, a firm run from a port north of …
    whose …"), however long the apposition runs on before its closing mark."""
    if toks[k].lower not in INDEFINITE:
        return None
    if roles and _who_follows(toks, k + 1):
        return "person"  # (rel19) "X, an Italian-born manufacturer who had bought …"
    head = head_after(toks, k + 1)
    if head is None:
        return None
    if roles and singular(head) in lx.PERSON_NOUNS:
        return "person"  # a listed trade only: "a result consistent with …" names no one
    return kind_of_noun(head)


# the relative pronouns of a person: a thing or a body takes "which" or "that"
_WHO = frozenset({"who", "whom"})


def _who_follows(toks: list[Token], k: int) -> bool:
    """(rel19) True when the indefinite apposition's lowercase run starting at ``k`` ends on a
    noun with "who" right after it ("a Dorrick businessman who …", "a manufacturer who had
    bought a factory"): the relative says the noun is a person's trade, whatever the noun."""
    run = run_after(toks, k)
    end = k + len(run) if run else k
    return bool(run) and end < len(toks) and toks[end].lower in _WHO \
        and toks[end - 1].text.islower() and toks[end - 1].is_word \
        and not _collective(toks[end - 1].lower)


# (rev19b) nouns of a group of people, which take "who" too ("a rock band who toured",
# "a nomadic people who herd reindeer") and name no person
_GROUPS = lx._words("people family tribe clan dynasty household side couple pair")


def _collective(word: str) -> bool:
    """(rev19b) True for a noun of a group of people ("band", "team", "family", "club"): a
    body's or a group's kind names no person, whatever relative follows; a trade's agent noun
    that a body may be too ("manufacturer", "publisher") is none."""
    noun = singular(word)
    kind = kind_of_noun(noun)
    return noun in _GROUPS or noun in lx.PART_NOUNS \
        or TYPING_HEADS.get(noun) == "organization" \
        or kind not in (None, "person") and not noun.endswith(lx.PERSON_SUFFIXES)
