"""Words before a name that say what kind of thing it is by how it was named or issued.

Read by :func:`kg.kinds.type_cues.context_cues`, each cue worth 3 (more than the 2 a quoted
title gets, less than a head noun and a cue together):

- a brand: "sold under the brand name "Grey Pearl"", "the trade name X", "the brand X",
  "its trademark X" make a product; a quoted name is otherwise read as a title of a work;
- a publication: "published in 1874 as X", "reissued as X", "printed posthumously as X"
  make a document (the verb at most four words before "as", no mark but a comma between),
  unless the name is shaped like a person's, a pen name ("she published her poems as Ada
  Quorrick": :func:`kg.kinds.type_cues.context_cues` drops the cue; review rev13c, no figure or
  node of the 48 sets moved);
- a trade name (round 21): "tried to market it under the name X", "sold under the name X"
  (a verb of trade at most four words before "under") make a product; "wrote under the name
  X" (a pen name) does not;
- a name given to a described thing: "The flood, remembered locally as the X", "the
  disaster, known simply as the X" make an event; any other noun of a kind there ("the
  machine, known as X") names its kind as "a … N known as X" does
  (:func:`kg.kinds.described_kinds.named_as`, which reads only the indefinite form).

prec13 (issue 3, the types of benchmarks/final10/DIAGNOSIS.md section 3). Measured with
``benchmarks/entities.py --held-out --ours`` over the 26 development sets and the 22 invented
articles: figures below (round prec13). Round 21's trade name: the
anaesthesia probe's patented name, ``other`` before, is a product (type agreement one item
up); no entity of the other 52 sets changed type.

Round prec13 (issue 3, the type misses of benchmarks/final10/DIAGNOSIS.md section 3, all
read for that diagnosis, so not blind): how a name was given or issued
(:mod:`kg.kinds.naming_cues`: "under the brand name "X"" a product, beating the quoted title's
document; "published in 1874 as X" a document; "The flood, remembered locally as the X" an
event), and a definite apposition's description ends at "where"/"when" as at a preposition
("X, the hill village where he was born" → "village", a place; before, the head read
was "born"). Measured (``--held-out --ours``, 26 development sets and 22 invented
articles): orsenne_ice_company type agreement .65 → .85 (four gold entities); no other node
of the 48 sets changed type, and no other figure moved.

heads15: ", first sold in 1849," after a name (:func:`first_sold`; "originally",
"marketed", "offered") types it a product, read where an apposition would be. Measured (30
development sets, 26 probes): one node other → product, right (ropewalk_invented types
.85 → .90); nothing else moved. "sold in" without "first" is not taken (a house is sold too).

rev15b (review): "offered" is dropped (", first offered in 1880" typed an invented
scholarship a product), and a name ending in a place's, a building's, a property's or a
body's noun is not taken ("Drossel Grange, first sold in 1820" was a product; invented).
Measured: no figure of the 30 development sets or 28 probes moved.

fix15 (review): a name an animal's or a work of art's noun introduces ("The mare X, first sold
at auction", "Her colt, X, first sold …"; :data:`_SOLD_NOT_PRODUCT`) is not taken. A painting
or a horse with no such noun before it is still typed a product: no type here says animal or
artwork, and no generic cue tells such a name from a product's; left. Measured: no figure
and no mention or type of the 30 development sets or 28 probes moved.

fix16: a bare name is not taken, only one written with its goods' common noun after or before
it ("the X cable, first sold in 1849", "the rope X, first sold …"): a horse's or a painting's bare name had been
typed a product (invented texts). Measured: no figure, type or mention of the 32 development
sets or 28 probes moved (ropewalk_invented's product is written so and stays one).

Review rev16e: an adjective or a participle before the bare name is no goods' noun
(:func:`_modifier`): "The celebrated Grey X, first sold at auction" (a horse) had been typed
a product (invented). No figure moved (figures in the commit).

diag15o: a person-shaped trade name stays a person's only when the clause says a person was
sold (:func:`stage_name`: a person's noun or an object pronoun before "under", or "she was
marketed under …"); "Those flakes were sold from 1862 under the name X" now types X a
product (it was a person by its shape). Measured with :mod:`kg.merging.plain_calls` (which needs
the thing typed a thing): final13 osterfell_saltworks types .75 → .80 (with plain_calls: alias
unity +.05, relations at the evidence +.10); nothing else of the 32 development sets and 28
probes moved.

Review rev15j: a person named by a given name and a surname before "under" is sold too ("In
1931 Ada Tullow was marketed by the studio under the name Lorna Pellam"); no figure moved.

diag16p (:func:`_sold_as`): a name right after "sold as (the)" or "marketed as (the)" is a
product ("the widest ribbon, sold as the X"), not one ending in a property's or a body's noun.
Measured over the 34 development sets and 30 probes (every type dumped): one node other →
product (pencils_invented types .70 → .75); nothing else moved. The lowercase-labelled
"marketed as the Halvern range" stays a concept (a term's group takes no name cue).
org21 (:func:`_named_thing`, :data:`_NOW`): "the document, now known as X" (over 80 texts,
once: final18 elevator's safety code product → document, types .50 → .55; nothing else moved).
"""

