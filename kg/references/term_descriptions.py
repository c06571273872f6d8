"""A description of a term the text has just made or found: "the invention", "the effect".

A text that introduces a new device, method or idea often takes it up next by what it is to
the story rather than by its name: "Ada Pelmor devised the *drip lamp* in 1851 …. She kept the
invention secret", "… and the word **vane drift** replaced it …. A strong wind destroyed the
effect". Such a noun heads no name and is no reference noun, so no other rule reads it, and
the sentence names only the people. :func:`term_descriptions` adds the reference when:

- "the" and a noun of :data:`MADE_NOUNS` ("invention", "innovation") or :data:`FOUND_NOUNS`
  ("effect", "phenomenon", "discovery", "observation") stand alone: no complement
  after it ("the invention of printing", "the effect on wages", "the discovery that …"), no
  noun it modifies ("the invention date"), no copula before it ("was the discovery"), no
  copula after "the effect" ("the effect was immediate": an outcome), and no
  other rule resolved it;
- the sentences of the window (:data:`kg.references.antecedents.WINDOW`, in the same section)
  and the phrase's own sentence before it name exactly one term of a type the noun fits
  (:data:`_MADE_TYPES`: a product, technique, idea or untyped thing; :data:`_FOUND_TYPES`:
  an idea), not the subject of the phrase's own clause ("a strong field destroyed the
  effect" is no field), that the text said was made or found there (:func:`_cued`): the
  object of a verb of making for an invention ("devised the X", "X was built"), or named
  right after such a verb's sentence ("This was the X"); for an effect the object of a verb
  of finding or a name given ("observed the X", "called the new state X", "the word X").
  A proposition found ("observed that …", "found that X …") is no term found: "The
  observation" after it is the whole statement, not a thing the statement names.

Two candidates take nothing. The reference is recorded like any other (``via: reference``).

Measured (round desc14) with ``benchmarks/entities.py --held-out --ours`` over the 30
development sets and the 26 probes, and a dump of every reference mention over all texts
before and after, read one by one: two references added, both right (transistor_factual:
"kept the invention secret" → the device named by "This was the X" after "demonstrated it";
superconductivity_factual: "destroyed the effect" → the state just called by its new word,
not the magnetic field inside "found that …", which is its clause's subject too); relations at the evidence
transistor_factual .40 → .50 (anywhere .50 → .60), superconductivity_factual .60 → .70;
no other figure moved, no conflation added. The rule reaches eleven other such phrases over
the texts and takes nothing for any: the term found is a proposition ("observed that …",
"found that …"), out of the window, or no entity. Left out: "the device" (a reference noun
of :mod:`kg.references.new_terms` and the product rules; the one unresolved use seen names
its term only in the next sentence), and "the new materials" (a plural for one material
found, arguable; read since rel16b by :mod:`kg.references.kind_families`, whose references,
with those of :mod:`kg.references.change_nouns`, "The revision" for what the window revised,
:func:`term_descriptions` returns after its own). Review rev14g on invented sentences: "He raised the rents, and the effect
was immediate" had taken the drift observed a sentence before, and "The court found the X
void. The finding was appealed" the clause; "the effect" before a copula is now an outcome,
and "finding" (a court's or a study's conclusion, a proposition) is no noun of the rule;
neither reached any of the dev texts' phrases (figures unchanged). Without "This was the X" the transistor case finds no candidate; the
clause-subject test moves nothing on the texts (tested on invented ones).
"""

from __future__ import annotations

from kg.finders.emphasis import MARKS
from kg.references.change_nouns import change_references
from kg.references.kind_families import family_references
from kg.references.phrase_context import complement, noun_follows, small_clause
from kg.references.phrases import Context
from kg.references.subjects import clause_subject
from kg.references.taught_phrases import BE
from kg.words import lexicon as lx

__all__ = ["FOUND_NOUNS", "MADE_NOUNS", "term_descriptions"]

MADE_NOUNS = lx._words("invention innovation")
FOUND_NOUNS = lx._words("effect phenomenon discovery observation")
# found nouns that, as the subject of "to be", are an outcome: "the effect was immediate"
_OUTCOME_NOUNS = lx._words("effect")
_MADE_TYPES = frozenset({"product", "technique", "concept", "other"})
_FOUND_TYPES = frozenset({"concept"})
# past forms (and participles) of the verbs that make a new thing
_MAKING = lx._words("invented devised built constructed designed developed patented "
                    "demonstrated created perfected")
# verbs whose object is a thing found, and those that give a name
_FINDING = lx._words("discovered observed noticed detected identified found")
_NAMING = lx._words("called named termed dubbed christened")
# nouns before a name given: "the word X", "the term X"
_NAME_NOUNS = lx._words("word term name")
# complements that say which effect or discovery, beyond those of :func:`complement`
_MORE_COMPLEMENTS = lx._words("on upon in from against over about")
_REACH = 4  # lowercase words between a verb and the term it makes or finds
_PRESENTING = lx._words("this it that")  # "This was the X": what the sentence before made
_ARTICLES = lx._words("the a an")


