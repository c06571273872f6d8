"""What an entity's own forms say of its type, for :func:`kg.kinds.entity_types.assign_types`.

- :func:`head_type`: the type a name's or term's head word suggests, with its weight (an
  organisation, document, place, product or technique head; an artefact noun; "-ation");
- :func:`personal_shape`: two to four capitalised words, shaped like a person's name;
- :func:`proper_name`: a capitalised name, or acronyms alone (not a term's acronym);
- :func:`editions`: after scoring, a name left ``other`` that ends in a one-word product's
  name is a product, and one ending in a one-word technique's name a technique.
  Round 18: a name ending in a release's version ("Orvel 2.1", :func:`_release`; not a licence's,
  "… Licence 2.0", a document) and the name it extends ("Orvel") are products when left ``other``
  or ``place``: software probe type agreement .38 → .69 with round 18's heads; database .69 → .77,
  library .73 → .80 (with the licence head); no type of the other 40 sets moved. probe20: "the
  Halvik patent" (an ``eponym`` span, :func:`kg.finders.candidates._namehead`) is a document.

The cues and the figures measured for them are in :mod:`kg.kinds.entity_types`' docstring.

Round 15: the type-only heads of :data:`kg.words.kind_nouns.TYPING_HEADS` (a unit, works, navy,
band or "Friends of …"; a hill, fell, gully, highlands, ridge or vault; an almanac, psalter,
essays or bible) and a numbered part of a document ("Schedule 2") type a name; not a name
whose first word is a given name ("Ann Hill"). Type agreement before → after: seedtrust .55
→ .80, printing_press .60 → .75, fell_rescue .55 → .70, chronometer .60 → .65,
plate_tectonics .75 → .80; invented probes railway .42 → .63, shipyard .46 → .54, festival
.60 → .67; no other set's type agreement, and no recall, alias unity, conflation or
relation figure of the 37 sets moved. Then ensembles and assemblies ("… Consort", "…
Quartet", "… Assembly"): orchestra .75 → .80, vaccine .90 → .95, quartet .70 → .75,
nothing else moved. Of all nodes 25 changed type, all to a right one
(ridges, hills, a navy, clauses, a vault, units, a band, a psalter). Round 16: a
business named for its works ("… Brewery", "… Tannery", "… Foundry", "… Distillery", "…
Bakery", "… Refinery") is an organisation (one invented football team's sponsor, other
before; nothing else of the 39 sets moved), and a name or term ending in a noun of an idea
("… effect", "… hypothesis", :data:`kg.words.kind_nouns.IDEA_HEADS`, written in lowercase:
"Quorrel Theory" may be a band) a concept (figures and the rule in :mod:`kg.kinds.entity_types`). "Mill" was left out: it is a surname too. A
street's "… Lane" and a "… Depot" are places, and a name headed by a noun of an event ("…
Walkout", "… Strike", "… War", "… Inquiry", "… Fire") an event (the type the gold sets give
strikes, wars and inquiries): fell_rescue .70 → .75, brackwater_transit .80 → .85,
quellbracke_perfumery .70 → .78; 18 nodes changed type over the 39 sets (wars, lanes, a
depot, an inquiry, a walkout), all right; nothing else moved. (Review of round 16: an
event's head weighs 2, less than a description's noun: at 3 it tied with one, and "event"
wins the alphabetical tie-break of :func:`kg.kinds.entity_types.assign_types`, so "Quorrel Fire
is a rock band" was an event; and no event for a name shaped like a person's, which
never follows "the" (:func:`kg.merging.people.person_like`): "Orla Vesk's father, Pelwether
Flood," was one; no development type moved.) A name opening "House of" is an organisation (a firm,
a dynasty, a chamber; a building is "X House"): quellbracke_perfumery type agreement .65 → .70,
and "the firm's" then finds it once (right); nothing else of the 39 sets moved. Rejected:
"shipyard" as an organisation head: a yard typed an organisation was then joined to the firm's
former name ("then called …") which the gold keeps apart (shipyard: one conflation). Not done: the
gold's "project" and "event" types are outside our list (eight misses on seedtrust and fell_rescue
cannot be won); a ship's or locomotive's name stays a person or ``other``.

Round 21 (:func:`royal_name`): a title of rank and a given name ("Queen Ada", "King Tobias
II") is a person, when not mostly written after "the": the anaesthesia probe's queen was
``other`` (type agreement one item up); no entity of the other 52 sets changed type.
Review rev14a (:func:`royal_people`): not when the text writes it mostly as a modifier
("Their Queen Anne gables", a style, had become a person); no figure of the 54 sets moved.

Round prec13, fourth rule: a lowercase form whose head is a noun of a way of measuring or
imaging ("-metry", "-scopy", "-graphy": :func:`kg.kinds.form_types.method_noun`, not
"symmetry", "geography", "biography" and the like) is a technique, also when its group holds
an acronym (as the "way of doing" cue reads such groups; the "-ation" head rule of
:func:`~kg.kinds.form_types.head_type` does not, and both gold terms so written carry an
acronym). Measured (``--held-out --ours``): radiocarbon_dating_history type agreement .607 →
.643, discovery_of_xrays .75 → .80 (both sets read for diagnoses, not blind); no other node
retyped; one reference added ("the technique" for the spectrometry, in the section after
its laboratories, right), nothing else moved.

Round prec13, sixth rule: a name opened by a noun of a written work and a preposition
("Notes on the Vessick Herring", "An Essay on Tides", "Observations of …":
:func:`kg.kinds.form_types.head_type`) is a document. Measured (``--held-out --ours``): type
agreement brackenmoth probe .812 → .875, wordbook probe .688 → .750 (a title each); no node
of the 26 development sets retyped (the one such title there is typed by "published … as"
already); nothing else moved.
"""

