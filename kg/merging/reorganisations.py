"""A body's later name told by a verb of reorganising, for :func:`kg.references.bridging.renamings` (alias17).

A renaming chain names one organisation twice, its former and its later name, and the subject is often a
description or a pronoun the resolver took up ("the partnership", "it"):

- "In 1859 the concern was reorganised as the X Company" (also "incorporated",
  "reconstituted", "re-formed", "relaunched", "restructured", "refounded", "re-registered" …
  "as");
- "In 1930 it changed its name to X", "its name (the firm's name) was changed to X", "the
  society took the name (of) X", "adopted the name X";
- "made the business into a joint-stock company, X" ("converted", "transformed", "made"): a
  lowercase description of at most three words and a comma may stand before the name;
- "the syndicate became the X Company": only an organisation becoming an organisation (a
  person or a place "becomes" many things), and the name whole, ending the clause.

In each the subject is the literal name or resolved reference that ends right before the cue (past "was",
"had been", "later" …), or, for "turned … into", the one right after the verb; the new name is a whole found
name after the cue (not "reorganised as the X division", nor "became the X Company's agent"). A person is
never the subject, and the cue must join two different groups. Each join is kept on the node with the rule
``reorganised`` and its sentence.

Why this family: over the alias rows left in the diagnoses of the blind sets (final11 to final14) and the
blind probes, the former and later names of one firm recur in nearly every company history (pencils_invented
"the concern was reorganised as the X Company", zipper_factual "renamed itself X, Inc.", the bellfoundry
probe "made the business into a joint-stock company, X", ropewalk_invented "the firm was renamed X"), where
the other families (a lowercase head for a term, a firm's first word also a place's name) either hold a
common word or conflate on another set.

Measured (``benchmarks/entities.py --held-out --ours``, 34 development sets and 30 probes; every entity,
alias and merge of the 64 texts dumped before and after): three joins added, each right by its gold, none
elsewhere: pencils_invented's partnership and the company it became (with its acronym) one node (core 25 →
24; the gold's third name, the title's "… Works", stays apart, so its unity does not move), the bellfoundry
probe's limited company on the foundry (core 19 → 18; "the business" now its alias by the sole-description
rule), and, with :func:`kg.merging.self_names.legal_end`, zipper_factual's "⟨brand⟩, Inc" on the firm that
renamed itself (unity .85 → .90). Dev means: alias unity .929 → .930, core nodes 1794 → 1793; probes: core
686 → 685; recall, types, relations and conflations (dev 2, probes 0) unchanged on every set. probe18:
"renamed X" in the passive, "In 1921 it was renamed X", and coordinated with a passive, "it was reorganised
as a cooperative and renamed X" (:func:`_passive_at`). Measured (36 development sets, 34 probes, every
entity, alias and mention dumped): the tessaly probe's two names of the firm one node (relations .70 → .80:
"the business" sold now goes to it); nothing else moved. Review rev18e: a passive coordinated with an active
"renamed" that has two names after it ("was formed in 1890 and renamed the X Cup the Y Cup", no comma) had
joined the committee to the cup; now no join (:func:`_two_names`); no figure moved. Not read: "the
partnership" that the resolver leaves unresolved (a text whose firm is named for its partners only in a
short window is resolved, :mod:`kg.references.partners`); "merged with X to form Y" (two bodies become a
third: no join, by design).

Review rev17a, on invented sentences of other genres: the name ending before the cue was taken whatever
governed it, so "the fisheries department of the X Board became the Ministry of Y", "a rival of X was
reorganised as Y", "the firm that bought X became Y" and "X and Z became Y" joined X to Y; now it must stand
as its clause's subject (:func:`_clause_subject`: no preposition or "and" after another name before it, no
relative clause it sits in). An "-ly" word was passed as an adverb, so "the Vessock assembly (weekly) was
reorganised (relaunched) as Y" joined the town Vessock to Y; now only an "-ly" word whose stem is a common
word (:func:`_adverb`). And a place is never joined to what is not one ("the club took the name of
Vessock"). Measured: every figure of the 34 development sets and 32 probes unchanged (dev unity .930, core
1793; probes unity .932, core 744; the three joins above kept). order19: "X reorganised as a holding
company, the Y," (a legal description and a comma, as for "into"; figures in
:mod:`kg.merging.renamed_shorts`). Not done: a pronoun the resolver gives to the wrong body ("The X Line
bought the Y Star. In 1925 it took the name Z": "it" is read as the line), a body that "took the name of"
another body named before. alias20: "reopened the company under a new name, X", "was listed … under a new
name, X" (:mod:`kg.merging.new_names`; a body's new name may be shaped like a person's there).
alias22: a date between the cue and the new name ("reorganised in 1872 as X", "changed its name in
March 1901 to X", "was renamed in 1920 X"), and "The company" opening the sentence taken as the one
body named before whose name holds the new name's first word, a founder's surname
(:mod:`kg.merging.dated_renamings`, which also holds the readers of the new name). Measured (44
development sets, 40 probes; every entity, alias and reference dumped): one join, final19
factual_sewing_machine's firm and its later name (unity .70 → .75, relations .50 → .60 / .60 → .70,
core 35 → 34); dev unity .914 → .915, relations .916 → .918 / .928 → .930, core 2176 → 2175; probes
and every other set unchanged.
"""

