"""Acronym definitions: "long form (ACR)" and "ACR (long form)".

The letters of the acronym are matched to the initials of the long form's words, or failing
that by the Schwartz–Hearst rule, in :mod:`kg.merging.initials`.

An all-capitals acronym before its name in apposition ("ICRA, the International Council of
Regional Ports and Harbour Authorities,") may also be spelt inside the name's words
(Schwartz–Hearst), when the name (capitalised words and small function words) ends its clause:
an older or shorter wording's acronym. Measured over the 12 development sets: one join added
(that one, right; lighthouse alias 0.85 → 0.90), none wrong.

Names given another name in passing ("X, also known as Y", "Tesk, the Lamp Alliance,") are found by
:mod:`kg.merging.alias_cues`; "Meta (formerly Facebook)" and "X (formerly the Y)" here (the article
after the renaming word: hospital article, written for the tests in round 2 of issue 3). Round 16:
an acronym and, after a comma, its words in quotation marks ('years TP, "tidal present",';
:func:`_quoted_expansion`, with its figures).

Round 17: "&" is "and" in a long form (a skipped word, never a letter: "Tallow Board & Ornwell Survey
(TB&OS)"; the Schwartz–Hearst fallback is not tried over an "&", so "Tallow & Ornwell Survey (TAOS)"
stays apart), and a bold or italic long form is read through its closing marks ("**Tallow Board and
Ornwell Survey** (TB&OS)": the marks had stopped the walk back). Measured with
``benchmarks/entities.py --held-out --ours`` over the 24 sets and the probes: only
enigma_codebreaking (final9, read before, so not blind) moved: its "&" acronym joined to its bold
long form, alias unity .70 → .75, types .55 → .60, relations at the evidence .70 → .80, anywhere .80
→ .90, core nodes 74 → 73; every other set identical (no conflation; the "&" of the other genres,
"R&D"-style, unchanged). Round 22 (alias14): the same through the marks before ", or ACR" ("the
*varn quartz interference device*, or VQUID"): superconductivity_factual alias unity .70 → .75 (an
acronym spelt with a letter inside a word, which the marks kept from the Schwartz–Hearst walk); no
other figure, alias or node of the 52 texts moved. fix14t: the acronym after ", or" may itself be
bold or italic ("the quennel-discharge signal lamp, or **QDSL**,", :func:`_or_acronym`):
transistor_factual (final12) alias unity .55 → .60, core nodes 55 → 54; no other figure of the 30
development sets or the invented texts moved.

probefix12: a long form in brackets after its acronym may hold a suspended hyphen ("OVW (Orsker
Glas- und Varnholt-Werke)", :func:`_hanging`), which the name finder reads as one name
(:func:`kg.finders.name_runs._suspended`): figures there. Review (rev12g): the long form before its
acronym too ("Orsk Glas- und Varn-Werke (OGVW)", read through the hyphen by :func:`_long_before`),
and :class:`kg.finders.gazetteer.Gazetteer` matches such a name through its hyphen, without which a
name with no acronym had no mention and was lost (before probefix12 it was cut into a "person" and a
piece); no figure of the 24 development sets or the invented articles moved.
rev15k: a bold or italic run extends a long form (:func:`_marked_start`) over capitalised words only,
not "of", "the", "and" ("**Friends of X Office** (XO)" gave XO to the friends); no figure moved.
"""

from __future__ import annotations

from kg.finders.candidates import Span, Unit
from kg.finders.emphasis import MARKS
from kg.merging.alias_cues import Definition, aliases
from kg.merging.cue_reading import cap_run
from kg.merging.forms import Form, UnionFind, top
from kg.merging.initials import initials_match, letters, partner_initials, reordered_before, schwartz_hearst
from kg.merging.name_cues import (
    born_name,
    bracketed,
    equivalents,
    grew_into,
    sited,
    so_called,
    translations,
)
from kg.merging.relative_names import called_by
from kg.merging.renamings import RENAMING, former_names, named_apposition, renamed_now
from kg.merging.spellings import spelling_chains
from kg.words import lexicon as lx
from kg.words.tokens import Token, fold


