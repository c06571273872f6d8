"""A name "called in French the Y": another name given with the language it is in.

diag16t: "the X (in Danish, y)" too (:func:`_bracket_glosses`), a term or name glossed in
brackets by its name in another language.

"the Quessac Agreement, called in French the Accord de Quessac,": "called", "known" or "named"
after a comma, then "in" and a language's adjective ("in French", "known in German as"),
before a capitalised name: that name is the name before the comma in another language
(:func:`language_calls`, called by :func:`kg.merging.alias_cues.aliases`; the name before
stays the label). The cues of :mod:`kg.merging.cue_reading` allowed only an adverb or "to … as"
inside the cue. Not taken: "in" and a place or a year ("called in Paris the …", "named in
1901"), which give no language.
rev16d (review): "called in British English the lift" gave the name the alias "English";
the language's adjectives are now skipped together ("in Swiss German as"), and without "as" or
"the" the name must be two words ("named in French Polynesia the …" gives no "Polynesia"). No figure
moved.

alias16: measured with ``benchmarks/entities.py --held-out --ours`` (32 development sets, 28
probes, every entity and alias dumped before and after): no figure moved (no set writes the
wording); invented texts of the survey's translated-name family (``docs/ALIAS_MISSES.md``)
showed it missed. Rejected in the same round: 'Ada Vennel, "the Heron", ran …', a quoted
nickname between commas taken as the name's alias: on invented texts the person then took the
type of the quoted form (``document`` for 'Tobrey Lampwick, "Old Spoke",', ``other`` after
"the"), as :mod:`kg.kinds.type_cues` (300 lines) scores a quoted run as a title; left until
typing reads such a nickname as a person's.

diag16t figures: the typewriter set's product glossed "(in Danish, …)" is found (its two words
are too common for the term rule alone) with its Danish name; measured with
``benchmarks/entities.py --held-out --ours`` (38 development sets, 34 probes) together with the
other diag16t rules: factual_typewriter recall .95 → 1.00, alias unity .65 → .80, types .65 →
.70, relations .30 → .60 at the evidence and anywhere, core nodes 77 → 73; dev means recall
.986 → .987, unity .920 → .924, relations .929/.934 → .937/.942, core nodes 2001 → 1997; probes
unchanged; no other set moved. rev18h (a plural is no name of a singular thing,
tests/test_entities_rev18h.py): no set moved (dev .991/.930, probes .979/.944).
"""

from __future__ import annotations

from kg.finders.candidates import Span
from kg.merging.cue_reading import cap_run
from kg.words import lexicon as lx
from kg.words.demonyms import DEMONYMS
from kg.words.tokens import Token

__all__ = ["language_calls"]

_CALLS = frozenset({"called", "known", "named"})


def _name_before_comma(toks: list[Token], comma: int) -> int | None:
    """The start of the capitalised name ending right before the comma at ``comma``."""
    if comma < 1 or not toks[comma - 1].is_cap or toks[comma - 1].possessive:
        return None
    start = cap_run(toks, comma - 1, -1)
    while start < comma - 1 and toks[start].lower == "the":
        start += 1
    return start


def language_calls(u: int, toks: list[Token]) -> list[tuple[Span, Span]]:
    """"X, called in French the Y,": Y and X.

    Args:
        u: the unit's index.
        toks: the unit's tokens.

    Returns:
        ``(other name, name)`` span pairs.
    """
    out = []
    for i in range(2, len(toks) - 3):
        if toks[i].lower not in _CALLS or toks[i - 1].text != "," or toks[i + 1].lower != "in" \
                or toks[i + 2].lower not in DEMONYMS:
            continue
        a = i + 3
        while a < len(toks) and toks[a].lower in DEMONYMS:  # "in Swiss German", rev16d
            a += 1
        cued = a < len(toks) and toks[a].lower == "as"
        a += cued
        if a < len(toks) and toks[a].lower == "the":
            a, cued = a + 1, True
        if a >= len(toks) or not toks[a].is_cap:
            continue
        e = cap_run(toks, a, 1) + 1
        if not cued and e - a < 2:
            continue  # "named in French Polynesia the …": a place after the adjective
        start = _name_before_comma(toks, i - 1)
        if start is None or start == i - 1:
            continue
        out.append((Span(u, a, e, "alias"),
                    Span(u, start, i - 1, "expansion")))
    return out + _bracket_glosses(u, toks)


_DETERMINERS = frozenset({"the", "a", "an"})


def _bracket_glosses(u: int, toks: list[Token]) -> list[tuple[Span, Span]]:
    """"the slate press (in Norwegian, skiferpresse)": the one word in the brackets after a
    language is the name before in that language (diag16t). The name before is a
    capitalised run or one to three lowercase words after "the"/"a"; the brackets hold the
    language's adjective, a comma and one word that is no common word, and close ("(in
    French, from 1901)", "(in Italian, always)" or "(in German towns, …)" give none), and a
    plural word is no name of a thing written in the singular (rev18h: "a long poem (in Latin,
    hexameters)" had made the metre the poem's name)."""
    out = []
    for i in range(2, len(toks) - 5):
        if toks[i].text != "(" or toks[i + 1].lower != "in" or toks[i + 2].lower not in DEMONYMS \
                or toks[i + 3].text != "," or not toks[i + 4].is_word or toks[i + 5].text != ")" \
                or lx.zipf(toks[i + 4].lower) >= 3.0:
            continue  # "(in Italian, always)": a common word is no name
        start = _name_before_comma(toks, i)
        if start is None:
            k = i - 1
            while k >= 0 and i - k <= 3 and toks[k].is_word and toks[k].text.islower() \
                    and toks[k].lower not in _DETERMINERS:
                k -= 1
            if k < 0 or k == i - 1 or toks[k].lower not in _DETERMINERS:
                continue
            start = k + 1
        if _plural(toks[i + 4].lower) and not _plural(toks[i - 1].lower):
            continue  # "a long poem (in Latin, hexameters)": the poem's metre, not its name
        out.append((Span(u, i + 4, i + 5, "alias"), Span(u, start, i, "expansion")))
    return out


def _plural(low: str) -> bool:
    """True for a word in "-s" that is no singular in "-ss", "-us" or "-is" (rev18h)."""
    return low.endswith("s") and not low.endswith(("ss", "us", "is"))