from __future__ import annotations

from itertools import pairwise

from kg.kinds.noun_kinds import kind_of_noun
from kg.kinds.periodical_cues import written_in
from kg.words import lexicon as lx
from kg.words.tokens import Token, singular

__all__ = ["PASSIVE", "first_sold", "naming_cue", "stage_name", "trade_name", "written_in"]

_QUOTES = frozenset('"“”‘’\'*_')
_BRAND_NOUNS = lx._words("brand trademark")
_NAME_NOUNS = lx._words("name")
_BRAND_MODIFIERS = lx._words("brand trade")
_ISSUE_VERBS = lx._words("published republished reissued reprinted printed")
_NAMING_VERBS = lx._words("known remembered called nicknamed")
# nouns of a happening: "The flood, remembered locally as the X"
_EVENT_NOUNS = lx._words("event episode incident disaster catastrophe")
_REACH = 4
_NOW = lx._words("now today")  # (org21) "The flood, now remembered as X"
# (round 21) verbs of selling or protecting a thing for sale: "market it under the name X"
_TRADE_VERBS = lx._words("patent patented patenting sell sold selling market marketed "
                         "marketing advertise advertised manufacture manufactured launched")

# (heads15) ", first sold in 1849": a thing put on sale
_FIRST = lx._words("first originally")
_OFFERED = lx._words("sold marketed")  # (rev15b) not "offered": so are prizes
_SALE_PREPOSITIONS = lx._words("in at by from to as")
# (rev15b) the last words of a property's or a body's name: a house, an estate or a firm is
# first sold too ("Drossel Grange, first sold in 1820", invented)
_SOLD_NOT_MADE = lx.PLACE_HEADS | lx.STRUCTURE_HEADS | lx.ORG_HEADS | lx._words(
    "estate estates grange manor house farm cottage villa mansion lodge plot lot land lands")

# (fix15) nouns of things sold that are no product: an animal, a work of art ("The mare X,
# first sold at auction in 1880", "Her painting, X, first sold in 1870"; invented)
_SOLD_NOT_PRODUCT = lx._words(
    "horse horses mare stallion colt filly gelding foal pony hound dog bull cow ram ewe "
    "painting paintings portrait canvas picture sculpture statue drawing etching watercolour "
    "watercolor fresco manuscript")


def naming_cue(toks: list[Token], start: int) -> str | None:
    """The kind the words before a mention at ``start`` give it (see the module docstring).

    Args:
        toks: a sentence's tokens.
        start: where the mention starts (past emphasis marks).

    Returns:
        ``product``, ``document``, ``event`` or another kind, else None.
    """
    if written_in(toks, start):
        return "document"  # "her obituary in X": a periodical (kg.kinds.periodical_cues)
    k = start - 1
    while k >= 0 and toks[k].text in _QUOTES:
        k -= 1
    if k >= 0 and toks[k].lower == "the":
        k -= 1
    if k < 0:
        return None
    word = toks[k].lower
    if word in _BRAND_NOUNS or word in _NAME_NOUNS and k >= 1 \
            and toks[k - 1].lower in _BRAND_MODIFIERS:
        return "product"  # "under the brand name "X"", "the brand X"
    if trade_name(toks, start):
        return "product"  # "tried to market it under the name X"
    if word != "as":
        return None
    if k >= 1 and toks[k - 1].lower in _OFFERED:
        return _sold_as(toks, start, k - 1)  # "sold as the X", "marketed as the X range"
    if k >= 1 and toks[k - 1].lower in _NAMING_VERBS:
        return _named_thing(toks, k - 1)
    if k >= 2 and toks[k - 2].lower in _NAMING_VERBS and toks[k - 1].lower.endswith("ly"):
        return _named_thing(toks, k - 2)  # "remembered locally as"
    for d in range(k - 1, max(-1, k - 1 - _REACH), -1):
        if toks[d].lower in _ISSUE_VERBS:
            return "document"  # "published in 1874 as X"
        if not toks[d].is_word and not toks[d].is_number and toks[d].text != ",":
            return None
    return None