def _long_before(unit: Unit, u: int, end: int, acr: str, *, clip: bool = False) -> Span | None:
    """The long form ending at token ``end`` (exclusive) that spells ``acr``; with ``clip``,
    failing that, a run of capitalised words that spells all but its last letter (the
    acronym's final word left out of the name: "Edition⁴ Draft (E4DS)", the S of its subject unspelt)."""
    toks = unit.tokens
    limit = min(len(acr) + 5, 2 * len(acr) + 1)
    words = 0
    start = end
    best = clipped = None
    while start > 0 and words < limit:
        tok = toks[start - 1]
        if _hanging(toks, start - 1):  # "Orsk Glas- und Varn-Werke (OGVW)"
            start -= 1
            continue
        if not tok.is_word and tok.text != "&":
            break
        start -= 1
        words += 1
        if tok.text == "&" or tok.lower in lx.ACRONYM_SKIPS or (tok.lower in lx.STOPWORDS and not tok.is_cap):
            continue
        if initials_match(acr, toks[start:end]):
            return Span(u, start, end, "expansion")
        if clip and clipped is None and len(acr) >= 3 and acr[-1].isalpha() and end - start >= 2 \
                and all(t.is_cap for t in toks[start:end]) and initials_match(acr[:-1],
                                                                            toks[start:end]):
            clipped = Span(u, start, end, "expansion")  # "Edition⁴ Draft (E4DS)", the S of its subject unspelt
        if best is None and tok.text[0].casefold() == acr[0] and not any(
                t.text == "&" for t in toks[start:end]):  # "&" is read by initials only
            text = " ".join(fold(t.text) for t in toks[start:end])
            found = schwartz_hearst(acr, text)
            if found == 0 and (words <= len(acr) + 2 or all(
                    t.is_cap or t.lower in lx.ACRONYM_SKIPS for t in toks[start:end])):
                best = Span(u, start, end, "expansion")
    return best or clipped


def _marked_start(toks: list[Token], start: int) -> int:
    """The first word of a bold or italic run of capitalised words ending at ``start``, else ``start``."""
    k = start
    while k > 0 and toks[k - 1].is_word and toks[k - 1].is_cap:
        k -= 1  # rev15k: capitalised words only, not "**Friends of X Office** (XO)", "A and X"
    return k if k > 0 and toks[k - 1].text in MARKS and k < start else start


def _spelt_inside(acr: str, toks: list[Token], start: int) -> int | None:
    """The end of the name starting at ``start`` when it spells the acronym ``acr`` by the
    Schwartz–Hearst rule, else None: a name whose acronym is that of an older or shorter
    wording ("ICRA, the International Council of Regional Ports and Harbour
    Authorities, …": its initials give words the acronym never spelt). The name is capitalised
    words joined by small function words, three or more of them, and ends its clause."""
    end = start
    while end < len(toks) and (toks[end].is_cap or toks[end].lower in lx.ACRONYM_SKIPS
                               and end + 1 < len(toks) and toks[end + 1].is_cap):
        end += 1
    if end - start < 3 or end < len(toks) and toks[end].text not in ",.;:)":
        return None
    found = schwartz_hearst(acr, " ".join(fold(t.text) for t in toks[start:end]))
    return end if found == 0 else None


def _appositives(u: int, toks: list[Token]) -> list[Definition]:
    """A one-word name followed by the name it spells: "Gex, the Graph Explorer …"; an
    acronym's letters may also be found inside the name's words (:func:`_spelt_inside`)."""
    out = []
    for i, tok in enumerate(toks):
        j = i + 1
        while j < len(toks) and toks[j].text in MARKS:
            j += 1  # "**Gex**, the …"
        if not (tok.is_word and tok.is_cap and j + 2 < len(toks) and toks[j].text == ","
                and toks[j + 1].lower == "the" and toks[j + 2].is_cap) or \
                i > 0 and toks[i - 1].is_cap:
            continue
        end = cap_run(toks, j + 2, 1) + 1
        acr = letters(tok.base)
        if len(acr) >= 3 and end - j - 2 >= 3 and initials_match(acr, toks[j + 2:end]):
            out.append(Definition(Span(u, i, i + 1, "abbreviation"),
                                  Span(u, j + 2, end, "expansion")))
        elif len(acr) >= 3 and tok.is_acronym and (spelt := _spelt_inside(acr, toks, j + 2)):
            out.append(Definition(Span(u, i, i + 1, "abbreviation"),
                                  Span(u, j + 2, spelt, "expansion")))
        elif named_apposition(toks, i, j + 2, end):
            out.append(Definition(Span(u, i, i + 1, "alias"), Span(u, j + 2, end, "alias"),
                                  "apposition"))
    return out


