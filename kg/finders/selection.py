"""Which candidate forms become entities: the evidence the corpus gives for each.

- dates, quantities, list labels, defined, quoted and bold terms, eponyms ("the Pelmor
  lamp", which their finder only gives on the corpus' evidence), acronyms defined in the
  text ("(IMF)"), their expansions and aliases are kept as found, and so are the title's
  topic noun, a mass noun written bare throughout and a name opening with a digit (recall18:
  :mod:`kg.finders.mass_nouns`, :mod:`kg.finders.digit_names`); a term seen once that
  replaced a kept term, or a rare word seen once as a learned or taught skill, is kept
  through the drops below as the agent-noun terms are (:mod:`kg.finders.replacements`,
  :mod:`kg.finders.skill_objects`, figures there);
- a capitalised name is kept when it has more than one word, is capitalised away from the
  start of a sentence twice, or is a rare word (a rare word seen once, at the start of a
  sentence, only when it is also part of a longer name: "Orvik became …", not "Cafés"), or
  the last name of a personal name (:func:`kg.merging.people.person_like` with ``common_surname``)
  seen once, not after "the" ("Bell retired" after "Siskin Bell");
- (Round 15) a common one-word name seen once is kept too when that one use stands free in
  mid-sentence: after a lowercase word other than "the", in no quotation marks or emphasis
  of its own and no title, and the text never writes the word in lowercase
  (:mod:`kg.finders.singletons`): a continent, country or city named once ("trade with
  Varnesia"). It is no word of a longer name (so "the Friends" still joins "the Friends
  of …" through :mod:`kg.finders.article_shorts`).
  Measured against the complete back-of-book indexes (benchmarks/data/full_index):
  plate_tectonics recall .671 → .685, alias unity .631 → .644, nodes matching an entry
  .685 → .698 (two places), bundled unchanged; ``--held-out --ours``: no recall, alias
  unity, relation or conflation moved; 27 nodes added on 16 sets, all places but one first
  name (read on every set). Without the lowercase, quotation and title checks it also kept
  ten common words on seven sets (a word of a painting's title, two of a programme's name,
  three quoted marks of a dial, a prize's last word, a nickname after "Mr.", a party label,
  one letter); without the longer-name check railway alias unity fell .90 → .84; after
  "the" it also kept one more place on plate_tectonics and one sea, but a common word used
  as a body's short name with no longer name ("the Friends raised …", a round-14 test)
  too: rejected;
- an acronym is kept when seen twice, or when it spells the initials of exactly one name
  of the text (joined to it by :func:`kg.merging.acronyms.undefined_acronyms`);
- a term is kept when it occurs in two different sentences (a repeated sentence counts
  once), or in a heading and a sentence that is not a list item; a phrase of very common
  words ("market leaders") needs three sentences or a definition;
- a term opened by a generic modifier ("common fund", "open days") needs three
  sentences and a heading, a definition ("The common fund is …") or a rare head;
- a term ending in a process noun ("-ion", "-ing") seen once is kept when the text names
  the same thing by the agent noun of the same verb ("-or", "-er") after the same words in
  another sentence ("relies on seed calibration" and "the seed calibrator weighs …");
  neither the nested-term rule nor the adjunct rule of :mod:`kg.finders.pieces` drops it
  (:func:`kg.finders.term_cues.process_nouns`, beside the other cues for a term seen once). Measured
  (``--held-out --ours``): it holds for three terms of the 24 sets, two kept already;
  compiler gained one gold term (recall and
  alias unity +.05, one node), nothing else moved. Grouping terms by a five-letter stem of
  their head instead also paired a supply with its supplier, a house with
  housing, and a cut-off term: rejected;
- a term seen in one sentence that its sentence marks as a thing of its own ("the idea of
  crustal sagging", "the rival star-sight method", "The salt kiln, which …") is kept, as
  the process-noun terms are (:mod:`kg.finders.term_cues`, with its figures); a kind something is
  said to be the first of ("was the first orrery.") when another sentence names it again;
- a term is dropped when every occurrence lies inside a longer kept form;
- a one-word name that is a common word (Zipf ≥ 3.5) is dropped when every occurrence is
  glued to another capitalised word, directly or through "of", "for", "on", "with" or "&"
  ("Tenants' Forum", "Notes for Beginners", "A Grammar of Tessic"): a piece of a
  longer name, not a name of its own. "and" and "in" do not glue ("Castor and Pollux",
  "College of Forestry in Kellholm"), nor does a possessive on the word ("Opera's
  PrestoCore") or a capitalised function word ("The Times"). Measured on the dev sets:
  compiler 135 → 131 nodes, hospital 40 → 39, no gold entity, alias or relation lost.
  "and" glues only inside a name joined by "of" or "for" ("Bureau for Weights and
  Measures"): vaccine −1 (such a last word); gluing after any "of" within five words also
  cut a city from "the audiences of Kelby and Oskby" (orchestra): rejected;
- so is a name ending like a demonym (-ish, -ian, -ean, -ese, -ic) every occurrence of which
  stands before a lowercase word that is no verb ("the Danish firm", "every Georgian
  terrace", "its Estonian site manager"): an adjective, not a thing; it must be
  common (Zipf ≥ 3.5) too, or the named "Varnholt survey programme" lost its name (probe).
  Measured: telescope, architect, database, hospital, vaccine −1 node each, river −2
  (two such adjectives), no gold entity, alias or relation lost. Before a noun of
  a person's trade ("the Estonian botanist", "the South Korean chemist", "a Maltese
  inventor") such a name (of one or two words; "-can", "-ch" and "-ss" end demonyms too) is
  dropped however rare the word. Measured: plate_tectonics −4, architect_bio, vaccine,
  lighthouse −1 (all nationality words), nothing else moved; extending the two-word case to
  any lowercase noun (not only trades) also dropped two ocean names ("North …", "South …"):
  rejected;
- a name written only as a hyphenated adjective ("Ostrava-born", "Paris-based") is dropped.
  Measured: orchestra −2, architect_bio −1, water_dispute −1, no gold entity lost. So is an
  adjective of nationality joined to any lowercase word ("Danish-language",
  "Danish-speaking"): printing_press −1, nothing else moved on the 18 development and 12
  invented sets. (Round 13) Not before an adverb or function word ending in "-er" ("X later
  said …", :data:`kg.finders.fragments._ER_ADVERBS`): a surname ending like a demonym
  ("-ch") was dropped so, and its sentence lost its mention. Measured: museum relations
  joined .83 → .92 (a wrong "he" gone too); nothing else moved on the 35 sets.
- a rare one-word name seen only at the start of a sentence is kept when the text also
  names it by its listed adjective ("Florence grew …" and "Florentine coins":
  :func:`kg.words.demonyms.named_by_adjective`, which :mod:`kg.finders.candidates` asks too);
- a one-word name after "the" that opens one kept "X of …" name is kept however common,
  as its short name ("the Friends" after "the Friends of Tessan Mill":
  :mod:`kg.finders.article_shorts`, with its figures);
- a name written only as a listed adjective of nationality, region or people
  (:mod:`kg.words.demonyms`: "Danish", "Malagasy", "East Asian"), however it is used, is dropped:
  architect_bio, plate_tectonics −1, vaccine −3, lighthouse −2 (figures in that module).

The second round's rules (titles, clauses, adjuncts, quotations) are in :mod:`kg.finders.pieces`.

probe20: a lowercase term whose every surface writes a hyphened compound is scored by the
compound's own frequency, as English writes it (:func:`_written_words`: "push-button" 4.4
where "push" and "button" are over 4.5), each part three letters or more ("e-book" is common:
a lawsuit probe's "e-book editions" had become a node); a one-word name whose surface keeps a
capitalised "The" (a periodical's title, :func:`kg.finders.candidates._titled_article`) is kept
though common and written once; a ``groupaction`` span (:mod:`kg.finders.group_actions`) is kept
as proposed. On the safety-match probe two product terms and a weekly found; no other set moved.
"""

