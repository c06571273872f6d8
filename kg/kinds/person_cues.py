"""The shape of a person's name, and the words before it that a person's name does not follow.

types17b (:func:`_patronymic`): a name opened by a listed given name whose surname is a
given name, or one and "s" ("Ada Thomas", "Tom Ewan Edwards"), is a person's though its surname
is a frequent word. Measured (``benchmarks/entities.py --held-out --ours``, 34 development sets
and 32 probes, every entity, alias, type and reference of the 66 texts dumped before and
after): the harmonica probe's composer other → person; with the rules of
:mod:`kg.kinds.type_cues` and :mod:`kg.kinds.described_kinds` (types17b) its types .65 → .85;
no other set moved. The given-name list holds no common words ("Mark", "Rose", "Hope" stay
surnames that a frequent word blocks).

Read by :func:`kg.kinds.entity_types.assign_types`: :func:`person_like` (the shape, less names
no person bears), :func:`initials_and_surname` ("J. J. Varnholt") and
:func:`placed_like_things` ("a hut at Orran Pinfold").

Round prec13, second rule: a whole name shaped like a person's right after "in", "at",
"into", "on" or a possessive determiner ("his", "their" …), itself not possessive, takes
−3 person (as after "the"), and after "in"/"at"/"into" +1 place ("a hut at Orran Pinfold",
"the lane into Brannagh Moor", "his Kelder Rubrics"). Over the 48 sets every person-typed
mention so placed, read one by one, was no person (a tarn, a town, a temple, a headland, a
list of theses), and every person after those words was written with "'s" ("in Orla
Quillan's house", left alone). A one-word mention is left out ("an essay on Quillan" names a
person; a town's one-word name joined as a short form to a longer name of another kind would
have made a time standard a place). Measured (``--held-out --ours``): architect_bio type
agreement .75 → .80; 14 nodes retyped, all right (12 person or other → place: the gold
house, a weir, a moss, a farm, five regions, a tarn, a town, a temple; a headland and a
list of theses person → other); no mention, and no other figure moved.

Round prec13, third rule: a name opened by a listed adjective of nationality
(:func:`kg.words.demonyms.is_demonym`) is not shaped like a person's (:func:`person_like`):
"the Danish Vespers", "British Rollmakers". Measured (``--held-out --ours``): two nodes
person → other (a requiem on orchestra, a firm of the shipyard probe, right; the firm's gold
type, organisation, is still not reached), nothing else moved. Nor is a name opened by another
language's definite article ("Die", "Der", "Das", "Dem", "Il", "Les", "Het"; not "El", "Le",
"La", "Des", "Den", which open nicknames, surnames and given names): one newspaper on
discovery_of_xrays person → document (right enough: a periodical), nothing else moved. Nor
is a name whose last word ends like an abstract noun no surname has ("-tion(s)", "-sion(s)",
"-ities", "-isms", "-ology": "Ossick Editions"): two nodes person → other (a publisher of
the quartet probe, a title's piece on radiocarbon), nothing else moved.

Round prec13, eighth rule: one to three initials and one capitalised word that is no head
noun ("J. J. Varnholt") are a person's name (+2 person), a shape :func:`person_like` leaves
out (it needs two full words). Measured: one node other → person (a physicist on
discovery_of_xrays, right); nothing else moved on the 48 sets.

Review rev13c of round prec13: the second rule read each mention alone, so one "a book on
Ada Lind" or "interest in Tom Quorrick" outweighed a person's bare name elsewhere (three mentions
of a poet, one after "on": other); it now holds for a name more often so placed than free
(:func:`placed_like_things`; "from", "to", "the" … count for neither side). Tried first: only
a name every mention of which is so placed: architect_bio type agreement .80 → .75 (the gold
house is also listed once), so rejected. "Les" is no foreign article here (a given name: "Les
Pelmor" was an organisation), and the singular "-tion", "-sion" no abstract ending ("Hession",
"Motion" are surnames; the gains were plurals). A two-word name shaped like a person's
(:func:`~kg.kinds.form_types.personal_shape`) takes nothing from a last word "Survey",
"Project", "Expedition" ("the host Rob Survey" was an organisation). Measured (``--held-out --ours``): no figure of
the 26 sets and 22 probes moved, and no node of the 48 sets changed type.

Review rev15j of diag15o: "Herr", "Frau", "Mme", "Madame", "Monsieur" became honorifics
(:data:`kg.words.lexicon.HONORIFICS`), so "Herr Dostel" (a titled key) was no longer
:func:`person_like` and, written only so, fell from person to other or organisation and lost
its surname alias. :func:`titled_name` (+2 person, as :func:`initials_and_surname`) types
such a name a person again (figures in the commit and in tests/test_entities_rev15j.py).
"""

from __future__ import annotations

import re
from collections import Counter

from kg.finders.candidates import Unit
from kg.finders.gazetteer import Match
from kg.kinds.person_slots import no_person_slot
from kg.merging.canonical import Form
from kg.merging.canonical import person_like as _shaped_like_a_person
from kg.merging.forms import top
from kg.words import lexicon as lx
from kg.words.demonyms import is_demonym
from kg.words.given_names import GIVEN_NAMES
from kg.words.person_words import titled_key

