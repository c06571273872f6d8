"""An indefinite noun phrase that the next sentence names: "… designed an oil lamp … . The
*Pelmor lamp* drew air …".

A text often introduces a thing by a description in one sentence and gives its name only in
the next, as that sentence's subject ("Ada Lind designed a gas lamp with a twisted wick. The
**Lind lamp** drew oil up through …"; "… asked him to lead a public inquiry into the
flooding. The Merrow Inquiry, published in 2011, …"). The first sentence is about the named
thing, but names nothing, so it mentions only the person. :func:`named_next` adds a
reference mention of the thing there when:

- the next sentence (in the same section, not a heading) opens with the name, bare or
  after "The" (past emphasis marks), and the name is first written there (but for
  headings) and is of no person, place, date or quantity;
- the sentence before has "a"/"an" and up to four lowercase words ending in the name's
  head noun (singular or plural), or standing before a past participle ("an inquiry
  commissioned by the trustees"); the first such phrase;
- and the phrase is the thing made: a verb of making or "into" stands right before it
  or is its participle (:data:`MAKING`: "designed a brass lamp", "extended … into a full
  theory", "a review commissioned by"), or the named sentence says how the thing came
  about, right after the name ("The Merrow Inquiry, published in …", "The Orm Basin Board
  (OBB) was set up …"). A thing only bought, used or worked for is another one as often
  as not: "bought a lamp from a dealer. The Pelmor lamp next door was brighter".

History. Two rules did this, one reading past emphasis marks and asking for a verb of
making (round rel14: three references added, all right, on lighthouse, discovery_of_xrays
and superconductivity, its relations at the evidence .50 → .60; rejected then: the name
anywhere in the next sentence, fourteen added, half of them wrong), and an older one in
:mod:`kg.references.bridging` taking a bare name after any "a"/"an" (round 12 added the
participle: museum relations .75 → .83). Round dup14 made them one: the older one took
any "a lamp" ("bought a lamp …. The Pelmor lamp next door …"). Measured by a dump of every
reference the two made over the 28 development sets and 26 probes: seven references
before, all right (after "lead", "gave", "designed", "devised", "introduced", "into", and a
subject "a review commissioned by …"); the making test alone keeps five, and the test on
the named sentence ("published", "set up") keeps the other two (a review to "lead", an
authority a law "gave" each region); "gave" and "lead" are no verbs of making
("gave her son a lamp"). Without either test the one rule made the same seven
there: the test keeps out the over-fires of the invented cases (``tests/test_references_rev14c.py``),
which the older rule made on a bare name; ``benchmarks/entities.py --held-out --ours``: no
figure of the 54 sets moved. The cataphora the development sets leave unjoined after this are
out of its reach: a name given by "It appeared under the title X" or "the technique, now
called X" in the next sentence, or by a nickname two sentences on.
"""

from __future__ import annotations

from kg.finders.emphasis import MARKS
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["MAKING", "named_next"]

_NEVER = frozenset({"person", "place", "date", "quantity"})
_REACH = 4  # lowercase words from "a"/"an" to the head noun
# past forms of verbs that bring a new thing about ("set up" with its particle), and "into"
# a result ("extended … into")
MAKING = frozenset(lx._words("introduced developed pioneered designed proposed invented "
                             "patented devised built constructed created founded established "
                             "commissioned published formed launched into"))
# between a name and a verb saying how it came about ("The X (X), published in …", "The X was
# set up")
_BETWEEN = frozenset(lx._words("was were is are had has been first later originally , ( )"))


def named_next(units, matches, types: list[str], heads: list[set[str]]) -> list[tuple]:
    """The reference mentions of things a sentence introduces and the next one names.

    Args:
        units: the tokenised headings and sentences, per document in text order.
        matches: the literal occurrences (:class:`kg.finders.gazetteer.Match`).
        types: the type of each group.
        heads: per group, the head nouns of its multiword names and terms.

    Returns:
        ``(group, sentence index, surface, char_start, char_end, "introduced")`` tuples.
    """
    debut: dict[tuple[str, int], int] = {}  # where each entity is first named in a document
    opening: dict[int, list] = {}
    for m in sorted(matches, key=lambda m: (m.unit, m.start)):
        if units[m.unit].heading:
            continue  # a heading may name what its section introduces
        debut.setdefault((units[m.unit].doc, m.group), m.unit)
        opening.setdefault(m.unit, []).append(m)
    out = []
    for u in range(1, len(units)):
        unit, prev = units[u], units[u - 1]
        if unit.heading or prev.heading or unit.doc != prev.doc or unit.section != prev.section:
            continue
        m = next(iter(opening.get(u, [])), None)
        if m is None or debut.get((unit.doc, m.group)) != u or types[m.group] in _NEVER \
                or not _opens(unit.tokens, m.start):
            continue  # only a name that opens the next sentence and is first written there
        found = _indefinite(prev.tokens, heads[m.group])
        if found is not None and (found[2] or _made_after(unit.tokens, m.end)):
            i, k, _made = found
            toks = prev.tokens
            out.append((m.group, prev.sentence, " ".join(t.text for t in toks[i:k]),
                        toks[i].start, toks[k - 1].end, "introduced"))
    return out


def _opens(tokens, start: int) -> bool:
    """True when the name at ``start`` opens the sentence, bare or after "The" (marks of
    emphasis may stand between)."""
    words = [k for k in range(start) if tokens[k].is_word]
    return not words or words == [0] and tokens[0].lower == "the"


def _indefinite(tokens, heads: set[str]) -> tuple[int, int, bool] | None:
    """``(start, end, made)`` of the first "a"/"an" phrase whose noun, the last of up to
    :data:`_REACH` lowercase words (or the one before a past participle: "a review
    commissioned by …"), is one of ``heads``; ``made`` when a verb of making or "into"
    stands before it or its participle is one (:data:`MAKING`)."""
    for i, tok in enumerate(tokens):
        if tok.lower not in ("a", "an"):
            continue
        k = i + 1
        while k < len(tokens) and k - i <= _REACH and tokens[k].is_word \
                and tokens[k].text.islower() and tokens[k].lower not in lx.STOPWORDS:
            k += 1
        if k > i + 2 and _participle(tokens[k - 1].lower):
            k -= 1  # "a review commissioned by …": the noun before the participle
        if k == i + 1:
            continue
        noun = tokens[k - 1].lower
        if noun in heads or singular(noun) in heads:
            made = i > 0 and tokens[i - 1].lower in MAKING \
                or k < len(tokens) and tokens[k].lower in MAKING
            return i, k, made
    return None


def _participle(word: str) -> bool:
    """True for a past participle that may follow a noun ("commissioned", "led", "built")."""
    return word in lx.PAST_VERBS or word.endswith("ed") and len(word) > 4


def _made_after(tokens, end: int) -> bool:
    """True when the name ending at ``end`` is followed by how it came about: "The X,
    published in …", "The X (X) was set up …" (an abbreviation in brackets and closing
    emphasis marks may stand between)."""
    k = end
    while k < len(tokens) and (tokens[k].text in MARKS or tokens[k].lower in _BETWEEN
                               or tokens[k].text.isupper()):
        k += 1
    if k >= len(tokens):
        return False
    word = tokens[k].lower
    return word in MAKING - {"into"} or word == "set" and k + 1 < len(tokens) \
        and tokens[k + 1].lower == "up"