from __future__ import annotations

from collections import defaultdict

from kg.finders.article_shorts import article_shorts, head_shorts
from kg.finders.candidates import Span, Unit, span_key
from kg.finders.fragments import drop_fragments, drop_verb_tails
from kg.finders.pieces import copular, drop_pieces, sentence_count
from kg.finders.rare_words import rare_word_evidence
from kg.finders.replacements import replacement_terms
from kg.finders.role_surnames import role_surnames
from kg.finders.singletons import free_singletons
from kg.finders.skill_objects import skill_objects
from kg.finders.symbols import drop_symbols
from kg.finders.term_cues import cued_terms, named_again, process_nouns
from kg.merging.acronyms import name_initials
from kg.merging.forms import Form
from kg.merging.people import person_like
from kg.words import lexicon as lx
from kg.words.demonyms import adjective_stems, named_by_adjective
from kg.words.person_words import last_name
from kg.words.tokens import key_of

_ALWAYS = frozenset({"date", "quantity", "label", "defined", "quoted", "expansion", "alias",
                     "namehead", "abbreviation", "eponym", "topic", "mass",
                     "digitname", "groupaction"})


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
    surnames |= role_surnames(units, spans)  # "the clockmaker Jules Cook … Cook's" (alias21)
    initial: dict[tuple, bool] = {}  # key → every name span of it opens its sentence
    for span in spans:
        if span.kind == "name" and not units[span.unit].heading:
            key = span_key(units, span)
            initial[key] = initial.get(key, True) and span.start == 0
    spelt = {i for i, keys in name_initials(forms).items() if len(keys) == 1}
    adjectives = adjective_stems(t.lower for unit in units for t in unit.tokens)
    in_names |= {k[0] for k in forms if len(k) == 1 and named_by_adjective(k[0], adjectives)}
    processes = process_nouns(forms, units)
    lone = free_singletons(units, spans)  # "trade with Varnesia", written once
    written = {t.lower for unit in units if not unit.heading for t in unit.tokens}
    processes |= {k for k in cued_terms(units, spans) if k in forms and "term" in forms[k].kinds}
    kept = {key: form for key, form in forms.items()
            if form.units and (_evidence(form, units, initial, in_names, surnames=surnames,
                                         lone=lone, written=written)
                               or key in processes
                               or len(key) == 1
                               and form.kinds.get("acronym") and key[0] in spelt)}
    kept.update(article_shorts(forms, kept))  # "the Friends" after "the Friends of X"
    kept.update(head_shorts(forms, kept, units, spans))  # "the Clarion" after "the Evening Quendrow Clarion"
    replaced = {k for k in replacement_terms(units, spans, kept) | skill_objects(units, spans, kept)
                if k in forms}
    kept.update({k: forms[k] for k in sorted(replaced)})  # "replaced x with y": y once
    processes |= replaced  # kept as the agent-noun terms are, through the drops below
    _drop_rare_heads(kept)
    _drop_nested_terms(kept, units, spans, processes=processes)
    drop_fragments(kept, units, spans)
    drop_verb_tails(kept)  # "the rope sold to …"
    named = {key: kept[key] for key in processes if key in kept}
    drop_pieces(kept, units, spans)
    drop_symbols(kept, units, spans)  # "at 4.2 K", "the Pb–Sr–Fe–O system"
    kept.update(named)  # named by its agent noun too: no adjunct ("relies on seed …")
    return kept


