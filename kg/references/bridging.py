"""Links between a description and a name that sentence-by-sentence resolution misses.

- ``renamed``: a description that opens a sentence and is given a name ("The scheme was
  first known as the Kessing Bay Crossing") makes that name an alias of the
  entity the description stands for; so does a pronoun given a new name ("… rebranded it X":
  the subject of the previous sentence becomes an alias of X), and a first name cut or
  changed to another ("was originally called X … the name was shortened to Y", in one sentence or
  the next); and a nickname given to "it" or to a description ("Workers now dub it X" →
  the one thing the previous sentence named; "Visitors call the building X" → the one thing
  the section's heading names, or, round 5, when the heading names nothing, the one thing
  the previous sentence named or referred to: "Mills and granaries … The granary’s roof
  … students dubbed the building X"; measured, architect_bio alias unity 0.95 → 1.00,
  nothing else moves on the 16 development sets or the invented articles), when the name
  is the whole object and capitalised (:func:`kg.merging.nickname_calls.nicknames`).
  Measured: bridges alias unity 0.65 → 0.75 ("the Guild" → the firm, "the Lyre" →
  the bridge, and a following "It …" then goes to the bridge); nothing else moves. Without the
  capital test it joined a common noun after "call it" and a lowercase term after "call
  the …" (dev2 water_dispute, compiler), both wrong.
  alias18: "Grocers knew it as “X”", "most buyers simply called it X" read by what "it"
  stands for (:func:`kg.merging.pronoun_calls.pronoun_calls`), for a name the reading above
  did not place; figures there.
- ``eponym`` (round 5): "a"/"an" and a noun, the first such after a person in a sentence,
  where the document names exactly one thing with the person's surname and that noun
  ("Tessmar showed a lens …" and a "Tessmar lens" elsewhere): that thing. Measured over
  the 16 development sets and 12 invented articles: one reference added, right
  (lighthouse relations at the evidence 0.60 → 0.70); nothing else moves.
- ``namesake`` (round 16, :func:`kg.finders.eponyms.namesakes_named`): a thing named after a person ("the
  Tessmar effect", "a **Tessmar lens**") also names the one person of the document with that
  surname, once the person has been named. Measured over the 22 development sets and the 17
  invented articles: six mentions added, all right (lighthouse, plate_tectonics,
  forecasting, radiocarbon), radiocarbon relations at the evidence .36 → .45; nothing else
  moved. With the eponym finder's forms only, the one on radiocarbon (a form found through
  "called the …") was missed; without the light-noun test a family's "the … name" took the
  founder. In review: only a name capitalised in running text ("Sedge grass traps mud"
  opening a sentence had taken an Ada Sedge); the six stay;

(The indefinite phrase the next sentence names, ``introduced`` here until round dup14,
is :mod:`kg.references.named_next`.)

Round 13: ``renamed`` skips "-ly" adverbs and "everywhere" before the cue ("The method is
widely known as X") and Markdown emphasis marks after it ("known as **X**"); figures
with :func:`kg.references.way_nouns._technique`.

Round 12: ``renamed`` also takes "traded as", "trades as", "trading as", and a relative
clause with "by then", "now" or a year before the cue ("The firm, which by 1995 traded as
Quillstone Press, …"). Measured over the 18 development sets and the 15 invented articles:
lawsuit one node fewer (35 → 34; a trading name joined the publisher it names, no longer a
person of its own); nothing else moved on any figure. And a founding name: "Founded in 1889
as X by …, the club …" makes the whole name X (no capitalised word after it) a name of what
the main clause's subject names, a name or a resolved description
(:func:`kg.merging.founding_names.founding_names`). Measured: football nodes 50 → 49 (the founding name joins
the club); no other figure of the 33 sets moved. A nickname given to a description the
resolver took up ("Fans call the team “the X”", the team resolved to the club) names
what the description stands for, before the heading's thing is tried: football nodes 49 →
48 (the nickname on the club's node); no other figure of the 33 sets moved.
Round 13: the name after a cue may stand inside Markdown emphasis ("The firm traded as
**X** from 1962"), and a name given after the noun "nickname" ("gave it the nickname X",
:mod:`kg.merging.nickname_nouns`) names the one thing its sentence refers to. Measured: engines
alias unity 0.85 → 1.00 with the other round-13 rules (a trading name and a nickname no
longer nodes of their own); no other figure of the 36 sets moved.
Round 14: ``renamed`` also takes a resolved description inside a sentence ("…, and in the
dairy trade the process is still known as the Marrenby method"), not only one that opens
it, and no name that goes on in lowercase after the cue ("known as the Quenby sort …": the
town only opens it). Inside a sentence a verb must stand between the description and the
cue: "joined the firm known as X" introduces a firm, and merged X into the firm "the firm"
was taken for (reviewed: a conflation before this test). Measured: on the invented enzyme article a technique's other name
joined it (one node fewer); no figure of the other 35 sets moved.
Round misc15: ``renamed`` skips a description an earlier sentence opened with, verb next,
beside a mention of the entity it now resolves to ("The judge called X as the first
witness. The judge, known as Y, …" gave the witness X the judge's nickname Y;
:func:`_openers`). With it (same round): an epithet name after "called him"
(:func:`kg.finders.epithets.epithet`, :mod:`kg.merging.nickname_nouns`), "lease" a document
head and "pump"/"windpump" product heads (:mod:`kg.words.kind_nouns`). Measured: dev alias
unity .920 → .921, types .811 → .814, core 1740 → 1738 (osterfell_saltworks_invented only:
unity .75 → .80, types .80 → .90); probes unchanged; recall, relations, conflations
unchanged on every set. Dump of all 60 texts: only that set changed (19 lines), read one by
one: right 8 (epithet alias, two fragment nodes gone, product type, document type, the
lease's full name, the year inside it no node), arguable 1 (alias "pumps" by the
``sole description`` rule), wrong 0; relabelled references right. A first guard (any
earlier "the N" beside the entity) dropped a right trading name on the lawsuit probe.
Then "courier", "herald", "tribune" as periodical heads: osterfell types .90 → .95 (dev
types .814 → .815); over the 60 texts two nodes retyped document, both newspapers (right;
festival's gold has its paper as an organisation, type unchanged as it was "other").
Review rev15m: a person surnamed Courier/Herald/Tribune, used as a person, is no newspaper
(:mod:`kg.kinds.form_types`); no epithet name opens with a weekday, a month, or a word seen after
another capitalised word ("Orlen Vashti … dubbed him Vashti the Fool" had cut "Vashti" off
him). No figure moved (dev and probes identical).
alias17: ``renamed`` also reads "was reorganised as X", "changed its name to X" (:mod:`kg.merging.reorganisations`).
alias19: not a description after "which" (an agent: :mod:`kg.references.relative_renames`).
gen18: "He renamed the firm X" (:func:`_active_renamings`): "the firm" before a name is no reference,
so it stands for what the last "the firm" before it stood for (rev18f; read18: no heading). No figure moved.
"""

