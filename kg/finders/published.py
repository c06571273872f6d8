"""Titles of works named right after a verb of writing or publishing: "In 1968 she published
The Lamp as a Signal of Trade, a study of …", "wrote Structure and Meaning of Harbour
Law (1998)", or set beside a noun of a written work after a comma: "his journal of the
crossing, A Crossing to Orvell, was …" (there with a small word other than "and" or "or":
"In the report, Quesswick Bank and Orsk Bank, the lenders, …" lists two names).

The name finder (:func:`kg.finders.candidates.names`) cuts such a title at its small lowercase
words ("as", "an", "and"), giving pieces that name nothing ("Signal of Trade"). After
"published", "wrote", "authored" or "edited", a run of capitalised words joined by small
title words, three words or more, holding at least one small word, ending in a capitalised
word and closed by a comma, a bracket or the sentence's end, is one title (a ``name``
span): the gazetteer then reads the whole title where it stands, and the pieces are no
entities. A title in quotation marks or emphasis is found elsewhere
(:mod:`kg.finders.patterns`, :mod:`kg.finders.emphasis`), and one without a small word is a name the
finder reads whole.

Measured (round 10 of issue 3): over the 18 development sets it finds two such titles, both
whole book titles (printing_press: one relation joined, 0.60 → 0.70, and a piece of the
title gone; compiler: a piece of a title gone); nothing else moved.

Round 18: a title set off by commas beside a noun of a written work and at most four words
of its phrase ("his journal of the crossing, A Crossing to Orvell, was printed …") is read the
same way: on a blind probe (a botanical expedition) the account's title was found whole
(recall .94 → 1.00, a junk piece of it gone); no figure or node of the 22 development sets
and 19 other invented articles moved.

Round 18 (issue 3): a year and "as" may stand between the verb and the title, "the" after
"as" ("Its results, published in 1863 as the Review of the Carriage of Letters by Rail,
became known …", :func:`kg.finders.title_openers.title_start`): final9's pneumatic-post report was cut at "of"
before ("Report on the …" a title fragment, its last words a junk term). Review: after
"as" a run that opens with a given name or an honorific is a pen name ("She published as
Margaret Vane of Marlby"), which had been read as a title, the place lost in it; no entity
of the development sets moved.

probefix12: "paper", "article", "thesis" and "dissertation" are nouns of a written work too
("In 1966 she published a memoir, Remarks on the Tides of the Outer Harsk, in which …"), and a
run set beside such a noun that opens with a listed given name or an honorific is a person
("In a thesis, Peter Dorrin of the Bellwick Institute, …"), no title. On the blind wordbook
probe a paper's title had been cut at "of" (recall and alias unity .875 → .938, with
:mod:`kg.kinds.descriptors` relations .90 → 1.00); no entity of the 24 development sets or
the other invented articles moved.

Round 21: a title written straight after a possessive and a noun of a written work, with no
comma, is closed by the lowercase verb after it too ("His book On Tides and Other Currents
appeared in 1858", :func:`_owned`), and may hold "and" as its one small word when it opens
with a small word ("On …"): "and" alone between capitalised words is a list ("their book
Ada and Tom" stays two names). On the blind anaesthesia probe the book had been cut at "and"
(a piece of its title a node of its own): recall .94 → 1.00, relations at the evidence .80 →
.90 (the author and his book); on chronometer a book's title after "his book", closed by a
comma, is now read whole, an alias of the node its words were on; measured with
``benchmarks/entities.py --held-out --ours``, no figure of the other 52 sets moved.
Review rev14a: after a preposition ("In their paper …") the owned noun is an adjunct and
a name and a verb open the clause ("In their paper Tesk of the Orlen Institute reported …"
had made the author and the institute one title): there only a subject pronoun closes the
title ("In his book On Tides and Other Currents he argued", :func:`_owned_close`); no
figure or node of the 54 sets moved.

Probe15: a title right after a possessive, closed by an apposition that calls it a written
work (", a pamphlet of sixty leaves", :func:`_named_by_apposition`), holds its small words
("her Notes on the Tides of X, a pamphlet …"). On the blind corrowin probe the pamphlet had
been cut at "of" (recall up one item, and the author–pamphlet relation joined); measured with
``benchmarks/entities.py --held-out --ours`` (30 development sets, 28 probes) and a dump of
every entity, alias, type and reference of the 59 articles before and after, nothing else
moved.

rel15b: a title in two parts joined by a comma, set off by commas beside a noun of a written
work ("Its report, Two Wards, One Network, recommended …", :func:`_two_part`), each part
two capitalised words or more, closed by a comma and a lowercase word that is no "and"/"or",
with no given name, honorific or head of a body or a place ("A study, Orsk Medical School,
North Tarvel, found …" stays a school and a place). On the hospital probe the report had
been cut at the comma (its second part's last word a wrong mention of a firm named
"… Systems"): recall .90 → .95, alias unity .84 → .90, relations at the evidence .85 → .92;
no other mention of the 58 texts moved (reference dump).
rev15g (review): no compass word ("Its report, North Tarvel, East Orsk, found": two places)
and no noun of a post ("Its report, Ilvar Venmoor, Brannow Partner, said") in a two-part
title (:data:`_NOT_TITLE_EITHER`); no figure or set moved (the hospital probe's title kept).

diag18a (final18 seed-drill diagnosis): after a publishing verb, "The", a capitalised possessor
and capitalised words closed by a mark are one title with no small word ("In 1866 the firm
published The Ferryman's Almanac, a booklet …", :func:`_possessor_title`): the name finder had
cut it at the possessive (a node "Ferryman", the title lost). With the participle rule of
:mod:`kg.kinds.description_heads` ("a leaflet showing how to mend a boat" typed such a title by
"boat", a product) and "the" after "Its best-known product," in
:mod:`kg.finders.apposed_names`, measured (``--held-out --ours``, every entity, type and
reference of the 80 texts dumped before and after): invented_seed_drill_maker recall .75 →
.80, alias unity .70 → .75, types .60 → .70, relations .30/.40 → .40/.50; nothing else moved.

probe21a, probe21b: where the title opens after the verb is read in
:mod:`kg.finders.title_openers`.
"""

