"""Finding the reference phrases of a sentence: "the company", "the label", "it", "its" …

What counts as a reference phrase is described in :mod:`kg.references.coref`, which calls
:func:`find_phrases` on every sentence; :mod:`kg.references.antecedents` then chooses what each stands
for.

Round 12 of issue 3: a sentence may open with "The" and a capitalised noun that is no name
of its own but the head of exactly one entity's names ("The Trust raised …" after "the Ostley
Readers' Trust"); it is that head noun, as "The trust" would be (:func:`kg.references.taught_phrases.capital_head`).
Measured over the 18 development sets and the 15 invented articles: football relations
joined 0.64 → 0.71 at the evidence, 0.71 → 0.79 anywhere; no other figure of the 33 sets
moved. A head two entities' names share stays unresolved. And an adverb of time without
"-ly" after "the N" ("The guild later published …", ``_ADVERBS`` of :mod:`kg.references.phrase_context`)
is no noun that N modifies, so the phrase stands: lawsuit relations joined 0.69 → 0.77 (at the
evidence and anywhere); no other figure of the 33 sets moved.

Round 13: "for" before an amount or a length of time ("bought the ground for £250,000", "for
two seasons": :func:`kg.references.phrase_context.complement`) opens no complement of the noun, so "the
N" stands.
Measured over the 20 development sets and the 15 invented articles: two references added,
both right (football: a buyer and the club; orchestra: a hall closed for two seasons); with
:mod:`kg.merging.placeless`, football relations joined at the evidence .79 → 1.00; nothing else moved.
Nor does "that" before a time noun ("introduced the bill that winter"): one reference added
(cleanair, right, with "the bill" of :mod:`kg.references.compatibility`); nothing else moved.

Round 13 of the relations work: "the new N", "the unknown N" (also "novel", "mysterious",
"strange") where N is a noun the text described an entity by and that heads no name ("the
new radiation" after "Glow-rays are a kind of … radiation"), not a post, a trade or a
reference noun ("the new manager", "the new company" is another one). Two references added
over the 26 development sets and the probes, both right; xrays relations at the evidence
.90 → 1.00; nothing else moved. Review (rev13a): "the new N", "the novel N" only for a noun
that describes ideas and phenomena (typed ``concept``), no place, body, product, document,
event, method or other thing (:func:`fresh_nouns`): "The new theatre opened in 1905" after
"X, a theatre, … burned down" had taken X, and "The new procedure" after "X, a procedure
…, was used until 1900" X. No reference moved on the 26 sets and the probes.
rel17b: "whose" after a role noun the text taught one person opens no complement that says
which one, so "a nephew of the headmaster whose gifts …" is a phrase (:func:`_whose_role`,
not as a subject; figures in :mod:`kg.references.agent_nouns`: pencils_invented relations at
the evidence .80 → .90, no other reference of the 66 texts moved).

The tests of the words around a phrase (where it stands, whether "it" is a dummy, whether "the
N" opens a longer noun phrase) are in :mod:`kg.references.phrase_context`; :data:`ORDER` and
:data:`USE_VERBS` are importable from here too, as they were before that module was split off.
"""

from __future__ import annotations

from kg.finders.candidates import Unit
from kg.references.business_nouns import business_phrase
from kg.references.compatibility import MEMBERS, PARTNERSHIP
from kg.references.ordinal_series import ordinal_noun
from kg.references.phrase_context import (
    ORDER,
    USE_VERBS,
    complement,
    expletive,
    listed,
    modifies,
    noun_follows,
    object_it,
    ordinal_subject,
    reported,
    small_clause,
    subject_position,
)
from kg.references.phrases import Phrase
from kg.references.plural_heads import plural_head
from kg.references.taught_phrases import (
    BE,
    capital_head,
    clipped,
    learned_pair,
    stands_alone,
    tail_phrase,
)
from kg.words import lexicon as lx
from kg.words.kind_nouns import CASE_NOUNS
from kg.words.tokens import singular

__all__ = ["ORDER", "USE_VERBS", "find_phrases", "fresh_nouns"]

_DEFINITE = frozenset({"the", "this", "that"})
_SUBJECT_ONLY = frozenset({"it", "they", "this"})
_PERSONAL = {"he": "person", "she": "person", "him": "person", "his": "person",
             "her": "person", "it": "thing", "its": "thing", "they": "plural",
             "their": "plural"}


