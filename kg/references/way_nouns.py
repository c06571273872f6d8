"""What "the method" and "the technique" stand for when no subject takes them up, for
:func:`kg.references.antecedents.antecedent` (a phrase of kind technique that found nothing in
its own steps).

The one technique the document's title names comes first (:func:`_technique`), unless a noun
written just before names some other way ("tried a new method of drying. The method
failed"); then the one technique the window's sentences name (:func:`_named_technique`).
The figures of rounds 13 and 16 are in each function's docstring.

rel16: first of all, the one term ending in the phrase's noun that its sentence (before it)
or the sentence before names, when every use of the noun there is that term's head
(:func:`_termed`: "The drum-sieve process, as she called it, proved costly …. She described the
method"; the check on a noun "written just before" had read the term's own head as another
way). Measured over the 32 development texts and 28 probes (every reference dumped): one
reference added, right (kessary probe); no figure moved. rev16c (review): not when a clause
of the phrase's own says which method (:func:`_own_clause`: "rejected the cold-wick method.
The method she chose used heat", "The method used by her teacher"), which had taken the term;
no reference of the 62 texts (every one dumped before and after) and no figure moved.

diag16p: past the window, the one technique the current section's heading names, when the
phrase's sentence and the window name none (:func:`_heading_technique`: "The Varn Process"
heading a section, "Varn described the method in a pamphlet" five sentences on). Measured with the
eponym process typed a technique (:func:`kg.kinds.form_types.head_type`) over the 34
development sets and 30 probes (every reference dumped before and after): two references
added, both right (pencils_invented, relations at the evidence .40 → .50 with it alone;
quellbracke_perfumery's "The method" under its heading, whose cleft "It" after it then took
the technique too, until :mod:`kg.references.clefts`); no figure of another set moved. Lost
with the retyping: pencils_invented's object "it" after the process (an object "it" takes
no technique; letting it lost a "known as" bridge on an invented test, rejected).
"""

from __future__ import annotations

from kg.references.distant_antecedents import title_entity
from kg.references.phrases import Context, Phrase
from kg.words import lexicon as lx

# "the process", "the procedure" are no reference phrases (no kind in lx.REFERENCE_NOUNS), and
# in science "the process" is as often a natural one ("frost wears the hills down. The process …")
_WAY_NOUNS = frozenset({"method", "technique"})


def _technique(u: int, phrase: Phrase, tokens, ctx: Context) -> int | None:
    """"the method", "the technique" with no subject to take up: the one technique the
    document's title names ("Cold Hide Bonding in the Tanneries … The method is …"). Round
    13 (with the "a way of …" type cue of :mod:`kg.kinds.described_kinds` and "is universally
    known as **X**" in :mod:`kg.references.bridging`): a technique's acronym given through
    "The method is … known as" joined it on pcr_history (alias unity 0.65 → 0.70, type agreement 0.50 →
    0.55; later its acronym spelt it by :func:`kg.merging.acronyms.undefined_acronyms` too); no
    figure of the other 19 development sets or the invented ones moved. The document's
    dominant technique as a fallback was rejected: "the approach" needs its head when
    no title names it (tests/test_coref.py). A noun written just before, in its sentence or
    the one before it, names some other way ("tried a new method of drying. The method
    failed"), so then nothing is taken; not when it names a term ("a slow method called cold
    proving. The method …", review of rel12, which typed such a term a technique for this)."""
    before = [t.lower for t in tokens[:phrase.start]]
    if ctx.recent:
        before += [t.lower for t in ctx.units[ctx.recent[-1]].tokens] if ctx.units else []
    termed = _termed(u, phrase, ctx)
    if termed is not None and before.count(phrase.noun) == termed[1] \
            and not _own_clause(tokens, phrase.end):
        return termed[0]  # "The drum-sieve process, as she called it, …. She described the method"
    if any(w == phrase.noun and before[k + 1:k + 2] != ["called"]
           and before[k + 1:k + 3] != ["known", "as"] for k, w in enumerate(before)):
        return None  # not "a method called X", which names the way the phrase takes up
    titled = title_entity(ctx, lambda g: ctx.types[g] == "technique")
    if titled is not None:
        return titled
    named = _named_technique(u, phrase, tokens, ctx)
    return named if named is not None else _heading_technique(u, phrase, tokens, ctx)


def _heading_technique(u: int, phrase: Phrase, tokens, ctx: Context) -> int | None:
    """diag16p: "the method", "the technique" past the window: the one technique the current
    section's heading names ("## The Orlin Process … Orlin described the method in 1893"),
    when neither the phrase's sentence nor the window's names any technique."""
    if phrase.noun not in _WAY_NOUNS or tokens[phrase.start].lower != "the" \
            or ctx.heading is None:
        return None
    if any(ctx.types[g] == "technique" for v in (*ctx.recent, u)
           for _p, g in ctx.by_unit.get(v, [])):
        return None
    found = {g for _p, g in ctx.by_unit.get(ctx.heading, []) if ctx.types[g] == "technique"}
    return found.pop() if len(found) == 1 else None


def _named_technique(u: int, phrase: Phrase, tokens, ctx: Context) -> int | None:
    """"the method", "the technique" (not "the approach": a way of thinking
    as often as of doing; not "this method", which may sum up a way only described) with no
    term ending in its noun: the one entity typed technique that the window's sentences
    name ("a technique he called ladder-firing … The method was slow"), when they name
    exactly one and the phrase's own sentence names none ("This method, now called X, …").
    Round 16, measured over the 22 development sets and the 17 invented articles: four
    references added, all right (two "the method" and an "Its" after one on vessany_archive,
    "the technique" on vaccine); no figure moved (those claims' pairs were joined already or
    have no gold). Without the two guards also "This approach, which became known as X" →
    the technique the sentence before set against it, and an "It" after it: both wrong."""
    if phrase.noun not in _WAY_NOUNS or tokens[phrase.start].lower != "the" \
            or any(ctx.types[g] == "technique" for _p, g in ctx.by_unit.get(u, [])):
        return None
    found = {g for prev in ctx.recent for _p, g in ctx.by_unit.get(prev, [])
             if ctx.types[g] == "technique"}
    return found.pop() if len(found) == 1 else None


def _termed(u: int, phrase: Phrase, ctx: Context) -> tuple[int, int] | None:
    """The one term ending in the phrase's noun that the phrase's sentence (before it) or the
    sentence before names, with how many times they name it ("The drum-sieve process, as she
    called it, proved costly. She described the method …": rel16); None for none or several. Its
    caller takes it only when every use of the noun there is such a term's head, so that "a
    new method of drying" written between still keeps the phrase from it."""
    found = [g for p, g in ctx.by_unit.get(u, []) if p < phrase.start]
    if ctx.recent and ctx.recent[-1] == u - 1:
        found += [g for _p, g in ctx.by_unit.get(ctx.recent[-1], [])]
    found = [g for g in found if phrase.noun in ctx.term_heads[g]
             and ctx.types[g] not in ("person", "date", "quantity")]
    return (found[0], len(found)) if found and len(set(found)) == 1 else None


_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it"})


def _own_clause(tokens, k: int) -> bool:
    """True when the words at ``k``, right after "the method", open a clause that says which
    method ("The method she chose", "the method used by her teacher"; rev16c)."""
    if k >= len(tokens):
        return False
    word = tokens[k].lower
    return word in _SUBJECT_PRONOUNS or k + 1 < len(tokens) and tokens[k + 1].lower == "by" \
        and (word in lx.PAST_VERBS or word.endswith("ed"))
