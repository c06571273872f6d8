"""Merge rules for personal names: surnames, and which names are a person's.

- ``initials``: "Clara A. Merrow" = "Clara Merrow" = "Clara Anne Merrow": :mod:`kg.merging.initialled`
  (figures there).
- ``surname``: one capitalised word that is the last word of exactly one personal name and
  part of no other name ("Merrow" → "Clara A. Merrow"; "Garrow" stays apart when a "Peter
  Garrow Memorial Hall" also exists).
- ``titled-surname``: a surname after an honorific of address ("Mayor Merrow") joins as
  the surname alone would; a titled form is no personal name (no person's label), and a
  label written with an honorific loses it ("Alderman Ada M. Lind" → "Ada M. Lind",
  :func:`untitled`; :mod:`kg.entities` keeps each honorific spelling as an alias, and the
  surname of a titled one, "Mrs Lind" → "Lind", rule ``honorific``). Measured: dev2
  water_dispute alias unity 0.60 → 0.85, architect_bio 0.80 → 0.85 (0.90 with
  :mod:`kg.merging.namesakes` taking a titled surname), bridges 0.75 → 0.80.
- a surname that is a frequent English word ("John Young", "Adam Smith") still makes a
  personal name when the text uses it alone, always capitalised, never after "the" or as a
  place ("in Washington"), or after an honorific (:func:`known_people`); before, "Young"
  stayed a node of its own. No development set moves (none has such a bare surname);
  invented texts in tests/test_common_surnames.py. Not done: a first name neither listed
  nor rare ("Ada", Zipf 3.7) still makes "Ada Bell" no person's name.
  (rel19) Two listed given names before such a surname make a personal name whatever the
  text does with the surname ("Henry Arthur Field", :func:`person_like`): a famous inventor
  so named was typed other and his "he" went to the man of the paragraph before. Measured:
  one person typed right on a fresh recording history (one wrong "His" now his); no type or
  reference of the 72 texts of ``--held-out --ours`` moved. Review rev19b: not before the
  head of a named idea or group (:data:`_THING_HEADS`): "Henry George Theory fell out of
  favour" had typed the theory a person; no figure of the 74 texts moved.
- a firm named after its founders ("Merrow & Garrow") is no rival for "Merrow" or "Garrow":
  measured on the bridges development set, the founders' bare surnames then join them.
- ``surname`` for a hyphenated surname or one with particles, and ``first-name``, a lone first
  name: :mod:`kg.merging.lone_names`.

- a thing named after a person, the surname and one or two common nouns ("Pellard Inquiry",
  "Pelmor Base", "Tesk Appeal": :func:`named_after`), is no rival for the bare surname,
  which stays the person's; and :mod:`kg.merging.canonical` takes no person's bare surname as a short
  form of a longer name of any head but a firm's (before, only of a distinct head; a bare
  "Harbridge" may still be the "Harbridge Motor Company"). Measured (issue 3,
  round 9): fell_rescue conflations 3 → 0, alias unity 0.75 → 0.90, relations joined
  0.50 → 0.70; over the 16 development sets and the 11 invented ones nothing else moved (the
  only other names it applies to are a scale named after a person and an invented request).

- a particle inside a name is no word of it for :func:`person_like` ("Karl van Oordt" is a
  personal name; figures with the particle rule of :mod:`kg.merging.lone_names`).

- no personal name opens with a leading head, a generic modifier or a compass word
  ("Project Tamsworth", "Great Corvey", "North Tessing" were typed as people, and a person's
  surname alias would follow). No benchmark figure moved (two gold "projects" and a gold
  place, typed as people before, are now "other", which the type measure counts the same).

Two names that merely share a word are never joined ("Pavel Orlov" / "Petrine Orlov").

Round 20 (issue 3): four capitalised words make a personal name when a common given name
is the first or second (two middle names, :func:`person_like`; the shape test of
:func:`kg.kinds.form_types.personal_shape` allows four too): a blind probe's two scientists,
named in full once, were "other" and their bare surnames nodes of their own. Measured
(``--held-out --ours``, every entity and mention dumped): that probe's alias unity .67 →
.78, relations anywhere .60 → .70, types .72 → .83, two nodes fewer; nothing else of the 48
sets moved (no other text writes such a name).

probe16: particles inside a name do not count among its four words ("Lucien Varmot de la
Crousse"), the word before two particles is a surname a bare word may be
(:func:`kg.merging.surnames.name_before_particles`), a bare surname two names end in goes
to the one who writes it whole (:func:`kg.merging.surnames.whole_surname`: "Fenwick" is
"Walter Fenwick", not "Ada Morrowby-Fenwick"), and a double surname joined to its person is
no rival of a bare one (:func:`rival_words`). On the tea and braille probes two surnames
joined their people (alias unity .85 → .95 and .70 → .95 with the other probe16 rules); no
entity of the other 60 texts moved (dump before and after).

rev19c: a titled surname joins no person whose listed given name is of the other gender than
its title (``TITLE_GENDER``: "Ada Pellory married Peter Brask. Mrs Brask …" had joined the bride's
title to the groom; alias19's sentence-opening titles made it more frequent). Measured (38
development sets, 36 probes): no figure of any set moved.

The words around a personal name (honorifics of address, initials, generational suffixes) and
the comparison of two spellings are in :mod:`kg.words.person_words`; those this module uses are
importable from here as before (``same_person``, which only :mod:`kg.merging.initialled` uses now, is
not).
"""

