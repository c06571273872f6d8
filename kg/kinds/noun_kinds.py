"""The kind a common noun names ("compiler": product, "town": place, "manual": document, "the
first secretary": person), for the descriptions, appositions, copulas and cues of
:mod:`kg.kinds.described_kinds`, :mod:`kg.kinds.apposition_kinds` and :mod:`kg.kinds.type_cues`.
Moved from :mod:`kg.kinds.described_kinds` (a pure move, types18: that module was at 300 lines),
whose docstring keeps the figures of the noun lists (kinds11, round 21, prec13, probe15, types17).

types18 (docs/TYPE_MISSES.md, family L: a place typed ``other``): nouns of land and water
(:data:`_LAND_NOUNS`: "river", "stream", "brook", "hill", "garden", "estate" …)
type a name they describe as a place ("X, a shallow brook", "a housing estate called X"), and
"parish" and "borough" join :data:`PLACE_NOUNS` ("the parish of X", as "the town of X").
The land nouns are not read before "of" (a place noun is, for the name after it): "the
garden of Ada Quorrick" names no place. Measured
(``benchmarks/entities.py --held-out --ours``, 36 development sets, 32 probes; every entity,
alias and type of the 68 texts dumped before and after): type agreement papermill_invented
(final15) .80 → .85 (a stream), probes bellfoundry .667 → .722 (a parish), tea .70 → .75 (an
estate described as a garden); five nodes other → place, all right (besides those three, two
housing estates "called X"); two description aliases added, both right ("the stream", read
by a later "along the stream"); no recall, alias unity, conflation or relation figure moved.
Tried and dropped: "mill" (no node moved: "X, an old flax mill standing by …" ends its
run at a participle, which :func:`kg.kinds.description_heads.run_after` reads as a clause;
and a mill names a firm as often). Left: "peak", "ridge", "fell" ("a peak in the spectrum",
"a ridge of high pressure", the verb "fell"), and a definite apposition with a measure before
its head in a sentence opened by a preposition ("In 1956 … crossed X, the 900-metre summit
that …": :func:`kg.kinds.described_kinds.relative_head` reads it as a fronted phrase).

Review rev18a: "summit" left the land nouns ("The X Summit, a two-day summit of trade
ministers" typed a meeting a place; it moved none of the five nodes above), and a land noun
followed by "of" and a bare lowercase word heads no description (:func:`land_quantity`, read
by :func:`kg.kinds.description_heads.head_after` and the definite apposition of
:mod:`kg.kinds.apposition_kinds`): "X, a steady stream of letters", "X is a stream of data"
typed places. Lost with it: "X, a hill of granite" (an article or a capital after "of" keeps
the place: "a brook of the upland moors"). Measured: no figure of any set moved, and every
entity, alias and type of the 68 texts dumped before and after is identical. Left: a land
noun as a compound's head in another sense ("a revenue stream", "a data stream"), "a legal
estate".

Review rev20g: an "-ing" word before a determiner, a noun and a past verb heads a compound
with a relative clause after it (:func:`contact_relative`), no participle clause for
:func:`kg.kinds.description_heads.head_after` (diag18a): "X, a village gathering the farmers
held" had typed X a place by "village" ("a town meeting the council called", "a river
crossing the drovers used" alike). Measured (``--held-out --ours``): no figure of any set moved.

diag19a (final19 organ-builder diagnosis; family: a product described by a kind noun no list
holds, as final17's "layout", final18's "machine"): nouns of a musical instrument
(:data:`_INSTRUMENT_NOUNS`) type a name they describe as a product ("X, a reed organ for
parlours"); "organ" before "of" names none (:func:`land_quantity`: "the official organ of
the Y Party", a paper). The organ-builder set's catalogue model other → product; nothing else
of the 84 texts moved (every entity, type and mention dumped).
Review rev21h: "organ" without "of" is a party's paper as often ("X, the party organ", "X, an
organ for the Y Party" were typed products): it names an instrument only after an instrument's
modifier (:data:`_ORGAN_KINDS`, "-manual"/"-stop"/"-rank"). No figure of the 84 texts moved.
"""

from __future__ import annotations

from kg.kinds.maker_types import MADE_NOUNS
from kg.references.vessels import VESSEL_NOUNS
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["PLACE_NOUNS", "compound_kind", "contact_relative", "kind_of_noun",
           "land_quantity"]


