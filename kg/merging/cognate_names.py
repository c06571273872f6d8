"""A name and the same name in another language or word order, given in brackets.

"the **Varrel Accord** (*Accord de Varrel*)", "the Sonnery Academy (Académie Sonnery)": the
bracket right after a name holds a capitalised name whose content words are the name's own,
in any order, each the same word once accents are dropped or a cognate sharing its first five
letters ("Académie" / "Academy", "Programme" / "Program"); the function words of a few
languages ("de", "du", "des", "der", "of", "the") are passed over. Both names name one thing,
the name before the bracket stays the label (:func:`cognate_brackets`, called by
:func:`kg.merging.alias_cues.aliases`).

:func:`kg.merging.name_cues.equivalents` already took an italic bracket of words English does
not know ("Varn Office (*Varnskontor*)"); a translation that keeps English-looking words
("Convention", "Archives") was left a node of its own. Two content words at least on each side,
so a one-word gloss ("Paris (France)") or a place after a name ("Harbridge Society (Harbridge,
Essex)", other words) never joins.

A heading often restates a name the same way ("## The Academy of Quessac" over sentences
that name the "Académie de Quessac"), or gives a person without the middle name ("## Ada
Vennel and the leaves" for "Ada Sennick Vennel"): :func:`heading_cognates` (called by
:func:`kg.merging.heading_short.heading_prefixes`) gives a heading's run, no kept form of its
own, to the one entity whose name pairs with it, or to the one person whose name it keeps the
first and last words of. Not to a body: "## The Royal Society" over a "Royal Fenwold Society"
names another society.

alias16: measured with ``benchmarks/entities.py --held-out --ours`` (32 development sets, 28
probes, every entity and alias dumped before and after): brackets, final13
kilogram_history_factual nodes 43 → 42 (a treaty's French name, a node of its own, joined its
English one; alias unity stays while a heading name of another head misses); headings,
kilogram_history_factual alias unity .85 → .90 (a translated heading name), the chromatography
probe gains its inventor's full name in another spelling (no figure moves: an older spelling stays apart); nothing else moved.

rev16d (review): a five-letter start joined different names ("Marinel Institute (Institut
Marin)", "Drennick Institute (Institut de Drennickville)", "## The Northern Railway" over the
"Northumberland Railway", invented): two cognates now differ only in an ending (lengths within
three letters, two unshared letters at most of the shorter) and one word at least is the same
on both sides. No figure of the 32 development sets or the probes moved.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from kg.finders.candidates import Span, Unit
from kg.finders.emphasis import MARKS
from kg.finders.name_before import name_before
from kg.merging.forms import Form, Group
from kg.merging.people import person_like
from kg.words import lexicon as lx
from kg.words.tokens import Token, fold, key_of

__all__ = ["cognate_brackets", "heading_cognates", "same_words"]

# function words of the languages whose names an English text most often gives in brackets
_FUNCTION = frozenset("""the a an of for and on in at to de du des d l la le les et en au aux
der die das den dem des von vom zu zur und im am van het een en del della dei degli di da
do dos das el los las y e""".split())
_COGNATE = 5  # letters two cognates share at least ("Académie" / "Academy")
_ENDING = 3  # letters by which two cognates' lengths differ at most ("Programme" / "Program")


def _bare(word: str) -> str:
    """A word folded, its accents dropped ("Mètre" → "metre")."""
    return "".join(c for c in unicodedata.normalize("NFKD", fold(word))
                   if not unicodedata.combining(c))


def _content(toks: list[Token]) -> list[str] | None:
    """The bare content words of a name, else None when it holds a token that is not a
    word."""
    if not all(tok.is_word for tok in toks):
        return None
    return [w for w in (_bare(tok.base) for tok in toks) if w not in _FUNCTION]


def _cognate(a: str, b: str) -> bool:
    """True when two words are one word, or cognates sharing their first five letters and
    differing only in a short ending ("academie" / "academy"; not "northern" /
    "northumberland" nor "marinel" / "marin" of different names, rev16d)."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= _COGNATE and abs(len(a) - len(b)) <= _ENDING and min(len(a), len(b)) - n <= 2


