"""A renaming with a date between the verb and the new name, and a description subject left unresolved,
for :mod:`kg.merging.reorganisations` (alias22).

- :func:`past_date`: "was reorganised in 1872 as X", "changed its name in March 1901 to X", "was renamed
  in 1920 X", "was reorganised later as X": a date phrase only ("in" and a year, or a month and a year;
  "later", "soon"), so not "reorganised in Vessock as X" nor "renamed in honour of".
- :func:`described_subject`: "The company was reorganised in 1872 as the Tamsett Lamp Company" opening a
  section after a heading, where the resolver leaves "The company" unresolved (several firms named before
  it): the body meant is the one organisation named before whose name holds the new name's first word
  ("Tamsett & Crewley" for "Tamsett Lamp Company") when that word is the surname of a person named before
  (a firm named for its founder); none when no or two such bodies were named. The resolver's own pick
  for "The company" is replaced only by such a body.

Why: final19 factual_sewing_machine's firm "reorganised in ⟨a year⟩ as" its later name, the subject "The
company" after a heading (DIAGNOSIS.md §2). Counted over every development text and probe: the shape
"⟨renaming verb⟩ ⟨date⟩ as/to" occurs once (that text); "his firm" for the firm named for the person (the
other family of the diagnosis) occurs 7 times in 4 texts, but only once for a firm holding the person's
surname, in a sentence naming two such people, so it was not built.

Also the readers of the new name (:func:`later_span`, :func:`later_name`, :func:`past_description`),
moved from :mod:`kg.merging.reorganisations` to keep it under 300 lines. Measured: see
:mod:`kg.merging.reorganisations` (alias22).
"""

from __future__ import annotations

from kg.finders.emphasis import MARKS
from kg.words import lexicon as lx

__all__ = ["DESCRIPTIONS", "described_subject", "later_name", "later_span", "past_date",
           "past_description"]

_TIME_ADVERBS = lx._words("later soon subsequently afterwards")
# the descriptions a firm's history calls it by
DESCRIPTIONS = lx._words("company firm business concern partnership corporation")


def past_date(lows: list[str], k: int) -> int:
    """Past a date phrase at ``k`` ("in 1872", "in March 1872", "later", "soon"), else ``k``."""
    if k < len(lows) and lows[k] in _TIME_ADVERBS:
        return k + 1
    if k + 1 < len(lows) and lows[k] == "in":
        j = k + 2 if lows[k + 1] in lx.MONTHS else k + 1
        if j < len(lows) and len(lows[j]) == 4 and lows[j].isdigit():
            return j + 1
    return k


def described_subject(toks, k: int, earlier: list[tuple[int, str, tuple[str, ...]]],
                      later_group: int, later_words: tuple[str, ...]) -> int | None:
    """The body "the company" ending at ``k`` stands for: the one organisation of ``earlier``
    (``(group, type, name words)`` of the names before the sentence) whose name holds the first
    word of the new name (``later_words``, lowercased, past "the"), when that word is the
    surname of a person named before (a firm named for its founder: "Tamsett & Crewley",
    "Tamsett Lamp Company", Orla Tamsett); else None. Not a town's name that a theatre and the
    troupe renamed for the town share."""
    if k != 2 or toks[k - 1].lower not in DESCRIPTIONS or toks[k - 2].lower != "the":
        return None  # only a sentence's opening subject: "The company was …"
    if not later_words or later_words[0] in lx.ORG_HEADS or later_words[0] in lx.STOPWORDS:
        return None
    word = later_words[0]
    if not any(t == "person" and words and words[-1] == word for _, t, words in earlier):
        return None
    holders = {g for g, t, words in earlier
               if t == "organization" and g != later_group and word in words}
    return holders.pop() if len(holders) == 1 else None


def past_description(toks, k: int) -> int:
    """Past "a limited company," before a name ("into a limited company, X"): an article, at
    most three lowercase words and a comma; else ``k``."""
    if k < len(toks) and toks[k].lower in ("a", "an"):
        e = k + 1
        while e < len(toks) and e - k <= 3 and toks[e].text.isalpha() and toks[e].text.islower():
            e += 1
        if e > k + 1 and e < len(toks) and toks[e].text == ",":
            return e + 1
    return k


def later_name(toks, k: int, opening: dict) -> int | None:
    """The group of the whole name at ``k`` (:func:`later_span`), else None."""
    later = later_span(toks, k, opening)
    return later[1] if later else None


def later_span(toks, k: int, opening: dict) -> tuple[int, int] | None:
    """``(end, group)`` of the whole name at ``k`` (past "the" and Markdown marks), else None:
    not one a lowercase noun goes on from, nor a possessive ("as the X division", "the X's
    Y Branch")."""
    while k < len(toks) and (toks[k].lower == "the" or toks[k].text in MARKS):
        k += 1
    if k not in opening:
        return None
    e, h = opening[k]
    if toks[e - 1].possessive:
        return None  # "became the X Committee's Y Branch"
    while e < len(toks) and toks[e].text in MARKS:
        e += 1
    if e < len(toks):
        nxt = toks[e]
        if nxt.text.isalpha() and nxt.text.islower() and nxt.lower not in lx.STOPWORDS:
            return None
    return opening[k][0], h
