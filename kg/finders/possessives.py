"""Whether a possessive inside a run of capitalised words belongs to the name
(:func:`possessive_inside`, used by :func:`kg.finders.candidates.names`).

"Founders’ Compact", "Children’s Hospital", "St Wendra’s Church" and "the Women’s Royal Naval
Corps" are one name each; "the Northern League’s Kelby Charter" and "Norland’s Open Data
Charter" are two. Where the run goes on across a connector is :mod:`kg.finders.name_runs`'s call.

A saint's possessive belongs to what is named after the saint when a head follows ("St
Wendra’s Church", "Saint Orin’s College": :func:`_saint_head`), where another name's
possessive makes two names ("the Northern League’s Kelby Charter"). Round 10: fell_rescue's
one such church was a person named "St …" before; it is a place now, and no figure of the
30 sets moved. :func:`kg.words.tokens.key_of` writes "St.", "St" and "Saint" alike, so the three
spellings are one name (merge rule ``spelling``).

Place12 (issue 3): an irregular plural of people ("Women’s", "Children’s", "People’s":
:data:`_GROUP_OWNERS`) keeps its possessive inside the capitalised run after it whatever the
run's head ("the Women’s Royal Naval Corps"; before, the name was cut to "Royal Naval
Corps", as "Britain’s Royal Navy" still is). enigma_codebreaking: one service found whole
instead of cut (no gold entity); no figure of the 24 sets and the probes moved.

Round prec13: so does any plural in "-men" of an English noun in "-man" (:func:`_group_of_people`:
"the Orlen Watermen’s Guild", "the Craftsmen’s Hall"): orsenne_ice_company's guild found
whole, where its name without the head was a node of its own (same node count); nothing else moved on the
48 sets.

Round 16: a group's plural possessive belongs to a name ended by a noun of a collective
action (:data:`kg.words.kind_nouns.ACTION_HEADS`: "the Dyers’ Walkout", "the Weavers’ Revolt"), as it
does before an organisation's or a document's head. Measured (``--held-out --ours``):
perfumery recall .83 → .87, alias unity .56 → .61, relations joined .75 → .83 (anywhere
.83 → .92), one node fewer; no figure of the other 39 sets moved. Not "march" (a month).

(core19) :func:`_person_tail` no longer reads a run ending in an organisation's head as a
person because a word of it is also a given name: "the Quennick Seamen’s Victoria Fund" was
cut into "Quennick Seamen" and "Victoria Fund" (rev19a: example replaced, core19's paraphrased
an evaluation article). Measured (``--held-out --ours``, 72 sets):
factual_typewriter core nodes 73 → 72 (such a body found whole); nothing else moved.
"""

from __future__ import annotations

from kg.words import lexicon as lx
from kg.words.given_names import GIVEN_NAMES
from kg.words.kind_nouns import ACTION_HEADS
from kg.words.tokens import Token

__all__ = ["possessive_inside"]

# "St", "St." and "Saint" before a saint's name; the heads of what is named after a saint
# with a possessive ("St Wendra’s Church", "St Orin’s College", "Saint Ulla’s Well")
_SAINTS = frozenset({"st", "st.", "saint"})
_SAINT_HEADS = lx.ORG_HEADS | lx.STRUCTURE_HEADS | lx.PLACE_HEADS | lx._words(
    "well wells gate bay isle island church chapel priory cathedral abbey square")


# irregular plurals of people, whose possessive opens a name made for the group ("the
# Women’s Royal Naval Corps", "the People’s Dispensary"); a regular plural's possessive
# ("Tanners’") is read by its head (place12, issue 3: one such service cut at its possessive)
_GROUP_OWNERS = lx._words("women men children people gentlemen seamen workmen")