# nouns of a made tool or a language (a language is folded onto ``product``), which type a
# name they describe; a noun ending in "-er" is otherwise a person's trade
_TOOL_NOUNS = lx._words("compiler interpreter assembler debugger editor language dialect")
# nouns of a kind of place, which type a name they describe ("X, a market town"; "the
# building of the bridge" names nothing)
PLACE_NOUNS = lx._words("town city village hamlet suburb country nation county province region "
                        "island port building headland promontory peninsula parish borough")
# (types18) nouns of land and water, which type a name they describe as a place ("X, a shallow
# brook", "X, the bare hill above the pass", "X, a walled garden"); read as a description's
# head only, not as :data:`PLACE_NOUNS` are before "of" ("the garden of Ada Quorrick" names
# no place); not (rev18a) "summit", a meeting as often ("X, a summit of trade ministers")
_LAND_NOUNS = lx._words("river stream brook creek lake pond tarn mountain hill valley glen moor "
                        "heath marsh garden estate")
# (prec13) nouns of a person's post that type a name described by them ("X, the first
# secretary of the society"); not "member" or "leader", which a body or a firm is as often
# ("X, the oldest member of the federation", "X, the market leader")
_POSTS = lx.ROLE_NOUNS - lx._words("member leader")
# nouns of a machine or a written rule or guide, which type a name they describe ("X was a
# cipher machine", "X, a manual for fitters", "X, a city ordinance"; kinds11: the diagnosis of
# final9 found them missing); heads15: "radio" … "carriage" ("X, the first commercial
# pocket radio": one node other → product on transistor_factual, nothing else moved)
_MACHINE_NOUNS = lx._words("machine apparatus radio receiver transmitter television typewriter "
                            "calculator carriage")
_RULE_NOUNS = lx._words("manual handbook ordinance decree statute edict")
# (types17) nouns of a written work, which type a title they describe ("X is a dictionary of
# …", "the journal X", "X, an anthology of …"); not "account", "history", "guide" or "study",
# which a copula or an apposition uses of much else (:mod:`kg.kinds.title_cues` reads them
# only before a title set between commas). Measured: printing_press .75 → .80,
# chromatography .83 → .89, wordbook .88 → .94 (type agreement); one node wrong,
# radiocarbon_dating_history's isotope other → document, a group that holds a journal's name
# (a merge error, left); nothing else moved
_WORK_NOUNS = lx._words("novel memoir biography autobiography dictionary journal documentation "
                        "treatise anthology volume pamphlet booklet monograph")
# (round 21) nouns of a preparation made and sold, which type a name they describe as a
# product ("X, a concentrated bark extract", "X, a boot polish"); not "compound" or
# "substance", which a chemist's element or molecule is as often, nor (review rev14a)
# "remedy", "tonic" or "preparation", as often figurative ("The Pelmor Scheme, a remedy for
# rural poverty,", "a tonic for the town's trade", "a preparation for the trials")
_PREPARATION_NOUNS = lx._words("extract ointment salve polish varnish lacquer dye fertiliser "
                               "fertilizer")
# nouns of a ship or a vehicle (a vessel, a locomotive, a lander), which type a name they
# describe or stand before as a product: "the collier X", "a new railcar, the X"
_VEHICLE_NOUNS = VESSEL_NOUNS | lx._words("locomotive railcar tram tramcar lander orbiter "
                                          "airship glider")
# (diag19a) nouns of a musical instrument, a made thing a maker names and sells ("X, a reed
# organ for parlours", "X, a six-octave piano"); not "horn", "drum", "pipe" or "bell" (an animal's,
# an oil drum, a pipe of a works, a school's bell are as often meant)
_INSTRUMENT_NOUNS = lx._words("organ harmonium piano pianoforte fortepiano harpsichord "
                              "clavichord spinet violin cello guitar lute harp accordion "
                              "concertina harmonica clarinet oboe bassoon trumpet trombone "
                              "cornet saxophone")


# (rev21h) modifiers that make "organ" an instrument ("a cabinet organ", "a three-manual organ"):
# bare or after another word it is as often a party's paper ("the party organ", "an organ for
# the Y Party"), a firm's magazine ("the house organ") or a body's part ("a sense organ")
_ORGAN_KINDS = lx._words("reed pipe cabinet chamber church chapel barrel pump parlour parlor "
                         "theatre theater cinema concert electric electronic positive portative "
                         "portable")