def definitions(u: int, unit: Unit) -> list[Definition]:
    """Acronym definitions in one unit: "long (ACR)", "ACR (long)", "long, or ACR", and aliases."""
    toks, out = unit.tokens, aliases(u, unit) + _appositives(u, unit.tokens) \
        + former_names(u, unit.tokens) + bracketed(u, unit.tokens) + renamed_now(u, unit.tokens) \
        + so_called(u, unit.tokens) + equivalents(u, unit.tokens) + translations(u, unit.tokens) \
        + grew_into(u, unit.tokens) + sited(u, unit.tokens) + born_name(u, unit.tokens) \
        + called_by(u, unit.tokens) + spelling_chains(u, unit)
    for i, tok in enumerate(toks):
        j = _or_acronym(toks, i)
        if j is not None:
            acr = letters(toks[j].base)
            end = i
            while end > 0 and toks[end - 1].text in MARKS:
                end -= 1  # "*superconducting varn device*, or SVD": the italic long form
            long = _long_before(unit, u, end, acr) if len(acr) >= 2 else None
            if long:
                out.append(Definition(Span(u, j, j + 1, "abbreviation"), long))
            continue
        quoted = _quoted_expansion(u, toks, i)
        if quoted is not None:
            out.append(quoted)
            continue
        if tok.text != "(":
            continue
        close = next((k for k in range(i + 1, min(i + 14, len(toks))) if toks[k].text == ")"), None)
        if close is None:
            continue
        a = i + 2 + (i + 2 < close and toks[i + 2].lower == "the")
        if i >= 1 and toks[i - 1].is_cap and toks[i + 1].lower in RENAMING and close > a \
                and all(t.is_cap or t.lower in lx.NAME_CONNECTORS for t in toks[a:close]):
            # "Meta (formerly Facebook)", "(formerly the Varn Fever Hospital)": the old name
            # names the same thing
            start = cap_run(toks, i - 1, -1)
            out.append(Definition(Span(u, a, close, "alias"), Span(u, start, i, "expansion"),
                                  "alias"))
            continue
        if close == i + 2 and toks[i + 1].is_short_form:
            acr = letters(toks[i + 1].base)
            end = i
            while end > 0 and toks[end - 1].text in MARKS:
                end -= 1  # "**Board of Trade and Canal Survey** (BT&CS)": the bold name
            long = _long_before(unit, u, end, acr, clip=True) if len(acr) >= 2 else None
            if long is None and (start := reordered_before(toks, end, acr)) is not None:
                long = Span(u, start, end, "expansion")  # "… (TBDD)": another language's order
            if long is not None and end < i and (start := _marked_start(toks, long.start)) < long.start:
                long = Span(u, start, end, "expansion")  # "**Grand Tide Office** (TO)": all of it
            if long:
                out.append(Definition(Span(u, i + 1, i + 2, "abbreviation"), long))
        elif i >= 1 and toks[i - 1].is_short_form and close - i - 1 >= 2:
            acr = letters(toks[i - 1].base)
            inner = toks[i + 1:close]
            if all(t.is_word or _hanging(inner, k) for k, t in enumerate(inner)) \
                    and inner[0].lower not in lx.STOPWORDS and (
                    initials_match(acr, inner) or schwartz_hearst(
                        acr, " ".join(fold(t.text) for t in inner)) == 0):
                out.append(Definition(Span(u, i - 1, i, "abbreviation"),
                                      Span(u, i + 1, close, "expansion")))
    return out


