"""Names the text gives another name in passing, used by :func:`kg.merging.acronyms.definitions`.

How a cue and the spans round it are read is in :mod:`kg.merging.cue_reading`; the name a cue
names when it is not the capitalised run right before the cue (a title the sentence opens
with, a published title, a described person, the subject before an aside) is found by
:mod:`kg.merging.cue_subjects`, with the figures of rounds 9, 18, 19 and diag14r.

"X, also known as Y", "X, shortened to Y or simply Z", "X, often called Y", "the third Nessa–Vesta Morrack
point, known as H3", a quoted title and its kind (“Ports and Beyond” report), "KV-9 was later named
Malverdine" (only a code name: not "X was named Person of the Year"). Round 2 of issue 3 added the last
one, with the three renamings of :mod:`kg.merging.renamings` (the figures are there). A name's former,
official or present name given between commas ("X, previously the Y,", "X, now the Y,") is found by
:mod:`kg.merging.renamings`.

Round 3: two names given in turn in one clause, the second cue after "and" ("which became
known as **X** and is now usually called **Y**"), name one thing, even when they are
lowercase terms in Markdown emphasis (taken only in such a chain). Measured over the 12
development sets: one join (vaccine, right: alias 0.90 → 0.95), none wrong (the name a body
has now, of the same round, is in :mod:`kg.merging.renamings`). The name before
"known as" may hold "and" or "to" when "the" introduces it ("the National Institute of
Soils and Hydrology, known as NISAH"): over the 24 sets this changes one join (vaccine),
whose name was only the last word of the institute's name before.

Round 10: "better" (and "best") may stand before "known as" ("X, better known as the Y"), and the name
before a cue may end in a number ("Route 9, better known as the Varnock Loop";
:func:`kg.finders.name_ends.numbered_start` finds it at a sentence start). One join over the 18
development sets (brackwater_transit, right, with that rule: alias 0.80 → 0.90 for the two); nothing
else moved. The better-known name is the label, as the later name is after "named". Invented texts then
showed common wordings the cues missed, now taken: "referred to as", "dubbed", any "-ly" adverb inside a
cue ("known colloquially as"), "known to <up to three words> as", the cue in brackets ("X (also called
Y)") and a name in brackets after "or" or in quotation marks ("X (or the Y)", "X (“the Y”)",
:func:`kg.merging.name_cues.bracketed`). None moved a figure or node of the 30 sets (they hold none of
these wordings). So do "X (short for the Y)", whose Y is the label, "X, officially (or formally) the Y,"
(:mod:`kg.merging.renamings`), and "X, also known as the Y or simply the Z", whose Z now names X (it
named the Y, which took the label from X).

Round 12: "trading as" and "traded as" are cues too ("Orrel Print Ltd, trading as Quillstone
Press"; a description that traded as a name is :mod:`kg.references.bridging`'s). No figure of the 33
sets moved (none holds the wording after a name); "operating as" was left out, since it as
often says what a thing served as ("operated as the Ossel Line's terminus").
A verb after the name makes "as" the conjunction ("traded as Hallam Bank collapsed": while
another firm collapsed), which names nothing (:func:`kg.merging.name_changes.as_clause`).

Probe15: an acronym, then "short for" and an emphasised lowercase phrase that spells it ("**TVK**,
short for *tarrow valve keying*", :func:`_acronym_before`, :func:`_spells`; not "short for *the old
tub*", a nickname's gloss): the phrase is its expansion. Blind laser probe: alias unity .70 → .75; over
the 30 development sets and 28 probes (every entity, alias, type and reference dumped) nothing else moved.

diag15o: a relative clause gives the name before it a name ("Mabry Tolliant, whom everyone in the valley
called the Heron,", "X, which the crews nicknamed Y", :func:`kg.merging.cue_subjects._relative_object`):
the clause's own subject stands between "whom"/"which" and the verb, and the name must end the clause
("whom the coach called Saturday morning" names nothing). The name before stays the label. Measured (32
development sets, 28 probes, every entity, alias and reference dumped): final13 osterfell_saltworks
alias unity +.05 and relations +.10 at the evidence and anywhere (a founder's nickname, a node of its
own, joined her; "She", "Her" then took her up); nothing else moved.

Review rev15j of diag15o (invented tests in tests/test_entities_rev15j.py): a lone title or role given
in the clause ("Ornwell Quennow, whom the crew called Captain,") is no name: the bare "Captain" had
joined every "Captain X" of the text to him (a conflation); "which" after a determiner, a noun and a
place preposition ("a house near Quorrow, which he called Y") names the house, not Quorrow
(:func:`kg.merging.cue_subjects._after_noun`); and a person's nickname "the Heron" given after
"called"/"nicknamed" no longer takes −3 person for its article (:mod:`kg.kinds.type_cues`: the
colleague's own test person was typed ``other``). Measured: no figure of the 32 development sets or 28
probes moved. Left: a tie in :func:`kg.merging.labels.choose_label` still lets the given name be the
label ("Quorrow, which the Romans called Velmora" → "Velmora"), against "the name before stays the
label".

alias16: :func:`aliases` also returns the names a bracket restates in another language
(:mod:`kg.merging.cognate_names`), a name "called in French the Y" (:mod:`kg.merging.language_names`), a
term's former name of the same head (:mod:`kg.merging.former_terms`) and an acronym given after a
lowercase long form (:mod:`kg.merging.later_acronyms`); their figures are in those modules. alias16b:
and a name a firm gives itself or a term's name "known in ⟨Place⟩ as the *y*"
(:mod:`kg.merging.self_names`). diag15p: the run before a cue goes on across "of the"
(:func:`_inner_article`): a blind set's conflation (a report's alias on the river its title ends with)
gone; nothing else moved. rev18e: an active "The X Committee renamed Y" gives the committee no name
(only "X was renamed Y", "X, renamed Y"); figures in :mod:`kg.merging.name_changes`. gen18: a bracket
of life dates before the cue is passed over (:func:`kg.merging.cue_reading.before_dates`).
alias19: so is a bracket holding the name written another way or an acronym (``before_bracket``);
no development set or probe moved; a fresh history's company joined its usual short name.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.finders.candidates import Span, Unit
from kg.finders.emphasis import MARKS
from kg.finders.name_ends import SMALL_NUMBER
from kg.merging.cognate_names import cognate_brackets
from kg.merging.cue_reading import (
    _ADVERBS,
    _ALIAS_CUES,
    _AUXILIARIES,
    _CUE_FIRST,
    _chained,
    _code,
    _emphasised,
    _sited_body,
    before_bracket,
    cap_run,
    cue_end,
)
from kg.merging.cue_subjects import (
    _described_person,
    _inside_aside,
    _relative_object,
    _subject_before,
    _title_became,
    _titled_before,
)
from kg.merging.former_terms import former_terms
from kg.merging.language_names import language_calls
from kg.merging.later_acronyms import later_abbreviations
from kg.merging.name_changes import TRADE_CUES, as_clause
from kg.merging.self_names import legal_end, place_known, self_renamings
from kg.words import lexicon as lx
from kg.words.tokens import Token


@dataclass(frozen=True)
class Definition:
    """One acronym definition.

    Attributes:
        short: the acronym (kind ``abbreviation``) or other alias span.
        long: the expansion (or full name) span.
        rule: ``acronym``, ``alias`` or ``title`` (“Title” report).
    """

    short: Span
    long: Span
    rule: str = "acronym"


def _titles(u: int, toks: list[Token]) -> list[Definition]:
    """A quoted title followed by its kind: “Ports and Beyond” report."""
    out = []
    for i, tok in enumerate(toks):
        if tok.text not in "“\"" or i + 2 >= len(toks):
            continue
        close = next((k for k in range(i + 2, min(i + 12, len(toks))) if toks[k].text in "”\""),
                     None)
        if close and close + 1 < len(toks) and toks[i + 1].is_cap and \
                toks[close + 1].lower in lx.DOCUMENT_HEADS:
            out.append(Definition(Span(u, i + 1, close, "quoted"), Span(u, i, close + 2, "quoted"),
                                  "title"))
    return out



def _acronym_before(u: int, toks: list[Token], i: int) -> Span | None:
    """The acronym written right before the cue at ``i``, past a comma or a bracket and
    Markdown marks ("**TVK**, short for …", "TVK (short for …"), else None."""
    j = i - 1
    while j >= 0 and (toks[j].text in ",(" or toks[j].text in MARKS):
        j -= 1
    return Span(u, j, j + 1, "alias") if j >= 0 and j < i - 1 and toks[j].is_acronym else None


def _spells(acronym: str, words: list[Token]) -> bool:
    """True when the phrase ``words`` opens with the acronym's first letter and holds its
    letters in order ("TVK": "tarrow valve keying"), as a long form does; not "the old tub"
    (a nickname's gloss, review of probe15)."""
    letters = [c for c in acronym.casefold() if c.isalpha()]
    phrase = "".join(c for t in words for c in t.text.casefold() if c.isalpha())
    if not letters or not phrase.startswith(letters[0]):
        return False
    at = 0
    for c in letters:
        at = phrase.find(c, at) + 1
        if at == 0:
            return False
    return True


def _inner_article(toks: list[Token], lows: list[str], start: int) -> int:
    """Where a name before a cue starts when its capitalised run stops at an inner "the" after
    a connector: "her Survey of the Fens of the Yarnshaw Levels, commonly called the Y" names
    the survey, not the marsh its title ends with (diag15p)."""
    while start >= 3 and lows[start - 1] == "the" and lows[start - 2] in lx.NAME_GLUE \
            and toks[start - 3].is_cap and not (start == 3 and lx.is_common_word(lows[0])):
        start = cap_run(toks, start - 3, -1)  # not a sentence's first word: "Work on the X" (rev17i)
    return start


def aliases(u: int, unit: Unit) -> list[Definition]:
    """Names given another name: "X, also known as Y", "X, shortened to Y or simply Z"."""
    toks, out = unit.tokens, _titles(u, unit.tokens)
    lows = [t.lower for t in toks]
    given: list[Span] = []  # every name a cue gave, whatever it names
    for i in range(len(toks)):
        if lows[i] not in _CUE_FIRST:
            continue
        cue = next((c for c in _ALIAS_CUES if cue_end(lows, i, c) is not None), None)
        if cue is None:
            continue
        k = cue_end(lows, i, cue)  # past an adverb inside the cue
        while k < len(toks) and (toks[k].text in "“\"‘" or lows[k] == "the"
                                 or lows[k] in _ADVERBS and lows[k] != ","):
            k += 1  # known as “the Green Line”, called simply the Merrow trial
        emphasised = _emphasised(u, toks, k)
        if emphasised is None and (k >= len(toks) or not toks[k].is_cap):
            continue
        short = emphasised or Span(u, k, legal_end(toks, cap_run(toks, k, 1) + 1), "alias")
        earlier = _chained(toks, lows, i, given)
        given.append(short)
        if earlier is not None:
            # "which became known as **X** and is now usually called **Y**": both name one thing
            out.append(Definition(short, earlier, "alias"))
            continue
        if emphasised is not None:
            acronym = _acronym_before(u, toks, i) if cue == ("short", "for") else None
            # "**TVK**, short for *tarrow valve keying*" (probe15)
            if acronym is not None and _spells(toks[acronym.start].base,
                                               toks[emphasised.start:emphasised.end]):
                out.append(Definition(acronym, Span(u, emphasised.start, emphasised.end,
                                                    "expansion"), "alias"))
            continue  # else a lowercase term is only taken in such a chain
        if toks[short.end - 1].possessive:
            continue  # "often called Venholt’s successor" gives no name
        if cue in TRADE_CUES and as_clause(toks, short.end):
            continue  # "X traded as Hallam Bank collapsed": "as" the conjunction, Y another firm
        j = i - 1
        while j >= 0 and (lows[j] in _ADVERBS or lows[j] in _AUXILIARIES or lows[j] == "("):
            j -= 1  # "X (also called Y)" as "X, also called Y"
        j = before_bracket(toks, j)  # "X (1903–1979), known as Y" (gen18), "X (Y), called Z"
        work = _title_became(u, unit, j) if j >= 0 else None
        if work is not None:  # the name the work became known by is the label
            out.append(Definition(work, Span(u, short.start, short.end, "expansion"), "alias"))
            continue
        relative = _relative_object(toks, lows, i, short.end)
        if relative is not None:  # "Mabry Tolliant, whom everyone called the Heron" (diag15o)
            out.append(Definition(short, Span(u, cap_run(toks, relative, -1), relative + 1,
                                              "alias"), "alias"))  # the name written first stays the label
            continue
        if cue in (("called",), ("renamed",)) and not {",", "("} & set(lows[j + 1:i]) and (
                cue == ("called",) or not {"was", "were", "been", "be", "is"} & set(lows[j + 1:i])):
            continue  # "X is called Y" may describe X; "X renamed Y" renames Y (rev18e)
        if cue == ("named",) and not (j >= 0 and _code(toks[j]) and set(lows[j + 1:i]) & {
                "was", "were"}):
            continue  # only a code name: "KV-9 was later named Malverdine", not "X was named
            # Person of the Year"
        if j >= 1 and toks[j].is_word and toks[j].text.islower() and toks[j - 1].is_cap \
                and lows[j] not in lx.STOPWORDS and lows[j - 1] not in lx.STOPWORDS:
            # "the third Nessa–Vesta Morrack point, known as H3": a name with a common head
            start = cap_run(toks, j - 1, -1)
            if start > 0 and lows[start - 1] in lx.ORDINALS:
                start -= 1
            out.append(Definition(short, Span(u, start, j + 1, "alias"), "alias"))
            continue
        described = _described_person(toks, lows, j)
        if described is not None:
            # "Hugh Dallin, a carter known to everyone as "Old Spoke"": the person's nickname
            out.append(Definition(short, Span(u, *described, "alias"), "alias"))
            continue
        titled = _titled_before(u, toks, lows, j)
        if titled is not None:
            out.append(Definition(short, titled, "alias"))
            continue
        numbered = j >= 1 and SMALL_NUMBER.fullmatch(toks[j].text) and toks[j - 1].is_cap
        named = next((d.long for d in out if d.short.end == j + 1 and d.short.unit == u), None)
        if cue == ("or", "simply") and named is not None:
            # "X, also known as the Y or simply the Z": Z names X, as Y does
            out.append(Definition(short, named, "alias"))
            continue
        if j < 0 or not (toks[j].is_cap or numbered):
            # "X, shortened to Y or simply Z": Z names what Y names
            prior = [d for d in out if d.short.end <= i]
            if prior and cue == ("or", "simply"):
                out.append(Definition(short, prior[-1].long, "alias"))
            continue
        start = _inner_article(toks, lows, cap_run(toks, j - 1 if numbered else j, -1))
        # "Pier 12, better known as …"; "a Survey of the Fens of the X Levels, …"
        body = _sited_body(toks, start, toks[short.start:short.end])
        if body is not None:  # "the X Institute in Paris, known as Y"
            start, j = body, start - 2
        if _inside_aside(toks, lows, start, j, i):
            # "The machine, built by the Pelmor Foundry, was nicknamed Y": not the firm
            subject = _subject_before(toks, lows, start)
            if subject is None:
                continue
            start, j = subject  # "The Pelmor Bridge, built by …, was nicknamed Y": the bridge
        if start >= 2 and lows[start - 1] in ("and", "to") and toks[start - 2].is_cap:
            begin = cap_run(toks, start - 2, -1)  # "the National Institute of Soils
            if begin > 0 and lows[begin - 1] == "the":  # and Hydrology, known as NISAH"
                start = begin
        while start < j and toks[start].lower in lx.DETERMINERS:
            start += 1
        if cue in (("named",), ("short", "for")) or lows[i - 1] in ("better", "best"):
            # the later, better-known or full name is the label: "KV-9 was later named
            # Malverdine", "Route 9, better known as the Varnock Loop", "BW (short for Big Wall)"
            out.append(Definition(Span(u, start, j + 1, "alias"),
                                  Span(u, short.start, short.end, "expansion"), "alias"))
            continue
        out.append(Definition(short, Span(u, start, j + 1, "expansion"), "alias"))
    given_after = cognate_brackets(u, toks) + former_terms(u, toks) + language_calls(u, toks) \
        + self_renamings(u, toks) + place_known(u, toks)  # alias16b
    return out + [Definition(short, long, "alias") for short, long in given_after] \
        + [Definition(short, long) for short, long in later_abbreviations(u, toks)]
