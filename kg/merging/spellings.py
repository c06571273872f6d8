"""Another spelling of a name, told by a cue: "Earlier sources write the name as X"
(:func:`spellings`, followed by :mod:`kg.references.bridging`), "X, also written Y"
(:func:`spelling_chains`).

X is a name of what the previous sentence's subject names, a name or a resolved reference
at its opening ("Tiered salt sorting (TSS) is …. It was worked out …. Earlier sources write
the name as tier-salt sorting"). :data:`SPELLING_CUES` also make X a term of its own in
:func:`kg.finders.patterns.defined`, where it may be lowercase.

Round 14. Measured over the 20 development sets and the 16 invented articles: on the
invented enzyme article a technique's older spelling joined it (alias unity up); no figure
of the other 35 sets moved (none writes these cues). Rejected: "written as X" after "the
name is", whose cue in :func:`kg.finders.patterns.defined` also took "a sum can be written as
integral" for a term on compiler.

Round 16: "X, also written Y and usually called Z" (:func:`spelling_chains`, a source of
:func:`kg.merging.acronyms.definitions`): a word, maybe lowercase ("varnium-41"), its other spelling
after "written", "spelled" or "spelt" (one word with a capital or a digit), and a name
chained with "and"/"or" and a cue ("called", "known as"), which may be lowercase when it
closes its clause. Measured (``--held-out --ours``): radiocarbon_dating_history alias unity
.86 → .89 (a gold isotope's three names on one node, two nodes fewer); nothing else moved on
the 38 sets (none writes the wording). Not taken: "written" before a lowercase word
("written in French", "written down"), which says how, not what.
"""

from __future__ import annotations

from kg.finders.candidates import Span, Unit
from kg.merging.alias_cues import Definition
from kg.merging.cue_reading import _ADVERBS as ADVERBS
from kg.merging.cue_reading import _AUXILIARIES as AUXILIARIES
from kg.merging.cue_reading import cap_run
from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["SPELLING_CUES", "spelling_chains", "spellings"]

_WRITE = ("write", "writes", "wrote", "spell", "spells", "spelled", "spelt")
# "write the name as X", "spelt the name as X"; not "written as X", which also says what a
# thing is made as ("a sum can be written as integral")
SPELLING_CUES = tuple((verb, "the", "name", "as") for verb in _WRITE)


def cue_end(lows: list[str], i: int) -> int | None:
    """The position after a spelling cue at ``i``, else None."""
    cue = next((c for c in SPELLING_CUES if tuple(lows[i:i + len(c)]) == c), None)
    return None if cue is None else i + len(cue)


def spellings(units: list[Unit], by_start: dict, at: dict) -> list[tuple[int, int, str]]:
    """``(group, spelling's group, sentence)`` for each "… write the name as X" whose
    previous sentence opens with a name or a resolved reference.

    Args:
        units: the tokenised headings and sentences.
        by_start: the group of each literal occurrence by ``(unit, start token)``.
        at: the group of each resolved reference by ``(sentence, char start)``.
    """
    out = []
    for u, unit in enumerate(units[1:], 1):
        prev = units[u - 1]
        if unit.heading or prev.heading or not prev.tokens:
            continue
        lows = [t.lower for t in unit.tokens]
        for i in range(len(lows)):
            k = cue_end(lows, i)
            if k is None:
                continue
            new = by_start.get((u, k))
            old = by_start.get((u - 1, 0))
            if old is None:
                old = at.get((prev.sentence, prev.tokens[0].start))
            if new is not None and old is not None and new != old:
                out.append((old, new, " ".join(t.text for t in unit.tokens)))
            break
    return out


# "X, also written Y": another spelling of X (a participle after X's comma)
_WRITTEN = frozenset({"written", "spelled", "spelt"})
# cues that may follow "and" in such a chain: "… and usually called Z"
_CHAIN_CUES = (("called",), ("known", "as"), ("written",), ("spelled",), ("spelt",))


def spelling_chains(u: int, unit: Unit) -> list[Definition]:
    """Another spelling of a word, and a second name chained to it with "and": "varnium-41,
    also written V-41 and usually called radiovarn, is …" (X one word or a lowercase
    term just before the comma; the spelling one word, with a capital or digit; the chained
    name a capitalised run or up to three lowercase words closed by punctuation). A
    lowercase name is taken only in such a chain, as in :func:`kg.merging.alias_cues.aliases`.

    Args:
        u: the unit's index.
        unit: a sentence.

    Returns:
        A definition joining each name to the word.
    """
    toks, out = unit.tokens, []
    lows = [t.lower for t in toks]
    for i in range(1, len(toks) - 3):
        if toks[i].text != ",":
            continue
        k = i + 1
        while k < len(toks) and lows[k] in ADVERBS and lows[k] != ",":
            k += 1
        if k + 1 >= len(toks) or lows[k] not in _WRITTEN:
            continue
        spelt = toks[k + 1]
        if not spelt.is_word or not (spelt.is_cap or any(c.isdigit() for c in spelt.text)) \
                or _word_start(toks, i) is None:
            continue
        start = _word_start(toks, i)
        named = Span(u, start, i, "expansion")
        out.append(Definition(Span(u, k + 1, k + 2, "alias"), named, "alias"))
        m = k + 2
        if m < len(toks) and lows[m] == ",":
            m += 1
        if m >= len(toks) or lows[m] not in ("and", "or"):
            continue
        m += 1
        while m < len(toks) and (lows[m] in ADVERBS or lows[m] in AUXILIARIES) \
                and lows[m] != ",":
            m += 1
        cue = next((c for c in _CHAIN_CUES if tuple(lows[m:m + len(c)]) == c), None)
        if cue is None:
            continue
        m += len(cue)
        if m < len(toks) and toks[m].is_cap:
            end = cap_run(toks, m, 1) + 1
        else:
            end = m
            while end < len(toks) and end - m < 3 and toks[end].is_word \
                    and toks[end].text.isalpha() and toks[end].text.islower() \
                    and lows[end] not in lx.STOPWORDS:
                end += 1
            if end == m or end < len(toks) and toks[end].is_word:
                continue  # a lowercase name closes its clause
        out.append(Definition(Span(u, m, end, "alias"), named, "alias"))
    return out


def _word_start(toks: list[Token], i: int) -> int | None:
    """Where the one word, or lowercase run of up to three words, before the comma at ``i``
    starts ("carbon-14", "seed salt"), after a function word; None for a capitalised
    word (the cues of :func:`kg.merging.alias_cues.aliases` take names)."""
    s = i
    while s > 0 and i - s < 3 and toks[s - 1].is_word and toks[s - 1].text[:1].islower() \
            and toks[s - 1].lower not in lx.STOPWORDS:
        s -= 1
    if s == i or s > 0 and toks[s - 1].is_word and toks[s - 1].lower not in lx.STOPWORDS:
        return None
    return s
