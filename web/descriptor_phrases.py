"""What a claim's own words say a mentioned entity is: the descriptor phrases of a mention.

"Ada Lind, a Quessholm engineer, drew the plans", "Ada Lind was a chemist", "her son, Ivo
Lind, …" and "the chemist Ada Lind" describe the mention by a noun ("engineer", "chemist",
"son") that a question may use instead of the name ("What was the Quessholm engineer's device
for?"). :func:`descriptor_phrases` reads those nouns (with the word before the head, "quessholm
engineer") from the sentence of a literal mention, with the grammar :mod:`kg.kinds.descriptors`
reads them by (:mod:`kg.kinds.description_heads`: the run of lowercase words after "a/an/the",
closed by a mark, a preposition, a relative pronoun or a participle), and three readings that
module does not make:

* two nouns joined by "and" ("X, a Quessholm engineer and salesman who …") give both;
* a description set before the name between commas after a possessive or "the" ("her son,
  X,"), not after a preposition ("the head of the foundry, X," is no foundry);
* for a person only, "the NOUN X" ("the chemist X"; not "the oldest slate roof").

:mod:`web.descriptions` turns the phrases that stand for one entity into query surfaces.
Measured in search round 28 (``docs/RANKING.md``).

Review of round 28: a plural description ("X, Y and Z, the engineers,": the list's; "one of
the founders" still describes the one) and a copula after a mention inside a prepositional
phrase or a relative clause ("The daughter of X was a chemist", "The man who hired X was a
chemist": the subject's) describe nothing. On the 34 development sets' stores (srch17a's
cache) seven surfaces go, all wrong attachments (plate_tectonics 2, osterfell_saltworks 2,
vaccine 2, vessany_archive 1); no question holds any of them, so no figure moves. Not done:
"the experiment in X, a superconductor that …" still describes the place X (as "born in X, a
port town" rightly does); telling them apart needs the entity's kind.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.finders.emphasis import MARKS
from kg.kinds.description_heads import (
    INDEFINITE,
    as_noun,
    copula_head,
    determiner_end,
    past_parenthesis,
    run_after,
)
from kg.kinds.descriptors import ended_copula
from kg.words import lexicon as lx
from kg.words.tokens import tokenize

__all__ = ["descriptor_phrases"]

_NO_WORDS = lx.STOPWORDS | lx.DETERMINERS | lx.PRONOUNS | lx.ORDINALS | lx.NUMBER_WORDS
"""Words no descriptor phrase is made of ("the second", "the latter")."""
_OPENERS = frozenset({",", "(", "—", "–"})
_CLOSERS = frozenset({",", "—", "–", ")"})
_COPULA_ADVERBS = frozenset({"also", "then"})
_FRONT = frozenset({"the", "its", "his", "her", "their"})
_PREPOSITIONS = lx._words("of for in at on by from with to near under")
_RELATIVES = frozenset({"who", "whom", "whose", "which"})
_TIME = lx.MONTHS | lx.SEASONS | lx._words("year day week month decade century time night "
                                           "morning evening weekend era period")


def descriptor_phrases(text: str, surface: str, fold: Callable[[str], str], *,
                       person: bool = False) -> list[tuple[str, ...]]:
    """The descriptor phrases of each occurrence of ``surface`` in ``text``.

    Args:
        text: the claim's text.
        surface: the mention as written there.
        fold: how a query word is folded (:func:`web.query._fold`).
        person: the mentioned entity is a person (only a person takes "the NOUN X").

    Returns:
        Folded phrases: the head noun alone, and with the word before it when that may
        modify it ("Ada Lind, a Quessholm engineer," → ("engineer",), ("quessholm",
        "engineer")).
    """
    toks = tokenize(text)
    want = [t.text.casefold() for t in tokenize(surface)]
    found: list[tuple[str, ...]] = []
    for start in range(len(toks) - len(want) + 1 if want else 0):
        if [t.text.casefold() for t in toks[start : start + len(want)]] != want:
            continue
        end = start + len(want)
        while end < len(toks) and toks[end].text in MARKS:
            end += 1
        end = past_parenthesis(toks, end)
        k = None
        if end < len(toks) and toks[end].text in _OPENERS:  # "X, a Quessholm engineer, …"
            k = determiner_end(toks, end + 1, INDEFINITE | {"the"})
        elif copula_head(toks, end, roles=True) and not ended_copula(toks, end) \
                and not _governed(toks, start):  # "X was a chemist"
            k = end + 2 if end + 2 < len(toks) and toks[end + 1].lower in _COPULA_ADVERBS \
                else end + 1
            k = determiner_end(toks, k, INDEFINITE | {"the"})
        runs = _runs_after(toks, k) if k is not None else []
        if runs and len(runs[0]) == 1 and runs[0][0].endswith("est") and toks[k - 1].lower == "the":
            runs = []  # "X, the simplest of …": a superlative, no noun
        if runs and _plural(runs[-1]) and not (k >= 3 and toks[k - 2].lower == "of"):
            runs = []  # "X, Y and Z, the engineers,": the list's, not Z's (but "one of the …")
        if not runs:
            runs = [run for run in [_run_before(toks, start, end, person=person)] if run]
        for run in runs:
            head = as_noun(run[-1])
            if head is None or head in _NO_WORDS:
                continue
            found.append((fold(head),))
            mod = run[-2] if len(run) > 1 else ""
            if mod.isalpha() and mod not in _NO_WORDS and not mod.endswith(("ly", "est")):
                found.append((fold(mod), fold(head)))
    return found


def _runs_after(toks, k: int) -> list[list[str]]:
    """The description's run at ``k``; for two nouns joined by "and" ("a Quessholm engineer
    and salesman who …") both runs, the first up to the "and"."""
    run = run_after(toks, k)
    if run:
        return [run]
    words: list[str] = []
    while k < len(toks) and toks[k].is_word and toks[k].lower not in lx.STOPWORDS \
            and not toks[k].possessive and len(words) < 4:
        words.append(toks[k].lower)
        k += 1
    if not words or k >= len(toks) or toks[k].lower != "and" or not toks[k - 1].text.islower():
        return []
    second = run_after(toks, k + 1)
    return [words, second] if second else []


