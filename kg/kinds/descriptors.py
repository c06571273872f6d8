"""Descriptor nouns: the common nouns a text itself uses to say what a named thing is.

A reader who met "Brimwarden Records, a tiny label that …" knows that "the label" a
sentence later is Brimwarden Records, though "label" is no word of its name. The same for
"Kelsmarden, a market town", "X is a charity that …", "the fiddler Agnes Morrowby". This
module collects those nouns per entity from four generic patterns:

- an apposition right after a mention: ``X, a/an/the [words] NOUN`` (closed by a mark, a
  preposition, a relative pronoun or a participle): "ZEPHYR, a parser for Fortran" →
  "parser";
- a copula right after a mention: ``X is/was (also) a/an/the [words] NOUN``: "The Varn Trust
  is a charity that …" → "charity" (place12: not "X was a branch of the city until
  1986": what X no longer is, :func:`ended_copula`); with "the" only a role or a kind of body ("The Osk Board
  is the regulator of …" → "regulator"; round 3: moves nothing on the 12 development sets or
  the invented articles, and makes the regulator of an invented article a reference; "is the
  largest of …" gives nothing);
- a noun right before a name: ``the (word) NOUN X``, for a person a trade or role ("the
  violinist Elsvika Skarn", "the singer Marwenna Tulve"), for anything else any singular noun
  but a time word ("the state utility Kesskraft", "the firm White Byggkontor");
- a description set before a name between commas: ``its/the … NOUN, X,`` ("its lander,
  Pellumbra, was …", "Its head gardener, Pavlino Ventrallo, chose …"); (round 13) also an
  indefinite one before "the" and a name, emphasis marks skipped ("produced a new kind of
  press, the **Orvan press**." → "press"): pcr_history relations 0.90 → 1.00 ("The
  device was sold by …" two sentences on); no other reference of the 20 development
  sets or the invented ones moved (compared mention by mention);
- (round 6) a post given to a person right after the name with "as": ``X as (its) [first]
  MODIFIER POST`` ("hired Ada Lind as its first chief engineer") → the two words "chief
  engineer" (not the head alone: "the engineer" may be anyone's), which "the chief engineer"
  then repeats (:mod:`kg.references.reference_phrases`); the head must be a person's post or trade, the
  modifier no ordinal or number. Measured over the 18 development sets: one reference
  added, right (brackwater_transit relations at the evidence 0.90 → 1.00); no other
  reference, entity or alias moves. Rejected: the same two words from an apposition ("X,
  the chief engineer of …") as well: moved nothing.

The head noun is the last word of the run of lowercase words after the determiner
(:mod:`kg.kinds.description_heads`, with the figures of its rules). :mod:`kg.references.coref` then treats such a noun as it treats the head of a name: "the label" stands for the nearest
entity so described. The apposition also marks the entity a sentence *introduces*, which a
subject "it" in the next sentence takes when that sentence's own subject does not fit
("Vesk's paper described ZEPHYR, a parser for Fortran. It read …").

Measured (benchmarks/entities.py) on the development sets and the invented
tests/data/entities articles: relations joined at the evidence, compiler 0.80 → 1.00 (a
subject "it" after an apposition; "the book" for a title typed a document through "(XYZ),
the textbook"); quartet and festival gain correct references ("The ensemble estimates …",
"The label's first release …"); tramway 0.80 → 0.90 ("The network cost …" after "X,
known locally as Y, is a cable car network"); bundled, cooperative, telescope, river
unchanged, no reference on them moved (compared mention by mention).

Round 16 and desc13: the descriptions that become an entity's aliases, with their figures, are
in :mod:`kg.kinds.description_aliases`.

probefix12 (:func:`_fronted`): an indefinite description by a noun of a written work set
before a name between commas ("published a memoir, Remarks on the Tides of X, in which …")
describes it as "its report, X," does, so that "the paper" later takes it up. On the blind
wordbook probe one relation joined (.90 → 1.00 at the evidence, three references right);
over the 24 development sets and the other invented articles no reference moved. Not for
any noun: "After a pause, Ada Lind, …" describes nobody. Review (rev12g): only a verb's object
(:func:`_object`, "published a paper, X,"): after a fronted "In a statement, Varn Mining,
which …, said" or "Under a treaty, Orvland, a small state, …" the name is the subject, and
"the statement", "the treaty" had been taken for the firm and the state; no figure of the 24
development sets or the invented articles moved (the wordbook probe's relation kept).

Round 13 of the relations work: the emphasis marks that close a mention ("**X-rays** are …")
no longer hide the apposition or copula after it, and a plural copula describes through a
sort noun only ("Glow-rays are a kind of … radiation" → "radiation", :func:`copula_head`; "Ada
and Ivo are a couple" gives nothing). With "the new N"/"the unknown N" of
:mod:`kg.references.reference_phrases`: two references added over the 26 development sets and
the probes, both right (xrays relations at the evidence .90 → 1.00); no other reference or
figure moved. Review (rev13a): the marks are passed only when the same marks open the
mention (or a "the" before it): "wrote **a memoir of Ada Lind**, a short book," had
described the person as a book, and "The book" then took her; and "is a species of moss"
describes by "species" again, as before round 13 ("The species" had stopped taking the
moss); "a form of N" is read through to N after "are/were" only. No reference or figure
moved on the 26 development sets and the probes.
"""