def same_words(first: list[str], second: list[str]) -> bool:
    """True when two lists of content words pair off, each word with a cognate, in any
    order, two words at least, one of them the same word on both sides (rev16d: "Marinel
    Institute (Institut Marin)" pairs two cognates only and names another institute)."""
    if len(first) < 2 or len(first) != len(second) or not set(first) & set(second):
        return False
    left = list(second)
    for word in first:
        match = next((w for w in left if _cognate(word, w)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def cognate_brackets(u: int, toks: list[Token]) -> list[tuple[Span, Span]]:
    """"X (Y)": Y, a capitalised name of X's own content words (another language or order),
    names X.

    Args:
        u: the unit's index.
        toks: the unit's tokens.

    Returns:
        One ``(alias, name)`` pair of spans per such bracket: the bracket's name, the name
        before it (:func:`kg.merging.alias_cues.aliases` makes each a definition).
    """
    out = []
    for i, tok in enumerate(toks):
        if tok.text != "(" or i < 2:
            continue
        close = next((k for k in range(i + 1, min(i + 12, len(toks))) if toks[k].text == ")"),
                     None)
        if close is None:
            continue
        a, e = i + 1, close
        while a < e and (toks[a].text in MARKS or toks[a].lower == "the"):
            a += 1
        while e > a and toks[e - 1].text in MARKS:
            e -= 1
        end = i
        while end > 0 and toks[end - 1].text in MARKS:
            end -= 1
        start = name_before(toks, end) if end > 0 else None
        if start is None or a >= e or not toks[a].is_cap:
            continue
        while start < end and toks[start].lower in lx.DETERMINERS:
            start += 1
        inner, name = _content(toks[a:e]), _content(toks[start:end])
        if inner is None or name is None or not same_words(name, inner):
            continue
        out.append((Span(u, a, e, "alias"), Span(u, start, end, "expansion")))
    return out


def _skeleton(words: list[str], name: list[str]) -> bool:
    """True when ``words`` are the first and last words of a longer name and some of those
    between, in order ("Ada Vennel" of "Ada Sennick Vennel"; taken for people only)."""
    if len(words) < 2 or len(name) <= len(words) or words[0] != name[0] or words[-1] != name[-1]:
        return False
    rest = iter(name[1:-1])
    return all(w in rest for w in words[1:-1])


def _heading_runs(toks: list[Token]) -> list[tuple[int, int]]:
    """The capitalised runs of a heading, across a joiner and "the" after it ("The Lamp of
    the Archives and Le Grand K": "Lamp of the Archives", "Le Grand K")."""
    runs, i = [], 0
    while i < len(toks):
        if not (toks[i].is_word and toks[i].is_cap) or toks[i].lower in ("the", "a", "an"):
            i += 1
            continue
        j = i + 1
        while j < len(toks):
            if toks[j].is_word and toks[j].is_cap and toks[j].lower not in ("and",):
                j += 1
            elif toks[j].lower in lx.NAME_CONNECTORS and toks[j].lower != "and" and \
                    j + 1 < len(toks) and (toks[j + 1].is_cap or toks[j + 1].lower == "the"):
                j += 1 + (toks[j + 1].lower == "the")
            else:
                break
        while j > i and not toks[j - 1].is_cap:
            j -= 1
        runs.append((i, j))
        i = j + 1
    return runs


def heading_cognates(kept: dict[tuple, Form], groups: list[Group],
                     units: list[Unit]) -> dict[int, dict[str, dict]]:
    """A heading's name that is one entity's name in another language or order ("# The
    Lamp of the Archives" for the "Lampe des Archives" the sentences name).

    The heading's run must hold no kept form of its own and pair its content words
    (:func:`same_words`) with a name of exactly one entity.

    Args:
        kept: the kept forms.
        groups: the entity groups.
        units: the tokenised headings and sentences.

    Returns:
        group → heading surface → its ``{"form", "rule", "evidence"}`` explanation.
    """
    names = [(g, [w for w in map(_bare, key) if w not in _FUNCTION], person_like(kept[key]))
             for g, group in enumerate(groups) for key in group.keys if kept[key].is_name]
    out: dict[int, dict[str, dict]] = defaultdict(dict)
    for unit in units:
        if not unit.heading:
            continue
        for i, j in _heading_runs(unit.tokens):
            key = key_of(unit.tokens[i:j])
            words = [w for w in map(_bare, key) if w not in _FUNCTION]
            owners = {g for g, name, person in names if same_words(words, name)
                      or person and _skeleton(words, name)}  # "Royal Society" ≠ "Royal X Society"
            if key in kept or len(owners) != 1:
                continue
            surface = " ".join(t.text for t in unit.tokens[i:j])
            out[owners.pop()][surface] = {
                "form": surface, "rule": "heading",
                "evidence": f"“{surface}” is written only in a heading, and holds the words "
                            f"of a name of this entity only"}
    return out
