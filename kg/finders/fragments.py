"""Names that are pieces of longer names or adjectives, dropped by :func:`kg.finders.selection.select`.

:func:`drop_fragments` drops a kept form that is a name of its own nowhere in the text:

- a one-word common word (Zipf ≥ 3.5) every occurrence of which is glued to another
  capitalised word, directly or through "of", "for", "on", "with" or "&" (:func:`_glued`;
  "and" only inside a name joined by "of" or "for": :func:`_inside_name`), or is a
  demonym-like adjective before a lowercase word that is no verb (:func:`_modifier`);
- a name of one or two words ending like a demonym before a noun of a person's trade
  (:func:`_before_role`), not before an adverb or function word ending in "-er"
  (:data:`_ER_ADVERBS`);
- a name written only as a hyphenated adjective, "Ostrava-born", "Pelmor-type" (place12:
  "-type", "-like", "-shaped", "-inspired", "-related", "-specific" too; enigma_codebreaking
  −1 node, nothing else moved), or a nationality's, "Danish-language"
  (:func:`_compound_adjective`), or only as a listed adjective of nationality, region or
  people, or a people's plural, "the Poles" (:func:`_demonym`, from :mod:`kg.words.demonyms`);
  not a plural that ends a longer kept name, a club's short name ("Quendrow Saxons" … "the
  Saxons", :func:`_plural`; rev12b: dropped, the club lost those mentions and was typed a
  person; no figure of the 24 sets and the probes moved, no node changed).
  rel19: nor one man or woman of a people, "Frenchman", "the Welshwoman's"
  (:func:`_one_of_a_people`), which :mod:`kg.references.role_subjects` takes up as a
  description of the person just named; measured: one junk node gone on a fresh history, no
  node of the 72 texts of ``--held-out --ours`` changed.

(junk16) Two more shapes, from the survey of nodes matching no gold entity (docs/NODE_SURVEY.md):

- a common word glues forward through "of the", "of a" or "of an" to a capitalised word too
  (:func:`_titled_after`): the opening word of a title-cased name cut there, "its first
  Skipper of the Decade", is none when no use of it stands free. Measured (``--held-out
  --ours``): pcr_history core nodes 54 → 53 (such an award's first word), nothing else moved;
- :func:`drop_verb_tails`: a lowercase term of two words or more ending in an irregular
  past form that is no noun (:data:`_VERB_TAILS`: "sold", "built", "wrote", not "felt",
  "rose", "shot", "fell") is a noun and the verb after it, "every hawser sold to the navy".
  Measured: ropewalk_invented core nodes 28 → 27, nothing else moved; no recall, alias
  unity, relation or conflation figure moved on the 60 sets for either rule.

(rev16b) Narrowed after a second read: the capitalised word after "of the" must be a common word
ending the name (the steamer "Beacon of the Wendlow Line", written once, was dropped), and
"rode", "stole", "spoke", "drove", "shook" are nouns too ("the anchor rode", "a silk stole" were
dropped). Measured: no figure of the 62 sets moved (dev core nodes 1728, probes 687 unchanged).

(core19) :func:`_drop_opening_plurals`: a one-word plural name every use of which opens its
sentence, whose singular the text writes in lowercase mid-sentence ("Hampers ran short …"
beside "a hamper loom"), and which is no word of a longer kept name ("Harriers lost …" beside
"Brimsey Harriers" stays). :func:`kg.finders.units.positional_capital` lets such a word
through when it is rarer than Zipf 3.5 and the text never writes that plural in lowercase.
Measured (``--held-out --ours``, 72 sets): papermill_invented core nodes 34 → 33, nothing
else moved. Left: a rare plural of people with no lowercase singular in the text
(kilogram_history_factual's scientists, named twice at sentence starts), which the same
shape as a club's plural name ("Harriers won …") keeps. (rev19a) Left too: a club's plural
name that only opens sentences beside its lowercase singular in another sense ("Rovers won …",
"a rover by nature") is dropped (a strict xfail in ``tests/test_entities_core19.py``).

(probe19) A month after its day number ("On 14 March Walton sang …", cut off the name by
:mod:`kg.finders.candidates`) glues no name after it (:func:`_glued`): a
common surname used alone once after such a date was dropped as a piece of "March Walton",
and its sentence lost its mention (the "his" and "He" after it went to another man). Measured
(``--held-out --ours``, 38 development sets, 36 probes, every entity and mention dumped before
and after): the insulin probe's alias unity .75 → .80 (that surname, one mention and two
references now right); nothing else moved.

The rules, and the figures measured for each, are in :mod:`kg.finders.selection`'s docstring, beside
the other rules of what is kept; :func:`~kg.finders.selection.select` calls :func:`drop_fragments`
after the nested-term rule and before :mod:`kg.finders.pieces`.
"""