from __future__ import annotations

from collections import defaultdict

from kg.finders.candidates import Unit
from kg.finders.emphasis import MARKS
from kg.finders.gazetteer import Match
from kg.kinds.description_aliases import description_aliases
from kg.kinds.description_heads import (
    INDEFINITE,
    as_noun,
    copula_head,
    descriptor_noun,
    determiner_end,
    head_after,
    modified,
    past_parenthesis,
    run_after,
)
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["Descriptions", "copula_head", "describe", "description_aliases", "ended_copula", "role_before"]

_OPENERS = frozenset({",", "—", "–", "("})
_ROLE_BEFORE = frozenset({"the"})
_FRONT_DETERMINERS = frozenset({"the", "its", "their", "his", "her"})
_TIME = lx.MONTHS | lx.SEASONS | lx._words("year day week month decade century time night "
                                           "morning evening weekend era period")


class Descriptions:
    """What :func:`describe` found.

    Attributes:
        nouns: per group, the descriptor nouns the text gives it.
        introduced: unit → the group that unit introduces by an apposition ("X, a …").
    """

    def __init__(self, n: int) -> None:
        self.nouns: list[set[str]] = [set() for _ in range(n)]
        self.introduced: dict[int, int] = {}


def describe(units: list[Unit], matches: list[Match], n_groups: int, *,
             people: set[int] | None = None, skip: set[int] | None = None) -> Descriptions:
    """Collects the descriptor nouns of every group (see the module docstring).

    Args:
        units: the tokenised headings and sentences.
        matches: every literal occurrence.
        n_groups: the number of groups.
        people: the groups typed as persons (only they take a role noun before the name).
        skip: groups that take no descriptor (dates and quantities: "in 1990, the standard").

    Returns:
        The nouns per group and the entity each unit introduces by an apposition.
    """
    out = Descriptions(n_groups)
    people = people or set()
    skip = skip or set()
    starts: dict[int, set[int]] = defaultdict(set)
    for m in matches:
        starts[m.unit].add(m.start)
    for m in sorted(matches, key=lambda m: (m.unit, m.start)):
        unit = units[m.unit]
        if unit.heading or m.group in skip:
            continue
        toks = unit.tokens
        end = past_parenthesis(toks, _past_marks(toks, m.start, m.end))
        if end < len(toks) and toks[end].text in _OPENERS:
            k = determiner_end(toks, end + 1, INDEFINITE | {"the"})
            head = head_after(toks, k) if k is not None else None
            if head and end + 1 not in starts[m.unit]:
                out.nouns[m.group].add(head)
                if toks[end + 1].lower in INDEFINITE:
                    out.introduced.setdefault(m.unit, m.group)
                head = None
            else:
                head = copula_head(toks, end, roles=True)  # "X, known as Y, is a … network"
        else:
            head = copula_head(toks, end, roles=True)
        if head and not ended_copula(toks, end):
            out.nouns[m.group].add(head)
        word = role_before(toks, m.start, person=m.group in people)
        if word:
            out.nouns[m.group].add(word)
        noun = _fronted(toks, m.start, m.end)
        if noun:
            out.nouns[m.group].add(noun)
        if m.group in people:
            out.nouns[m.group].update(_as_role(toks, m.end))
    return out


def _past_marks(toks, start: int, end: int) -> int:
    """The index past the emphasis marks that close a mention ("**X-rays** are …"), when
    the same marks open it: not those closing a longer emphasis the mention ends ("wrote
    **a memoir of Ada Lind**, a short book," describes the memoir, not Ada Lind)."""
    close = end
    while close < len(toks) and toks[close].text in MARKS:
        close += 1
    if start and toks[start - 1].lower == "the":  # "*The Last Days of Ada Lind*, a …"
        start -= 1
    opened = [t.text for t in toks[max(0, start - (close - end)):start]]
    return close if opened == [t.text for t in toks[end:close]] else end