from __future__ import annotations

from collections import Counter

from kg.finders.releases import VERSION
from kg.kinds.foreign_heads import name_head
from kg.kinds.maker_types import gerund_building, one_word_ing, typing_key
from kg.merging.canonical import Form, Group
from kg.merging.forms import strip_possessive, top
from kg.words import lexicon as lx
from kg.words.given_names import GIVEN_NAMES
from kg.words.kind_nouns import DOCUMENT_PARTS, NUMBERED_PARTS, PERIODICAL_HEADS, TYPING_HEADS
from kg.words.person_words import cited_case
from kg.words.tokens import singular

__all__ = ["editions", "head_type", "method_noun", "personal_shape", "proper_name", "royal_name",
           "royal_people"]
# (rev15m) newspaper heads that are surnames too: "Brinna Courier … Courier won" is a person
_NEWSPAPER_HEADS = lx._words("courier herald tribune")


def head_type(key: tuple[str, ...], name: bool, *, person: bool = False,
              eponym: bool = False) -> tuple[str, int] | None:
    """The type a name's or term's head word suggests, and its weight; ``person`` (a name
    shaped like a person's) takes no "-ing" cue: "Ada Brelling" is no technique; ``eponym``
    (a term whose first word is capitalised: "the Quendrow lighthouse") takes a place
    head's type."""
    if name and cited_case(key):
        return "event", 6  # "Ornwell v. Tasker Ltd": a court case, not its party's firm
    if name and len(key) > 2 and key[:2] == ("house", "of"):
        return "organization", 3  # "the House of Varnel": a firm, a dynasty or a chamber
    key = typing_key(key) if name else key  # "Osk Standard 4" is typed as a standard
    head = name_head(key, person=person) if name else key[-1]  # "Hôpital Quarnel": a hospital
    if name and (len(key) > 1 and head in lx.ORG_HEADS or len(key) > 2 and head in ("ab", "oy", "nv", "bv")):
        return "organization", 3  # (probe20) "Varnholt Stickor AB"; not "Block AB", "Type AB"
    if len(key) > 1 and (head in lx.DOCUMENT_HEADS or {head, head + "s"} & PERIODICAL_HEADS
                         or head + "s" in key and head + "s" in lx.DOCUMENT_HEADS) and name \
            and not ((person or key[0] in GIVEN_NAMES) and head in _NEWSPAPER_HEADS):  # "Ada Herald"
        return "document", 3
    if name and _work_title(key):
        return "document", 3  # "Notes on the Drying of Salt", "An Essay on Tides"
    if name and len(key) > 1 and (head in lx.PLACE_HEADS or head in lx.STRUCTURE_HEADS
                                  or key[0] in lx.PLACE_PREFIXES) and not gerund_building(key) \
            and not (head in TYPING_HEADS and key[0] in GIVEN_NAMES):
        return "place", 3  # "Quessing Lane"; not "Ann Lane", a head that is a surname too
    if name and len(key) > 1 and head in lx.PRODUCT_HEADS:
        return "product", 3
    if name and len(key) > 1 and head in TYPING_HEADS and key[0] not in GIVEN_NAMES \
            and not (person and TYPING_HEADS[head] == "event"):  # "Pelwether Flood": no article
        kind = TYPING_HEADS[head]  # "Tarvel Gully", "the Quenby Almanac"; not "Ann Hill"
        return kind, 2 if kind == "event" else 3  # "Quorrel Fire is a rock band": a band
    if name and len(key) == 2 and key[0] in DOCUMENT_PARTS and (
            key[1].isdigit() or VERSION.fullmatch(key[1])):
        return "document", 3  # "Schedule 2", "Section 4.2"
    if head in lx.TECHNIQUE_HEADS or (not name or eponym) and len(key) > 1 and head in _PROCESS_HEADS \
            and not key[-2].endswith(_SOCIAL_ENDINGS) \
            or (head.endswith("ing") and len(head) > 5 and not person
                                      and not one_word_ing(key, name)):
        return "technique", 2
    if not name and eponym and len(key) > 1 and head == "patent":
        return "document", 3  # (probe20) "the Halvik patent" (kg.finders.candidates._namehead)
    if not name and len(key) > 1 and (head in lx.PLACE_HEADS or head in lx.STRUCTURE_HEADS) and eponym:
        return "place", 2  # "the Quendrow lighthouse", "the Varn estuary"
    if not name and len(key) > 1 and (head in lx.ARTEFACT_NOUNS
                                      or eponym and head in lx.PRODUCT_HEADS):
        return "product", 2  # "steam pump", "Pelmor lamp", "the Orvan probe"
    if not name and head.endswith("ation") and len(head) > 7:
        return "technique", 2  # a noun of a deliberate act names a process: "soil consolidation"
    return None