def _saint_head(toks: list[Token], j: int) -> bool:
    """True when one to three capitalised words after the saint's possessive end in a head
    ("St Wendra’s Parish Church"; "St Wendra’s" alone is the church or the saint)."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k].is_word and toks[k].is_cap:
        if toks[k].lower in _SAINT_HEADS and (k + 1 >= len(toks) or not toks[k + 1].is_cap):
            return True
        k += 1
    return False


def _group_owner(toks: list[Token], j: int) -> bool:
    """True when the possessive before ``j`` is an irregular plural of people
    (:data:`_GROUP_OWNERS`: "Women’s", "Children’s") and one to three capitalised words
    follow it to the run's end: a name made for that group ("the Women’s Royal Naval
    Corps"), whatever its head. A name's possessive ("Britain’s Royal Navy") is none, nor a
    run of two or more words that ends like a person's name (:func:`_person_tail`), a
    person named after a title ("the Men’s Captain Tom Pennicott", "Children’s Laureate Ada
    Tressel": rev12b, each made a node of its own apart from the person; no figure of the 24
    sets and the probes moved, no node changed)."""
    if not _group_of_people(toks[j - 1].lower) or toks[j - 1].text[-1:] in "'’":
        return False
    k = j
    while k < len(toks) and toks[k].is_word and toks[k].is_cap and not toks[k].possessive:
        k += 1
    return 1 <= k - j <= 3 and not (k - j >= 2 and _person_tail(toks[j:k]))


def _group_of_people(low: str) -> bool:
    """True for an irregular plural of people: a listed one (:data:`_GROUP_OWNERS`) or a plural
    in "-men" of an English noun in "-man" ("fishermen", "watermen"; prec13), not a given
    name ("Carmen") or a place ("Bremen", whose "-man" singular is no English word)."""
    if low in _GROUP_OWNERS:
        return True
    if not low.endswith("men") or len(low) <= 5 or low in GIVEN_NAMES:
        return False
    one = lx.rarity(low[:-3] + "man")  # a name is far commoner than its "-man" ("Carmen")
    return one >= 2.5 and lx.rarity(low) <= one + 1.0


def _person_tail(run: list[Token]) -> bool:
    """True when a run of capitalised words ends like a person's name: a given name before
    its last word ("Captain Tom Pennicott") or a last word rare in English that is no head
    ("Laureate Ada Tressel"; a rare head falls back to :func:`possessive_inside`'s own rule)."""
    last = run[-1].lower
    if last in lx.ORG_HEADS:
        return False  # "the Seamen’s Victoria Fund": a given name's word, a body's head
    return any(t.lower in GIVEN_NAMES for t in run[:-1]) or lx.zipf(last) < 3.5


def possessive_inside(toks: list[Token], j: int) -> bool:
    """True when the possessive before ``j`` belongs to the name ("Founders’ Compact",
    "Children’s Hospital"): a common noun followed by capitalised words ending in a head,
    or an irregular plural of people followed by any capitalised words ("the Women’s Royal
    Naval Corps": :func:`_group_owner`)."""
    plural = toks[j - 1].text[-1:] in "'’"  # "Tanners’ Institute": a group's name
    if j >= 2 and toks[j - 2].lower in _SAINTS:
        return _saint_head(toks, j)  # "St Wendra’s Church" is a church
    if _group_owner(toks, j):
        return True
    if not plural and j >= 2 and toks[j - 2].is_word and toks[j - 2].is_cap \
            and toks[j - 2].lower not in lx.STOPWORDS:
        return False  # "the Northern League’s Kelby Charter": the owner is a name itself
    if toks[j - 1].is_acronym or not plural and lx.zipf(toks[j - 1].lower) < 3.0:
        return False  # "Norland’s Open Data Charter" is two names
    k = j
    while k < len(toks) and k - j < 3 and toks[k].is_word and toks[k].is_cap:
        if toks[k].lower in lx.ORG_HEADS or toks[k].lower in lx.DOCUMENT_HEADS \
                or plural and toks[k].lower in ACTION_HEADS:
            return True  # "Tanners’ Institute", "Founders’ Compact", "Dyers’ Walkout"
        k += 1
    return False
