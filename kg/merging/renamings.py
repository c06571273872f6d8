"""A name's former, official or present name, given between commas: the renamings
:func:`kg.merging.acronyms.definitions` takes beside the cues of :mod:`kg.merging.alias_cues`.

- "X, previously the Y," / "X, formerly Y.": Y is an old name of X (:func:`former_names`);
  "X, officially (or formally) the Y,": Y is its official name, and the label (round 10 of
  issue 3: no figure or node of the 30 sets moved; invented texts showed it); "X, or Y,"
  (not in a list: "A, B, or C"): another name.
- "Tesk, the Lamp Alliance," (:func:`named_apposition`): a rare one-word name, "the" and an
  organisation's name between commas, not in a list.
- "X (ACR) in Dorwick, which is now the Y." / "X, now the Y," (:func:`renamed_now`): the name
  a body has now, Y running to the clause's end across "and", the place after "in"/"at"
  skipped.

Round 2 of issue 3 added the first and second with "KV-9 was later named Malverdine"
(:mod:`kg.merging.alias_cues`): vaccine alias 0.93 → 1.00 with the heading rule of
:mod:`kg.merging.title_names`, library alias 0.87 → 0.93; "X, or Y," joins nothing on the dev sets or
invented articles (small made-up texts in the tests exercise it). Round 3 added the third:
one join over the 24 sets (vaccine, right: alias 0.95 → 1.00), none wrong.
"""

from __future__ import annotations

from kg.finders.candidates import Span
from kg.merging.alias_cues import Definition
from kg.merging.cue_reading import cap_run
from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["RENAMING", "former_names", "named_apposition", "renamed_now"]

# words that give a name another name had or will have ("formerly", "now")
RENAMING = frozenset({"formerly", "previously", "originally", "now", "later"})
_OFFICIALLY = frozenset({"officially", "formally"})


def former_names(u: int, toks: list[Token]) -> list[Definition]:
    """"X, previously the Y," / "X, formerly Y.": Y is an old name of X; "X, officially the
    Y,": its official name; "X, or Y,": another name (not in a list: "A, B, or C"). Y must close at a comma (for "or", only there) or the
    sentence's end and hold no title or role ("formerly the Chief Executive")."""
    out = []
    for i in range(1, len(toks) - 2):
        word = toks[i + 1].lower
        if toks[i].text != "," or word not in RENAMING - {"now", "later"} | _OFFICIALLY \
                and word != "or" or not toks[i - 1].is_cap or toks[i - 1].possessive:
            continue
        a = i + 2 + (toks[i + 2].lower == "the")
        if a >= len(toks) or not toks[a].is_cap:
            continue
        e = cap_run(toks, a, 1) + 1
        start = cap_run(toks, i - 1, -1)
        if word == "or" and (e >= len(toks) or toks[e].text != "," or e == a + 1 and (
                toks[a].is_short_form or toks[a].lower in lx.STOPWORDS)
                or start > 0 and toks[start - 1].text in (",", ";")):
            continue  # an acronym is found by kg.merging.acronyms; "A, B, or C" is a list
        if e < len(toks) and toks[e].text not in ",.;" or any(
                t.possessive or t.lower.rstrip(".") in lx.HONORIFICS | lx.TITLE_MODIFIERS
                or lx.REFERENCE_NOUNS.get(t.lower) == "person" for t in toks[a:e]):
            continue
        if word in _OFFICIALLY:  # "the Big Wall, officially the Orrel Valley Barrage,":
            while start < i - 1 and toks[start].lower in lx.DETERMINERS:
                start += 1
            out.append(Definition(Span(u, start, i, "alias"), Span(u, a, e, "expansion"),
                                  "alias"))  # the official name is the label
            continue
        out.append(Definition(Span(u, a, e, "alias"), Span(u, start, i, "expansion"), "alias"))
    return out


def named_apposition(toks: list[Token], i: int, s: int, e: int) -> bool:
    """True for "Tesk, the Lamp Alliance, …": a rare one-word name, then between commas
    (or before the sentence's end) "the" and a name of two or more words ending in an
    organisation head; not inside a list ("Acme, the Varn Trust, and Bex", though "Tesk,
    the Lamp Alliance, and by …" is no list)."""
    if e - s < 2 or toks[e - 1].lower not in lx.ORG_HEADS or toks[e - 1].possessive \
            or lx.is_common_word(toks[i].lower) or i > 0 and toks[i - 1].text in ",;":
        return False
    if e < len(toks) and toks[e].text not in ",.;":
        return False
    return not (e + 2 < len(toks) and toks[e].text == "," and toks[e + 1].lower in ("and", "or")
                and (toks[e + 2].is_cap or toks[e + 2].lower == "the"))


def renamed_now(u: int, toks: list[Token]) -> list[Definition]:
    """"X (ACR) in Dorwick, which is now the Y." / "X, now the Y,": Y is the name X has now.

    X is the capitalised run before the comma, or, when that run is a place after "in" or
    "at", the run before the place ("the Coastal Ferry Board (CFB) in Dorwick, which
    is now the Agency for Ferries and Harbours"). Y is a capitalised run after
    "the" that ends the clause; it may go on across "and" to that end. Y names no role
    ("now the Chief Executive")."""
    out = []
    lows = [t.lower for t in toks]
    for i in range(1, len(toks) - 3):
        if toks[i].text != ",":
            continue
        a = i + 1 + (lows[i + 1:i + 3] == ["which", "is"]) * 2
        if a + 1 >= len(toks) or lows[a] != "now" or lows[a + 1] != "the":
            continue
        a += 2
        e = a
        while e < len(toks) and (toks[e].is_cap or lows[e] in lx.NAME_CONNECTORS | {"and"}
                                 and e + 1 < len(toks) and toks[e + 1].is_cap):
            e += 1
        if e - a < 2 or e < len(toks) and toks[e].text not in ",.;" or any(
                t.possessive or t.lower.rstrip(".") in lx.HONORIFICS | lx.TITLE_MODIFIERS
                or lx.REFERENCE_NOUNS.get(t.lower) == "person" for t in toks[a:e]):
            continue
        end = i
        if end < 1 or not toks[end - 1].is_cap:
            continue
        start = cap_run(toks, end - 1, -1)
        if start >= 2 and lows[start - 1] in ("in", "at"):
            end = start - 1  # "X in Dorwick, which is now …": X, not the place
            if end >= 3 and toks[end - 1].text == ")" and toks[end - 3].text == "(":
                end -= 3  # "X (ACR) in Dorwick"
            if not toks[end - 1].is_cap:
                continue
            start = cap_run(toks, end - 1, -1)
        while start < end and lows[start] in lx.DETERMINERS:
            start += 1
        if end - start >= 1:
            out.append(Definition(Span(u, a, e, "alias"), Span(u, start, end, "expansion"),
                                  "alias"))
    return out