from __future__ import annotations

from collections import defaultdict

from kg.finders.candidates import Span, Unit, span_key
from kg.finders.name_ends import dated_month
from kg.finders.name_runs import NAME_HEADS
from kg.finders.pieces import ROLE_ENDINGS
from kg.merging.forms import Form
from kg.words import lexicon as lx
from kg.words.demonyms import PEOPLE_NOUNS, is_demonym, is_people
from kg.words.tokens import singular

__all__ = ["drop_fragments", "drop_verb_tails"]

_DEMONYM = ("ish", "ian", "ean", "ese", "ic", "can", "ch", "ss")
# last parts of a hyphenated adjective made from a name ("Ostrava-born", "Paris-based")
_COMPOUND_ADJECTIVE = frozenset({"born", "based", "bred", "built", "made", "owned", "led",
                                 "run", "funded", "backed", "style", "type", "like", "shaped",
                                 "inspired", "related", "specific"})


def _capital(tok) -> bool:
    return tok.is_cap and tok.lower not in lx.STOPWORDS


def _glued(toks: list, i: int, *, named: frozenset = frozenset()) -> bool:
    """True when the word at ``i`` touches another capitalised word, directly or through a
    connector ("Notes for Beginners"). A month after its day number, "On 14 March Walton
    sang …" (cut off the name by :mod:`kg.finders.candidates`), glues no word of
    ``named`` (probe19), but the head of a place named for the date still is a piece, "23 March
    Street", "the 25 April Bridge" (rev19e)."""
    if i >= 1 and _capital(toks[i - 1]) and not (dated_month(toks, i - 1) and toks[i].lower in named) \
            or i >= 2 and toks[i - 1].lower in lx.NAME_GLUE and _capital(toks[i - 2]):
        return True
    if i >= 4 and toks[i - 1].lower == "and" and _inside_name(toks, i - 2):
        return True  # the last word of "Bureau for Weights and Measures"
    if toks[i].possessive:
        return False
    n = len(toks)
    return i + 1 < n and _capital(toks[i + 1]) or i + 2 < n and toks[i + 1].lower in lx.NAME_GLUE \
        and _capital(toks[i + 2]) or _titled_after(toks, i)


def _name_words(kept: dict[tuple, Form]) -> frozenset:
    """The words of the kept names of two words or more that are no name's head noun ("walton"
    of "Mira Walton", not "street" of "Quendrow Street"): what a dated month may stand before."""
    return frozenset(w for key in kept if len(key) > 1 for w in key
                     if singular(w) not in NAME_HEADS)


def _titled_after(toks: list, i: int) -> bool:
    """True when "of the" (or "of a", "of an") and one capitalised common word follow the
    word at ``i``: the opening word of a title-cased name ("Molecule of the Year"), not a
    name before its owner ("the steamer Beacon of the Wendlow Line")."""
    return i + 3 < len(toks) and toks[i + 1].lower == "of" \
        and toks[i + 2].lower in ("the", "a", "an") and _capital(toks[i + 3]) \
        and lx.zipf(toks[i + 3].lower) >= 3.5 and not (i + 4 < len(toks) and _capital(toks[i + 4]))


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
    return _modifier(toks, i) and nxt not in _ER_ADVERBS and (
        nxt in lx.PERSON_NOUNS or nxt.endswith(ROLE_ENDINGS))


# words ending like a trade ("-er") that are adverbs or function words: "Vorich later said …"
# is a surname before an adverb, no nationality before a trade
_ER_ADVERBS = lx.STOPWORDS | lx._words("later earlier ever never however rather further "
                                       "together either neither whether after over under "
                                       "thereafter hereafter sooner")


def _compound_adjective(form: Form) -> bool:
    """True for a name written only as a hyphenated adjective ("Ostrava-born", "Paris-based")."""
    return all("-" in s and (s.rsplit("-", 1)[1].casefold() in _COMPOUND_ADJECTIVE
                             or _demonym_compound(s)) for s in form.surfaces) \
        and bool(form.surfaces)


def _demonym_compound(surface: str) -> bool:
    """True for an adjective of nationality joined to a lowercase word ("Danish-language",
    "Danish-speaking"): an adjective, not a thing."""
    first, _, last = surface.partition("-")
    return bool(last) and last.isalpha() and last.islower() and is_demonym([first])


