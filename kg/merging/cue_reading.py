"""How the cues of :mod:`kg.merging.alias_cues` are read: the cue phrases ("known as",
"shortened to", "or simply", "trading as" …), the adverbs and auxiliaries that may stand in or
before one ("known locally as", "was later named"), whom a thing is known to ("known to
engineers as"), and the spans round a cue: a capitalised run (:func:`cap_run`), a code name
(:func:`_code`), a Markdown-emphasised term (:func:`_emphasised`) and the name an earlier cue
of the same clause gave (:func:`_chained`: "known as X and is now usually called Y").

probe16: "today" may stand in a cue ("known today as"), and a body's name before "in" and
its town is what the cue names (:func:`_sited_body`; braille probe, no other text moved).

gen18: a bracket of life dates between a name and its cue is passed over
(:func:`before_dates`: "Merrin Astlow (1911–1980), known to her crews as "Wren"", an unseen
biography's nickname, a node of its own before, now joins her; only digits, dashes, "born",
"died", "c." in the bracket: "Orrow Town (the holders), known to fans as Y" stays as it was).
Measured (36 development sets, 34 probes): no figure moved; three unseen texts written for
gen18 (a family firm, an instrument's history, a biography): biography alias .75 → .92 with
the rules of :mod:`kg.merging.short_forms` and :mod:`kg.finders.emphasis` of the same round.
rev18f: not after a name that is the object of "of" ("The reign of Ada Skelmer (1903–1979),
known to historians as the Long Peace": the nickname had joined the queen, a conflation;
invented test). Measured: no figure of the 70 texts moved.
alias19: a bracket holding a name written another way, or an acronym, is passed over too
(:func:`before_bracket`; figures in :mod:`kg.merging.alias_cues`).

What each cue then names, and the figures, are in :mod:`kg.merging.alias_cues`; the adverbs,
auxiliaries and capitalised runs are shared with the other cue modules of
:func:`kg.merging.acronyms.definitions`.
"""

from __future__ import annotations

from kg.finders.candidates import Span
from kg.finders.emphasis import MARKS
from kg.words import lexicon as lx
from kg.words.tokens import Token

_ALIAS_CUES = (("known", "as"), ("shortened", "to"), ("abbreviated", "to"), ("abbreviated", "as"),
               ("or", "simply"), ("also", "called"), ("called",), ("nicknamed",), ("renamed",),
               ("named",), ("referred", "to", "as"), ("dubbed",), ("short", "for"),
               ("trading", "as"), ("traded", "as"))
_CUE_FIRST = frozenset(c[0] for c in _ALIAS_CUES)
# the participles that give a name ("originally called", "the so-called", "also known")
NAMING_PARTICIPLES = frozenset({"called", "known", "named", "termed"})
_AUXILIARIES = frozenset({"was", "is", "were", "are", "be", "been", "has", "had", "have"})
# verbs that make "known to … as" an infinitive ("known to have served as", "known to act as")
_VERBS = lx.COMMON_VERBS | lx.PAST_VERBS | lx._words("act acts acted operate operated function "
                                                      "functioned double doubled")
_ADVERBS = frozenset({"also", "usually", "often", "commonly", "widely", "simply", "later",
                      "formerly", "originally", "informally", "sometimes", "locally", "popularly",
                      "generally", "first", "now", "still", "once", "better", "best", "today",
                      ","})  # "today": "known today as" (probe16)


# what a bracket of life dates holds besides years: "(1903–1979)", "(born 1950)", "(c. 1820 – 1881)"
_DATE_WORDS = frozenset({"born", "died", "b", "d", "c", "ca", ".", "–", "-", "—", "?", ","})


def before_dates(toks: list[Token], j: int) -> int:
    """The index before a bracket of life dates ending at ``j`` ("X (1903–1979), known as
    Y"), else ``j``: the bracket holds a four-digit year and only dates and date words, and
    the name before it is no object of "of" ("the reign of X (1903–1979), known as Y" names
    the reign; rev18f)."""
    if j < 2 or toks[j].text != ")":
        return j
    k = j - 1
    while k > 0 and j - k < 9 and toks[k].text != "(":
        k -= 1
    inner = [t.text.lower() for t in toks[k + 1:j]]
    if toks[k].text != "(" or not any(len(w) == 4 and w.isdigit() for w in inner) \
            or not all(w.isdigit() or w in _DATE_WORDS for w in inner):
        return j
    start = cap_run(toks, k - 1, -1) if k > 0 else 0
    if start > 0 and toks[start - 1].lower == "the":
        start -= 1  # "the years of the X Company (1903–1979)"
    if start > 0 and toks[start - 1].lower == "of":
        return j  # "The reign of Ada Skelmer (1903–1979), known as Y": the reign's (rev18f)
    return k - 1


_ASIDE_WORDS = 10  # the longest name read inside a bracket