__all__ = ["initials_and_surname", "person_like", "placed_like_things", "titled_name"]


def person_like(form: Form) -> bool:
    """:func:`kg.merging.people.person_like`, less a name opened by an adjective of nationality
    (:func:`kg.words.demonyms.is_demonym`: "the Danish Vespers", "British Rollmakers"): few
    given names are one ("Roman" is), and a demonym glued onto a person's name is cut by the
    candidate finder already ("the Finnish Aino Virtanen"); nor one opened by another
    language's definite article ("the weekly *Der Varnbote*"), nor one whose last word ends
    like an abstract plural or a field of study ("Ossick Editions", "Varn Geology")."""
    words = top(form).split()
    return (_shaped_like_a_person(form) or _patronymic(words)
            and _shaped_like_a_person(form, common_surname=True)) and not is_demonym(words[:1]) \
        and not (words and words[0] in _FOREIGN_ARTICLES) \
        and not (words and words[-1].casefold().endswith(_ABSTRACT_ENDINGS))


def _patronymic(words: list[str]) -> bool:
    """True for a name opened by a given name whose last word is a given name, or one and
    "s" ("Ada Thomas", "Tom Ewan Edwards"): a surname made from a given name, which
    :func:`kg.merging.people.person_like` takes for a frequent word (types17b). The given
    names listed are no common words ("Mark", "Rose", "Grace" are not in the list)."""
    last = words[-1].casefold() if len(words) >= 2 else ""
    return bool(last) and words[0].casefold() in GIVEN_NAMES \
        and (last in GIVEN_NAMES or last.endswith("s") and last[:-1] in GIVEN_NAMES)


# (prec13) definite articles of other languages that open a title or a firm's name, never a
# person's ("Der Varnbote", "Il Corriere di Osk"); not "El", "Le", "La", "Des", "Den", "Les",
# which open nicknames, surnames and given names ("Les Pelmor": rev13c)
_FOREIGN_ARTICLES = frozenset({"Die", "Der", "Das", "Dem", "Il", "Het"})
# endings of abstract nouns that no surname has ("… Editions", "Field Observations"); not
# "-ence", "-ance", "-ment", "-ness" ("Lawrence", "Constance", "Clement", "Harkness"), nor the
# singular "-tion", "-sion" ("Motion", "Hession": rev13c)
_ABSTRACT_ENDINGS = ("tions", "sions", "ities", "isms", "ology")


# (prec13) one or more initials and one capitalised word: a person's name as science writing
# gives it ("J. J. Varnholt"), which person_like() leaves out (it needs two full words); not
# before a head noun ("J. Street", "St. Hall")
_INITIALS_AND_SURNAME = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_NOT_SURNAMES = (lx.ORG_HEADS | lx.DOCUMENT_HEADS | lx.PLACE_HEADS | lx.PRODUCT_HEADS
                 | lx.STRUCTURE_HEADS)


def initials_and_surname(form: Form) -> bool:
    """True for one to three initials and one capitalised word that is no head noun ("J. J.
    Varnholt", "T. Orsk"), a person's name as science writing gives it."""
    return bool(_INITIALS_AND_SURNAME.fullmatch(top(form))) and form.key[-1] not in _NOT_SURNAMES


def titled_name(form: Form) -> bool:
    """True for an honorific of address and one capitalised word that is no head noun, not
    mostly after "the" ("Herr Dostel", "Mme Pennet"; not "the Governor Hotel"): a person,
    which :func:`person_like` leaves out (a titled name is a way to name one: rev15j)."""
    words = top(form).split()
    return form.is_name and titled_key(form.key) and len(words) == 2 \
        and words[1][:1].isupper() and form.key[-1] not in _NOT_SURNAMES \
        and form.after_article * 2 <= sum(form.surfaces.values())


def placed_like_things(scores: list[Counter], units: list[Unit], matches: list[Match],
                       named: list[bool], people: list[bool], shaped: list[bool]) -> None:
    """Takes 3 from person for each mention of a name shaped like a person's after "in",
    "at", "into", "on" or "his" … (:func:`kg.kinds.person_slots.no_person_slot`), and adds 1 to
    place for each after the first three, when the name is more often so placed than free ("a
    hut at Orran Pinfold", "his Kelder Rubrics"); a person so named once is named freely
    elsewhere too ("a book on Ada Lind. Ada Lind sang …": rev13c).

    Args:
        scores: each group's type scores, updated in place.
        units: the tokenised sentences and headings.
        matches: every occurrence of every group.
        named: whether each group holds a name.
        people: whether each group holds a name shaped like a person's (:func:`person_like`).
        shaped: the same by :func:`kg.kinds.form_types.personal_shape`.
    """
    slots: dict[int, list[str | None]] = {}
    for m in matches:
        unit = units[m.unit]
        if not unit.heading and named[m.group] and (people[m.group] or shaped[m.group]):
            slots.setdefault(m.group, []).append(no_person_slot(unit.tokens, m.start, m.end))
    for g, found in slots.items():
        placed = sum(w in ("place", "thing") for w in found)
        if placed > found.count(None):
            scores[g]["person"] -= 3 * placed
            scores[g]["place"] += found.count("place")