def find_phrases(unit: Unit, covered: set[int], heads: set[str], tails: dict, *,
             item: bool = False, learned: frozenset = frozenset(), fresh: frozenset = frozenset(),
             topical: frozenset = frozenset(), unique: frozenset = frozenset(),
             roles: frozenset = frozenset()) -> list[Phrase]:
    """The reference phrases of one unit, in order (``item``: inside a list item that opens
    with a name, where an object "it" is that name; ``learned``: descriptor nouns that head
    no name, which must stand alone, see :func:`kg.references.taught_phrases.stands_alone`;
    ``fresh``: those of them that describe only ideas and phenomena (:func:`fresh_nouns`),
    which "the new N" may stand for; ``topical``:
    the heads of the names in the document's title, which a clipped noun may stand for: "the
    tram"; ``unique``: the heads of exactly one entity's names, which a sentence may open with
    capitalised, see :func:`kg.references.taught_phrases.capital_head`)."""
    toks, out = unit.tokens, []
    for i, tok in enumerate(toks):
        if i in covered:
            continue
        low = tok.lower
        if i == 0 and capital_head(toks, covered, unique):
            out.append(Phrase(0, 2, "head", toks[1].lower, True))
            continue
        if i == 0 and ordinal_subject(toks):
            out.append(Phrase(0, 2, "ordinal", None, True))
            continue
        if i == 0 and ordinal_noun(toks):  # "A second tower, …", "The third tower changed …"
            out.append(Phrase(0, 3, "series", toks[2].lower, True))
            continue
        if low in _SORT and i + 1 not in covered:  # "such kilns": of the kind just named
            sort = _sort(toks, i, covered)
            if sort:
                out.append(sort)
                continue
        if low == "the" and i + 1 < len(toks) and toks[i + 1].lower in ("former", "latter") \
                and toks[i + 1].text.islower() and i + 1 not in covered \
                and not modifies(toks, i + 2):
            out.append(Phrase(i, i + 2, "ordered", toks[i + 1].lower, subject_position(toks, i)))
            continue
        if low == "the" and listed(toks, i):
            end = i + 2 if i + 2 == len(toks) or toks[i + 2].lower != "of" else i + 4
            out.append(Phrase(i, end, "listed", toks[i + 1].lower, False))
            continue
        if low == "the" and i + 1 < len(toks) and toks[i + 1].lower in MEMBERS \
                and toks[i + 1].text.islower() and i + 1 not in covered \
                and not (i + 2 < len(toks) and complement(toks, i + 2)):
            out.append(Phrase(i, i + 2, "organization", toks[i + 1].lower,
                              subject_position(toks, i)))  # "the trustees": their board
            continue
        firm = business_phrase(toks, i, covered) if low == "the" else None
        if firm:  # "the works", "the directors": the firm (:mod:`kg.references.business_nouns`)
            out.append(firm)
            continue
        many = plural_head(toks, i, covered) if low == "the" else None
        if many:  # "the tables" for "… Cooling Tables" (:mod:`kg.references.plural_heads`)
            out.append(many)
            continue
        if low == "the" and _novel(toks, i, covered, learned, fresh):  # "the new radiation"
            out.append(Phrase(i, i + 3, "head", toks[i + 2].lower, subject_position(toks, i)))
            continue
        pair = learned_pair(toks, i, covered, learned) if low == "the" else None
        if pair:  # "the chief engineer" after "hired Ada Lind as its chief engineer"
            out.append(Phrase(i, i + 3, "head", pair, subject_position(toks, i)))
            continue
        if low in _DEFINITE and i + 1 < len(toks) and toks[i + 1].text[0].islower():
            tail = tail_phrase(toks, i, covered, tails) if low == "the" else None
            if tail:
                out.append(tail)
                continue
            noun = toks[i + 1].lower
            if low == "the" and noun not in heads and noun not in lx.REFERENCE_NOUNS:
                noun = clipped(noun, topical) or noun  # "the tram" for "… Tramway"
            kind = lx.REFERENCE_NOUNS.get(noun) or ("head" if noun in heads and low != "that"
                                                     else None) or (
                "organization" if noun in PARTNERSHIP and low == "the" else None) or (
                "venue" if noun in lx.VENUE_NOUNS and low == "the" else None) or (
                "event" if noun in CASE_NOUNS and low == "the" and not _predicate(toks, i)
                else None)
            follower = toks[i + 2] if i + 2 < len(toks) else None
            if kind == "head" and noun in learned and not stands_alone(toks, i):
                continue
            if kind and singular(noun) == noun and i + 1 not in covered and not (
                    follower and follower.is_word and not toks[i + 1].possessive and (
                        follower.text[0].isupper()
                        or complement(toks, i + 2) and not _whose_role(toks, i, roles)
                        or noun_follows(toks, i + 2) and not small_clause(toks, i))):
                out.append(Phrase(i, i + 2, kind, noun, subject_position(toks, i)))
            elif low == "this" and noun in lx.COMMON_VERBS and subject_position(toks, i):
                out.append(Phrase(i, i + 1, "bare", None, True))
        elif low in _PERSONAL and tok.text.lower() in (low, low + "'s") and not expletive(toks, i):
            subject = subject_position(toks, i)
            if low in _SUBJECT_ONLY and not subject:
                if item and low == "it":
                    out.append(Phrase(i, i + 1, "item", None, False))
                elif low == "it" and object_it(toks, i):
                    out.append(Phrase(i, i + 1, "object", None, False))
                elif low == "it" and reported(toks, i):
                    out.append(Phrase(i, i + 1, "thing", None, False))
                continue
            out.append(Phrase(i, i + 1, _PERSONAL[low], None, subject))
    return out