def term_descriptions(u: int, ctx: Context) -> list[tuple[int, int, int]]:
    """The references "the invention", "the effect" of sentence ``u`` (see the module
    docstring).

    Args:
        u: the unit (sentence) index.
        ctx: what is known so far of the document, with the sentence's entities resolved.

    Returns:
        ``(start, end, group)`` for each phrase resolved.
    """
    tokens = ctx.units[u].tokens
    out = []
    for i in range(len(tokens) - 1):
        noun = tokens[i + 1].lower
        if tokens[i].lower != "the" or not tokens[i + 1].text.islower() \
                or noun not in MADE_NOUNS | FOUND_NOUNS or not _alone(tokens, i):
            continue
        here = ctx.by_unit.get(u, [])
        if any(i <= p <= i + 1 for p, _g in here):
            continue  # another rule took it, or it opens a name
        made = noun in MADE_NOUNS
        found = set(_candidates(u, i, made, ctx))
        if len(found) == 1:
            out.append((i, i + 2, found.pop()))
    return out + family_references(u, ctx) + change_references(u, ctx)


def _alone(tokens, i: int) -> bool:
    """True when "the N" at ``i`` is the whole noun phrase and no predicate."""
    if i and tokens[i - 1].lower in BE:
        return False  # "was the discovery …": a predicate
    k = i + 2
    if k >= len(tokens) or not tokens[k].is_word:
        return True
    if tokens[i + 1].lower in _OUTCOME_NOUNS and tokens[k].lower in BE | {"were"}:
        return False  # "the effect was immediate": what an act brought about
    return not (tokens[k].text[0].isupper() or complement(tokens, k)
                or tokens[k].lower in _MORE_COMPLEMENTS
                or noun_follows(tokens, k) and not small_clause(tokens, i))


def _candidates(u: int, i: int, made: bool, ctx: Context):
    """The terms of the window and of sentence ``u`` before position ``i`` that the text
    said were made (``made``) or found there, but the subject of the phrase's clause."""
    types = _MADE_TYPES if made else _FOUND_TYPES
    tokens = ctx.units[u].tokens
    before = [(p, g) for p, g in ctx.by_unit.get(u, []) if p < i]
    own = clause_subject(tokens, before, i, set())
    section = ctx.units[u].section
    window = [v for v in ctx.recent if ctx.units[v].section == section]
    for v, found in [(v, ctx.by_unit.get(v, [])) for v in window] + [(u, before)]:
        for p, g in found:
            if ctx.types[g] in types and not (v == u and g == own) \
                    and _cued(v, p, made, ctx):
                yield g


def _cued(v: int, p: int, made: bool, ctx: Context) -> bool:
    """True when the mention at ``p`` of sentence ``v`` is of a term the text made (or found)
    there: the object of a verb of :data:`_MAKING` (:data:`_FINDING`, or a name given,
    :data:`_NAMING`, "the word X", "known as X"), the subject of its passive ("X was
    built"), or, for a made thing, named by "This was the X" right after a sentence with a
    verb of making."""
    tokens = ctx.units[v].tokens
    verbs = _MAKING if made else _FINDING | _NAMING
    k, words = p - 1, 0
    while k >= 0:  # back over marks, articles and up to _REACH modifiers to the verb
        low = tokens[k].lower
        if low in verbs or not made and k and (
                low in _NAME_NOUNS and tokens[k - 1].lower == "the"
                or low == "as" and tokens[k - 1].lower == "known"):
            return True
        if tokens[k].text in MARKS or low in _ARTICLES:
            k -= 1
        elif tokens[k].is_word and tokens[k].text.islower() and low not in lx.STOPWORDS \
                and words < _REACH:
            k, words = k - 1, words + 1
        else:
            break
    if _passive(tokens, p, _MAKING if made else _NAMING | _FINDING - {"found"}):
        return True
    if not made or k != 1 or tokens[1].lower not in BE or tokens[0].lower not in _PRESENTING:
        return False
    prev = ctx.units[v - 1] if v else None
    return prev is not None and not prev.heading and prev.section == ctx.units[v].section \
        and any(t.lower in _MAKING for t in prev.tokens)


def _passive(tokens, p: int, verbs: frozenset) -> bool:
    """True for "X was built", "the X, was first observed": a form of "to be" within the
    next few words of the mention (no mark but emphasis between), then one of ``verbs``."""
    for k in range(p + 1, min(p + 7, len(tokens) - 1)):
        tok = tokens[k]
        if not tok.is_word and tok.text not in MARKS and tok.text != "-":
            return False
        if tok.lower in ("was", "were"):
            j = k + 1 + (tokens[k + 1].lower in ("first", "later", "then", "originally"))
            return j < len(tokens) and tokens[j].lower in verbs
    return False