# (rev16e) what praises or describes a name, no goods' noun: "the celebrated X", "her famous X"
_MODIFIERS = lx.STOPWORDS | lx.GENERIC_MODIFIERS | lx.PREDICATE_ADJECTIVES


def _modifier(word: str) -> bool:
    """True for a stopword, an adjective or a participle before a name ("the celebrated X",
    "the famous X"), which is no common noun of goods (rev16e)."""
    return word in _MODIFIERS or word.endswith(("ed", "ous", "ful"))


def _sold_as(toks: list[Token], start: int, verb: int) -> str | None:
    """diag16p: ``product`` for a name right after "sold as (the)" or "marketed as (the)"
    ("the widest ribbon, sold as the Quillet", "marketed as the Quenmark range"): a thing put
    on sale under that name; not a name ending in a place's, a building's, a property's or a
    body's noun (:data:`_SOLD_NOT_MADE`: "the works was sold as Quendrow Mills"). Review
    rev16i: nor when the noun sold (before ``verb``, past "was" and adverbs) is a person's,
    an animal's, a work of art's or a place's ("The colt was sold as X", "the village was
    marketed as the X Riviera", "He was marketed as the X Giant"), nor a body's ("the
    business was sold as X"), nor a name's ("the X Line was sold as the Y Line"), all
    products before; no figure, type or reference of the 64 texts (every one dumped) moved."""
    back = verb - 1
    while back >= 0 and (toks[back].lower in PASSIVE or toks[back].lower.endswith("ly")):
        back -= 1
    sold = singular(toks[back].lower) if back >= 0 else ""
    if sold in _SOLD_PEOPLE or sold in _SUBJECTS or sold in _SOLD_NOT_PRODUCT or sold in \
            _SOLD_NOT_MADE or kind_of_noun(sold, roles=True) in ("person", "place", "organization") \
            or back > 0 and toks[back].is_cap:  # a name sold under another: a renaming
        return None
    end = start
    while end < len(toks) and toks[end].is_word and (toks[end].text[:1].isupper() or end > start
                                                     and toks[end].lower in _GOODS):
        end += 1
    return None if end == start or toks[end - 1].lower in _SOLD_NOT_MADE else "product"


# (diag16p) lowercase nouns of a line of goods that end a product's name ("the Quenmark range")
_GOODS = lx._words("range line series brand")
# (rev16i) between the thing sold and "sold": "The colt, later sold as X" (and launched_names)
PASSIVE = lx._words("was were is are been being , first later then also originally")


def first_sold(toks: list[Token], start: int, end: int) -> str | None:
    """``product`` for a mention from ``start`` to ``end`` followed by ", first sold in …"
    (also "originally", and "marketed"): a thing put on sale, before any apposition
    ("the X hawser, first sold in 1849, a four-strand cable"); not for a name ending in a
    place's, a building's, a property's or a body's noun (:data:`_SOLD_NOT_MADE`), nor one
    an animal's or a work of art's noun introduces ("the mare X", "her painting, X,":
    :data:`_SOLD_NOT_PRODUCT`). fix16: only a name written with a common noun of the goods
    after or before it ("the X hawser", "the rope X"): a bare name ("X, first sold at
    auction", a horse; a painting's title) is no product by this cue."""
    words = [t.lower for t in toks[end:end + 4]]
    if not end or toks[end - 1].lower in _SOLD_NOT_MADE:
        return None  # "Drossel Grange, first sold in 1820": a property
    before = start - 2 if start > 1 and toks[start - 1].text == "," else start - 1
    if before >= 0 and toks[before].lower in _SOLD_NOT_PRODUCT:
        return None  # "The mare Grey Quillan, first sold at auction": a horse
    if not (toks[end - 1].text.islower() or before >= 0 and toks[before].is_word
            and toks[before].text.islower() and not _modifier(toks[before].lower)):
        return None  # (fix16) no goods' noun: "X, first sold at auction": a horse, a painting
    if len(words) == 4 and words[0] == "," and words[1] in _FIRST and words[2] in _OFFERED \
            and words[3] in _SALE_PREPOSITIONS:
        return "product"
    return None