from __future__ import annotations

from collections import defaultdict

from kg.merging.forms import Form, UnionFind, strip_possessive, top
from kg.merging.surnames import name_before_particles, named_after, whole_surname
from kg.words import lexicon as lx
from kg.words.given_names import GIVEN_NAMES, gender_of
from kg.words.kind_nouns import IDEA_HEADS, TYPING_HEADS
from kg.words.person_words import (
    INITIAL,
    OTHER_GENDER,
    TITLE_GENDER,
    cited_case,
    coordinated,
    core_words,
    last_name,
    titled_key,
)

# A short form means the whole name when the rest is a legal or generic suffix ("Apple" for
# "Apple Inc", "Stanford" for "Stanford University"), not when it names a part or a work
# ("Microsoft Research", "Garrow Review").
SAME_HEADS = frozenset("inc inc. corp corp. corporation co co. ltd ltd. llc plc gmbh ag company "
                       "bank university college group holdings pharma pharmaceuticals "
                       "therapeutics biologics biosciences technologies motors airlines".split())
DISTINCT_HEADS = (lx.ORG_HEADS | lx.DOCUMENT_HEADS | lx.PLACE_HEADS) - SAME_HEADS
_NOT_NAME = (DISTINCT_HEADS | SAME_HEADS | lx.PRODUCT_HEADS | lx.TECHNIQUE_HEADS | lx.STOPWORDS
             | lx.MONTHS)
# first words of names that are no given name: a leading head ("Project Tamsworth", "Lake
# Orm"), a generic modifier or a compass word ("Great Corvey", "North Tessing")
# (rev19b) heads of a named idea or group that two given names may open ("Henry George
# Theory", "the Peter Paul Band"), which the rel19 exception below leaves no surname
_THING_HEADS = IDEA_HEADS | frozenset(TYPING_HEADS)
_NOT_GIVEN = lx.LEADING_HEADS | lx.GENERIC_MODIFIERS | lx._words(
    "north south east west northern southern eastern western upper nether")


