"""An indefinite noun phrase that the next sentence names: "… extended that insight into a
full theory … . The *Pelmor theory*, named from …".

A text often introduces a thing by a description in one sentence and gives its name only in
the next, as that sentence's subject ("Ada Lind designed an oil lamp with a hollow wick. The
**Lind lamp** drew air up through …"). The first sentence is about the named thing (the
claim "Ada Lind designed an oil lamp …" is the claim that joins her to the lamp), but names
nothing, so it mentions only the person. :func:`named_next` adds a reference mention of the
thing there when:

- the next sentence (in the same section, not a list item, not a heading) opens with the
  name, bare or after "The" (past emphasis marks): its subject;
- the name is first written there, but for headings (nothing named it before: the
  indefinite phrase introduces it) and is a multiword name of no person, place, date or quantity;
- the sentence before has "a"/"an", up to three lowercase words and then the name's last
  word (its head noun, singular or plural) ending the phrase (not "a lamp shade"), right
  after a verb of making or "into" (:data:`MAKING`): the thing made ("designed a brass
  lamp", "extended … into a full theory"), not a subject (an opening "A cooperative bank
  does not …" is any bank; "In 1871 a lens was shown by Ada Lind" is left to the eponym
  rules of :mod:`kg.references.bridging`, which want the person first) nor a thing only
  bought, used or worked for ("bought a lamp from a dealer. The Pelmor lamp next door was
  brighter": another lamp), and the sentence does not name the thing literally.

Round rel14, measured (``benchmarks/entities.py --held-out --ours`` and a dump of every
reference mention over the 28 development sets and 24 probes): three references added, all
right (a lamp "designed" on lighthouse, a tube "introduced" on discovery_of_xrays, "a full
theory" on superconductivity: its relations at the evidence .50 → .60); nothing else
moved. Rejected: the name anywhere in the next sentence, not only opening it: fourteen
added, half of them wrong ("a mosaic of mirrors" → a secondary mirror, "a planet" → a
rocky planet named later, "a map" → weather maps, "a rack railway" → a mountain railway in
a sentence that defines the railway). The cataphora the development sets leave unjoined
after this are out of its reach. Review rev14c: any lowercase word before "a"/"an" let
other objects take the name ("bought a lamp …. The Pelmor lamp next door …", "worked for a
shipping company …. The Lisle Shipping Company was her rival"): the verbs of making keep the
three references and drop those. The cataphora left are out of its reach: a name given by "It appeared under the title X" or "the
technique, now called X" in the next sentence, or by a nickname two sentences on.
"""

from __future__ import annotations

from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["MAKING", "named_next"]

_NEVER = frozenset({"person", "place", "date", "quantity"})
_REACH = 3  # lowercase words between "a"/"an" and the head noun
# past forms of verbs that bring a new thing about, and "into" a result ("extended … into")
MAKING = frozenset(lx._words("introduced developed pioneered designed proposed invented "
                             "patented devised built constructed created founded established "
                             "into"))


def named_next(units, matches, types: list[str], keys) -> list[tuple]:
    """The reference mentions of things a sentence introduces and the next one names.

    Args:
        units: the tokenised headings and sentences, per document in text order.
        matches: the literal occurrences (:class:`kg.finders.gazetteer.Match`).
        types: the type of each group.
        keys: per group, its forms' keys (tuples of lowercase words).

    Returns:
        ``(group, sentence index, surface, char_start, char_end, "context")`` tuples.
    """
    first: dict[int, int] = {}
    named: dict[int, set[int]] = {}
    opening: dict[int, list] = {}
    for m in sorted(matches, key=lambda m: (m.unit, m.start)):
        if units[m.unit].heading:
            continue  # a heading may name what its section introduces
        first.setdefault(m.group, m.unit)
        named.setdefault(m.unit, set()).add(m.group)
        opening.setdefault(m.unit, []).append(m)
    out = []
    for u in range(1, len(units)):
        v, unit, prev = u - 1, units[u], units[u - 1]
        if unit.heading or prev.heading or unit.list_item or prev.list_item \
                or unit.doc != prev.doc or unit.section != prev.section:
            continue
        m = next(iter(opening.get(u, [])), None)
        if m is None or first.get(m.group) != u or types[m.group] in _NEVER \
                or m.group in named.get(v, set()) or not _opens(unit.tokens, m.start):
            continue
        heads = {k[-1] for k in keys[m.group] if len(k) > 1}
        found = _indefinite(prev.tokens, heads)
        if found is not None:
            i, j = found
            toks = prev.tokens
            out.append((m.group, prev.sentence, " ".join(t.text for t in toks[i:j]),
                        toks[i].start, toks[j - 1].end, "context"))
    return out


def _opens(tokens, start: int) -> bool:
    """True when the name at ``start`` opens the sentence, bare or after "The" (marks of
    emphasis may stand between)."""
    words = [k for k in range(start) if tokens[k].is_word]
    return not words or words == [0] and tokens[0].lower == "the"


def _indefinite(tokens, heads: set[str]) -> tuple[int, int] | None:
    """``(start, end)`` of the first "a"/"an" phrase right after a verb of making or "into"
    (:data:`MAKING`) whose last word (after at most :data:`_REACH` lowercase words) is
    one of ``heads``."""
    for i, t in enumerate(tokens):
        if t.lower not in ("a", "an") or i == 0 or tokens[i - 1].lower not in MAKING:
            continue  # made: not "In 1871 a lens was …", "bought a lamp", "worked for a …"
        for j in range(i + 1, min(i + 2 + _REACH, len(tokens))):
            w = tokens[j]
            if not w.is_word or not w.text.islower():
                break
            if (w.lower in heads or singular(w.lower) in heads) and _ends(tokens, j + 1):
                return i, j + 1
    return None


def _ends(tokens, k: int) -> bool:
    """True when the noun phrase ends before ``k``: no word there, or a function word ("an
    oil lamp with …"); not another noun ("a lamp shade for …" is a shade)."""
    return k >= len(tokens) or not tokens[k].is_word or tokens[k].lower in lx.STOPWORDS