from __future__ import annotations

from kg.finders.candidates import Span, Stats, Unit
from kg.finders.title_openers import OWNERS as _OWNERS
from kg.finders.title_openers import WORK_NOUNS as _WORK_NOUNS
from kg.finders.title_openers import title_start as _title_start
from kg.finders.title_openers import titled as _titled
from kg.words import lexicon as lx
from kg.words.demonyms import COMPASS
from kg.words.given_names import GIVEN_NAMES

__all__ = ["PUBLISHING", "SMALL", "published_titles"]

PUBLISHING = lx._words("published publishes wrote writes co-wrote co-authored authored "
                        "edited")
SMALL = lx._words("the a an and or of in on at to for from with as by")
_CLOSERS = frozenset(",.;:(")
# after a comma, names joined by these alone are a list ("In the report, Quesswick Bank and
# Orsk Bank, the two lenders, …"), no title (review of round 18)
_JOINING = frozenset({"and", "or"})


def _apposed(toks: list, k: int) -> bool:
    """True when ``toks[k]`` is a comma after a noun of a written work and at most four
    words of its phrase ("his journal of the crossing,"): a title set beside it follows."""
    if toks[k].text != ",":
        return False
    for j in range(k - 1, max(k - 6, -1), -1):
        if not toks[j].is_word:
            return False
        if toks[j].lower in _WORK_NOUNS:
            return True
    return False


# (round 21) whose work a title after its noun is: "His book On Tides and Other Currents
# appeared in 1858"


def _owned(toks: list, k: int) -> bool:
    """True when ``toks[k]`` is a noun of a written work right after a possessive ("His
    book"): a title written straight after it, with no comma, is the work's."""
    return k > 0 and toks[k].lower in _WORK_NOUNS and toks[k - 1].lower in _OWNERS


# (review rev14a) prepositions that make "his book" an adjunct ("In their paper X …"), and
# the subject pronouns that may then close a title written after it ("In his book On Tides
# and Other Currents he argued …")
_FRAMES = lx._words("in on at by during throughout within from for with through across despite")
_SUBJECTS = lx._words("he she they we i it")


def _named_by_apposition(toks: list, e: int) -> bool:
    """True when the comma ``toks[e]`` opens an apposition that calls what precedes it a
    written work: ", a pamphlet of sixty leaves", ", an essay on …" (probe15)."""
    if e + 2 >= len(toks) or toks[e].text != "," or toks[e + 1].lower not in ("a", "an"):
        return False
    for t in toks[e + 2:e + 5]:
        if not t.is_word:
            return False
        if t.lower in _WORK_NOUNS:
            return True
    return False


def _owned_close(toks: list, k: int, e: int) -> bool:
    """True when the lowercase word ``toks[e]`` closes a title after the owned noun
    ``toks[k]``: any word after a subject ("His book On Tides … appeared"), only a subject
    pronoun after an adjunct ("In his book On Tides … he argued"), where a name and a verb
    open the clause instead ("In their paper Ada Tesk of the Orlen Institute reported …";
    review rev14a: that had made the author and the institute one title)."""
    if not (toks[e].is_word and toks[e].text.islower()):
        return False
    return k < 2 or toks[k - 2].lower not in _FRAMES or toks[e].lower in _SUBJECTS