def ended_copula(toks, end: int) -> bool:
    """True when the copula after a mention ending at ``end`` is past and its clause says
    when the description stopped holding ("X was a branch of the city until 1986, when
    it was sold"): what X was, not what it is. Also read by :mod:`web.descriptor_phrases`."""
    if end >= len(toks) or toks[end].lower not in ("was", "were"):
        return False
    for t in toks[end + 1:]:
        if t.text in ".;:":
            return False
        if t.lower == "until":
            return True
    return False


def _as_role(toks, end: int) -> list[str]:
    """The post a person is given right after the name: "hired Ada Lind as its first chief
    engineer", "appointed Ivo Skarn as head gardener" → "chief engineer", "head gardener"
    (the head with its one modifier, which "the chief engineer" then repeats), when the
    head is a person's post or trade."""
    if end >= len(toks) or toks[end].lower != "as":
        return []
    k = end + 1
    if k < len(toks) and toks[k].lower in _FRONT_DETERMINERS | INDEFINITE | {"their"}:
        k += 1
    run = run_after(toks, k)
    head = as_noun(run[-1]) if run else None
    if head is None or not _post(head):
        return []
    pair = modified(run)
    return [pair] if pair else []


def _post(noun: str) -> bool:
    """True for a noun of a person's post or trade ("manager", "engineer", "treasurer")."""
    return lx.REFERENCE_NOUNS.get(noun) == "person" or noun in lx.PERSON_NOUNS \
        or noun in lx.ROLE_NOUNS or noun.endswith(lx.PERSON_SUFFIXES) and len(noun) > 5


def role_before(toks, start: int, *, person: bool) -> str | None:
    """The noun right before a name in "the NOUN X" ("the violinist Elsvika Skarn", "the
    state utility Kesskraft"): for a person a trade or role noun, for anything else a noun
    that is no time word ("the summer Anna left")."""
    if start < 2 or toks[start - 2].lower not in _ROLE_BEFORE and not (
            start >= 3 and toks[start - 3].lower in _ROLE_BEFORE and toks[start - 2].is_word
            and toks[start - 2].text.islower() and not toks[start - 2].possessive):
        return None
    role = toks[start - 1]
    word = role.lower
    if not role.is_word or not role.text.islower() or role.possessive or not descriptor_noun(word) \
            or word in _TIME:  # "the quartet’s winter school": the owner, not a kind
        return None
    if person:
        return word if (lx.REFERENCE_NOUNS.get(word) == "person"
                        or word.endswith(lx.PERSON_SUFFIXES) and len(word) > 5) else None
    return word if singular(word) == word else None


def _object(toks, k: int) -> bool:
    """True when the indefinite article at ``k`` follows a content word, a verb's object
    ("published a memoir, Remarks on X,"), not a fronted adverbial ("In a statement, Varn
    Mining, which …, said", "Under a treaty, Orvland, a small state, …"), whose name between
    commas is the sentence's subject, not the document."""
    return k > 0 and toks[k - 1].is_word and toks[k - 1].text.islower() \
        and toks[k - 1].lower not in lx.STOPWORDS


def _fronted(toks, start: int, end: int) -> str | None:
    """The noun of a description set before a name between commas: "its lander, Pellumbra,
    was …", "the agency's director, Hennick Brask, said …" → "lander", "director"."""
    start, end, named = _bare(toks, start, end)
    if start < 3 or toks[start - 1].text != "," or end >= len(toks) \
            or toks[end].text not in (",", "—", "–", ")", "."):
        return None
    noun = toks[start - 2]
    word = noun.lower
    if not noun.is_word or not noun.text.islower() or not descriptor_noun(word) or singular(word) != word:
        return None
    for k in range(start - 3, max(-1, start - 7), -1):
        if toks[k].lower in _FRONT_DETERMINERS or toks[k].lower in INDEFINITE and (
                named or lx.REFERENCE_NOUNS.get(word) == "document" and _object(toks, k)):
            return word  # "a new press, the X", "published a memoir, Remarks on X,"
        if not toks[k].is_word:
            return None
    return None


def _bare(toks, start: int, end: int) -> tuple[int, int, bool]:
    """The mention without Markdown emphasis marks round it and, before it, "the" ("…, the
    **thermal press**."), and whether there was a "the": "a new kind of press, the X" sets a
    kind before a name, as "its press, X," does."""
    while end < len(toks) and toks[end].text in MARKS:
        end += 1
    k = start
    while k > 0 and toks[k - 1].text in MARKS:
        k -= 1
    if k > 1 and toks[k - 1].lower == "the" and toks[k - 2].text == ",":
        return k - 1, end, True
    return k, end, False