def drop_fragments(kept: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> None:
    """Drops a one-word common-word name every occurrence of which is glued to another
    capitalised word, or is a demonym-like adjective before a noun (see the module
    docstring)."""
    uses: dict[tuple, list[bool]] = defaultdict(list)
    named = _name_words(kept)
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
            uses[key].append(_glued(toks, last, named=named) or _modifier(toks, last))
        else:  # "the Estonian botanist", "the South Korean chemist"
            uses[key].append(_before_role(toks, last))
    for key, flags in uses.items():
        if all(flags):
            del kept[key]
    tails = {key[-1] for key, form in kept.items() if len(key) > 1 and not _demonym(form)}
    for key, form in list(kept.items()):
        if set(form.kinds) == {"name"} and (_compound_adjective(form) or _demonym(form)) \
                and not (len(key) == 1 and key[0] in tails and _plural(form)):
            del kept[key]
    _drop_opening_plurals(kept, units, spans)


def _drop_opening_plurals(kept: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> None:
    """Drops a one-word plural name every use of which opens its sentence, whose singular
    the text writes in lowercase in mid-sentence ("Hampers ran short …" beside "a hamper loom"):
    a common noun capitalised by position. A word of a longer kept name stays ("Harriers
    won …" beside "Brimsey Harriers")."""
    opening: dict[tuple, bool] = {}
    for span in spans:
        if span.kind == "name" and span.end - span.start == 1 and not units[span.unit].heading:
            key = span_key(units, span)
            opening[key] = opening.get(key, True) and span.start == 0
    lower = {t.lower for unit in units if not unit.heading
             for t in unit.tokens[1:] if t.text.islower()}
    in_names = {w for key in kept if len(key) > 1 for w in key}
    for key, first in opening.items():
        form = kept.get(key)
        if form is None or not first or set(form.kinds) != {"name"} or key[0] in in_names:
            continue
        if key[0] in lower and all(s.casefold() != key[0] and s.casefold().endswith("s")
                                   for s in form.surfaces):
            del kept[key]


# irregular past forms that are no noun too ("felt", "rose", "shot", "fell" are; rev16b: "rode",
# "stole", "spoke", "drove", "shook" too, "the anchor rode", "a silk stole"): a lowercase term
# ending in one is a noun and its verb, "the rope sold to …", no thing of its own
_VERB_TAILS = lx.PAST_VERBS - lx._words("""
drove fell felt hit hid laid led left lost met ran rode rose sat shook shot shut spoke stole won
wore
""")


def drop_verb_tails(kept: dict[tuple, Form]) -> None:
    """Drops a lowercase term of two words or more whose last word is an irregular past
    form and no noun ("rope sold", "the cargo bought"): a noun and the verb after it."""
    for key, form in list(kept.items()):
        if len(key) > 1 and key[-1] in _VERB_TAILS and set(form.kinds) <= _TERM_KINDS \
                and all(s.islower() for s in form.surfaces):
            del kept[key]


_TERM_KINDS = frozenset({"term", "modterm"})


def _plural(form: Form) -> bool:
    """True when a surface of the form is a people's plural (:func:`is_people`): kept when
    it ends a longer name, a club's short name ("Quendrow Romans" … "the Romans")."""
    return any(is_people(s.split()) for s in form.surfaces)


def _demonym(form: Form) -> bool:
    """True for a name written only as a listed adjective of nationality, region or people
    (:mod:`kg.words.demonyms`: "Danish", "East Asian") or a people's plural ("Germans", "the
    Poles": :func:`kg.words.demonyms.is_people`), in running text and headings."""
    surfaces = list(form.surfaces) + list(form.heading_surfaces)
    return bool(surfaces) and all(is_demonym(s.split()) or is_people(s.split())
                                  or _one_of_a_people(s) for s in surfaces)


def _one_of_a_people(surface: str) -> bool:
    """(rel19) True for one man or woman of a people, "Frenchman", "the Welshwoman's" (the
    "-man" nouns of :data:`kg.words.demonyms.PEOPLE_NOUNS`): a description, as "Frenchmen" is
    a people, which :mod:`kg.references.role_subjects` takes up ("The Frenchman's pen")."""
    word = surface.split()[-1].casefold().removesuffix("'s").removesuffix("’s")
    return len(surface.split()) == 1 and word.endswith(("man", "woman")) \
        and word.removesuffix("woman").removesuffix("man") + "man" in _PEOPLE_MEN


_PEOPLE_MEN = frozenset(n for n in PEOPLE_NOUNS if n.endswith("man"))
