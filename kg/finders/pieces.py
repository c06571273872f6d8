"""Pieces of text that look like entities but are not: the second precision round of issue 3.

Each rule drops kept forms (:func:`drop_pieces`, called last by :func:`kg.finders.selection.select`).
Measured with ``benchmarks/entities.py --held-out --ours``: no recall, alias, relation or
conflation figure of the 24 sets moved; 1,603 → 1,572 nodes (986 → 955 without dates and
quantities).

- a name found only inside a double-quoted title (every word but small ones capitalised)
  and not the whole of it is a piece of that title: a long title with a nested quote and
  "or, …" subtitles broke into six names. compiler −7; quoted speech ("“We sailed with Siskin
  Haskett to …”") is not title case and keeps its names (a 70 % capitalised test dropped them);
- a term with a plural before its last word, every occurrence of which follows a clause
  opener ("where", "which") or a verb taking an object and its complement ("made ferries
  obsolete"), is a subject and its verb, not a term: plate_tectonics −2, lighthouse −1. The
  plural alone would also drop a real compound with a plural modifier of the bundled
  article (seen as a subject elsewhere), so the opener is required;
- a term of everyday words (each Zipf ≥ 3.0) every occurrence of which follows a
  preposition (past determiners, possessives and numbers: "the size of a …", "with one …")
  is an adjunct of its claims, never what they are about; so is a term ending in a trade
  noun right before a capitalised name ("the glass engraver Ada Bell"). A heading or a
  definition keeps it. data −4, cooperative −5, telescope −2, plate_tectonics, river,
  bridges −1. The Zipf test keeps technical terms only ever after "at" or "by" (a word
  wordfreq does not know); without it plate_tectonics lost a gold term (recall .95 → .90);
  at 2.0 the same nodes go, at 3.5 two fewer, at 4.0 nine fewer. "like" is no preposition
  here (it is a verb as often: "members like the …");
- a lowercase phrase quoted in one sentence only, with no definer ("called", "known as")
  before the quote, is words quoted, not a term: data −3, cooperative −2, plate_tectonics,
  telescope −1; a second sentence, a heading or bold type keeps it. (Round 16) So does
  "the" right before the opening mark (the “tide gap” has become …, known as the “ladder
  of knowns”): the quotation is the name of the noun phrase "the" opens, not words quoted
  (:func:`kg.finders.patterns.in_scare_quotes`). Measured (``--held-out --ours``): radiocarbon
  recall .75 → .82, alias unity .71 → .79 (two gold terms, +3 nodes); no figure of the
  other 39 sets moved.

Tried and rejected: typing "the twentieth century" as a date (three core nodes fewer, but
every other century mention became a date node: +11 nodes); demonym endings "-an" and "-i"
for the adjective rule of :mod:`kg.finders.selection` (vaccine −1, but probe's alias unity 1.00 → .92).

probe20: a name that is the whole of a title-case quotation but for its lowercase "the"
(“the Quill Queen”) is no piece of it: a financier's quoted nickname had been dropped. Measured
(``--held-out --ours``): that probe's alias found; one more node on the invented ice company set,
a device's quoted nickname (a gold alias of a machine the text never names), kept apart.
"""

from __future__ import annotations

from collections import defaultdict

from kg.finders.candidates import Span, Unit, span_key
from kg.finders.patterns import in_scare_quotes
from kg.merging.forms import Form
from kg.words import lexicon as lx
from kg.words.tokens import key_of, singular

_COPULA = frozenset({"is", "are", "was", "were", "means", "refers"})
# endings of a noun of a person's trade ("botanist", "engraver", "sculptor", "librarian")
ROLE_ENDINGS = ("ist", "er", "or", "ian")
_DOUBLE_OPEN = frozenset({"“", '"', "«"})
_DOUBLE_CLOSE = frozenset({"”", '"', "»"})
_LONGEST_TITLE = 40  # tokens between a title's quotation marks
_TITLE_SMALL = lx.NAME_CONNECTORS | lx.STOPWORDS
# words after which a plural noun opens a clause, not a term: "where glaciers retreat slowly"
_CLAUSE_OPENERS = lx._words("where which when whenever while whereas as that because if though "
                            "although once until unless whose")