from __future__ import annotations

from kg.finders.candidates import Unit
from kg.finders.gazetteer import Match
from kg.merging.dated_renamings import described_subject, past_date
from kg.merging.dated_renamings import later_name as _later
from kg.merging.dated_renamings import later_span as _later_span
from kg.merging.dated_renamings import past_description as _past_description
from kg.merging.new_names import new_name_cue
from kg.words import lexicon as lx

__all__ = ["RULE", "reorganisations"]

RULE = "reorganised"
AS_VERBS = lx._words("""
reorganised reorganized reconstituted re-formed reformed relaunched re-launched incorporated
reincorporated re-incorporated restructured refounded re-founded re-registered reregistered
rechartered re-chartered rebranded
""")
_INTO_VERBS = lx._words("turned converted transformed made")
# what a business is turned into: a company or another legal form ("into a limited company,
# X", "into X Limited"), not a museum or a school
_INCORPORATED = lx._words("company corporation partnership limited ltd inc plc llc cooperative "
                          "co-operative")
_NAME_TAKERS = lx._words("took adopted assumed")
# what may stand between the subject and the cue: auxiliaries and adverbs of time
_BETWEEN = lx._words("was were is are had has have been be later then subsequently formally "
                     "legally eventually soon finally again duly itself")
_NEVER = frozenset({"person", "date", "quantity"})
# a name right after these is no clause's subject ("a rival of X was reorganised as",
# "the firm that bought X became"; rev17a)
_GOVERNORS = lx._words("of with from by for to at on into than against over under between among "
                       "like about upon within beside")
_RELATIVES = lx._words("which who whom whose")
_TIME_NOUNS = lx._words("year month week day decade century time spring summer autumn winter")
_COORDINATORS = lx._words("and or nor &")
# "-ly" words that are nouns after a name ("the Vessock weekly", "the X assembly")
_PERIODICALS = lx._words("daily weekly monthly quarterly yearly fortnightly nightly hourly")


def reorganisations(units: list[Unit], matches: list[Match], references: list[tuple],
                    types: list[str]) -> list[tuple[int, int, str, str]]:
    """The former and later names of one body told by a verb of reorganising.

    Args:
        units: the tokenised headings and sentences.
        matches: the literal occurrences.
        references: the resolved references (``(group, sentence, surface, char_start,
            char_end, how)``, :func:`kg.references.coref.resolve_references`).
        types: the type of each group.

    Returns:
        ``(former group, later group, evidence sentence, rule)`` for each cue read.
    """
    spans: dict[int, list[tuple[int, int, int]]] = {}
    for m in matches:
        spans.setdefault(m.unit, []).append((m.start, m.end, m.group))
    by_sentence: dict[int, list[tuple]] = {}
    for ref in references:
        if ref[5] != "ordinal":  # "The first was reorganised as X" is one part of it
            by_sentence.setdefault(ref[1], []).append(ref)
    out, earlier = [], []
    for u, unit in enumerate(units):
        toks = unit.tokens
        earlier += [(g, types[g], tuple(t.lower for t in units[u - 1].tokens[s:e]))
                    for s, e, g in spans.get(u - 1, [])]  # named before this sentence (alias22)
        if unit.heading or len(toks) < 5:
            continue
        found = list(spans.get(u, []))
        starts = {t.start: i for i, t in enumerate(toks)}
        ends = {t.end: i + 1 for i, t in enumerate(toks)}
        for ref in by_sentence.get(unit.sentence, []):
            if ref[3] in starts and ref[4] in ends:
                found.append((starts[ref[3]], ends[ref[4]], ref[0]))
        for g, h in _joins(toks, found, types, earlier):
            out.append((g, h, " ".join(t.text for t in toks), RULE))
    return out