def _evidence(form: Form, units: list[Unit], initial: dict[tuple, bool],
              in_names: set[str], *, surnames: frozenset[str] = frozenset(),
              lone: frozenset | set = frozenset(), written: frozenset | set = frozenset()) -> bool:
    kinds, key = set(form.kinds), form.key
    if kinds & _ALWAYS:
        return True
    if "name" in kinds and form.proper and (
            len(key) > 1 or form.proper >= 2 or any(s.startswith("The ") for s in form.surfaces) or len(key) == 1 and key[0] in surnames
            and not form.after_article or key in lone
            and not any(s.casefold() in in_names for s in form.surfaces)
            or not lx.is_common_word(key[0], threshold=4.5)
            and (key[0] in in_names or not _only_initial(form, initial)
                 or any(s.casefold() in in_names for s in form.surfaces))):
        return True
    if "acronym" in kinds and (form.proper >= 2 or _introduced(form, units)):
        return True
    if "rareword" in kinds and rare_word_evidence(key, [units[u].tokens for u in form.units],
                                                     written=written):
        return True
    if "term" in kinds and _term_evidence(form, units) or "firstkind" in kinds \
            and named_again(key, units, seen=form.units):
        return True
    return "modterm" in kinds and sentence_count(form, units) >= 3 and (
        bool(form.headings) or copular(form, units) or lx.zipf(key[-1]) < 4.0)


def _drop_rare_heads(kept: dict[tuple, Form]) -> None:
    """Drops a rare word kept on its own evidence alone (:func:`kg.finders.rare_words.rare_word_evidence`)
    that ends a longer kept name: "the sextant" after "the Orlen Sextant" is that
    name's short form, which coreference and the short-form rules give it."""
    words = {k[-1] for k, f in kept.items() if len(k) > 1 and f.is_name}
    for key in [k for k, f in kept.items() if set(f.kinds) == {"rareword"}]:
        if key[0] in words:
            del kept[key]


def _introduced(form: Form, units: list[Unit]) -> bool:
    """True when the form is introduced by an appositive: "OSVALD, a scheduler for …"."""
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


def _term_evidence(form: Form, units: list[Unit]) -> bool:
    """Repeated in different sentences, or in a heading and a sentence that is not a list
    item; a phrase of very common words ("market leaders") needs three sentences or a
    definition."""
    n = sentence_count(form, units)
    if n < 2 and not (form.headings and any(not units[u].list_item for u in form.units)):
        return False
    words = _written_words(form)
    if all(lx.zipf(w) >= 4.5 for w in words) and n < 3 and not copular(form, units):
        return False
    common = sum(lx.zipf(w) >= 5.0 for w in words)
    return common < len(words) or n >= 4


def _written_words(form: Form) -> tuple[str, ...]:
    """The key's words, or (probe20) the words as written when every surface writes a
    lowercase hyphened compound: the compound is one word and as rare as English writes it
    ("push-button" 4.4, each part over 4.5; "long-term" 5.1 stays common), each of its
    parts three letters or more."""
    written = {tuple(s.casefold().split()) for s in form.surfaces}
    words = next(iter(written))
    hyphened = [w.split("-") for w in words if "-" in w]
    if len(written) != 1 or not hyphened or any(not s.islower() for s in form.surfaces) \
            or any(len(p) < 3 for parts in hyphened for p in parts):
        return form.key  # not a letter's prefix ("e-book", "x-ray": common words)
    return words


def _drop_nested_terms(kept: dict[tuple, Form], units: list[Unit], spans: list[Span], *,
                       processes: frozenset | set = frozenset()) -> None:
    """Drops a term whose every occurrence lies inside a longer kept form (one of
    ``processes``, kept on its agent noun's evidence, only when it is never free)."""
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
                form.headings or copular(form, units) or key in processes)):
            del kept[key]
