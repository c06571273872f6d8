"""Reference phrases made of what the text itself taught (for
:func:`kg.references.reference_phrases.find_phrases`).

- :func:`learned_pair`: "the chief engineer", a two-word description the text gave one entity
  (:mod:`kg.kinds.descriptors`);
- :func:`stands_alone`: when a descriptor noun the text taught ("the label" after "X, a small
  label") is the subject or object itself, not a predicate or a modifier;
- :func:`tail_phrase`: "the mobility plan", lowercase words that end exactly one name;
  rev20b: not before "of" ("the national federation of Dremmick" is that country's body, not
  "National Thatchers Federation"); dev and probe means unchanged;
- :func:`clipped`: "the tram" for the head of a title's name ("… Tramway");
- :func:`capital_head` (round 12 of issue 3): "The Trust …" opening a sentence, for the head
  of exactly one entity's names (figures in :mod:`kg.references.reference_phrases`).
"""

from __future__ import annotations

from kg.references.phrases import Phrase
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["BE", "capital_head", "clipped", "learned_pair", "stands_alone", "tail_phrase"]

# a copula or modal: after one a description is a predicate ("is the style most …")
BE = lx._words("is was 's seems seemed appears appeared becomes became remains be "
                "could would might may will can should must")


def clipped(noun: str, heads: frozenset) -> str | None:
    """The one head of a title's name that ``noun`` clips ("tram" → "tramway", "lab" →
    "laboratory"): a word of three letters or more that begins exactly one such head, else
    None. Only the title's names: "the man" must not become a "… Manifesto" named once."""
    if len(noun) < 3 or not noun.isalpha():
        return None
    full = [h for h in heads if h.startswith(noun) and len(h) > len(noun)]
    return full[0] if len(full) == 1 else None


def learned_pair(toks, i: int, covered: set[int], learned: frozenset) -> str | None:
    """"the chief engineer": two lowercase words after "the" that repeat a two-word
    description the text gave one entity (:func:`kg.kinds.descriptors.describe`), standing
    alone as :func:`stands_alone` says."""
    words = toks[i + 1:i + 3]
    if len(words) < 2 or not all(t.is_word and t.text.islower() for t in words) \
            or covered & {i + 1, i + 2} or words[0].possessive:
        return None
    pair = f"{words[0].lower} {words[1].lower}"
    if pair not in learned or singular(words[1].lower) != words[1].lower \
            or not stands_alone(toks, i, width=2):
        return None
    return pair


def stands_alone(toks, i: int, *, width: int = 1) -> bool:
    """For a descriptor noun the text taught ("the label" after "X, a small label"): the
    description is the subject or object itself, not a predicate ("is the style most …") nor
    a modifier ("the parser toolkit"): no copula before it, and after it a mark, a
    possessive, a function word, a verb or an adverb ("the probe finally launched"), or a
    word followed by a number or "a"/"an", which makes it a verb ("the network cost €310
    million")."""
    noun = toks[i + width]
    if noun.possessive:
        return True  # "became the ensemble’s advocate"
    if i and toks[i - 1].lower in BE:
        return False
    if i + width + 1 == len(toks):
        return True
    nxt = toks[i + width + 1]
    low = nxt.lower
    after = toks[i + width + 2] if i + width + 2 < len(toks) else None
    return not nxt.is_word or low in lx.STOPWORDS or low in lx.COMMON_VERBS \
        or low in lx.PAST_VERBS or low.endswith(("ed", "es", "ly")) or (
            low.endswith("s") and not low.endswith("ss")) or after is not None and (
            after.text[0].isdigit() or after.text[0] in "$€£¥" or after.lower in ("a", "an"))


def tail_phrase(toks, i: int, covered: set[int], tails: dict) -> Phrase | None:
    """"the mobility plan": lowercase words after "the" that end exactly one name."""
    for n in (4, 3, 2):
        words = toks[i + 1:i + 1 + n]
        if len(words) == n and all(t.is_word and t.text.islower() for t in words) and \
                singular(words[-1].lower) == words[-1].lower and \
                not covered & set(range(i + 1, i + 1 + n)):
            key = tuple(t.lower for t in words[:-1]) + (singular(words[-1].lower),)
            after = toks[i + 1 + n] if i + 1 + n < len(toks) else None
            if key in tails and (after is None or after.lower != "of"):  # rev20b: "the
                # national federation of Dremmick" is that country's, another body
                return Phrase(i, i + 1 + n, "tail", key[-1], False, tails[key])
    return None


def capital_head(toks, covered: set[int], unique: frozenset) -> bool:
    """"The Trust raised …" at a sentence start, after "the Ostley Readers' Trust": a
    capitalised word, no name, that heads exactly one entity's names and stands alone (no
    capitalised word follows) is that entity's head noun, as "The trust" would be."""
    if len(toks) < 3 or toks[0].lower != "the" or 1 in covered or not toks[1].is_word:
        return False
    word, nxt = toks[1], toks[2]
    return (word.text[:1].isupper() and word.text[1:].islower() and word.lower in unique
            and singular(word.lower) == word.lower
            and not (nxt.is_word and nxt.text[:1].isupper()))