def before_bracket(toks: list[Token], j: int) -> int:
    """The index before a bracket ending at ``j`` that holds life dates (:func:`before_dates`)
    or a name written another way ("the General Company of the Varrick Canal (Compagnie
    générale du canal de Varrick), usually called Y"; alias19), else ``j``: the bracket opens
    with a capital and holds only words, no possessive and no English function word but a
    name connector, after a capitalised word that is no object of "of"."""
    k = before_dates(toks, j)
    if k != j or j < 3 or toks[j].text != ")":
        return k
    k = j - 1
    while k > 1 and j - k <= _ASIDE_WORDS and toks[k].text != "(":
        k -= 1
    inner = toks[k + 1:j]
    if toks[k].text != "(" or not inner or not inner[0].is_cap or not toks[k - 1].is_cap \
            or any(not t.is_word or t.possessive or t.lower in lx.STOPWORDS
                   and t.lower not in lx.NAME_CONNECTORS for t in inner):
        return j
    start = cap_run(toks, k - 1, -1)
    start -= start > 0 and toks[start - 1].lower == "the"
    if start > 1 and toks[start - 1].lower == "of" and not toks[start - 2].is_cap:
        return j  # "the reign of Ada Skelmer (Ada the Tall), known as Y": the reign's
    return k - 1


# prepositions that open whom or where a thing is known to, before "as" ("known to engineers
# as", "known throughout the town as", "known among sailors as")
_KNOWN_AMONG = frozenset({"to", "throughout", "among", "across", "around", "by"})


def cue_end(lows: list[str], i: int, cue: tuple[str, ...]) -> int | None:
    """Where the name after ``cue`` may start when the cue starts at ``i``, else None; an
    adverb may stand inside a two-word cue ("known locally as", "known colloquially as"), and
    up to three words of whom after "known to" ("known to engineers as"; no verb: "known to
    have acted as")."""
    if tuple(lows[i:i + len(cue)]) == cue:
        return i + len(cue)
    if len(cue) != 2 or i + 2 >= len(lows) or lows[i] != cue[0]:
        return None
    if (lows[i + 1] in _ADVERBS or lows[i + 1].endswith("ly")) and lows[i + 2] == cue[1]:
        return i + 3
    if cue == ("known", "as") and lows[i + 1] in _KNOWN_AMONG:
        end = next((k for k in range(i + 3, min(i + 6, len(lows))) if lows[k] == "as"), None)
        if end is not None and all(w.isalpha() and w not in _VERBS for w in lows[i + 2:end]):
            return end + 1  # not a verb: "known to have acted as the Y" says what X did
    return None


def _code(tok: Token) -> bool:
    """True for a code name: capitals and digits ("CVB-17", "XR7")."""
    return tok.is_cap and any(c.isdigit() for c in tok.text) and sum(
        c.isupper() for c in tok.text) >= 2


def cap_run(toks: list[Token], k: int, step: int) -> int:
    """The far end of the capitalised run starting at ``k`` and going ``step``-wards."""
    j = k
    while 0 <= j + step < len(toks) and (toks[j + step].is_cap or (
            toks[j + step].lower in lx.NAME_CONNECTORS and 0 <= j + 2 * step < len(toks)
            and toks[j + 2 * step].is_cap)):
        j += step
    return j


def _emphasised(u: int, toks: list[Token], k: int) -> Span | None:
    """The words of a Markdown bold or italic run that starts at ``k`` ("**ring
    vaccination**"), at most six, else None."""
    m = k
    while m < len(toks) and toks[m].text in MARKS:
        m += 1
    if m == k or m >= len(toks):
        return None
    e = m
    while e < len(toks) and e - m <= 6 and toks[e].is_word:
        e += 1
    if e == m or e - m > 6 or e >= len(toks) or toks[e].text not in MARKS:
        return None
    return Span(u, m, e, "alias")


def _chained(toks: list[Token], lows: list[str], i: int, given: list[Span]) -> Span | None:
    """The name an earlier cue gave when the cue at ``i`` follows it with "and" (auxiliaries
    and adverbs between): "known as X and is now usually called Y"."""
    j = i - 1
    while j >= 0 and (lows[j] in _ADVERBS or lows[j] in _AUXILIARIES) and lows[j] != ",":
        j -= 1
    if j < 1 or lows[j] != "and" or not given:
        return None
    end = j
    while end > 0 and toks[end - 1].text in MARKS | {"”", "\"", "’"}:
        end -= 1
    return given[-1] if given[-1].end == end else None


def _sited_body(toks: list[Token], start: int, given: list[Token]) -> int | None:
    """Where the body's name starts when the run at ``start`` is its place after "in" or "at"
    ("the Royal School for Deaf Children in Quendrow, known as Y": Y names the school, probe16),
    else None. The name before must hold an organisation's head noun; "lived in Quendrow, known
    as Y" names the town, and so does a name ``given`` with a place's head, "the Royal
    College in Pellith, known as the Wool City" (rev16a)."""
    if start < 2 or toks[start - 1].lower not in ("in", "at") or not toks[start - 2].is_cap \
            or given and given[-1].lower in lx.PLACE_HEADS:
        return None
    begin = cap_run(toks, start - 2, -1)
    return begin if any(t.lower in lx.ORG_HEADS for t in toks[begin:start - 1]) else None
