"""Other names a naming cue gives in plain words (alias17b): a name after "or" in the cue, and
a lowercase name given to a term.

- "This style of rowing, known as ⟨x⟩ or ⟨y⟩, became …", "the pass, also called the Y Gap or
  the Z Gap," (:func:`_or_alternative`): every name of the cue's "or" list names one thing,
  so the second is another name of the first. The cue is "known as", "also called",
  "also known as", "often/commonly/usually/sometimes called", "referred to as" (an "-ly"
  adverb may stand inside, "known locally as"); the plain "called" is left out ("whether to
  call it X or Y" weighs two names). The second name must end the clause (a comma, a full
  stop, a bracket: not "known as Arrows or Darts depending on their rig", nor "… or Y
  respectively"), and one of the two must be a name or term the text found elsewhere, so
  two plain words ("known as stiff or loose") make no node.
- "The ⟨term⟩, also called the ⟨y z⟩, is …" (:func:`_lowercase_name`): a lowercase name of
  two to four content words given by an explicit naming cue right after a comma is another
  name of the lowercase term before the comma, when that term is one the text found. The
  cue modules (:mod:`kg.merging.alias_cues`) take a capitalised or emphasised name only; a
  lowercase phrase after "called" is as often a description, so the term before must be a
  found term, not a person's or a body's name, and the phrase must close the clause.

Each join is a :class:`kg.merging.alias_cues.Definition` with the rule ``alias``, its
sentence kept as the merge's evidence.

Why these: over the alias rows left in the blind diagnoses (probes17's harmonica text: an
instrument's lowercase other name after "also called the", a playing style's second name after
"or" in "known as x or y") a plain lowercase name after a naming cue is the one family no other
rule reads; a name after "or" in a cue recurs in factual texts of every genre.

Measured (``benchmarks/entities.py --held-out --ours``, 34 development sets and 32 probes;
every entity, alias and merge of the 66 texts and ``data/article.txt`` dumped before and
after): two joins added, both right by the gold, none elsewhere: the harmonica probe's
instrument and its lowercase other name, its playing style and the style's second name
(alias unity .85 → .95). Probe means: alias unity .943 → .946; dev means unchanged (unity
.930, core nodes 1793); recall, types, relations and conflations (dev 2, probes 0)
unchanged on every set.
Rejected: a first version took any determiner before the term ("a second technique, known
as x y,") and joined a probe's described method to the technique's name (the wordbook
probe: a description, no gold alias); now only "the" before a term that opens with no ordinal
or generic modifier and is no lone description noun. The plain "called" is no cue for the
"or" list (the invented council test weighs two road names).
Review rev17h: the "or" list is read only when it names one thing: not after a plural subject
("the factions, known as X or Y,", "they were known as X or Y": each member its name) and not
when a condition follows the closing comma ("X or Y, depending on …", ", according to …",
", whichever …"), each of which joined two places or prizes on invented texts. Figures
unchanged (dev unity .930, probes .946, conflations dev 2 / probes 0; no set moved).
Not done: an eponym's other heads ("the X system", "the X layout" for a named "X tuning")
that no cue links (questionable gold); "now called ⟨name⟩" after a description ("his layout,
now called X").
"""

from __future__ import annotations

from kg.finders.candidates import Span, Unit
from kg.merging.alias_cues import Definition
from kg.merging.cue_reading import cap_run, cue_end
from kg.words import lexicon as lx
from kg.words.tokens import Token, key_of

__all__ = ["alternatives"]

_CUES = (("also", "called"), ("also", "known", "as"), ("known", "as"), ("often", "called"),
         ("commonly", "called"), ("usually", "called"), ("sometimes", "called"),
         ("referred", "to", "as"))
_CLOSES = frozenset(",.;:)")
_LONGEST = 4  # words of a plain lowercase name
_AFTER_OR = lx._words("the simply sometimes just")
_VERBS = lx.COMMON_VERBS | lx.PAST_VERBS
_CONDITIONS = lx._words("depending according whichever whatever respectively based")


def alternatives(units: list[Unit], spans: list[Span]) -> list[Definition]:
    """The names a naming cue gives in plain words (see the module docstring).

    Args:
        units: the corpus units.
        spans: the spans found so far (their keys are the text's names and terms).

    Returns:
        One ``alias`` definition per name given, the earlier name as its long form.
    """
    found = {key_of(units[s.unit].tokens[s.start:s.end]) for s in spans
             if s.kind not in ("date", "quantity")}
    found.discard(())
    out = []
    for u, unit in enumerate(units):
        if unit.heading:
            continue
        toks = unit.tokens
        lows = [t.lower for t in toks]
        for i in range(len(toks)):
            k = next((cue_end(lows, i, c) for c in _CUES
                      if cue_end(lows, i, c) is not None), None)
            if k is None or i > 0 and lows[i - 1] in ("also", "often", "commonly", "usually",
                                                      "sometimes"):
                continue  # "also known as" is read once, at "also"
            first = _name_at(toks, k)
            if first is None:
                continue
            d = _or_alternative(u, toks, i, first, found) or _lowercase_name(u, toks, i, first,
                                                                          found)
            if d is not None:
                out.append(d)
    return out