# (rel15b) heads of a body or a place: "the study, Varn Medical School, North Orby, found …"
# is a body and its place, no two-part title
_NOT_TITLE = lx.ORG_HEADS | lx.PLACE_HEADS
# (rev15g) compass words of places ("Its report, North Tarvel, East Orsk, found …") and nouns of
# a person's post ("Its report, Ilvar Venmoor, Brannow Partner, said …"): no two-part title
_NOT_TITLE_EITHER = COMPASS | lx.ROLE_NOUNS | lx._words(
    "partner director chairman chairwoman chair president editor author head founder executive "
    "adviser advisor spokesman spokeswoman spokesperson")


def _two_part(toks: list, s: int, e: int) -> int | None:
    """The end of a title in two parts joined by a comma, set off by commas beside a noun of
    a written work ("Its report, Two Wards, One Network, recommended …"): each part two
    capitalised words or more, the second closed by a comma and a lowercase word that is no
    list's "and"/"or"; no given name, honorific or head of a body or a place in it."""
    if e - s < 2 or e + 3 >= len(toks) or toks[e].text != "," or not toks[e + 1].is_cap:
        return None
    f = e + 1
    while f < len(toks) and toks[f].is_word and (toks[f].is_cap or toks[f].lower in SMALL):
        f += 1
    if f - e - 1 < 2 or f + 1 >= len(toks) or toks[f].text != "," or not toks[f - 1].is_cap \
            or not (toks[f + 1].is_word and toks[f + 1].text.islower()) \
            or toks[f + 1].lower in _JOINING:
        return None
    words = [t.lower for t in toks[s:f] if t.is_word]
    if any(w in GIVEN_NAMES or w in lx.HONORIFICS or w in _NOT_TITLE or w in _NOT_TITLE_EITHER
           for w in words) \
            or any(t.possessive or t.is_acronym for t in toks[s:f]):
        return None
    return f


def _possessor_title(toks: list, s: int, e: int) -> bool:
    """True for a title "The <Word>'s <Word> …" written after a publishing verb ("In 1902 the
    firm published The Ferryman's Almanac, a booklet …", diag18a): "the" and a capitalised
    possessor open it, the possessive its only one, capitalised words after it."""
    return e - s >= 3 and toks[s].lower == "the" and toks[s + 1].possessive \
        and toks[s + 1].is_cap and not any(t.possessive for t in toks[s + 2:e]) \
        and all(t.is_cap for t in toks[s + 2:e])


def published_titles(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """Titles with small words right after a verb of writing or publishing.

    Args:
        unit_index: the unit's index.
        unit: a sentence.
        stats: the corpus statistics (unused: the finders share one signature).

    Returns:
        One ``name`` span per such title.
    """
    toks, out = unit.tokens, []
    for k in range(len(toks) - 3):
        s = k + 1
        verb, owned = toks[k].lower in PUBLISHING or _titled(toks, k), _owned(toks, k)
        owner = toks[k].lower in _OWNERS and not owned
        if verb:
            s = _title_start(toks, s)
        if s >= len(toks):
            continue
        if not (verb or owned or owner or _apposed(toks, k)) \
                or not (toks[s].is_word and toks[s].is_cap) or toks[s].is_acronym:
            continue
        if not verb and (toks[s].lower in GIVEN_NAMES or toks[s].lower in lx.HONORIFICS):
            continue  # "In the paper, Ada Lind of the Varn Institute, argued …": a person
        e = s + 1
        while e < len(toks) and toks[e].is_word and (toks[e].is_cap or toks[e].lower in SMALL):
            e += 1
        while e > s and not toks[e - 1].is_cap:
            e -= 1
        two = _two_part(toks, s, e) if not verb and not owned else None
        if two:  # "Its report, Two Wards, One Network, recommended …"
            out.append(Span(unit_index, s, two, "name"))
            continue
        titled = verb and _possessor_title(toks, s, e)  # "published The Ferryman's Almanac,"
        if e - s < 3 or e >= len(toks) or toks[e].text not in _CLOSERS and not (
                owned and _owned_close(toks, k, e)) \
                or not any(t.lower in (SMALL if verb else SMALL - _JOINING)
                           for t in toks[s + 1:e]) and not (owned and toks[s].lower in SMALL) \
                and not titled \
                or any(t.possessive for t in toks[s:e]) and not titled \
                or owner and not (verb or owned or _apposed(toks, k)) \
                and not _named_by_apposition(toks, e):
            continue
        out.append(Span(unit_index, s, e, "name"))
    return out