# verbs that take an object and its complement: "made ferries obsolete"
_COMPLEMENT_VERBS = lx._words("make makes made making render renders rendered rendering keep "
                              "keeps kept keeping leave leaves left leaving find finds found "
                              "deem deems deemed consider considers considered")
# prepositions: a term only ever after one is an adjunct of its claims ("the size of a …")
_PREPOSITIONS = lx._words("of in on at to for from with by into onto through among amongst "
                          "about against without within between under over across toward "
                          "towards via than")
_POSSESSIVE_DETERMINERS = lx._words("its their his her our my your whose")
_COMMON_TERM_WORD = 3.0  # Zipf: a term of words no rarer than this is made of everyday words


def drop_pieces(kept: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> None:
    """Drops from ``kept`` the forms that are pieces of titles, of clauses, adjuncts or quoted
    words (see the module docstring).

    Args:
        kept: the kept forms by key (changed in place).
        units: the tokenised headings and sentences.
        spans: every candidate span.
    """
    _drop_title_pieces(kept, units, spans)
    _drop_clause_pieces(kept, units, spans)
    _drop_incidental_terms(kept, units, spans)
    _drop_scare_quotes(kept, units, spans)


def sentence_count(form: Form, units: list[Unit]) -> int:
    """In how many different sentences a form occurs (a repeated sentence counts once)."""
    return len({tuple(t.text for t in units[u].tokens) for u in form.units})


def copular(form: Form, units: list[Unit]) -> bool:
    """True when a sentence starts by defining the form ("The common fund is the …")."""
    n = len(form.key)
    for u in form.units:
        toks = units[u].tokens
        s = 1 if toks and toks[0].lower == "the" else 0
        if len(toks) > s + n and key_of(toks[s:s + n]) == form.key \
                and toks[s + n].lower in _COPULA:
            return True
    return False


def _title_quotes(toks: list) -> list[tuple[int, int]]:
    """The double-quoted stretches of a sentence written in title case (``(open, close)``
    token positions): every word other than small ones is capitalised, as in a title
    (“Notes on the ‘Silent Valley’ Problem, or, Why Bells Crack”), not in quoted speech."""
    out, i = [], 0
    while i < len(toks):
        if toks[i].text not in _DOUBLE_OPEN:
            i += 1
            continue
        close = next((k for k in range(i + 1, min(i + _LONGEST_TITLE, len(toks)))
                      if toks[k].text in _DOUBLE_CLOSE), None)
        if close is None:
            i += 1
            continue
        words = [t for t in toks[i + 1:close] if t.is_word and t.lower not in _TITLE_SMALL]
        if len(words) >= 2 and all(t.is_cap or not t.text.isalpha() for t in words):
            out.append((i, close))
        i = close + 1
    return out


def _drop_title_pieces(kept: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> None:
    """Drops a name found only inside quoted titles, as part of one ("Silent Valley" in
    “Notes on the ‘Silent Valley’ Problem”): a piece of a title, not a name of its own."""
    quotes = {u: _title_quotes(unit.tokens) for u, unit in enumerate(units)
              if not unit.heading}
    inside: dict[tuple, list[bool]] = defaultdict(list)
    for span in spans:
        if span.kind != "name":
            continue
        key = span_key(units, span)
        form = kept.get(key)
        if form is None or set(form.kinds) != {"name"}:
            continue
        inside[key].append(any(
            o < span.start and span.end <= c and (span.start, span.end) != (o + 1, c)
            and (span.start, span.end, units[span.unit].tokens[o + 1].text) != (o + 2, c, "the")
            for o, c in quotes.get(span.unit, ())))  # (probe20) “the Quill Queen”: the whole
    for key, flags in inside.items():
        if all(flags):
            del kept[key]


def _plural_inside(words: list[str]) -> bool:
    """True when a word before the last is a plural ("glaciers retreat"): in a noun compound
    the modifiers are singular ("glacier valleys")."""
    return any(singular(w) != w and not w.endswith(("ss", "us", "is")) for w in words[:-1])


def _opens_clause(toks: list, start: int) -> bool:
    """True when the word before ``start`` (past one determiner) opens a clause ("where",
    "which") or is a verb taking an object and its complement ("made those …")."""
    j = start - 1
    if j >= 1 and toks[j].lower in lx.DETERMINERS:
        j -= 1
    return j >= 0 and (toks[j].lower in _CLAUSE_OPENERS or toks[j].lower in _COMPLEMENT_VERBS)


def _term_occurrences(kept: dict[tuple, Form], units: list[Unit], spans: list[Span]):
    """``(key, tokens, span)`` for each occurrence, outside headings, of a kept form that is a
    plain term (found only as ``term`` or ``modterm``)."""
    for span in spans:
        if span.kind not in ("term", "modterm") or units[span.unit].heading:
            continue
        key = span_key(units, span)
        form = kept.get(key)
        if form is not None and set(form.kinds) <= {"term", "modterm"}:
            yield key, units[span.unit].tokens, span


def _drop_clause_pieces(kept: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> None:
    """Drops a term that is a subject and its verb, or an object and its complement, every
    time it occurs: a plural before the last word, after a clause opener or such a verb
    ("where glaciers retreat slowly", "which made ferries obsolete")."""
    flags: dict[tuple, list[bool]] = defaultdict(list)
    for key, toks, span in _term_occurrences(kept, units, spans):
        words = [t.lower for t in toks[span.start:span.end]]
        flags[key].append(_plural_inside(words) and _opens_clause(toks, span.start))
    for key, marks in flags.items():
        if all(marks) and not kept[key].headings:
            del kept[key]


def _after_preposition(toks: list, start: int) -> bool:
    """True when the words before ``start``, past determiners, possessives and numbers, end in
    a preposition ("the size of a …", "many of its …", "with one …")."""
    j = start - 1
    while j >= 0 and (toks[j].lower in lx.DETERMINERS or toks[j].lower in _POSSESSIVE_DETERMINERS
                      or toks[j].possessive or toks[j].is_number
                      or toks[j].lower in lx.NUMBER_WORDS):
        j -= 1
    return j >= 0 and toks[j].lower in _PREPOSITIONS


def _before_person(toks: list, end: int) -> bool:
    """True when a term ending in a noun of a person's trade stands right before a capitalised
    name ("the glass engraver Ada Bell"): a description of that person."""
    head = toks[end - 1].lower
    return end < len(toks) and toks[end].is_cap and toks[end].lower not in lx.STOPWORDS \
        and (singular(head) in lx.PERSON_NOUNS or singular(head).endswith(ROLE_ENDINGS))


def _drop_incidental_terms(kept: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> None:
    """Drops a term of everyday words that is never what a claim is about: every occurrence is
    after a preposition ("the size of a …"), or describes the person named next to it ("the
    glass engraver Ada Bell"). A heading or a definition keeps it."""
    flags: dict[tuple, list[bool]] = defaultdict(list)
    for key, toks, span in _term_occurrences(kept, units, spans):
        flags[key].append(_before_person(toks, span.end) or (
            _after_preposition(toks, span.start)
            and all(lx.zipf(t.lower) >= _COMMON_TERM_WORD for t in toks[span.start:span.end])))
    for key, marks in flags.items():
        form = kept[key]
        if all(marks) and not form.headings and not copular(form, units):
            del kept[key]


def _drop_scare_quotes(kept: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> None:
    """Drops a lowercase phrase that is only ever quoted, in one sentence, with no "called" or
    "known as" before the quote (written off as “pure luck”): words quoted, not a term the
    text names. A second sentence, a heading or bold type keeps it."""
    quoted: dict[tuple, list[bool]] = defaultdict(list)
    for span in spans:
        if span.kind != "defined" or units[span.unit].heading:
            continue
        key = span_key(units, span)
        form = kept.get(key)
        if form is None or not set(form.kinds) <= {"defined", "term", "modterm"}:
            continue
        quoted[key].append(in_scare_quotes(units[span.unit].tokens, span.start))
    for key, flags in quoted.items():
        form = kept[key]
        if all(flags) and not form.headings and sentence_count(form, units) < 2:
            del kept[key]