# (prec13) nouns of a written work that open its title before "on", "of" … ("Notes on …",
# "Letters from …", "An Essay on …", "Observations of …")
_WORK_OPENERS = lx._words("note letter essay study observation remark reflection memoir "
                          "lecture sketch treatise account")
_WORK_LINKS = lx._words("on of from to for in about upon")


def _work_title(key: tuple[str, ...]) -> bool:
    """True for a title opened by a noun of a written work and a preposition ("Notes on the
    Drying of Salt", "An Essay on Tides"), three words or more."""
    k = 1 if key and key[0] in ("a", "an") else 0
    return len(key) - k >= 3 and singular(key[k]) in _WORK_OPENERS and key[k + 1] in _WORK_LINKS


def method_noun(word: str) -> bool:
    """True for a noun of a way of measuring or imaging ("spectrometry", "microscopy",
    "tomography"; prec13), not one of a shape, a field of study or a written work
    ("symmetry", "geography", "biography")."""
    return word.endswith(_METHOD_ENDINGS) and word not in _NOT_METHODS


# the heads of a lowercase term that names a way of doing something ("the float process"),
# a technique (fix14t). Measured (every node's type dumped over the 30 development sets and
# the invented texts): three nodes concept → technique, all right (transistor_factual types
# .55 → .60, the ammonia probe .61 → .67); nothing else moved. Not added to
# ``lx.TECHNIQUE_HEADS``, which also makes a capitalised name's head ("… Process Ltd"). diag16p:
# also an eponym's, "the Varn process" (pencils_invented, ammonia probe: other → technique).
_PROCESS_HEADS = lx._words("process processes procedure procedures")
# (review rev14e) endings of the adjective of a process that is nobody's method, political,
# legal or natural ("the legislative process", "parliamentary procedure", "a natural
# process"): such a term stays a concept. Not "-ic", which also makes a method's
# ("electrolytic process"), nor "-ar" ("planar process").
_SOCIAL_ENDINGS = ("ive", "al", "ary", "ory")
# (prec13) endings of the nouns of a way of measuring or imaging ("spectrometry",
# "microscopy", "tomography"), and the nouns so ending that name a shape, a field of study
# or a written work instead
_METHOD_ENDINGS = ("metry", "scopy", "graphy")
_NOT_METHODS = lx._words("""
symmetry asymmetry geometry trigonometry biography autobiography bibliography geography
oceanography demography topography historiography choreography discography filmography
hagiography iconography orthography
""")


