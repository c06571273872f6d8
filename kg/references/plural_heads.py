"""A name whose last word is a plural noun, taken up by that noun: "the tables" after "the
Pelmor Cooling Tables", "the sisters" after "the Dellamy Sisters".

:func:`kg.references.name_traits.name_heads` gives no such name a head (so that "the system"
does not stand for "Ostrevna Systems"), and the reference finder of
:mod:`kg.references.reference_phrases` wants a singular noun. Here "the" and a lowercase
plural noun standing alone (not before "of" or another noun) is a phrase of kind
``plural-head``; it stands for the nearest entity (a document, product, organisation or
untyped name; not a place: "the states" is no "United States") one of whose names, as the
text wrote it, ends in that word capitalised, when the text never wrote the word in lowercase
before it named that entity (a common noun of the subject is no name's head: "the
continents" of a geology history is no book called "Our Drifting …s").

Round works14 of the references work. Measured over the 28 development sets and the 26
probes (every reference dumped before and after, read one by one): two references added,
both right (glassworks: "The tables" → the published tables; orvane: "The stations" → the
pumping stations named just before); no figure of the 54 sets moved. Without the
written-before test also two "the continents" on plate_tectonics → a book whose title ends
so (wrong): rejected.

Review (rev14d): "The tables disagreed" after two names ending "… Tables" went to the
nearer one; now, when two entities' names written before it end in the noun, it takes neither (no
reference of the 28 development sets moved). Review (fix14): the noun in its common sense
after such a name ("he wrote them in his study, where the tables were covered with charts")
went to the name; now a phrase whose sentence before it names a home or a room takes none
(:func:`kg.references.business_nouns.domestic`; no reference of the 54 texts moved).

fuzz22 (speed only, same answers): the two scans of the whole document made for each phrase
and candidate (was the noun written in lowercase before the name? which names end in it?)
made this rule 20 of the 26 s (CPU) of a 240 KB text pasted as one line; the first lowercase
use of each word is now indexed once, and a noun the text never capitalises after another
token is answered without the walk. Entity benchmark output (``--held-out --ours``) and the
bundled store byte-identical; that text's entity step 19.8 → 5.5 s CPU.
"""

from __future__ import annotations

from kg.references.home_words import domestic, phrase_at
from kg.references.mention_index import first_named
from kg.references.phrase_context import complement, noun_follows, subject_position
from kg.references.phrases import Context, Phrase
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["KIND", "plural_head", "plural_named"]

KIND = "plural-head"
_TYPES = frozenset({"document", "product", "organization", "other"})


def plural_head(toks, i: int, covered: set[int]) -> Phrase | None:
    """"the tables" at ``i`` ("the"), a lowercase plural noun standing alone; else None."""
    if toks[i].lower != "the" or i + 1 >= len(toks) or i + 1 in covered:
        return None
    word = toks[i + 1]
    noun = word.lower
    if not word.is_word or not word.text.islower() or singular(noun) == noun \
            or noun in lx.STOPWORDS or noun in lx.PERSON_NOUNS:
        return None
    follower = toks[i + 2] if i + 2 < len(toks) else None
    if follower is not None and follower.is_word and not word.possessive and (
            follower.text[0].isupper() or complement(toks, i + 2) or noun_follows(toks, i + 2)):
        return None
    return Phrase(i, i + 2, KIND, noun, subject_position(toks, i))


def plural_named(phrase: Phrase, g: int, ctx: Context) -> bool:
    """True when a name of ``g``, where the text wrote it, ends in the phrase's plural noun
    capitalised ("… Cooling Tables" for "the tables")."""
    if ctx.types[g] not in _TYPES or not ctx.units or domestic(phrase, ctx):
        return False  # "in his study, where the tables were covered": furniture
    first = first_named(g, phrase, ctx)  # perf21: indexed, not a walk per phrase
    if first is None or _written_before(phrase.noun, first, ctx):
        return False
    ending = _ending_in(phrase.noun, ctx)
    before = phrase_at(phrase, ctx)
    if len({h for at, h in ending if at < before}) > 1:
        return False  # "the X Tide Tables … the Y Star Tables. The tables disagreed": both
    return any(h == g for _at, h in ending)


def _ending_in(noun: str, ctx: Context) -> list[tuple[tuple[int, int], int]]:
    """``((unit, token), group)`` of each name of the types taken up that ends, where the
    text wrote it, in ``noun`` capitalised ("… Cooling Tables" for "tables").

    fuzz22: a word the text never writes capitalised after another token ends no name, so
    such a noun is answered without a walk over every mention (one walk per phrase and
    candidate, 20 s of a 240 KB text's build)."""
    if noun not in _capitalised_words(ctx):
        return []
    out = []
    for u, found in ctx.by_unit.items():
        toks = ctx.units[u].tokens
        for p, h in found:
            if ctx.types[h] not in _TYPES:
                continue
            k = p
            while k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].text[:1].isupper():
                k += 1
            if k > p and toks[k].lower == noun and toks[k].text[:1].isupper():
                out.append(((u, p), h))
    return out


def _capitalised_words(ctx: Context) -> frozenset[str]:
    """The lowercase forms of the capitalised words written after another token of a unit."""
    key = "plural_heads.capitalised"
    if key not in ctx.memo:
        ctx.memo[key] = frozenset(t.lower for unit in ctx.units for t in unit.tokens[1:]
                                  if t.is_word and t.text[:1].isupper())
    return ctx.memo[key]


def _written_before(noun: str, first: tuple[int, int], ctx: Context) -> bool:
    """True when the document wrote ``noun`` in lowercase before ``first`` (unit, token).

    fuzz22: the first lowercase use of each word in each document is indexed once (this
    scanned the document up to ``first`` once per phrase and candidate: 13.8 s of the 74 s of
    a 240 KB text's entities)."""
    key = "plural_heads.lowercase"
    if key not in ctx.memo:
        seen: dict[tuple[str, str], tuple[int, int]] = {}
        for u, unit in enumerate(ctx.units):
            for i, t in enumerate(unit.tokens):
                if t.text.islower():
                    seen.setdefault((unit.doc, t.lower), (u, i))
        ctx.memo[key] = seen
    at = ctx.memo[key].get((ctx.units[first[0]].doc, noun))
    return at is not None and at < first