from __future__ import annotations

from collections import defaultdict

from kg.finders.candidates import Unit
from kg.finders.emphasis import MARKS
from kg.finders.gazetteer import Match
from kg.merging.founding_names import founding_names
from kg.merging.name_changes import (
    TRADE_CUES,
    YEAR,
    as_clause,
    called_again,
    name_changes,
    pronoun_renamings,
)
from kg.merging.nickname_nouns import nickname_nouns, nicknames
from kg.merging.pronoun_calls import pronoun_calls
from kg.merging.remembered_names import remembered_as
from kg.merging.reorganisations import reorganisations
from kg.merging.spellings import spellings
from kg.references.relative_renames import object_relatives, relative_agent
from kg.words import lexicon as lx
from kg.words.tokens import singular

_CUES = (("known", "as"), ("called",), ("named",), ("renamed",), ("traded", "as"),
         ("trades", "as"), ("trading", "as"))
# verbs whose object, a description, and the name right after it are one thing renamed
_ACTIVE_RENAMES = lx._words("renamed rebranded")
_OPENERS = frozenset("“\"‘") | MARKS
_CUE_WORDS = frozenset(c[0] for c in _CUES)
_SKIP = lx._words("was is were are had has have been be first originally formerly once also "
                  "initially later then still commonly usually widely which by in now ,")


