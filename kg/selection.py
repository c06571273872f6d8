"""Which candidate forms become entities: the evidence the corpus gives for each.

- dates, quantities, list labels, defined, quoted and bold terms, eponyms ("the Varrow
  lamp", which their finder only gives on the corpus' evidence), acronyms defined in the
  text ("(IMF)"), their expansions and aliases are kept as found;
- a capitalised name is kept when it has more than one word, is capitalised away from the
  start of a sentence twice, or is a rare word (a rare word seen once, at the start of a
  sentence, only when it is also part of a longer name: "Orvik became …", not "Cafés"), or
  the last name of a personal name (:func:`kg.people.person_like` with ``common_surname``)
  seen once, not after "the" ("Bell retired" after "Tomas Bell");
- an acronym is kept when seen twice, or when it spells the initials of exactly one name
  of the text (joined to it by :func:`kg.acronyms.undefined_acronyms`);
- a term is kept when it occurs in two different sentences (a repeated sentence counts
  once), or in a heading and a sentence that is not a list item; a phrase of very common
  words ("market leaders") needs three sentences or a definition;
- a term opened by a generic modifier ("common fund", "open days") needs three
  sentences and a heading, a definition ("The common fund is …") or a rare head;
- a term is dropped when every occurrence lies inside a longer kept form;
- a one-word name that is a common word (Zipf ≥ 3.5) is dropped when every occurrence is
  glued to another capitalised word, directly or through "of", "for", "on", "with" or "&"
  ("Tenants' Forum", "Notes for Beginners", "A Grammar of Tessic"): a piece of a
  longer name, not a name of its own. "and" and "in" do not glue ("Castor and Pollux",
  "Institute of Technology in Stockholm"), nor does a possessive on the word ("Opera's
  PrestoCore") or a capitalised function word ("The Moon"). Measured on the dev sets:
  compiler 135 → 131 nodes, hospital 40 → 39, no gold entity, alias or relation lost.
  "and" glues only inside a name joined by "of" or "for" ("Bureau for Weights and
  Measures"): vaccine −1 (such a last word); gluing after any "of" within five words also
  cut a city from "the audiences of Kelby and Oskby" (orchestra): rejected;
- so is a name ending like a demonym (-ish, -ian, -ean, -ese, -ic) every occurrence of which
  stands before a lowercase word that is no verb ("the Danish firm", "every Georgian
  terrace", "its Estonian site manager"): an adjective, not a thing; it must be
  common (Zipf ≥ 3.5) too, or the named "Meridian telescope programme" lost its name (probe).
  Measured: telescope, architect, database, hospital, vaccine −1 node each, river −2
  (two such adjectives), no gold entity, alias or relation lost. Before a noun of
  a person's trade ("the Estonian botanist", "the South Korean geologist", "a Maltese
  inventor") such a name (of one or two words; "-can", "-ch" and "-ss" end demonyms too) is
  dropped however rare the word. Measured: plate_tectonics −4, architect_bio, vaccine,
  lighthouse −1 (all nationality words), nothing else moved; extending the two-word case to
  any lowercase noun (not only trades) also dropped two ocean names ("North …", "South …"):
  rejected;
- a name written only as a hyphenated adjective ("Leeds-born", "Paris-based") is dropped.
  Measured: orchestra −2, architect_bio −1, water_dispute −1, no gold entity lost.
"""

from __future__ import annotations

from collections import defaultdict

from kg import lexicon as lx
from kg.acronyms import name_initials
from kg.candidates import Span, Unit
from kg.forms import Form
from kg.patterns import in_scare_quotes
from kg.people import last_name, person_like
from kg.tokens import key_of, singular

_ALWAYS = frozenset({"date", "quantity", "label", "defined", "quoted", "expansion", "alias",
                     "namehead", "abbreviation", "eponym"})
_COPULA = frozenset({"is", "are", "was", "were", "means", "refers"})
_GLUE = frozenset({"of", "for", "on", "with", "&"})
_DEMONYM = ("ish", "ian", "ean", "ese", "ic", "can", "ch", "ss")
_ROLE_ENDINGS = ("ist", "er", "or", "ian")
# last parts of a hyphenated adjective made from a name ("Leeds-born", "Paris-based")
_DOUBLE_OPEN = frozenset({"“", '"', "«"})
_DOUBLE_CLOSE = frozenset({"”", '"', "»"})
_LONGEST_TITLE = 40  # tokens between a title's quotation marks
_TITLE_SMALL = lx.NAME_CONNECTORS | lx.STOPWORDS
# words after which a plural noun opens a clause, not a term: "where plates move apart"
_CLAUSE_OPENERS = lx._words("where which when whenever while whereas as that because if though "
                            "although once until unless whose")
