"""A one-word name written once, in the middle of a sentence, on its own (used by
:mod:`kg.finders.selection`).

A common capitalised word seen once needs more evidence than a rare one, or every
"Garden" of a painting's title and every "Frost" of a dial became a name. A word famous
enough to be common (a continent, a country, a city) is still a name when its one
occurrence stands free: after a lowercase word other than "the" ("trade with Varnesia";
"the Friends raised …" may be a body's short name or a common word), before
a lowercase word or a mark that is no quotation mark, touching no other capitalised word
through a connector ("Notes for Beginners", "Beginners of Osk"), not in quotation marks or
emphasis of its own ("marked “Garden”"), and the text never writes the word in lowercase
("Light the Garden" beside "every garden"). One letter is no name ("for T"), nor a word
after a modal or "do" (a brand used as a verb: "could Google the maker"), nor an
interjection ("and then Wow, the street …"), nor a day, month or season ("met on
Fridays"). A word inside a longer quotation is judged as in running text: a place named in
quoted speech is still a place, and a foreign noun in a quoted sentence is kept too.

Not told apart (review, round 15): a common noun capitalised in mid-sentence with no other
mark ("and Salt is essential", "learned History", a defined "Defendant" of a contract, a
German noun in English text, a word capitalised in a list item: "- fill with fresh Oil"):
the rule keeps it when the text never writes it lowercase. Skipping list items dropped four
nodes on three sets, two of them a continent and a state named in plate_tectonics' list
items: rejected.

Measured against the two complete back-of-book indexes (benchmarks/data/full_index) and
``benchmarks/entities.py --held-out --ours``: figures in :mod:`kg.finders.selection`.
"""

from __future__ import annotations

from kg.finders.units import Span, Unit, span_key
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["free_singletons"]

_QUOTES = frozenset("\"'“”‘’«»*_")
# after a modal or "do" the word is a verb ("could Google the maker": a brand used as a verb)
_AUXILIARIES = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will",
                          "would", "do", "does", "did", "please"})
_CALENDAR = lx.MONTHS | lx.WEEKDAYS | lx.SEASONS
# words of exclamation ("and then Wow, the street …")
_INTERJECTIONS = frozenset({"wow", "oh", "ah", "aha", "alas", "hey", "hello", "yes", "no",
                            "okay", "ok", "ouch", "hooray", "bravo", "well", "oops", "yeah"})


def free_singletons(units: list[Unit], spans: list[Span]) -> set[tuple]:
    """The keys of one-word names seen once in running text, standing free.

    Args:
        units: the tokenised headings and sentences.
        spans: every candidate span.

    Returns:
        The keys whose only running-text name span is one free word (see the module
        docstring) that the text never writes in lowercase.
    """
    lowercase = {t.lower for u in units if not u.heading for t in u.tokens
                 if t.is_word and t.text.islower()}
    seen: dict[tuple, int] = {}
    free: set[tuple] = set()
    for span in spans:
        if span.kind != "name" or units[span.unit].heading:
            continue
        key = span_key(units, span)
        seen[key] = seen.get(key, 0) + 1
        toks = units[span.unit].tokens
        if span.end - span.start == 1 and _free(toks, span.start) \
                and toks[span.start].lower not in lowercase:
            free.add(key)
    return {key for key in free if seen[key] == 1}


def _free(toks: list, i: int) -> bool:
    word = toks[i]
    if len(word.lower) < 2 or not word.text.isalpha() or i == 0:
        return False
    prev = toks[i - 1]
    if not (prev.is_word and prev.text.islower()) or prev.lower == "the":
        return False  # "the Friends raised …", "Prize of the Year": a short name, a title word
    if prev.lower in _AUXILIARIES or word.lower in _INTERJECTIONS:
        return False  # "could Google the maker", "and then Wow, …"
    if singular(word.lower) in _CALENDAR:
        return False  # "met on Fridays"
    if prev.lower in lx.NAME_GLUE and i >= 3 and toks[i - 2].is_cap and toks[i - 2].lower not in \
            lx.STOPWORDS:
        return False  # "the Notes for Beginners", not "Trade with Varnesia grew"
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        if nxt.text[0] in _QUOTES or nxt.is_word and not nxt.text[0].islower():
            return False
        if nxt.lower in lx.NAME_GLUE and i + 2 < len(toks) and toks[i + 2].is_cap:
            return False  # "Beginners of Osk"
    return True