def _joins(toks, found: list[tuple[int, int, int]], types: list[str],
           earlier: list) -> list[tuple[int, int]]:
    """The (former, later) group pairs the cues of one sentence join (``earlier``: the
    organisations named before it, for :func:`_fallback`)."""
    ending = {e: (s, g) for s, e, g in found}
    opening = {s: (e, g) for s, e, g in found}
    lows = [t.lower for t in toks]
    out = []
    for i, low in enumerate(lows):
        pair = None
        if low in AS_VERBS and (a := past_date(lows, i + 1) + 1) <= len(lows) and lows[a - 1] == "as" \
                and ((k := _past_description(toks, a)) == a or _INCORPORATED & {*lows[a:k]}):
            pair = (_subject(toks, i, ending), _later(toks, k, opening))  # "as a holding company, X"
        elif low == "changed" and lows[i + 1:i + 3] in (["its", "name"], ["their", "name"]) \
                and lows[(a := past_date(lows, i + 3)):a + 1] == ["to"]:
            pair = (_subject(toks, i, ending), _later(toks, a + 1, opening))
        elif low == "changed" and lows[i + 1:i + 2] == ["to"] \
                and (owned := _owned_name(lows, i)) is not None:
            pair = (_clause_subject(toks, ending, owned), _later(toks, i + 2, opening))
        elif low in _NAME_TAKERS and lows[i + 1:i + 3] == ["the", "name"]:
            k = i + 4 if i + 3 < len(lows) and lows[i + 3] == "of" else i + 3
            pair = (_subject(toks, i, ending), _later(toks, k, opening))
        elif low == "renamed" and (p := _passive_at(lows, i)) is not None \
                and not _two_names(toks, (a := past_date(lows, i + 1)), opening):
            pair = (_subject(toks, p, ending), _later(toks, a, opening))  # probe18
        elif (cue := new_name_cue(lows, i)) is not None:  # alias20: "under a new name, X"
            subjects = [g for p in cue[0] if (g := _subject(toks, p, ending)) is not None]
            pair = (subjects[0] if subjects else None, _later(toks, cue[1], opening))
            if None not in pair and types[pair[0]] == "organization" and pair[0] != pair[1] \
                    and types[pair[1]] in ("organization", "person", "other"):
                out.append(pair)  # a body's new name may be shaped like a person's ("X Players")
                pair = None
        elif low == "became":
            pair = (_subject(toks, i, ending), _later(toks, i + 1, opening))
            if None not in pair and not types[pair[0]] == types[pair[1]] == "organization":
                pair = None  # "Ada Lind became the Orrel Bank's chairman", a town a borough
        elif low in _INTO_VERBS and (i + 1 in opening or lows[i + 1:i + 2] == ["the"]
                                     and i + 2 in opening):
            e, g = opening[i + 1] if i + 1 in opening else opening[i + 2]
            if e < len(lows) and lows[e] == "into":
                k = _past_description(toks, e + 1)
                later = _later_span(toks, k, opening)
                if later is not None and types[later[1]] == "organization" \
                        and _INCORPORATED & {*lows[e + 1:k], lows[later[0] - 1]}:
                    pair = (g, later[1])  # not "turned X into a museum, the Y Museum"
        if pair and pair[1] is not None and low != "became" and (
                pair[0] is None or ending.get(2, (None,))[0] == 0) \
                and (other := _fallback(toks, i, opening, pair[1], earlier)) is not None:
            pair = (other, pair[1])  # "The company", unresolved or another firm (alias22)
        if pair and None not in pair and pair[0] != pair[1] \
                and types[pair[0]] not in _NEVER and types[pair[1]] not in _NEVER \
                and (types[pair[0]] == "place") == (types[pair[1]] == "place"):
            out.append(pair)  # not a club and the town it "took the name of" (rev17a)
    return out