# verbs that take an object and its complement: "made keepers unnecessary"
_COMPLEMENT_VERBS = lx._words("make makes made making render renders rendered rendering keep "
                              "keeps kept keeping leave leaves left leaving find finds found "
                              "deem deems deemed consider considers considered")
# prepositions: a term only ever after one is an adjunct of its claims ("the size of a …")
_PREPOSITIONS = lx._words("of in on at to for from with by into onto through among amongst "
                          "about against without within between under over across toward "
                          "towards via than")
_POSSESSIVE_DETERMINERS = lx._words("its their his her our my your whose")
_COMMON_TERM_WORD = 3.0  # Zipf: a term of words no rarer than this is made of everyday words
_COMPOUND_ADJECTIVE = frozenset({"born", "based", "bred", "built", "made", "owned", "led",
                                 "run", "funded", "backed", "style"})


def span_key(units: list[Unit], span: Span) -> tuple[str, ...]:
    """The matching key of a span."""
    return key_of(units[span.unit].tokens[span.start:span.end])


def select(forms: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> dict[tuple, Form]:
    """Keeps the forms the corpus gives evidence for (see the module docstring).

    Args:
        forms: every candidate form by key.
        units: the tokenised headings and sentences.
        spans: every candidate span.

    Returns:
        The kept forms by key.
    """
    in_names = {w for k, f in forms.items() if len(k) > 1 and f.kinds.get("name") for w in k}
    # the words as written too: the key of "Linus" is singular ("linu"), not its word in
    # "Linus Orvik"
    in_names |= {w.casefold() for k, f in forms.items() if len(k) > 1 and f.kinds.get("name")
                 for s in f.surfaces for w in s.split()}
    # a person's last name used alone once is kept however common ("Bell" after "Ada Bell")
    surnames = {last_name(k) for k, f in forms.items()
                if len(k) > 1 and f.is_name and person_like(f, common_surname=True)}
    initial: dict[tuple, bool] = {}  # key → every name span of it opens its sentence
    for span in spans:
        if span.kind == "name" and not units[span.unit].heading:
            key = span_key(units, span)
            initial[key] = initial.get(key, True) and span.start == 0
    spelt = {i for i, keys in name_initials(forms).items() if len(keys) == 1}
    kept = {key: form for key, form in forms.items()
            if form.units and (_evidence(form, units, initial, in_names, surnames=surnames)
                               or len(key) == 1
                               and form.kinds.get("acronym") and key[0] in spelt)}
    _drop_nested_terms(kept, units, spans)
    _drop_fragments(kept, units, spans)
    _drop_title_pieces(kept, units, spans)
    _drop_clause_pieces(kept, units, spans)
    _drop_incidental_terms(kept, units, spans)
    _drop_scare_quotes(kept, units, spans)
    return kept


def _evidence(form: Form, units: list[Unit], initial: dict[tuple, bool],
              in_names: set[str], *, surnames: frozenset[str] = frozenset()) -> bool:
    kinds, key = set(form.kinds), form.key
    if kinds & _ALWAYS:
        return True
    if "name" in kinds and form.proper and (
            len(key) > 1 or form.proper >= 2 or len(key) == 1 and key[0] in surnames
            and not form.after_article or not lx.is_common_word(key[0], threshold=4.5)
            and (key[0] in in_names or not _only_initial(form, initial)
                 or any(s.casefold() in in_names for s in form.surfaces))):
        return True
    if "acronym" in kinds and (form.proper >= 2 or _introduced(form, units)):
        return True
    if "term" in kinds and _term_evidence(form, units):
        return True
    return "modterm" in kinds and _sentences(form, units) >= 3 and (
        bool(form.headings) or _copular(form, units) or lx.zipf(key[-1]) < 4.0)


def _introduced(form: Form, units: list[Unit]) -> bool:
    """True when the form is introduced by an appositive: "ZEBRA, a compiler for …"."""
    n = len(form.key)
    for u in form.units:
        toks = units[u].tokens
        for i in range(1, len(toks) - n - 1):
            if key_of(toks[i:i + n]) == form.key and toks[i + n].text == "," \
                    and toks[i + n + 1].lower in ("a", "an"):
                return True
    return False


def _only_initial(form: Form, initial: dict[tuple, bool]) -> bool:
    """True for a one-word name seen once, at the start of a sentence ("Cafés have opened"),
    which then needs to be part of a longer name ("Orvik became …") to count (``initial``:
    whether every name span of a key opens its sentence, computed once: linear)."""
    return form.proper < 2 and initial.get(form.key, True)


def _sentences(form: Form, units: list[Unit]) -> int:
    """In how many different sentences a form occurs (a repeated sentence counts once)."""
    return len({tuple(t.text for t in units[u].tokens) for u in form.units})


def _copular(form: Form, units: list[Unit]) -> bool:
    """True when a sentence starts by defining the form ("The common fund is the …")."""
    n = len(form.key)
    for u in form.units:
        toks = units[u].tokens
        s = 1 if toks and toks[0].lower == "the" else 0
        if len(toks) > s + n and key_of(toks[s:s + n]) == form.key \
                and toks[s + n].lower in _COPULA:
            return True
    return False


def _term_evidence(form: Form, units: list[Unit]) -> bool:
    """Repeated in different sentences, or in a heading and a sentence that is not a list
    item; a phrase of very common words ("market leaders") needs three sentences or a
    definition."""
    n = _sentences(form, units)
    if n < 2 and not (form.headings and any(not units[u].list_item for u in form.units)):
        return False
    if all(lx.zipf(w) >= 4.5 for w in form.key) and n < 3 and not _copular(form, units):
        return False
    common = sum(lx.zipf(w) >= 5.0 for w in form.key)
    return common < len(form.key) or n >= 4


def _drop_nested_terms(kept: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> None:
    """Drops a term whose every occurrence lies inside a longer kept form."""
    by_unit = defaultdict(list)
    for span in spans:
        if not units[span.unit].heading and span_key(units, span) in kept:
            by_unit[span.unit].append(span)
    free = defaultdict(set)
    for u, unit_spans in by_unit.items():
        for span in unit_spans:
            inside = any(o.start <= span.start and span.end <= o.end
                         and o.end - o.start > span.end - span.start for o in unit_spans)
            if not inside:
                free[span_key(units, span)].add(u)
    for key, form in list(kept.items()):
        if set(form.kinds) == {"term"} and (not free[key] or len(free[key]) < 2 and not (
                form.headings or _copular(form, units))):
            del kept[key]


def _capital(tok) -> bool:
    return tok.is_cap and tok.lower not in lx.STOPWORDS


def _glued(toks: list, i: int) -> bool:
    """True when the word at ``i`` touches another capitalised word, directly or through a
    connector ("Notes for Beginners")."""
    if i >= 1 and _capital(toks[i - 1]) or i >= 2 and toks[i - 1].lower in _GLUE \
            and _capital(toks[i - 2]):
        return True
    if i >= 4 and toks[i - 1].lower == "and" and _inside_name(toks, i - 2):
        return True  # the last word of "Bureau for Weights and Measures"
    if toks[i].possessive:
        return False
    n = len(toks)
    return i + 1 < n and _capital(toks[i + 1]) or i + 2 < n and toks[i + 1].lower in _GLUE \
        and _capital(toks[i + 2])


def _inside_name(toks: list, j: int) -> bool:
    """True when the word at ``j`` ends a name joined by "of" or "for" ("Centre of Hydrology",
    "Bureau for Weights"), not a name after a lowercase word ("audiences of Kelby")."""
    k = j
    while k > 0 and _capital(toks[k]) and j - k < 3:
        k -= 1
    return k < j and k >= 1 and toks[k].lower in ("of", "for") and _capital(toks[k - 1])


def _modifier(toks: list, i: int) -> bool:
    """True when the word at ``i`` is a demonym-like adjective before a lowercase word that is
    not a verb ("the Danish firm", "every Georgian terrace")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return toks[i].lower.endswith(_DEMONYM) and nxt is not None and nxt.is_word \
        and nxt.text.islower() and nxt.lower not in lx.COMMON_VERBS \
        and nxt.lower not in lx.PAST_VERBS and not nxt.lower.endswith("ed")


def _before_role(toks: list, i: int) -> bool:
    """True when the demonym-like word at ``i`` stands before a noun of a person's trade ("the
    Estonian botanist", "a Maltese engraver"): a nationality, however rare the word."""
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    return _modifier(toks, i) and (nxt in lx.PERSON_NOUNS or nxt.endswith(_ROLE_ENDINGS))


def _compound_adjective(form: Form) -> bool:
    """True for a name written only as a hyphenated adjective ("Leeds-born", "Paris-based")."""
    return all("-" in s and s.rsplit("-", 1)[1].casefold() in _COMPOUND_ADJECTIVE
               for s in form.surfaces) and bool(form.surfaces)


def _drop_fragments(kept: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> None:
    """Drops a one-word common-word name every occurrence of which is glued to another
    capitalised word, or is a demonym-like adjective before a noun (see the module
    docstring)."""
    uses: dict[tuple, list[bool]] = defaultdict(list)
    for span in spans:
        size = span.end - span.start
        if span.kind != "name" or size > 2 or units[span.unit].heading:
            continue
        key = span_key(units, span)
        form = kept.get(key)
        if form is None or set(form.kinds) != {"name"}:
            continue
        toks, last = units[span.unit].tokens, span.end - 1
        if size == 1 and lx.zipf(key[0]) >= 3.5:
            uses[key].append(_glued(toks, last) or _modifier(toks, last))
        else:  # "the Estonian botanist", "the South Korean geologist"
            uses[key].append(_before_role(toks, last))
    for key, flags in uses.items():
        if all(flags):
            del kept[key]
    for key, form in list(kept.items()):
        if set(form.kinds) == {"name"} and _compound_adjective(form):
            del kept[key]


def _title_quotes(toks: list) -> list[tuple[int, int]]:
    """The double-quoted stretches of a sentence written in title case (``(open, close)``
    token positions): every word other than small ones is capitalised, as in a title (“Notes on the ‘Silent Valley’ Problem, or, Why Bells Crack”), not in quoted
    speech."""
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
            for o, c in quotes.get(span.unit, ())))
    for key, flags in inside.items():
        if all(flags):
            del kept[key]


def _plural_inside(words: list[str]) -> bool:
    """True when a word before the last is a plural ("plates move"): in a noun compound the
    modifiers are singular ("plate boundaries")."""
    return any(singular(w) != w and not w.endswith(("ss", "us", "is")) for w in words[:-1])


def _opens_clause(toks: list, start: int) -> bool:
    """True when the word before ``start`` (past one determiner) opens a clause ("where",
    "which") or is a verb taking an object and its complement ("made those …")."""
    j = start - 1
    if j >= 1 and toks[j].lower in lx.DETERMINERS:
        j -= 1
    return j >= 0 and (toks[j].lower in _CLAUSE_OPENERS or toks[j].lower in _COMPLEMENT_VERBS)


def _drop_clause_pieces(kept: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> None:
    """Drops a term that is a subject and its verb, or an object and its complement, every
    time it occurs: a plural before the last word, after a clause opener or such a verb
    ("where plates move apart", "which made keepers unnecessary")."""
    flags: dict[tuple, list[bool]] = defaultdict(list)
    for span in spans:
        if span.kind not in ("term", "modterm") or units[span.unit].heading:
            continue
        key = span_key(units, span)
        form = kept.get(key)
        if form is None or not set(form.kinds) <= {"term", "modterm"}:
            continue
        toks = units[span.unit].tokens
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
    name ("the marine geologist Ada Bell"): a description of that person."""
    head = toks[end - 1].lower
    return end < len(toks) and toks[end].is_cap and toks[end].lower not in lx.STOPWORDS \
        and (singular(head) in lx.PERSON_NOUNS or singular(head).endswith(_ROLE_ENDINGS))


def _drop_incidental_terms(kept: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> None:
    """Drops a term of everyday words that is never what a claim is about: every occurrence is
    after a preposition ("the size of a …"), or describes the person named next to it ("the
    marine geologist Ada Bell"). A heading or a definition keeps it."""
    flags: dict[tuple, list[bool]] = defaultdict(list)
    for span in spans:
        if span.kind not in ("term", "modterm") or units[span.unit].heading:
            continue
        key = span_key(units, span)
        form = kept.get(key)
        if form is None or not set(form.kinds) <= {"term", "modterm"}:
            continue
        toks = units[span.unit].tokens
        flags[key].append(_before_person(toks, span.end) or (
            _after_preposition(toks, span.start)
            and all(lx.zipf(t.lower) >= _COMMON_TERM_WORD for t in toks[span.start:span.end])))
    for key, marks in flags.items():
        form = kept[key]
        if all(marks) and not form.headings and not _copular(form, units):
            del kept[key]


def _drop_scare_quotes(kept: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> None:
    """Drops a lowercase phrase that is only ever quoted, in one sentence, with no "called" or
    "known as" before the quote (dismissed as “idle chatter”): words quoted, not a term the
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
        if all(flags) and not form.headings and _sentences(form, units) < 2:
            del kept[key]