def _run_before(toks, start: int, end: int, *, person: bool) -> list[str] | None:
    """"her son, Ivo Lind," → ["son"]; for a person, "the chemist Ada Lind" → ["chemist"]
    (not "the oldest slate roof")."""
    k = start - 1
    fronted = k >= 0 and toks[k].text == "," and end < len(toks) and toks[end].text in _CLOSERS
    if fronted:
        k -= 1
    run: list[str] = []
    while k >= 0 and len(run) < 3 and toks[k].is_word and toks[k].text.islower() \
            and not toks[k].possessive and toks[k].lower not in lx.STOPWORDS:
        run.insert(0, toks[k].lower)
        k -= 1
    if not run or k < 0 or toks[k].lower not in (_FRONT if fronted else {"the"}) \
            or not fronted and not person \
            or k > 0 and toks[k - 1].lower in _PREPOSITIONS:  # "the head of the foundry, X,"
        return None
    return run if as_noun(run[-1]) == run[-1] and run[-1] not in _TIME else None


def _plural(run: list[str]) -> bool:
    """True for a run whose head is plural ("the engineers")."""
    return as_noun(run[-1]) not in (None, run[-1])


def _governed(toks, start: int) -> bool:
    """True when the mention at ``start`` is no subject of the copula after it: the object of
    a preposition ("The daughter of X was a chemist") or inside a relative clause ("The man
    who hired X was a chemist")."""
    if start > 0 and toks[start - 1].lower in _PREPOSITIONS:
        return True
    for tok in reversed(toks[:start]):
        if tok.text in MARKS or tok.text in ",;:.!?()—–":
            return False
        if tok.lower in _RELATIVES:
            return True
    return False