def _or_acronym(toks: list[Token], i: int) -> int | None:
    """The acronym's index when ``toks[i]`` is the comma of "long form, or ACR" that ends
    there; the acronym may be bold or italic ("…, or **GDVL**,", fix14t)."""
    if toks[i].text != "," or i + 2 >= len(toks) or toks[i + 1].lower != "or":
        return None
    j = i + 2
    while j < len(toks) and toks[j].text in MARKS:
        j += 1
    k = j + 1
    while j > i + 2 and k < len(toks) and toks[k].text in MARKS:
        k += 1
    if j < len(toks) and toks[j].is_short_form and (k == len(toks) or not toks[k].is_word):
        return j
    return None


def _hanging(toks: list[Token], k: int) -> bool:
    """True for a hyphen written onto the word before it and followed by a word ("Orsk- und
    Varn-Werke"): a suspended hyphen inside a long form."""
    return toks[k].text == "-" and 0 < k < len(toks) - 1 and toks[k - 1].is_word \
        and toks[k - 1].end == toks[k].start and toks[k + 1].is_word


_QUOTES = frozenset("“\"‘")
_CLOSING = frozenset("”\"’")


def _quoted_expansion(u: int, toks: list[Token], i: int) -> Definition | None:
    """An acronym at ``i`` and, after a comma, its words in quotation marks, whose initials
    spell it: 'ages in years TP, "tidal present", where …'. Round 16:
    radiocarbon_dating_history one gold term found (recall .89 → .93, alias unity .89 →
    .93); the wording occurs nowhere else in the 38 sets."""
    tok = toks[i]
    if i + 3 >= len(toks) or toks[i + 1].text != "," or toks[i + 2].text not in _QUOTES \
            or not tok.is_short_form:  # the cheap tests first: this runs at every token
        return None
    close = next((k for k in range(i + 3, min(i + 10, len(toks))) if toks[k].text in _CLOSING),
                 None)
    if close is None or close - i - 3 < 2:
        return None
    inner = toks[i + 3:close]
    acr = letters(tok.base)
    if len(acr) >= 2 and all(t.is_word for t in inner) and initials_match(acr, inner):
        return Definition(Span(u, i, i + 1, "abbreviation"), Span(u, i + 3, close, "expansion"))
    return None


def name_initials(forms: dict[tuple, Form]) -> dict[str, set[tuple]]:
    """The initials of every name of two or more words, function words left out
    ("Valdrinne Hospitals Foundation" → "vhf"), each with the names that have them."""
    out: dict[str, set[tuple]] = {}
    for key, form in forms.items():
        if len(key) >= 2 and (form.kinds.get("name") or _spelt_term(key, form)):
            for initials in partner_initials(key):  # "vhf"; "v & o" for "Varrel & Oskin"
                out.setdefault(initials, set()).add(key)
    return out


def _spelt_term(key: tuple, form: Form) -> bool:
    """A lowercase term of three words or more, no function word, that the text repeats or
    sets apart ("cold hide bonding" for "CHB"): an undefined acronym may spell it as
    it spells a name (round 13: pcr_history's technique and its acronym, which joined it
    only later through a description, were one group before typing; no other group of the
    20 development sets moved). A title counts among the repeats: with a repeated sentence
    read once (:func:`kg.finders.units.distinct_units`) pcr_history's term was in one
    sentence and its title, and the join it lost cost two types there; none of the 22 sets
    moved otherwise)."""
    return len(key) >= 3 and not form.is_name and all(
        w.isalpha() and w not in lx.ACRONYM_SKIPS for w in key) and (
        len(form.units) + len(form.headings) >= 2 or bool(form.kinds.keys() & {"defined", "alias", "expansion"}))


def undefined_acronyms(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """Joins an acronym the text never defines to the one name whose initials it spells
    ("The foundation, or VHF, …" → "Valdrinne Hospitals Foundation"; rule
    ``acronym-initials``)."""
    initials = name_initials(forms)
    for key, form in forms.items():
        if len(key) != 1 or not form.kinds.get("acronym"):
            continue
        owners = {uf.find(k) for k in initials.get(key[0], ()) if k in forms}
        if len(owners) == 1 and uf.find(key) not in owners:
            long = next(k for k in initials[key[0]] if k in forms)
            uf.union(key, long, "acronym-initials", f"“{top(form)}” spells the initials of "
                     f"“{top(forms[long])}”, the only name with them", top(form))
