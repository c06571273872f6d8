"""Generic English word lists used by entity extraction.

Nothing here names the facts of any article: these are function words, honorifics, month
names, common verbs and the generic nouns that stand in for a name ("the company", "the
framework"). Word frequencies come from :mod:`wordfreq` when it is installed. The nouns that
tell a name's kind (heads of names, reference nouns, nouns of persons, objects and landmarks)
are in :mod:`kg.words.kind_nouns`, and importable from here as before.
"""

from __future__ import annotations

import functools
import logging

# re-exported: the kind nouns are read as lx.ORG_HEADS and the like, as before
from kg.words.kind_nouns import (  # noqa: F401
    ARTEFACT_NOUNS,
    AWARD_HEADS,
    DOCUMENT_HEADS,
    EPONYM_HEADS,
    LEADING_HEADS,
    ORG_HEADS,
    ORG_KIND_NOUNS,
    PART_NOUNS,
    PERSON_NOUNS,
    PERSON_SUFFIXES,
    PLACE_HEADS,
    PLACE_PREFIXES,
    PRODUCT_HEADS,
    REFERENCE_NOUNS,
    ROLE_NOUNS,
    STRUCTURE_HEADS,
    TECHNIQUE_HEADS,
    VENUE_HEADS,
    VENUE_NOUNS,
    _words,  # the word-list builder, read as lx._words
)

log = logging.getLogger(__name__)


STOPWORDS = _words("""
a about above across after afterwards again against all almost alone along already also although
always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
be became because become becomes becoming been before beforehand behind being below beside besides
between beyond both but by can cannot could did do does doing done down due during each either else
elsewhere enough even ever every everyone everything everywhere except few for former formerly from
further had has have having he hence her here hereby herein hers herself him himself his how however
i if in indeed into is it its itself just last latter least less many may me meanwhile might mine
more moreover most mostly much must my myself namely neither never nevertheless next no nobody none
noone nor not nothing now nowhere of off often on once one only onto or other others otherwise our
ours ourselves out over own per perhaps please quite rather really same seem seemed seeming seems
several she should since so some somehow someone something sometime sometimes somewhere still such
than that the their theirs them themselves then thence there thereafter thereby therefore therein
thereupon these they this those though through throughout thru thus to together too toward towards
under until up upon us very via was we well were what whatever when whence whenever where whereafter
whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose
why will with within without would yet you your yours yourself yourselves isn't aren't wasn't
weren't won't don't doesn't didn't can't couldn't shouldn't wouldn't it's that's there's let's
like unlike versus vs etc e.g i.e ie eg
""")

DETERMINERS = _words("""
a an the this that these those its his her their our my your some any each every no another
such many much most more several few all both either neither other various certain
""")

PRONOUNS = _words("he she it they him her them his hers its their theirs itself himself herself")

HONORIFICS = _words("""
mr mrs ms mx dr prof professor sir dame lord lady rev sen senator rep gov governor pres president
gen general col capt captain lt judge justice saint st king queen prince princess
minister chancellor mayor ambassador bishop archbishop cardinal pope emperor empress duke
duchess premier chairman chairwoman madame madam mme mademoiselle mlle monsieur herr frau
""")
# words that make a two-word title with an honorific ("Prime Minister", "Vice President")
TITLE_MODIFIERS = _words("prime vice deputy chief foreign finance defence defense interior "
                         "attorney secretary lord first grand")

MONTHS = _words("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""")

WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
SEASONS = _words("spring summer autumn fall winter")

# Present and past forms of "be" that link a subject to what it is ("X was a …").
BE_FORMS = _words("is was are were")

# Prepositions after which a capitalised name is most often a place ("near X", "across X").
LOCATIVES = _words("in near around outside across")

# Connectors that may sit inside a capitalised name ("Bank of England", "Institute for Fiscal Studies").
# "für" (round 21, benchmarks/PRECISION.md): an italic German journal title split at it into two
# junk nodes on superconductivity (core nodes 89 → 88); no other figure of the 54 sets moved.
NAME_CONNECTORS = _words("of for on de del della der di da du für la le van von y & and-")

# The English connectors that join two capitalised words into one name ("Notes for Beginners").
NAME_GLUE = _words("of for on with &")

# Small words an acronym expansion may skip ("mergers and acquisitions" for "M&A").
ACRONYM_SKIPS = _words("of for from and the on in to with by a an at &")

