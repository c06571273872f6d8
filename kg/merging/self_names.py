"""A name a thing gives itself, and a term's name in one place, for
:func:`kg.merging.alias_cues.aliases` (alias16b).

- :func:`self_renamings`: "The Quarnel Clasp Company, for its part, in 1931 renamed itself
  Tamberlo, Inc." and "X adopted **Tamberlo** as a brand name" (or "as its name"): Y is
  another name of the name that opens the sentence; "adopted orphans as her wards" gives no
  name (lowercase), nor does a name behind a relative pronoun ("joined X, which renamed
  itself Y" names X's clause, not the opening name).
- :func:`place_known`: "The **hook lock**, known in Pellmark as the *twistlock*,": a
  lowercase name in emphasis or quotation marks after "known in ⟨Place⟩ as" names the
  emphasised term before the comma; "known in the trade as a hard bargainer" (no emphasis, no place)
  and "known in Pellmark as a *hard* bargainer" (the emphasis is not the whole name) give none.

Measured (``benchmarks/entities.py --held-out --ours``, 34 development sets, 30 probes, every
entity, type and alias of the 69 texts dumped before and after): only final14 zipper_factual
moved, nodes 45 → 44 (a brand name, a node of its own, joined the firm that renamed itself after it;
a term's regional name joined the term); means unchanged (dev recall .989, alias unity .929,
conflations 2.0, joined at evidence .945; probes .978/.948/0/.936). Not done: "the company
renamed itself Y" with a described subject, which needs the references of
:mod:`kg.references.bridging`.

Review rev16j (each with a failing invented test in tests/test_entities_alias16b.py): a new
subject after "and"/"but"/"while" ("X closed and Y renamed itself Z") stops the search; a
lowercase noun after the opening name ("The X board renamed itself Z") means X is no subject;
"as a brand" / "as a trade" must go on "name" ("as a brand mascot" is none); a Y whose first
word is a given name ("adopted Augusta Quarle as its name") is a person's name, not joined;
:func:`place_known` no longer names a capitalised name before the comma, which may be a
person's ("Ada Lind, known in Pellmark as the *widow*,"); a quoted name is at most four words
(five were read). Measured: every figure of the 34 development sets and 30 probes unchanged
(zipper_factual's brand and regional names still joined).

alias17: a legal form set off by a comma ends the cue's name (:func:`legal_end`: "renamed
itself Tamberlo, Inc." gives "Tamberlo, Inc", also after the cues of
:func:`kg.merging.alias_cues.aliases`, "trading as X, Ltd"); not "Co." (a county) nor a
two-letter form that is also a region's code. And an opening "In ⟨year⟩" is passed and a
stopword opens no name (:func:`_opening_name` had read "In" as the firm of "In 1921 the X
Company renamed itself Y": a node "In" with Y as its alias). A lone legal form ("Ltd" cut off
after the comma) is no bare head of one firm (:mod:`kg.merging.canonical`). Measured with
:mod:`kg.merging.reorganisations` (figures there): zipper_factual unity .85 → .90, nothing else
of the 64 texts moved by these.
"""

from __future__ import annotations

from kg.finders.candidates import Span
from kg.finders.emphasis import MARKS
from kg.merging.cue_reading import _emphasised, cap_run
from kg.merging.designations import LEGAL_FORMS
from kg.merging.name_changes import YEAR
from kg.words import lexicon as lx
from kg.words.given_names import gender_of
from kg.words.tokens import Token

__all__ = ["legal_end", "place_known", "self_renamings"]

_RELATIVES = frozenset({"which", "that", "who", "whom", "whose", ";"})
_CONJUNCTIONS = frozenset("and but or while whereas".split())
_ADVERBS = frozenset("later soon then also again finally renamed adopted".split())
_QUOTES = frozenset("“\"‘")
_YEAR_OPENERS = frozenset({"in", "by", "from"})
_QUOTE_ENDS = frozenset("”\"’")
# the legal forms written after a comma; not "Co." (", Co. Kerry" is a county) nor two-letter
# ones that are also state or region codes (", SA")
_COMMA_FORMS = LEGAL_FORMS - lx._words("co co. sa ag nv bv")


def _opening_name(toks: list[Token]) -> tuple[int, int] | None:
    """The capitalised run that opens the sentence past determiners and Markdown marks, when
    a comma or a lowercase word follows it (not "A and B"), else None. An opening year
    ("In 1921, the X …") is passed; another opening word of no name ("In") ends the search
    (alias17: "In" had been read as the firm)."""
    s = 2 if len(toks) > 2 and toks[0].lower in _YEAR_OPENERS and YEAR.fullmatch(toks[1].text) \
        else 0
    while s < len(toks) and (toks[s].text in MARKS or toks[s].text == "," and s == 2
                             or toks[s].lower in lx.DETERMINERS):
        s += 1
    if s >= len(toks) or not toks[s].is_cap or toks[s].lower in lx.STOPWORDS:
        return None
    e = cap_run(toks, s, 1) + 1
    while e < len(toks) and toks[e].text in MARKS:
        e += 1
    if e >= len(toks) or toks[e].lower in ("and", "&", "or") or toks[e - 1].possessive \
            or _modifies(toks[e]):
        return None
    return s, cap_run(toks, s, 1) + 1