def person_like(form: Form, *, common_surname: bool = False) -> bool:
    """Looks like a personal name: two or three capitalised words (and initials), or four
    when a common given name is the first or second ("Hubert James Orley Tesk"), no acronym,
    no head noun, never after "the" ("The Quiet Gardener" is a title), and either a middle
    initial, a word rare in English or a common given name first (:mod:`kg.words.given_names`).
    With ``common_surname``, a last name that is a frequent English word is allowed (see
    :func:`known_people` for the evidence that must then come from the text)."""
    if form.after_article and form.after_article >= sum(form.surfaces.values()) \
            or titled_key(form.key):
        return False  # "Mayor Skarn" is a way to name a person, not the person's name
    words = core_words(strip_possessive(top(form)).split())
    plain = [w for i, w in enumerate(words) if not INITIAL.fullmatch(w)
             and not (0 < i < len(words) - 1 and w.casefold() in lx.NAME_PARTICLES)]
    if not (2 <= len(plain) <= 3 or len(plain) == 4 and any(  # two middle names (round 20)
            w.casefold() in GIVEN_NAMES for w in plain[:2])) \
            or len(words) > 4 + sum(w.casefold() in lx.NAME_PARTICLES for w in words[1:-1]):
        # particles do not count ("Lucien Varmot de la Crousse", probe16)
        return False
    if any(not w[:1].isupper() or w.isupper() for w in plain):
        return False
    if any(w.casefold() in _NOT_NAME for w in plain) or plain[0].casefold() in _NOT_GIVEN:
        return False  # "Project Tamsworth", "Great Corvey": no given name opens them
    if _particle_joined(plain[0]):
        return False  # "Varnier-La Tour": a firm's double name, no given name
    if lx.zipf(plain[-1]) >= 4.5 and len(words) == len(plain) and not common_surname \
            and not (len(plain) == 3 and all(w.casefold() in GIVEN_NAMES for w in plain[:2])
                     and plain[-1].casefold() not in _THING_HEADS):
        # (rel19) two given names before it make a common word a surname: "Ada Grace Bell";
        # (rev19b) not a named idea's or group's head, "Henry George Theory fell …"
        return False  # "Harbridge Deep Survey": a surname is seldom a common noun (an initial
        # says otherwise: "J. Ornwell Haskett"; a given name does not: "Elizabeth Line")
    return len(words) > len(plain) or min(lx.zipf(w) for w in plain) < 3.5 \
        or plain[0].casefold() in GIVEN_NAMES  # "Peter Harding": every word is frequent


def _particle_joined(word: str) -> bool:
    """True for a word joined by a hyphen to a capitalised particle ("Varnier-La",
    "Orsini-De"): a given name is never so written, a firm named after two families is
    ("… -La Varenne"). Round 13: one firm of pcr_history was a person by its shape, and its
    bare second name that person's surname; no other node of the 20 sets moved."""
    parts = word.split("-")
    return len(parts) > 1 and any(p[:1].isupper() and p.casefold() in lx.NAME_PARTICLES
                                  for p in parts[1:])