def _name_at(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The name at ``k`` (past "the"): a capitalised run, or one to four lowercase content
    words (no possessive, no verb last); else None."""
    if k < len(toks) and toks[k].lower == "the":
        k += 1
    if k >= len(toks) or not toks[k].is_word:
        return None
    e = k
    if toks[k].is_cap:
        e = cap_run(toks, k, 1) + 1
        if toks[e - 1].possessive:
            return None
    while e < len(toks) and e - k < _LONGEST and toks[e].is_word and toks[e].text.islower() \
            and toks[e].lower not in lx.STOPWORDS and not toks[e].possessive:
        e += 1
    if e == k or toks[e - 1].lower in _VERBS or toks[e - 1].lower.endswith("ly"):
        return None
    return k, e


def _closes(toks: list[Token], e: int) -> bool:
    """True when the name ending at ``e`` closes its clause (not "… or Y respectively")."""
    return e == len(toks) or toks[e].text in _CLOSES and not (
        e + 1 < len(toks) and toks[e + 1].lower == "respectively")


def _or_alternative(u: int, toks: list[Token], i: int, first: tuple[int, int],
                    found: set) -> Definition | None:
    """"known as ⟨x⟩ or ⟨y⟩,": y names what x names, when y closes the clause and one of the
    two is a found name or term."""
    k = first[1]
    if k >= len(toks) or toks[k].lower != "or" or _plural_subject(toks, i):
        return None
    k += 1
    while k < len(toks) and toks[k].lower in _AFTER_OR:
        k += 1
    second = _name_at(toks, k)
    if second is None or not _closes(toks, second[1]) or second[1] + 1 < len(toks) \
            and toks[second[1] + 1].lower in _CONDITIONS:
        return None  # ", depending on …", ", according to …": each name to its own case
    keys = [key_of(toks[s:e]) for s, e in (first, second)]
    if keys[0] == keys[1] or not (found & set(keys)):
        return None
    return Definition(Span(u, *second, "alias"), Span(u, *first, "alias"), "alias")


def _plural_subject(toks: list[Token], i: int) -> bool:
    """True when the cue at ``i`` names a plural subject ("they were known as", "the factions,
    known as"): an "or" then gives each member its name, not one thing two names."""
    j = i - 1
    if j >= 0 and toks[j].lower in ("are", "were"):
        return True
    if j < 1 or toks[j].text != ",":
        return False
    w = toks[j - 1]
    return w.text.islower() and w.lower.endswith("s") and not w.lower.endswith(("ss", "us",
                                                                                "is"))


def _lowercase_name(u: int, toks: list[Token], i: int, given: tuple[int, int],
                    found: set) -> Definition | None:
    """"The ⟨term⟩, also called the ⟨y z⟩,": the lowercase name of two to four words names
    the found lowercase term right before the comma."""
    s, e = given
    if e - s < 2 or toks[s].is_cap or not _closes(toks, e) or i < 2 or toks[i - 1].text != ",":
        return None
    end = i - 1
    start = end
    while start > 0 and end - start < _LONGEST and toks[start - 1].is_word \
            and toks[start - 1].text.islower() and toks[start - 1].lower not in lx.STOPWORDS:
        start -= 1
    if start == end or start > 0 and toks[start - 1].lower != "the":
        return None  # "The ⟨term⟩,": not "a second ⟨noun⟩, known as x y" (a description)
    head = toks[end - 1].lower
    if toks[start].lower in lx.ORDINALS | lx.GENERIC_MODIFIERS \
            or end - start == 1 and head in lx.REFERENCE_NOUNS \
            or head in lx.PERSON_NOUNS or lx.REFERENCE_NOUNS.get(head) == "person":
        return None  # "the new method, known as …", "the technique, …": descriptions; "the
        # district nurse, known as the grey lady": the person's nickname, not the role's
    term = key_of(toks[start:end])
    if term not in found or term == key_of(toks[s:e]):
        return None
    return Definition(Span(u, s, e, "alias"), Span(u, start, end, "alias"), "alias")