def _modifies(tok: Token) -> bool:
    """True when the lowercase word after the opening name reads as the noun it modifies
    ("The Quarnel Clasp Company board renamed itself …": the board did), not as a
    preposition, adverb or verb ("X in 1931", "X later", "X closed …"). rev16j."""
    word = tok.lower
    return tok.text.isalpha() and tok.text.islower() and not (
        word in lx.STOPWORDS or word in lx.COMMON_VERBS or word in lx.PAST_VERBS
        or word in _ADVERBS or word.endswith(("ed", "ly")))


def _name_at(u: int, toks: list[Token], k: int) -> Span | None:
    """The capitalised run at ``k`` past Markdown marks, else None."""
    while k < len(toks) and toks[k].text in MARKS:
        k += 1
    if k >= len(toks) or not toks[k].is_cap:
        return None
    return Span(u, k, legal_end(toks, cap_run(toks, k, 1) + 1), "alias")


def legal_end(toks: list[Token], e: int) -> int:
    """Past a legal form set off by a comma after the name ending before ``e`` ("Tamberlo,
    Inc.", "X, Ltd"); else ``e`` (alias17). The full stop stays out: the gazetteer's later
    matches of the form end at the word, and one spelling is kept."""
    if e + 1 < len(toks) and toks[e].text == "," and toks[e + 1].is_cap \
            and toks[e + 1].lower in _COMMA_FORMS:
        return e + 2
    return e


def self_renamings(u: int, toks: list[Token]) -> list[tuple[Span, Span]]:
    """"X … renamed itself Y", "X adopted Y as a brand name" / "as its name": Y names X, the
    name that opens the sentence."""
    subject = _opening_name(toks)
    if subject is None:
        return []
    lows = [t.lower for t in toks]
    out = []
    for i in range(subject[1], len(toks) - 2):
        if _RELATIVES & set(lows[subject[1]:i]):
            break
        if lows[i] in _CONJUNCTIONS and (toks[i + 1].is_cap or lows[i + 1] in lx.DETERMINERS):
            break  # "X closed and Y renamed itself Z": a new subject (rev16j)
        name = None
        if lows[i] == "renamed" and lows[i + 1] == "itself":
            name = _name_at(u, toks, i + 2)
        elif lows[i] == "adopted":
            name = _name_at(u, toks, i + 1)
            k = name.end if name is not None else i
            while k < len(toks) and toks[k].text in MARKS:
                k += 1
            tail = lows[k:k + 4]
            if not (tail[:3] == ["as", "its", "name"] or tail[:2] in (["as", "a"], ["as", "its"])
                    and tail[2:] in (["brand", "name"], ["trade", "name"])):
                name = None  # not "as a brand mascot" (rev16j)
        if name is not None and gender_of(toks[name.start].text) is None:  # rev16j: no
            out.append((name, Span(u, subject[0], subject[1], "expansion")))  # person's name
    return out


def _quoted(u: int, toks: list[Token], k: int) -> Span | None:
    """A lowercase name of at most four words in quotation marks at ``k``, else None."""
    if k >= len(toks) or toks[k].text not in _QUOTES:
        return None
    e = k + 1
    while e < len(toks) and e - k <= 4 and toks[e].is_word:
        e += 1
    if e == k + 1 or e >= len(toks) or toks[e].text not in _QUOTE_ENDS:
        return None
    return Span(u, k + 1, e, "alias")


def place_known(u: int, toks: list[Token]) -> list[tuple[Span, Span]]:
    """"The **hook lock**, known in Pellmark as the *twistlock*,": the emphasised or quoted
    lowercase name names the emphasised term before the comma."""
    lows = [t.lower for t in toks]
    out = []
    for i in range(2, len(toks) - 4):
        if lows[i] != "known" or lows[i + 1] != "in" or toks[i - 1].text != "," \
                or not toks[i + 2].is_cap:
            continue
        k = cap_run(toks, i + 2, 1) + 1
        if k >= len(toks) or lows[k] != "as" or k - i > 5:
            continue
        k += 1 + (k + 1 < len(toks) and lows[k + 1] == "the")
        short = _emphasised(u, toks, k) or _quoted(u, toks, k)
        if short is None or not all(t.text.islower() for t in toks[short.start:short.end]):
            continue
        after = short.end
        while after < len(toks) and toks[after].text in MARKS | _QUOTE_ENDS:
            after += 1
        if after < len(toks) and toks[after].is_word:
            continue  # "a *hard* bargainer": the emphasis is not the whole name
        j = i - 2
        while j >= 0 and toks[j].text in MARKS:
            j -= 1
        if j < 0 or not toks[j].is_word:
            continue
        if toks[j + 1].text not in MARKS:  # a capitalised name may be a person's ("Ada
            continue  # Lind, known … as the *widow*"): only "The **hook lock**," (rev16j)
        start = j
        while start > 0 and toks[start - 1].is_word and toks[start - 1].text not in MARKS:
            start -= 1
        if start == 0 or toks[start - 1].text not in MARKS or j - start > 5:
            continue
        while start < j and lows[start] in lx.DETERMINERS:
            start += 1
        out.append((short, Span(u, start, j + 1, "expansion")))
    return out