def _whose_role(toks, i: int, roles: frozenset) -> bool:
    """(rel17b) "a nephew of the headmaster whose gifts …": "whose" after the role noun the
    text taught a person (``roles``: "… School, whose headmaster, Ada Lind, …") says what that
    person did, not which one (:mod:`kg.references.agent_nouns`); not a subject ("The engineer
    whose plan won was Ivo Skarn" names the one meant after it)."""
    return toks[i + 2].lower == "whose" and toks[i + 1].lower in roles \
        and not subject_position(toks, i)


# what a text calls a thing it has just described and not yet named again: "the new
# radiation", "the unknown radiation" after "Glow-rays are a kind of … radiation"
_NOVEL = lx._words("new unknown mysterious novel strange")
# what "the new N" does not take up, a building, a body, a product, a law: a text calls one that
# replaces it so ("The new theatre opened in 1905" after the old one burned down)
_RENEWED = lx._words("new novel")
_FRESH_TYPES = frozenset({"concept"})  # not a method or rule either: "the new procedure"


def fresh_nouns(learned: frozenset, described: list[set[str]], types: list[str]) -> frozenset:
    """The nouns of ``learned`` that describe (``described``, per group) no entity but an
    idea, a phenomenon (:data:`_FRESH_TYPES`): what "the new N" may stand for."""
    return frozenset(n for n in learned if not any(
        n in nouns and types[g] not in _FRESH_TYPES for g, nouns in enumerate(described)))


def _novel(toks, i: int, covered: set[int], learned: frozenset, fresh: frozenset) -> bool:
    """True for "the new N", "the unknown N" where N is a noun the text described an
    entity by and that heads no name (``learned``; for "new" and "novel", ``fresh``),
    standing alone as such a noun must."""
    if i + 2 >= len(toks) or i + 1 in covered or i + 2 in covered \
            or toks[i + 1].lower not in _NOVEL or not toks[i + 1].text.islower():
        return False
    noun = toks[i + 2].lower
    if toks[i + 1].lower in _RENEWED and noun not in fresh:
        return False
    if noun in lx.PERSON_NOUNS or noun in lx.ROLE_NOUNS or lx.REFERENCE_NOUNS.get(noun) \
            or noun.endswith(lx.PERSON_SUFFIXES):
        return False  # "the new manager", "the new company" is another one
    return toks[i + 2].text.islower() and noun in learned and singular(noun) == noun \
        and stands_alone(toks, i, width=2)


_HEDGES = lx._words("not also often usually always still rarely never seldom")


def _predicate(toks, i: int) -> bool:
    """True for "the" after a copula, hedged or not: "as is the case", "that was not the
    case" are idioms, not the court case cited before."""
    k = i - 1
    while k >= 0 and toks[k].lower in _HEDGES:
        k -= 1
    return k >= 0 and (toks[k].lower in BE or toks[k].lower in lx.BE_FORMS)


_SORT = frozenset({"such", "these", "those"})


def _sort(toks, i: int, covered: set[int]) -> Phrase | None:
    """"such kilns", "these early lathes": a demonstrative and up to two lowercase words
    ending in a plural noun, which speaks of things of the kind a term just named (the
    noun, singular, is the term's last word: :mod:`kg.references.antecedents`)."""
    for n in (1, 2, 3):
        words = toks[i + 1:i + 1 + n]
        if len(words) < n or not all(t.is_word and t.text.islower() for t in words) \
                or any(i + 1 + k in covered for k in range(n)):
            return None
        last = words[-1].lower
        if last in lx.STOPWORDS:
            return None
        if singular(last) != last:
            return Phrase(i, i + 1 + n, "sort", singular(last), False)
    return None