def _fallback(toks, i: int, opening: dict, later: int, earlier: list) -> int | None:
    """"The company" opening the sentence, only auxiliaries and a date before the cue at
    ``i``: :func:`kg.merging.dated_renamings.described_subject` (alias22)."""
    if not all(t.lower in _BETWEEN for t in toks[2:i]):
        return None
    s = next((s for s in sorted(opening) if s > i and opening[s][1] == later), None)
    words = tuple(t.lower for t in toks[s:opening[s][0]]) if s is not None else ()
    return described_subject(toks, 2, earlier, later, words)


def _subject(toks, i: int, ending: dict) -> int | None:
    """The group of the name or reference ending right before the cue at ``i``, past
    auxiliaries and adverbs ("the partnership was later reorganised as")."""
    k = i
    while k > 0 and (toks[k - 1].lower in _BETWEEN or _adverb(toks[k - 1])):
        k -= 1
    return _clause_subject(toks, ending, k)


def _adverb(tok) -> bool:
    """Whether ``tok`` is an adverb in "-ly" ("quietly"): its stem is a common word ("quiet",
    "happy"), so not a noun such as "assembly", "family", nor "weekly" (rev17a: "the Vessock
    assembly was reorganised as" had read the place as the body)."""
    low = tok.lower
    if not (tok.text.islower() and low.endswith("ly") and len(low) > 4) or low in _PERIODICALS:
        return False
    stem = low[:-3] + "y" if low.endswith("ily") else low[:-2]
    return lx.is_common_word(stem, threshold=3.0)  # "gradually", "hastily"


def _clause_subject(toks, ending: dict, k: int | None) -> int | None:
    """The group of the name ending at ``k`` when it stands as its clause's subject: not the
    object of a preposition ("the fisheries department of X became"), not one of two joined
    subjects ("X and Y became"), not inside a relative clause ("the firm that bought X
    became"); else None (rev17a)."""
    if k not in ending:
        return None
    s, g = ending[k]
    while s > 0 and toks[s - 1].lower in lx.DETERMINERS:
        s -= 1
    before = toks[s - 1].lower if s > 0 else ""
    if before in _GOVERNORS or before in _COORDINATORS and s > 1 and s - 1 in ending:
        return None
    for j in range(s - 1, -1, -1):
        low = toks[j].lower
        if low in (",", ";"):
            break
        if low in _RELATIVES or low == "that" and j + 1 < s and toks[j + 1].text.islower() \
                and toks[j + 1].lower not in lx.DETERMINERS and toks[j + 1].lower not in _TIME_NOUNS:
            return None
    return g


def _passive_at(lows: list[str], i: int) -> int | None:
    """Where the passive whose subject "renamed" at ``i`` names stands (probe18): "it was
    renamed X" (``i``), or the participle of a passive it is coordinated with, "it was
    reorganised as a cooperative and renamed X", "was bought by Y and renamed X" (no
    comma between); else None, so an active "the club bought the ground and renamed …" is
    not read."""
    if lows[i - 1] in ("was", "were", "been"):
        return i
    if lows[i - 1] != "and":
        return None
    for p in range(i - 2, 0, -1):
        if lows[p] in (",", ";"):
            return None
        if lows[p - 1] in ("was", "were") and lows[p].endswith("ed"):
            return p
    return None


def _two_names(toks, k: int, opening: dict) -> bool:
    """True when two names follow "renamed" at ``k``, an active verb's object and its new
    name, which no passive takes ("was formed in 1890 and renamed the X Cup the Y
    Cup": the committee formed renames the cup; rev18e)."""
    later = _later_span(toks, k, opening)
    return later is not None and _later(toks, later[0], opening) is not None


def _owned_name(lows: list[str], i: int) -> int | None:
    """Where "name" stands in "its name was changed to", "the firm's name was later changed
    to" (the owner ends there), else None."""
    k = i
    while k > 0 and lows[k - 1] in _BETWEEN:
        k -= 1
    return k - 1 if k < i and k > 0 and lows[k - 1] == "name" else None
