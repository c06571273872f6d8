"""A description that its own sentence names: "The machine … was nicknamed the Grey Mare".

A text often takes a thing up by what it is and gives its name in the same sentence, as
what the description "became known as" or "was nicknamed": "The effect became known as
**Verrin's rule**", "The engine, built to her drawings by a local foundry, was nicknamed the
Copper Mule", "The survey, which became known as the Tallow Inquiry, …". The name is the
sentence's own mention, so no rule that looks back for an antecedent reads the description
(the entity is already named in the sentence), and "the engine" never joins it.
:func:`known_as` records the description as a reference to the named entity when:

- the sentence opens with "The" and one lowercase noun, not possessive, that no mention
  covers (no name of its own, no other rule took it);
- the noun's predicate follows at once, or after one comma-closed insert (", built to …,")
  or ", which": a naming verb (:data:`_CUES`: "became known as", "was known as", "was
  called", "was named", "was nicknamed", "was dubbed", "was christened"), with at most one
  adverb ("was later called", "soon became known as");
- right after it, past emphasis marks, quotes and "the", a mention of the sentence begins
  (an entity of no date or quantity). "The crew was called out", "The ship was named after
  X", "The horse was known as a fast one" name nothing.

Measured (round desc15, family (a2) of docs/ALIAS_MISSES.md) with ``benchmarks/entities.py
--held-out --ours`` over the 30 development sets and the 28 probes, and a dump of every
reference and alias over all texts before and after, read one by one: three descriptions
taken, all right ("The machine" → the nicknamed traveller on ropewalk_invented, "The
observation" → the law on transistor_factual, "The survey, which became known as …" → the
inquiry on fell_rescue), each now the entity's alias (rule ``sole description``), and one
"It" after the machine now goes to it (right); transistor_factual alias unity .80 → .85
(dev mean .934 → .936); no other figure of the 58 sets moved, no conflation added. The
only other such sentence over the texts, "The crew was called out 14 times", names nothing.
Left: a description the sentence names after "and" or a subordinate clause ("the
resulting curve became known as …", not sentence-initial).

Review rev15i (tests in tests/test_known_as.py, each failing before): "The first was
called X" is a count, not a description (:data:`_NO_NOUN`); "was named" also appoints, so
a post or rank noun (:data:`_PERSONAL`) names only a person ("The captain was named …
Club chairman"), a name in the possessive owns the post ("The cup was named the …
Club's trophy"), and a name before a common noun modifies it ("The match was called the
Quendrow United game": :func:`_modifies`). Over all 60 texts every entity, alias and
reference is unchanged (dump before/after), and no figure of ``--held-out --ours`` moved.

rel18: an eponym whose lowercase head ends the name ("became known as the Varlow process") is
the name given, not a name modifying a noun (:func:`_modifies` had read "process" as the noun
"Varlow" modifies, so the description took nothing): over the 68 texts one reference added,
right (papermill_invented's "Its" after the method now goes to the process); no figure moved.
"""

from __future__ import annotations

from kg.finders.emphasis import MARKS
from kg.references.phrases import Context
from kg.words import lexicon as lx

__all__ = ["known_as"]

# the naming predicates, after the description's noun (an adverb may stand in them)
_CUES = (("became", "known", "as"), ("came", "to", "be", "known", "as"),
         ("was", "known", "as"), ("was", "called"), ("was", "named"), ("was", "nicknamed"),
         ("was", "dubbed"), ("was", "christened"))
_ADVERBS = lx._words("later soon first then originally quickly widely popularly locally")
_SKIP = frozenset({'"', "'", "\u201c", "\u2018", "the"})
_NEVER = frozenset({"date", "quantity"})
_INSERT = 16  # tokens of a comma-closed insert between the noun and its predicate
# "The first was called X", "The latter became known as": a count or a pointer, no noun
_NO_NOUN = lx.STOPWORDS | lx.ORDINALS | lx._words("former latter other same last next following")
# the nouns of a person's post or rank ("The captain was named the club's commodore")
_PERSONAL = frozenset(k for k, v in lx.REFERENCE_NOUNS.items() if v == "person") | lx.HONORIFICS


def known_as(u: int, ctx: Context) -> list[tuple[int, int, int]]:
    """The description opening sentence ``u`` that its predicate names (module docstring).

    Args:
        u: the unit (sentence) index.
        ctx: what is known so far of the document, with the sentence's entities resolved.

    Returns:
        ``(0, 2, group)`` for the description, or nothing.
    """
    toks = ctx.units[u].tokens
    here = ctx.by_unit.get(u, [])
    if len(toks) < 5 or toks[0].lower != "the" or not toks[1].is_word \
            or not toks[1].text.islower() or toks[1].possessive or toks[1].lower in _NO_NOUN \
            or any(p <= 1 for p, _g in here):
        return []
    k = _predicate_start(toks)
    end = _cue_end(toks, k) if k is not None else None
    if end is None:
        return []
    while end < len(toks) and (toks[end].text in MARKS or toks[end].lower in _SKIP):
        end += 1
    named = [g for p, g in here if p == end and ctx.types[g] not in _NEVER]
    if not named or (u, end) in ctx.possessive \
            or toks[1].lower in _PERSONAL and ctx.types[named[0]] != "person" \
            or _modifies(toks, end, ctx.heads[named[0]] | ctx.term_heads[named[0]]):
        return []  # "was named the Club's commodore", "… Club chairman": a post, no name
    return [(0, 2, named[0])]


def _modifies(toks, k: int, heads: set[str] | frozenset[str] = frozenset()) -> bool:
    """The capitalised run at ``k`` modifies a common noun after it ("was called the Quendrow
    United game"), so it is not what the description was called; a run in the possessive
    ends a name of its own ("became known as Quallet's rule"). rel18: not when that noun is
    one of ``heads``, the named entity's own head ("became known as the Varlow process":
    the eponym's lowercase head is the name's last word, not a noun it modifies)."""
    while k + 1 < len(toks) and (toks[k + 1].is_cap or toks[k + 1].lower in lx.NAME_CONNECTORS
                                 and k + 2 < len(toks) and toks[k + 2].is_cap):
        k += 1
    after = toks[k + 1] if k + 1 < len(toks) else None
    return not toks[k].possessive and after is not None and after.is_word \
        and after.text.islower() and after.lower not in lx.STOPWORDS and after.lower not in heads


def _predicate_start(toks) -> int | None:
    """Where the predicate of "The N" begins: right after the noun, after ", which", or
    after one comma-closed insert."""
    if toks[2].text != ",":
        return 2
    if toks[3].lower == "which":
        return 4
    for j in range(3, min(len(toks), 3 + _INSERT)):
        if toks[j].text == ",":
            return j + 1
        if toks[j].text in (".", ";", ":", "(", ")"):
            return None
    return None


def _cue_end(toks, k: int) -> int | None:
    """The position after the naming predicate at ``k`` (an adverb may stand before or
    inside it), else None."""
    words = []
    j = k
    while j < len(toks) and len(words) < 6 and toks[j].is_word:
        if toks[j].lower not in _ADVERBS:
            words.append((toks[j].lower, j))
        j += 1
    for cue in _CUES:
        if tuple(w for w, _j in words[:len(cue)]) == cue:
            return words[len(cue) - 1][1] + 1
    return None