def land_quantity(word: str, after: list[str], before: list[str] = ()) -> bool:
    """True for a noun of land or water (:data:`_LAND_NOUNS`) followed by "of" and a bare
    lowercase word (``after``: the next words, as written): a quantity, not a
    place ("X, a steady stream of letters", "X is a mountain of unpaid bills"); with an
    article or a capital after "of" it may still name one ("X, a valley of the Orm range").
    (diag19a) Also "organ" before any "of": a body's or a party's mouthpiece ("X, the official
    organ of the Y Party"), no instrument; (rev21h) and "organ" whose word before (``before``:
    the description's words before it) is no instrument's modifier (:data:`_ORGAN_KINDS`)."""
    if singular(word) == "organ" and (after[:1] == ["of"] or not before or not (
            before[-1] in _ORGAN_KINDS or before[-1].endswith(("-manual", "-stop", "-rank")))):
        return True
    return singular(word) in _LAND_NOUNS and len(after) >= 2 and after[0] == "of" \
        and after[1].isalpha() and after[1].islower() and after[1] not in lx.STOPWORDS


def compound_kind(word: str) -> str | None:
    """The kind of a closed compound whose last part is a document or product noun of four
    letters or more ("textbook", "handbook", "microsatellite"); not an organisation noun,
    which compounds too loosely ("keyboard", "dashboard")."""
    for k in range(3, len(word) - 3):
        tail = lx.REFERENCE_NOUNS.get(word[k:])
        if tail in ("document", "product") and word.isalpha():
            return tail
    return None


def kind_of_noun(word: str, *, roles: bool = False) -> str | None:
    """The kind a noun names; with ``roles``, a noun of a trade or role ("schoolmaster",
    "biochemist") names a person."""
    kind = lx.REFERENCE_NOUNS.get(word) or lx.REFERENCE_NOUNS.get(singular(word))
    if kind is None and roles and (singular(word) in lx.PERSON_NOUNS
                                   or singular(word) in _POSTS):
        return "person"  # prec13: a post too, "X, the first secretary of the society"
    if kind is None and singular(word) in lx.ORG_KIND_NOUNS:
        kind = "organization"
    if kind is None and singular(word) in _TOOL_NOUNS:
        kind = "product"  # "FERRET, a compiler for Quell"; "X is a dialect of Y"
    if kind is None and singular(word) in PLACE_NOUNS:
        kind = "place"  # "X, a small mining town", "a village such as X", "X is a city in …"
    if kind is None and singular(word) in _LAND_NOUNS:
        kind = "place"  # (types18) "X, a shallow brook", "X, a walled garden"
    if kind is None and singular(word) in MADE_NOUNS:
        kind = "product"  # "X, a six-cylinder engine", "X: a four-cylinder version"
    if kind is None and singular(word) in _MACHINE_NOUNS:
        kind = "product"  # "X was a wheel cipher machine"
    if kind is None and singular(word) in _RULE_NOUNS | _WORK_NOUNS:
        kind = "document"  # "X, a manual for pipe layers", "X, a city ordinance"
    if kind is None and singular(word) in _PREPARATION_NOUNS:
        kind = "product"  # "X, a concentrated bark extract" (round 21)
    if kind is None and singular(word) in _VEHICLE_NOUNS:
        kind = "product"  # "the collier X", "X, a steam tug" (not a "-er" trade)
    if kind is None and singular(word) in _INSTRUMENT_NOUNS:
        kind = "product"  # (diag19a) "X, a reed organ for parlours"
    if kind is None:
        kind = compound_kind(singular(word))
    if kind is None and roles and len(word) > 5 and word.endswith(lx.PERSON_SUFFIXES) \
            and word.isalpha() and word not in lx.COMMON_VERBS:
        return "person"
    return kind


_DETERMINERS = lx._words("the a an this these its his her their")


def contact_relative(toks, k: int) -> bool:
    """True when a determiner at ``k`` opens a relative clause with no "that": a noun or two
    and a past verb ("a village gathering the farmers held", rev20g), so the "-ing" word
    before it is a noun, no participle with ``the farmers`` its object."""
    if k >= len(toks) or toks[k].lower not in _DETERMINERS:
        return False
    for j in range(k + 2, min(k + 4, len(toks))):
        low = toks[j].lower
        if not toks[j].is_word or not toks[j].text.islower() or low in lx.STOPWORDS:
            return False
        if low in lx.PAST_VERBS or low.endswith("ed") and len(low) > 3 and not low.endswith("eed"):
            return True
    return False