# Nouns that introduce a coined term ("we name this pattern X").
DEFINING_NOUNS = _words("""
effect phenomenon process approach technique idea method problem strategy concept practice
pattern principle property behaviour behavior structure state mechanism
""")

# Verbs and auxiliaries common enough to break a noun-phrase chunk.
COMMON_VERBS = _words("""
is are was were be been being am has have had having do does did done doing can could may might
must shall should will would make makes made making take takes took taken get gets got give gives
gave given go goes went gone come comes came become becomes became seem seems seemed keep keeps kept
let lets put puts say says said tell tells told think thinks thought know knows knew known want
wants wanted need needs needed use uses used find finds found show shows showed shown mean means
meant try tries tried call calls called allow allows allowed require requires required include
includes included including provide provides provided help helps helped believe believes believed
argue argues argued view views viewed treat treats treated focus focuses focused aim aims aimed
lead leads led build builds built develop develops developed work works worked serve serves served
emerge emerges emerged arise arises arose depend depends depended remain remains remained represent
represents represented create creates created produce produces produced recognize recognizes
recognise recognises recognized recognised follow follows followed spans spanned span addresses
addressed address proposes proposed propose commits committed commit publish publishes published
announce announces announced release releases released state states stated learns learned learnt
generates generated improves improved fall falls fell sees saw seen acknowledges acknowledged
attempts attempted tries continue continues continued suggest suggests suggested
""")

# Modifiers too generic to start an index term ("powerful tools", "main feature").
GENERIC_MODIFIERS = _words("""
new old good bad best better worse worst great greater greatest big bigger small smaller large
larger high higher low lower main major minor key important significant possible potential current
recent early earlier late later first second third last final next previous whole entire full real
true simple simpler clear different similar same various certain particular specific general
generally common usual typical overall single multiple many several numerous own other such
powerful capable strong stronger weak effective useful valuable serious critical crucial central
broad broader wide wider long short little much more most less least further additional extra
individual initial basic fundamental unique entire exact direct distinct relevant necessary
likely unlikely available difficult hard easy free open top total special traditional
profound compelling remarkable notable interesting famous well-known known so-called ordinary
increasingly highly truly broadly widely deeply
annual principal neighbouring neighboring international quiet intensified founding
""")


def is_generic_modifier(low: str) -> bool:
    """True for a generic modifier, its superlative ("oldest", "largest", "biggest",
    "earliest") or a compound opened by a superlative ("best-known", "most-cited")."""
    if low in GENERIC_MODIFIERS:
        return True
    first = low.split("-", 1)[0]
    if first != low and first in ("best", "worst", "most", "least", "well"):
        return True
    if not low.endswith("est") or len(low) < 6:
        return False
    stem = low[:-3]
    stems = [stem, stem + "e"]  # "old-est", "larg-est"
    if stem[-1] == stem[-2]:
        stems.append(stem[:-1])  # "bigg-est"
    if stem.endswith("i"):
        stems.append(stem[:-1] + "y")  # "earli-est"
    return any(s in GENERIC_MODIFIERS for s in stems)


# Adjectives common as a predicate ("make roads safe"), never the head of an index term.
PREDICATE_ADJECTIVES = _words("""
safe unsafe public private harmful able unable ready sure clear
true false right wrong due able aware responsible accountable essential necessary possible
impossible plausible unlikely likely useful valuable important vital critical relevant
available transparent reliable robust secure dangerous risky expensive cheap fast slow
""")

# Verbs after a name that mark an actor (organisation or person) rather than a thing.
ACTOR_VERBS = _words("""
said says argues argued believes believed announced announces published publishes released
releases founded hired acquired launched launches recognizes recognises acknowledges
acknowledged treats views thinks follows follow warned warns stated states wrote writes told
claims claimed plans planned invested invests proposed proposes committed commits
""")
PERSON_VERBS = _words("said says told wrote recalled explained added noted")

# Words that count, for a term or a quantity ("forty thousand" is no term).
NUMBER_WORDS = _words("""
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred hundreds thousand thousands million millions billion billions trillion dozen dozens
half quarter third
""")

# Words before an amount that make it approximate, not another amount ("roughly $4 million").
APPROXIMATORS = _words("about around roughly approximately nearly almost some circa")