def renamings(units: list[Unit], matches: list[Match], references: list[tuple], *,
              types: list[str] | None = None) -> list[tuple[int, int, str]]:
    """Names given to a description that opens a sentence.

    Args:
        units: the tokenised headings and sentences.
        matches: the literal occurrences.
        references: the resolved references (:func:`kg.references.coref.resolve_references`).
        types: the type of each group; with them, nicknames ("Gardeners call it X") are found too.

    Returns:
        ``(entity group, named group, evidence sentence)`` for each "The N was known as X".
    """
    at = {(units_sentence, start): g for g, units_sentence, _s, start, _e, how in references
          if how != "ordinal"}  # "The first was called X" names one part, not the whole
    by_start = {(m.unit, m.start): m.group for m in matches}
    ends = {(m.unit, m.start): m.end for m in matches}
    named = {(m.unit, m.group) for m in matches}
    openers = _openers(units, at)
    out = []
    for u, unit in enumerate(units):
        toks = unit.tokens
        if unit.heading or len(toks) < 5:
            continue
        for i in _described_at(toks, unit.sentence, at):
            if i and i + 2 < len(toks) and toks[i + 2].lower in _CUE_WORDS or relative_agent(toks, i):
                continue  # "joined the firm known as X": introduced; "which the city renamed X"
            g = at[(unit.sentence, toks[i].start)]
            if any((v, g) in named and h != g for v, h in openers.get(toks[i + 1].lower, ()) if v < u):
                continue  # "The judge called X as a witness. The judge, known as Y": not X
            _renamed_at(toks, u, i + 2, g, by_start, ends, out)
    out += _active_renamings(units, references, by_start, ends) + object_relatives(units, matches, references)
    out += pronoun_renamings(units, matches, by_start, types=types)
    out += name_changes(units, by_start)
    out += called_again(units, by_start)  # "called the protein X; others called it Y"
    out += spellings(units, by_start, at)  # "Earlier sources write the name as X"
    out += founding_names(units, {(m.unit, m.start): m for m in matches}, at)
    if types is not None:
        called = nicknames(units, matches, types, references)
        out += called
        out += nickname_nouns(units, matches, types, references)  # "gave it the nickname X"
        given = {new for _g, new, _evidence in called}  # a name the reading above placed
        out += [p for p in pronoun_calls(units, matches, types, references)  # "knew it as X"
                if p[1] not in given]
        out += remembered_as(units, matches, types)  # "X, is still remembered … as “Y”"
        out += reorganisations(units, matches, references, types)  # "was reorganised as X"
    return out


def _active_renamings(units, references, by_start: dict, ends: dict) -> list[tuple[int, int, str]]:
    """"He renamed the firm X in 1962" (gen18): "the firm" before a name is no reference of
    its own, so it stands for what the last "the firm" before it stood for (rev18f: not a
    later one); the name, the whole object, is that group's."""
    uses: dict[str, list[tuple[int, int]]] = defaultdict(list)  # "the firm" → (sentence, group)
    for g, sentence, surface, *_ in sorted(references, key=lambda r: (r[1], r[3])):
        uses[" ".join(surface.casefold().split())].append((sentence, g))
    out = []
    for u, unit in enumerate(units):
        if unit.heading:
            continue
        toks = unit.tokens
        for i in range(1, len(toks) - 3):
            if toks[i - 1].lower not in _ACTIVE_RENAMES or toks[i].lower != "the" \
                    or (u, i + 2) not in by_start or _goes_on(toks, ends[(u, i + 2)]):
                continue
            before = [g for s, g in uses.get(f"the {toks[i + 1].lower}", ()) if s < unit.sentence]
            h = by_start[(u, i + 2)]
            if before and before[-1] != h:
                out.append((before[-1], h, " ".join(t.text for t in toks)))
    return out


def _goes_on(toks, end: int) -> bool:
    """True when a lowercase word that is no stopword follows a name ending at ``end``: the
    name is only part of a longer one ("the Quenby loam")."""
    return end < len(toks) and toks[end].text.islower() and toks[end].lower not in lx.STOPWORDS


def _described_at(toks, sentence: int, at: dict) -> list[int]:
    """Where a resolved description "the N" or "this N" stands: at the sentence's opening or
    inside it ("…, and in the trade the method is still known as X")."""
    return [i for i, t in enumerate(toks) if t.lower in ("the", "this")
            and (sentence, t.start) in at]