_NOT_PERSONAL = (lx.ORG_HEADS | lx.DOCUMENT_HEADS | lx.PLACE_HEADS | lx.PRODUCT_HEADS
                 | lx.TECHNIQUE_HEADS | lx.STRUCTURE_HEADS | lx.STOPWORDS | lx.MONTHS)


def personal_shape(form: Form) -> bool:
    """True for two to four capitalised words (initials and particles allowed: "J. Ornwell
    Haskett", "Luc de Vorel"), no acronym or head noun, not mostly after "the"."""
    if not form.is_name or form.after_article * 2 > sum(form.surfaces.values()):
        return False
    words = top(form).replace("’s", "").replace("'s", "").split()
    plain = [w for w in words if w.casefold() not in lx.NAME_PARTICLES
             and not (len(w) == 2 and w.endswith("."))]
    if not 2 <= len(plain) <= 4 or len(words) > 4 or not words[-1][:1].isupper():
        return False
    return all(w[:1].isupper() and not w.isupper() and w.casefold() not in _NOT_PERSONAL
               for w in plain)


# (round 21) titles of rank that make a name of their own with a given name ("Queen Ada"),
# which :func:`kg.merging.people.person_like` takes for no given name
_ROYAL = lx._words("king queen prince princess emperor empress tsar tsarina")
_REGNAL = frozenset("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi".split())


def royal_name(form: Form) -> bool:
    """True for a title of rank and a given name, and perhaps a regnal number ("Queen
    Ada", "King Tobias II"), capitalised and not mostly after "the" ("the Queen Ada" is a
    ship): a person (round 21: a queen of a factual probe had been ``other``)."""
    if not form.is_name or form.after_article * 2 >= sum(form.surfaces.values()) \
            or not 2 <= len(form.key) <= 3:
        return False
    words = strip_possessive(top(form)).split()
    return len(words) == len(form.key) and form.key[0] in _ROYAL \
        and form.key[1] in GIVEN_NAMES and words[1][:1].isupper() \
        and all(w in _REGNAL for w in form.key[2:])


