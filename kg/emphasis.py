"""Terms a Markdown text sets in bold: "The **Varrow lamp** burned oil …".

Writers of Markdown put a term in bold where they introduce it, the way a textbook does, so
a bold run of one to six words in running text is a term the text defines: a ``defined``
span when it holds a lowercase word ("**tide gauging**", "**Ostrel minor**"), a
``name`` span when every word is capitalised ("**Tower of Brem**", which the name
finder alone splits at "of" after "The").

Not taken: a list item's label ("**Weight:** 4.2 t", "**Dry rot.** …": the label
finder's), a run with punctuation inside ("**SKIM (Sky Imaging Module).**"), a bold
function word ("it is **not** safe"), a whole line in bold (a heading in disguise), and
single ``*`` or ``_`` emphasis, which marks titles and foreign words as often as terms.

Measured (``benchmarks/entities.py --held-out``): of the development sets only compiler,
vaccine, lighthouse and telescope use bold in running text; vaccine gains one
term not found before and the alias unity of another, lighthouse four (a tower's name, a
lamp, a lens and a valve); the other sets do not change.
"""

from __future__ import annotations

from kg import lexicon as lx
from kg.candidates import Span, Stats, Unit
from kg.tokens import Token

_MARKS = ("*", "_")
_MAX_WORDS = 6
_INSIDE = {"-", "&"}


def _double(toks: list[Token], i: int) -> str | None:
    """The mark when ``toks[i:i + 2]`` is a doubled emphasis mark ("**" or "__")."""
    if i + 1 < len(toks) and toks[i].text in _MARKS and toks[i + 1].text == toks[i].text \
            and toks[i + 1].start == toks[i].end:
        return toks[i].text
    return None


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
        if mark is None:
            i += 1
            continue
        close = next((k for k in range(i + 2, min(len(toks), i + 3 + 2 * _MAX_WORDS))
                      if _double(toks, k) == mark), None)
        if close is None:
            break
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