# Currency words and the symbol they stand for ("4 million dollars" = "$4 million").
CURRENCY_WORDS = {**dict.fromkeys(("dollar", "dollars", "usd"), "$"),
                  **dict.fromkeys(("euro", "euros", "eur"), "€"),
                  **dict.fromkeys(("pound", "pounds", "gbp"), "£"),
                  **dict.fromkeys(("yen", "jpy"), "¥")}

# Irregular past forms, so that "the bank grew" reads as a description and a verb.
PAST_VERBS = _words("""
began bought brought built chose drew drove fell felt flew forgot fought froze grew held hid hit
hung kept knew laid led left lent lost met ran rang rode rose sang sank sat shook shot shut slept
sold spent spoke stood stole struck swore taught threw understood went woke won wore wrote
""")

# Ordinal words ("the third Orm Valley crossing").
ORDINALS = _words("first second third fourth fifth sixth seventh eighth ninth tenth")

# Words that open a fronted phrase before the subject ("Instead, it …", "Built by X, it …").
FRONTING = _words("""
in on at by after before since during until from under over within between throughout for with
without instead however moreover meanwhile then yet still also later today now when while
because although though as if once unlike like despite according besides nevertheless thus
""")

# Particles of personal names, lowercase or capitalised ("Karl von Asten", "Wystan Le
# Brasseur", "Luc de Vorel"): part of the surname, no name of their own.
NAME_PARTICLES = _words("de du da di del della van von der den le la ter ten dos das bin ibn")

# Prepositions and adverbs that never end a term ("stored inside").
PARTICLES = _words("inside outside beyond around ahead apart away beneath alongside aboard "
                   "abroad onward upward downward overseas")


@functools.lru_cache(maxsize=1)
def _zipf():
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # the lists still work, with stopwords as the only common words
        log.warning("wordfreq is not installed: common-word checks use stopwords only")
        return None
    return zipf_frequency


@functools.lru_cache(maxsize=20000)
def zipf(word: str) -> float:
    """The Zipf frequency of an English word (0 for unknown, about 7.7 for "the").

    Args:
        word: one word, any case.

    Returns:
        ``wordfreq.zipf_frequency(word, "en", wordlist="small")`` (0 below about 3.0,
        which no threshold here needs); without wordfreq, 7.0 for a stopword, 5.0 for a
        word of the lists above and 0.0 otherwise.
    """
    fn = _zipf()
    if fn is None:
        return _fallback_zipf(word.casefold())
    return fn(word.casefold(), "en", wordlist="small")


@functools.lru_cache(maxsize=20000)
def rarity(word: str) -> float:
    """The Zipf frequency of an English word on wordfreq's large list, which, unlike
    :func:`zipf`'s small one, tells rare words apart down to about 1.0 ("theodolite" 1.8,
    "palynology" 1.6; an invented word 0).

    Args:
        word: one word, any case.

    Returns:
        The frequency; without wordfreq, :func:`zipf`'s fallback, with 4.0 for a word it
        does not list: rarity cannot be told then, and the rules that keep rare words as
        terms must not take every unlisted noun.
    """
    fn = _zipf()
    if fn is None:
        return _fallback_zipf(word.casefold()) or 4.0
    return fn(word.casefold(), "en", wordlist="large")


@functools.lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return (STOPWORDS | COMMON_VERBS | GENERIC_MODIFIERS | PREDICATE_ADJECTIVES | MONTHS
            | DEFINING_NOUNS | frozenset(REFERENCE_NOUNS) | ORG_HEADS | DOCUMENT_HEADS
            | PLACE_HEADS | PRODUCT_HEADS | TECHNIQUE_HEADS)


def _fallback_zipf(low: str) -> float:
    """A rough frequency without wordfreq: the words of these lists are common, others rare."""
    if low in STOPWORDS:
        return 7.0
    return 5.0 if low in _known() or low.rstrip("s") in _known() else 0.0


def is_common_word(word: str, *, threshold: float = 4.0) -> bool:
    """Tells whether a word is common English (so a capital on it may be positional).

    Args:
        word: one word, any case.
        threshold: the Zipf frequency at and above which a word counts as common.

    Returns:
        True for a stopword or a word at least as frequent as ``threshold``.
    """
    low = word.casefold()
    return low in STOPWORDS or zipf(low) >= threshold