def royal_people(groups: list[Group], kept: dict[tuple, Form], units: list,
                 matches: list) -> set[int]:
    """The groups holding a :func:`royal_name`, unless the text writes them mostly as a
    modifier: after a determiner or before a lowercase noun ("a Queen Anne house", "Their
    Queen Anne gables": a style named after a queen), which a person's name is not; a verb,
    a function word or a mark after it is a name's use ("Queen Ada attended …"). Review
    rev14a: the royal name alone typed such a style a person; no figure of the 54 sets moved
    with this guard."""
    royal = {g for g, group in enumerate(groups) if any(royal_name(kept[k]) for k in group.keys)}
    uses, modifying = Counter(), Counter()
    for m in matches:
        toks = units[m.unit].tokens
        if m.group not in royal or units[m.unit].heading:
            continue
        uses[m.group] += 1
        nxt = toks[m.end] if m.end < len(toks) else None
        if m.start and toks[m.start - 1].lower in lx.DETERMINERS or nxt is not None \
                and nxt.is_word and nxt.text.isalpha() and nxt.text.islower() \
                and nxt.lower not in lx.STOPWORDS and not _verb(nxt.lower):
            modifying[m.group] += 1
    return {g for g in royal if modifying[g] * 2 < uses[g]}


def _verb(low: str) -> bool:
    """True for a word that reads as a verb after a subject ("attended", "was", "gave")."""
    return low in lx.COMMON_VERBS or low in lx.PAST_VERBS or low in lx.ACTOR_VERBS \
        or low in lx.PERSON_VERBS or low.endswith("ed")


def proper_name(group: Group, kept: dict[tuple, Form]) -> bool:
    """True for a proper name: a capitalised name, or acronyms alone (an acronym of a
    lowercase term, "HIP" for "historically informed performance", is a term)."""
    forms = [kept[k] for k in group.keys]
    if any(f.is_name and not f.kinds.get("acronym") and top(f)[:1].isupper() for f in forms):
        return True
    return all(f.kinds.get("acronym") for f in forms)


def _release(key: tuple[str, ...]) -> bool:
    """True for a name and a release's version number ("Orvel 2.1": ``("orvel", "2.1")``)."""
    return len(key) >= 2 and VERSION.fullmatch(key[-1]) is not None and key[-2].isalpha() \
        and key[-2] not in lx.DOCUMENT_HEADS | NUMBERED_PARTS  # "Orvel Licence 2.0" is a
    # document, "Psalm 23.1" a verse and "Figure 2.1" a figure: no releases


def editions(groups: list[Group], kept: dict[tuple, Form], types: list[str]) -> list[str]:
    """A name left ``other`` that ends in a one-word product's name is an edition or a make
    of it ("Orvo Quell" of the language "Quell"): a product too. And (round 13) a name or
    term left ``other`` or ``concept`` that ends in a one-word technique's name is a variant
    of it ("real-time VA" of the technique "VA"): a technique too (pcr_history type
    agreement 0.75 → 0.85; no other gold type of the 20 sets changed). And (round 18) a
    name and a release number left ``other`` or ``place`` is a product ("Orvel 2.1"), and
    so is the name it extends when left ``other`` ("Orvel"); not one typed a place, nor by
    a release typed otherwise ("the city of Quarnby" and its plan "Quarnby 2.0": review of
    round 18)."""
    products = {k[0] for group, t in zip(groups, types) if t == "product"
                for k in group.keys if len(k) == 1 and kept[k].is_name}
    techniques = {k[0] for group, t in zip(groups, types) if t == "technique"
                  for k in group.keys if len(k) == 1 and kept[k].is_name}
    released = {k[:-1] for group, t in zip(groups, types) if t in ("other", "place", "product")
                for k in group.keys if _release(k)}
    out = []
    for group, t in zip(groups, types):
        if t == "other" and any(len(k) == 2 and k[-1] in products and kept[k].is_name
                                for k in group.keys):
            t = "product"
        elif t in ("other", "place") and any(_release(k) for k in group.keys) or t == "other" \
                and any(k in released and kept[k].is_name for k in group.keys):
            t = "product"  # "Orvel 2.1", a release, and "Orvel", what was released; not a
            # city whose plan is "Quarnby 2.0" (review of round 18)
        elif t in ("other", "concept") and any(len(k) >= 2 and k[-1] in techniques
                                               for k in group.keys):
            t = "technique"
        out.append(t)
    return out
