"""Terms a Markdown text sets in bold: "The **Pelmor lamp** burned oil …".

Writers of Markdown put a term in bold where they introduce it, the way a textbook does, so
a bold run of one to six words in running text is a term the text defines: a ``defined``
span when it holds a lowercase word ("**tide gauging**", "**Ostrel minor**"), a
``name`` span when every word is capitalised ("**Tower of Brem**", which the name
finder alone splits at "of" after "The").

Not taken: a list item's label ("**Weight:** 4.2 t", "**Dry rot.** …": the label
finder's), a run with punctuation inside ("**SKIM (Sky Imaging Module).**"), a bold
function word ("it is **not** safe"), a whole line in bold (a heading in disguise), and
single ``*`` or ``_`` emphasis, which marks titles and foreign words as often as terms.

Single ``*`` or ``_`` emphasis around two to twelve words in title case (capitalised
words and small ones between: "*Tide Tables by Harmonic Method*", "*The Making of
Reefs and Atolls*") is the title of a work, a ``quoted`` span as a title in quotation
marks is (:func:`italic_titles`); one italic word stays out (a ship, a genus, a foreign
word). Measured (issue 3, round 9): forecasting recall 0.80 → 0.85 (a book's title), and
two book titles of plate_tectonics, cut before at "of" or their first word, are whole; no
other set of the 27 moved. Round 11: one colon may stand before a capitalised subtitle
("*Salt and Iron: Tools of the Orlen Coast*", :func:`_subtitled`), the usual form of an
exhibition's or a book's title: on the invented museum article recall and alias unity
0.90 → 0.95 (the exhibition's title, cut before at the colon); no other set moved.

A mark opens emphasis only when a word touches it on the right and closes it only when one
touches it on the left; a stray mark ("3 * 4", an unclosed "*") is skipped and the rest of
the sentence still searched, and a closer pairs with the nearest opener before it.
Round 13: three marks ("***The Engine on the Slope***", bold and italic) hold an italic
title inside the bold: engines type agreement 0.88 → 0.92 (a book's title, a product by
its head before); no other set moved.

Round 18 (issue 3, final9 diagnosis): an italic run that fills a bracket right after a
name or a bold term, "the **Varn Office** (*Varnskontor*)", "a **tide board** (the
*Gezeitbrett*)", every word unknown to English, is that name's equivalent in another
language (:func:`foreign_equivalent`; :func:`kg.merging.name_cues.equivalents` gives it as
an alias), no title of a work: a title in brackets has English words ("(*The Long
Salt*)") or follows a plain noun ("his memoir (*Wspomnienia*)"). Review: a plain name
before the bracket goes back across "of" ("the Office of Tides (*Tidenkontor*)"), where
it had stopped at "Tides" and made that a name of its own; no entity or mention of the
development sets changed.

Round 20 (alias13, :func:`translated_title`): an italic run of two to twelve words, the first capitalised,
followed by a bracket that a quoted title-case title fills, "*Die Kunst der kalten Kammer* ("The Art of the
Cold Room")", is a title of a work in another language, whatever case its words take, and the bracket its
translation (:func:`kg.merging.name_cues.translations` makes it an alias). Measured with
``benchmarks/entities.py --held-out --ours`` (26 development sets, 22 probes): discovery_of_xrays alias
unity .85 → .90, nodes 74 → 72 (a title cut into two pieces, one typed person, is whole and joined to its
translation); no other entity or mention of any set moved. A saying glossed in sentence case ("*Chi va
piano* ("who goes slowly")") is none.

Measured (``benchmarks/entities.py --held-out``): of the development sets only compiler, vaccine, lighthouse
and telescope use bold in running text; vaccine gains one term not found before and the alias unity of
another, lighthouse four (a tower's name, a lamp, a lens and a valve); the other sets do not change. gen18:
"over", "through" … are :data:`TITLE_SMALL` too.
"""

from __future__ import annotations

from kg.finders.candidates import Span, Stats, Unit
from kg.finders.name_before import name_before
from kg.words import lexicon as lx
from kg.words.tokens import EMPHASIS_MARKS, Token

MARKS = EMPHASIS_MARKS
"""The Markdown emphasis marks ("*", "_"), single or doubled."""
_MAX_WORDS = 6
_INSIDE = {"-", "&"}
_MAX_TITLE = 12
TITLE_SMALL = lx.NAME_CONNECTORS | lx._words("the a an and or in at to with by from over under into upon "
                                              "through across between beyond towards without against among")
"""The small words a title in title case leaves lowercase ("of", "the", "and" …)."""


def _double(toks: list[Token], i: int) -> str | None:
    """The mark when ``toks[i:i + 2]`` is a doubled emphasis mark ("**" or "__")."""
    if i + 1 < len(toks) and toks[i].text in MARKS and toks[i + 1].text == toks[i].text \
            and toks[i + 1].start == toks[i].end:
        return toks[i].text
    return None