def _openers(units, at: dict) -> dict[str, list[tuple[int, int | None]]]:
    """noun → ``(sentence, group its "The" stands for)`` of each sentence opening "The <noun>"
    and a lowercase verb (no stopword): the description stood for someone else where such a
    sentence, not resolved to ``g``, names ``g`` ("The judge called X as a witness"; "The
    publisher, X, …" an apposition). perf22: read once, was a walk over all earlier ones per use."""
    out: dict[str, list[tuple[int, int | None]]] = {}
    for v, toks in enumerate(unit.tokens for unit in units):
        if len(toks) > 3 and toks[0].lower == "the" and toks[2].text.isalpha() \
                and toks[2].text.islower() and toks[2].lower not in lx.STOPWORDS:
            out.setdefault(toks[1].lower, []).append((v, at.get((units[v].sentence, toks[0].start))))
    return out


def _renamed_at(toks, u: int, k: int, g: int, by_start: dict, ends: dict, out: list) -> None:
    """Appends ``(g, named group, sentence)`` when a cue ("was known as", "traded as") and a
    name follow the description that ends before ``k``."""
    while k < len(toks) and (toks[k].lower in _SKIP or YEAR.fullmatch(toks[k].text)
                             or _adverb(toks[k])):
        k += 1  # "The firm, which by 1990 traded as X", "The method is widely known as X"
    cue = next((c for c in _CUES if tuple(t.lower for t in toks[k:k + len(c)]) == c), None)
    if cue is None:
        return
    k += len(cue)
    while k < len(toks) and (toks[k].lower == "the" or toks[k].text in _OPENERS):
        k += 1  # "traded as **X**": past Markdown emphasis too
    h = by_start.get((u, k))
    end = ends.get((u, k), len(toks))
    if cue in TRADE_CUES and as_clause(toks, end):
        return  # "The firm traded as Hallam Bank collapsed": another firm
    if end < len(toks) and toks[end].text.islower() and toks[end].lower not in lx.STOPWORDS:
        return  # "known as the Quenby loam": the town is not the name, only a part of it
    if h is not None and h != g:
        out.append((g, h, " ".join(t.text for t in toks)))


def _adverb(tok) -> bool:
    """A lowercase "-ly" adverb or "everywhere" ("universally known as", "known everywhere
    as")."""
    return tok.text.islower() and (tok.lower.endswith("ly") and len(tok.lower) > 4
                                   or tok.lower == "everywhere")


def eponymous(units: list[Unit], matches: list[Match], groups: list,
              types: list[str]) -> list[tuple]:
    """An indefinite noun after a person in one sentence, where the document names a thing
    after that person with that noun ("In 1822 Tessmar showed a lens cut …", with a
    "Tessmar lens" named in the document): the sentence mentions that thing.

    Args:
        units: the tokenised headings and sentences.
        matches: the literal occurrences.
        groups: the entities' forms (their matching keys).
        types: the type of each group.

    Returns:
        Reference tuples ``(group, sentence, surface, char_start, char_end, "eponym")``.
    """
    named = {}  # (surname, noun) → the one thing so named
    for g, group in enumerate(groups):
        if types[g] in ("person", "date", "quantity"):
            continue
        for key in group.keys:
            if len(key) == 2:
                named[key] = None if named.get(key, g) != g else g
    surnames = {g: max(groups[g].keys, key=len)[-1] for g, t in enumerate(types)
                if t == "person" and groups[g].keys}
    by_unit = defaultdict(list)
    for m in matches:
        by_unit[m.unit].append(m)
    out = []
    for u, found in by_unit.items():
        unit = units[u]
        if unit.heading:
            continue
        toks, here = unit.tokens, {m.group for m in found}
        for m in found:
            surname = surnames.get(m.group)
            for i in range(m.end, len(toks) - 1):
                if toks[i].lower not in ("a", "an") or not toks[i + 1].text.islower():
                    continue
                g = named.get((surname, singular(toks[i + 1].lower)))
                if g is not None and g not in here:
                    out.append((g, unit.sentence, " ".join(t.text for t in toks[i:i + 2]),
                                toks[i].start, toks[i + 1].end, "eponym"))
                    here.add(g)
                break  # only the first indefinite phrase after the person
    return out