def trade_name(toks: list[Token], start: int) -> bool:
    """True for a mention at ``start`` after "under the name" and a verb of trade at most
    four words before "under" ("sold it under the name X", "tried to market it under the
    name X"); not after a verb of writing ("wrote under the name X": a pen name). A
    person-shaped name so given is a stage name ("marketed the young singer under the name
    Ada Quorrick"), which :func:`kg.kinds.type_cues.context_cues` leaves a person (review
    rev14a: it had been typed a product; no figure of the 54 sets moved)."""
    name = start - 1
    while name >= 0 and toks[name].text in _QUOTES:
        name -= 1
    if name >= 0 and toks[name].lower == "the":
        name -= 1
    if name < 3 or toks[name].lower not in _NAME_NOUNS or toks[name - 1].lower != "the" \
            or toks[name - 2].lower != "under":
        return False
    return any(t.lower in _TRADE_VERBS for t in toks[max(0, name - 2 - _REACH):name - 2])


# (diag15o) who is sold under a name: an object pronoun, or a subject pronoun before a passive
_SOLD_PEOPLE = lx._words("him her himself herself them themselves")
_SUBJECTS = lx._words("he she they")


def stage_name(toks: list[Token], start: int) -> bool:
    """True for a trade name (:func:`trade_name`) given to a person: a person's noun
    ("marketed the young singer under the name X") or an object pronoun ("sold him under the
    name X") stands between the clause's opening and "under", or "he", "she" or "they" opens a
    passive ("she was marketed under the name X"), or two capitalised words shaped like a
    person's name (:func:`_two_names`) stand there ("Ada Tullow was marketed under the name X", rev15j). A person-shaped name
    sold otherwise ("Those
    flakes were sold from 1862 under the name X") is a product's (diag15o; before, any
    person-shaped trade name stayed a person, rev14a)."""
    if not trade_name(toks, start):
        return False
    under = next(k for k in range(start - 1, -1, -1) if toks[k].lower == "under")
    clause = 0
    for k in range(under - 1, -1, -1):
        if toks[k].text in ",;:":
            clause = k + 1
            break
    words = [t.lower for t in toks[clause:under]]
    return any(w in _SOLD_PEOPLE or kind_of_noun(w, roles=True) == "person" for w in words) \
        or any(w in _SUBJECTS and nxt in ("was", "were", "is", "are")
               for w, nxt in pairwise(words)) \
        or any(_two_names(toks, k) for k in range(clause, under - 1))  # "Ada Tullow was
    # marketed under the name X" (rev15j)


_HEADS = lx.ORG_HEADS | lx.PLACE_HEADS | lx.PRODUCT_HEADS | lx.STRUCTURE_HEADS | lx.DOCUMENT_HEADS


def _two_names(toks: list[Token], k: int) -> bool:
    """True for exactly two capitalised words at ``k``, no stopword or head noun, the second
    not possessive: a person's name shape ("Ada Tullow"), not "Osk Salt Works" nor "Kell
    Ardo's cider" (rev15j)."""
    run = toks[k:k + 2]
    return (k == 0 or not toks[k - 1].is_cap) and (k + 2 >= len(toks) or not toks[k + 2].is_cap) \
        and not run[1].possessive and all(t.is_cap and t.is_word and t.lower not in lx.STOPWORDS
                and t.lower not in _HEADS for t in run)


def _named_thing(toks: list[Token], verb: int) -> str | None:
    """The kind of "the N," before a naming verb at ``verb``: "The flood, remembered …"."""
    if verb > 3 and toks[verb - 1].lower in _NOW and toks[verb - 2].text == ",":
        verb -= 1  # (org21) "the document, now known as X"
    if verb < 3 or toks[verb - 1].text != "," or toks[verb - 3].lower not in ("the", "this"):
        return None
    noun = toks[verb - 2]
    if not noun.is_word or not noun.text.islower():
        return None
    return "event" if noun.lower in _EVENT_NOUNS else kind_of_noun(noun.lower)