def _flanks(toks: list[Token], k: int) -> bool:
    """True when ``toks[k]`` and ``toks[k + 1]`` touch: a mark there opens (the word follows
    it) or closes (it follows the word) emphasis; "3 * 4" has neither."""
    return k + 1 < len(toks) and toks[k].end == toks[k + 1].start


def _kind(words: list[Token]) -> str | None:
    """``name`` for a run of capitalised words, ``defined`` for a term, None for neither."""
    if any(not t.is_word and t.text not in _INSIDE for t in words) or not words[0].is_word \
            or not words[-1].is_word:
        return None
    if words[0].lower in lx.STOPWORDS or words[-1].lower in lx.STOPWORDS:
        return None
    capitalised = all(t.is_cap or t.lower in lx.NAME_CONNECTORS or t.lower == "the"
                      for t in words if t.is_word)
    return "name" if capitalised else "defined"


def emphasised(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """Bold runs of one to six words in running text (see the module docstring).

    Args:
        unit_index: the unit's index.
        unit: a tokenised sentence.
        stats: corpus word evidence (unused; every finder takes it).

    Returns:
        ``defined`` or ``name`` spans, without the marks.
    """
    toks, out, i = unit.tokens, [], 0
    while i < len(toks):
        mark = _double(toks, i)
        if mark is None or not _flanks(toks, i + 1):
            i += 1
            continue
        close = next((k for k in range(i + 2, min(len(toks), i + 3 + 2 * _MAX_WORDS))
                      if _double(toks, k) == mark and _flanks(toks, k - 1)), None)
        if close is None:
            i += 2  # a stray "**": the rest of the sentence may still hold a pair
            continue
        # the closer pairs with the nearest opener before it, as CommonMark pairs them
        i = max(k for k in range(i, close - 1) if _double(toks, k) == mark and _flanks(toks, k + 1))
        words = toks[i + 2:close]
        after = toks[close + 2] if close + 2 < len(toks) else None
        whole = i == 0 and after is None
        label = after is not None and after.text in (":", ".") and unit.list_item
        if words and sum(t.is_word for t in words) <= _MAX_WORDS and not whole and not label:
            kind = _kind(words)
            if kind:
                out.append(Span(unit_index, i + 2, close, kind))
        i = close + 2
    return out


def _single(toks: list[Token], i: int) -> str | None:
    """The mark when ``toks[i]`` is a single emphasis mark (not half of "**" or "__"), or
    the inner one of three ("***Title***": bold and italic, the title inside)."""
    if toks[i].text not in MARKS:
        return None
    if _run(toks, i, -1) == 2 and _run(toks, i, 1) == 0 and _flanks(toks, i) \
            or _run(toks, i, 1) == 2 and _run(toks, i, -1) == 0 and i > 0 and _flanks(toks, i - 1):
        return toks[i].text  # the inner mark, touching the title's first or last word
    return None if _run(toks, i, -1) or _run(toks, i, 1) else toks[i].text


def _run(toks: list[Token], i: int, step: int) -> int:
    """How many marks like ``toks[i]`` touch it in direction ``step`` (-1 or 1)."""
    n, k = 0, i
    while 0 <= k + step < len(toks) and toks[k + step].text == toks[i].text and (
            toks[k + step].end == toks[k].start if step < 0 else toks[k + step].start == toks[k].end):
        n, k = n + 1, k + step
    return n


def _subtitled(words: list[Token], k: int) -> bool:
    """True when ``words[k]`` is the one colon before a title's capitalised subtitle
    ("*Salt and Iron: Tools of the Orlen Coast*"), after two words or more."""
    return words[k].text == ":" and 2 <= k < len(words) - 1 and words[k + 1].is_cap \
        and sum(t.text == ":" for t in words) == 1


def _bold_before(toks: list[Token], end: int) -> int | None:
    """Where the bold run closing with the "**" at ``end - 2`` starts (its first word),
    when it is one to six words; else None."""
    mark = _double(toks, end - 2) if end >= 3 and _flanks(toks, end - 3) else None
    if mark is None:
        return None
    for k in range(end - 4, max(-1, end - 5 - 2 * _MAX_WORDS), -1):
        if _double(toks, k) == mark and _flanks(toks, k + 1):
            words = toks[k + 2:end - 2]
            return k + 2 if words and sum(t.is_word for t in words) <= _MAX_WORDS \
                and _kind(words) else None
    return None


def foreign_equivalent(toks: list[Token], i: int) -> tuple[int, int, int, int] | None:
    """The name before the bracket at ``toks[i]`` and its equivalent in another language
    inside it: "the **Varn Office** (*Varnskontor*)", "Varn Office (the *Varnskontor*)".

    The name is a bold run or a capitalised run, across "of" ("Office of Tides",
    :func:`kg.finders.name_before.name_before`; a leading determiner left out; then the
    equivalent is capitalised too, not a Latin aside: "Varrella (*sensu lato*)"); the
    bracket holds only an italic run of one to four words, "the" before it allowed, none of
    them a word English knows (a title of a work has some: "(*The Long Salt*)").

    Args:
        toks: a sentence's tokens.
        i: the index of a "(".

    Returns:
        ``(name start, name end, equivalent start, equivalent end)`` token indices, else None.
    """
    if toks[i].text != "(" or i < 1:
        return None
    a = i + 1 + (i + 1 < len(toks) and toks[i + 1].lower == "the")
    if a >= len(toks) or _single(toks, a) is None or not _flanks(toks, a):
        return None
    close = next((k for k in range(a + 2, min(len(toks), a + 6))
                  if toks[k].text == toks[a].text and _flanks(toks, k - 1)), None)
    if close is None or close + 1 >= len(toks) or toks[close + 1].text != ")":
        return None
    words = toks[a + 1:close]
    if not all(t.is_word and lx.zipf(t.lower) == 0 for t in words):
        return None
    start = _bold_before(toks, i)
    end = i - 2
    if start is None:
        end = i
        start = name_before(toks, end)  # across "of": "Office of Tides", not "Tides"
        if start is None:
            return None
        while start < end and toks[start].lower in lx.DETERMINERS:
            start += 1
        if start == end or toks[end - 1].possessive or not words[0].is_cap:
            return None  # after a plain name, a lowercase aside ("*sensu lato*") is none
    return start, end, a + 1, close


_QUOTES = frozenset('"“”')


def translated_title(toks: list[Token], i: int, close: int) -> tuple[int, int] | None:
    """Where the translation in brackets after the italic run ``toks[i + 1:close]`` lies:
    "*Uber den Varnstein* ("On the Varn Stone")". A run of two to twelve words, the first
    capitalised and all words, with a quoted title-case title filling the bracket right
    after it, is a title of a work in another language, however it capitalises its words.

    Returns:
        ``(start, end)`` token indices of the translation inside its quotation marks, else
        None.
    """
    words = toks[i + 1:close]
    if not 2 <= len(words) <= _MAX_TITLE or not words[0].is_cap \
            or not all(t.is_word for t in words) or close + 3 >= len(toks) \
            or toks[close + 1].text != "(" or toks[close + 2].text not in _QUOTES:
        return None
    end = next((k for k in range(close + 3, min(len(toks), close + 4 + _MAX_TITLE))
                if toks[k].text in _QUOTES), None)
    if end is None or end + 1 >= len(toks) or toks[end + 1].text != ")":
        return None
    inner = toks[close + 3:end]
    if len(inner) < 2 or not inner[0].is_cap or not inner[-1].is_cap or not all(
            t.is_word and (t.is_cap or t.lower in TITLE_SMALL) for t in inner):
        return None
    return close + 3, end


def translated_titles(toks: list[Token]) -> list[tuple[int, int, int, int]]:
    """Every italic title with its translation in brackets after it (:func:`translated_title`),
    as ``(title start, title end, translation start, translation end)`` token indices."""
    out = []
    for i in range(len(toks)):
        mark = _single(toks, i)
        if mark is None or not _flanks(toks, i):
            continue
        close = next((k for k in range(i + 1, min(len(toks), i + 2 + _MAX_TITLE))
                      if _single(toks, k) == mark and _flanks(toks, k - 1)), None)
        found = close is not None and translated_title(toks, i, close)
        if found:
            out.append((i + 1, close, *found))
    return out


def italic_titles(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """Titles of works set in single emphasis: "*Tide Tables by Harmonic Method*".

    Args:
        unit_index: the unit's index.
        unit: a tokenised sentence.
        stats: corpus word evidence (unused; every finder takes it).

    Returns:
        ``quoted`` spans of two to twelve words in title case, without the marks.
    """
    toks, out, i = unit.tokens, [], 0
    while i < len(toks):
        mark = _single(toks, i)
        if mark is None or not _flanks(toks, i):
            i += 1
            continue
        close = next((k for k in range(i + 1, min(len(toks), i + 2 + _MAX_TITLE))
                      if _single(toks, k) == mark and _flanks(toks, k - 1)), None)
        if close is None:
            i += 1  # a stray "*": the rest of the sentence may still hold a pair
            continue
        # the closer pairs with the nearest opener before it ("*sharply, … *Tide Tables*")
        i = max(k for k in range(i, close) if _single(toks, k) == mark and _flanks(toks, k))
        words = toks[i + 1:close]
        bracket = i - 1 - (i >= 2 and toks[i - 1].lower == "the")
        if bracket >= 0 and foreign_equivalent(toks, bracket):
            i = close + 1
            continue  # "Varn Office (*Varnskontor*)": the name in another language
        if len(words) >= 2 and words[0].is_cap and words[-1].is_cap and all(
                t.is_word and (t.is_cap or t.lower in TITLE_SMALL)
                or _subtitled(words, k) for k, t in enumerate(words)) \
                or translated_title(toks, i, close):
            out.append(Span(unit_index, i + 1, close, "quoted"))
        i = close + 1
    return out