def join_double_names(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """Joins the bare last word of a firm's double name ("Tour" of "Varnier-La Tour",
    :func:`_particle_joined`) to it, as :func:`join_surnames` joins a person's surname, when
    no other name holds the word (rule ``surname-part``)."""
    doubles = [f for f in forms.values() if f.is_name and len(f.key) >= 2
               and _particle_joined(strip_possessive(top(f)).split()[0])]
    for long in doubles:
        short = forms.get(long.key[-1:])
        if short is None or not short.is_name or short.kinds.get("acronym") or any(
                long.key[-1] in f.key for f in forms.values()
                if f.key not in (short.key, long.key) and uf.find(f.key) != uf.find(long.key)):
            continue
        uf.union(short.key, long.key, "surname-part", f"“{top(short)}” is the last name of "
                 f"the double name “{top(long)}”", top(short))


def known_people(forms: dict[tuple, Form], *,
                 placed: set[tuple] | frozenset = frozenset()) -> set[tuple]:
    """The keys of the forms that name a person: :func:`person_like` ones, and those it finds
    too common ("John Young": "young" is a frequent English word) whose last name the text
    also uses alone as a name ("Young predicted …", "Later Young retired") or after an
    honorific ("Dr Young"): capitalised every time, never after "the" ("the Line" is no
    "Elizabeth Line") and never after "in", "near" … (``placed``: "in Washington")."""
    bare = {f.key[-1] for f in forms.values()
            if f.is_name and not f.kinds.get("acronym") and f.key not in placed
            and (titled_key(f.key) or len(f.key) == 1 and not f.after_article and f.surfaces
                 and all(s[:1].isupper() and not s.isupper() for s in f.surfaces))}
    return {f.key for f in forms.values() if person_like(f) or len(f.key) >= 2
            and last_name(f.key) in bare and person_like(f, common_surname=True)}


def rival_words(forms: dict[tuple, Form], uf: UnionFind | None = None, *,
                people: set[tuple] | None = None,
                placed: set[tuple] | frozenset = frozenset()) -> set[str]:
    """The words of the names that compete with people for a bare surname.

    A name ending in a distinct head is named after the person ("Garrow Review") and does
    not compete; nor does a firm named after its founders ("Garrow & Lind") or a titled
    form of the name ("Mayor Garrow"); any other name does ("Peter Garrow Memorial
    Hall"). With ``uf``, a name the initials rule joined to a person ("Ornwell Haskett" to "J.
    Ornwell Haskett") is that person's, and so is a name of two words or more the surname rule
    joined, a double surname ("Varrick-Tesh", probe16); a product the ``maker-prefix`` rule
    joined to its short form ("the Varnsby Drizzlet", diag17b: :mod:`kg.merging.maker_prefixes`)
    competes with no one. ``people`` are the keys of
    :func:`known_people` (computed with ``placed`` when not given).
    """
    joined = {k for k, why in uf.why.items() if why["rule"] in ("initials", "maker-prefix")
              or why["rule"] == "surname" and len(k) > 1} if uf else set()
    people = known_people(forms, placed=placed) if people is None else people
    lasts = {last_name(k) for k in people if len(k) > 1}
    return {word for f in forms.values()
            if f.is_name and len(f.key) > 1 and f.key not in people and f.key not in joined
            and f.key[-1] not in DISTINCT_HEADS and not coordinated(f.key)
            and not cited_case(f.key) and not titled_key(f.key)
            and not named_after(f.key, lasts)
            for word in f.key}


def join_surnames(forms: dict[tuple, Form], uf: UnionFind, *,
                  placed: set[tuple] | frozenset = frozenset(), personal: frozenset = frozenset()) -> None:
    """Joins a lone surname to the one personal name it ends, when no other name holds it.

    A surname after an honorific ("Mayor Skarn", rule ``titled-surname``) joins the same way,
    not the name of a man after "Mrs", "Miss", "Ms" nor a woman's after "Mr" (rev19c: "Ivo
    Brask married Orla Pellory. Mrs Brask …" had made his wife of him).
    A name made of names joined by "&" ("Skarn & Voss") is no rival: a firm named after its
    founders is not what their bare surname means.

    The names are indexed once (every word of the other names; personal names by last name),
    so each lone word is looked up rather than compared with every name: linear in the number
    of names, not quadratic, with the same unions in the same order.
    conf20: a surname written as a person's (``personal``: "Quellby died") is no rival's of a firm
    named after a person of the text in full ("Ossivar Quellby Company").
    """
    people = known_people(forms, placed=placed)
    people_by_last: dict[str, list[Form]] = defaultdict(list)
    for form in forms.values():
        if form.is_name and form.key in people and not titled_key(form.key):
            people_by_last[last_name(form.key)].append(form)
            if name_before_particles(form.key):  # "Varmot" of "Lucien Varmot de la Crousse"
                people_by_last[name_before_particles(form.key)].append(form)
    other_words = rival_words(forms, uf, people=people)
    founded = {f.key for f in forms.values() if len(f.key) > 2 and f.key[-1] == "company" and (
        f.key[:-1] in people or f.key[-2] in ("&", "and") and f.key[:-2] in people)}
    own_words = rival_words({k: f for k, f in forms.items() if k not in founded}, uf, people=people) \
        if founded else other_words
    for short in forms.values():
        titled = titled_key(short.key)
        if not short.is_name or len(short.key) != 1 and not titled \
                or short.kinds.get("acronym"):
            continue
        word = short.key[-1]
        if word in (own_words if short.key in personal else other_words):
            continue  # "Garrow" is also part of "Peter Garrow Memorial Hall": ambiguous
        said = titled and TITLE_GENDER.get(short.key[0].rstrip("."))
        owners = {uf.find(p.key): p for p in people_by_last.get(word, ())
                  if not said or gender_of(p.key[0]) != OTHER_GENDER[said]}  # not "Mrs" for Ivo
        if len(owners) > 1 and short.units:
            # "Brusk" used alone before a second "Julie Brusk" is introduced
            first = min(short.units)
            owners = {k: p for k, p in owners.items() if p.units and min(p.units) < first}
        owners = whole_surname(owners, word) or owners  # "Fenwick": not "Morrowby-Fenwick"
        if len(owners) == 1:
            long = next(iter(owners.values()))
            rule = "titled-surname" if titled else "surname"
            uf.union(short.key, long.key, rule, f"“{top(short)}” is the last name of "
                     f"“{top(long)}”" + (" after an honorific" if titled else ""), top(short))
