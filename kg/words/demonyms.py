"""Adjectives of nationality, region and people ("Danish", "Malagasy", "East Asian",
"Aztec"): a generic resource, like the month and honorific lists of :mod:`kg.words.lexicon`.

The list holds the adjectives of the sovereign states, of the continents and major world
regions, and of the best-known historic peoples, empires and dynasties, with the languages
that share their names. It is a word list taken from general knowledge, not from any
article. Such a word written alone is an adjective ("the Malagasy harvest") or a language
("translated into Finnish"), not a thing the text is about; inside a longer name it is
part of it ("the Polish Sonata", "the Royal Danish Academy"). The plural ("the Aztecs")
is a people and is not listed.

Used by :mod:`kg.finders.selection`: a name that is only such a word, or compass words and such a
word, is no entity; and by :mod:`kg.finders.candidates`: such a word before a person's name is cut
from it (:func:`person_prefix`: "the Finnish Aino Virtanen"). Endings alone (its "-ian",
"-ese" …) miss "Malagasy", "Thai", "Greek", "Lao". Words that are as often
nouns of places, things or people ("Arctic", "Caribbean", "Mediterranean", "Baltic",
"Viking", "Norman", "Gothic", "Celtic", "Inca", "Habsburg") are left out.

Measured (``benchmarks/entities.py --held-out --ours``): architect_bio −1 node (a language
after "translated into"), plate_tectonics −1 (a nationality), vaccine −3 (a language, a
nationality and a regional adjective with its compass word), lighthouse −2 (a nationality
and a historic dynasty); no recall, alias, relation or conflation figure of the 24 sets
moved. :func:`person_prefix` moved nothing on them (none of them writes a nationality right
before a name); it is there for "the Danish Anna Lind", which made a node apart from "Lind".
One ancient people's adjective stayed on lighthouse: its form also holds the plural, written
as the subject of a sentence ("The Aztecs built …"), a people (the plural is one key with
the adjective); since place12 (issue 3) a people's plural alone is no entity either
(:func:`is_people`: "Germans", "the Poles", "Frenchmen", from :data:`DEMONYMS` and the nouns of
:data:`PEOPLE_NOUNS`), as a name for a nation's side is junk beside the nation's own
names. Measured (``--held-out --ours``): enigma_codebreaking −2 nodes (a nation's adjective
with its plural, 11 mentions, and another people's plural), lighthouse −1 (that ancient
people); no recall, alias, type, relation or conflation figure of the 24 sets and the
probes moved (no gold entity is a people). A plural that ends a longer kept name is kept, a
club's short name ("Quendrow Saxons" … "the Saxons": :func:`kg.finders.fragments.drop_fragments`).

Round 10 of issue 3: adjectives of faiths and churches (:data:`FAITHS`: "a Lutheran
almanac", "an engraver and Methodist"; not "Christian", a given name too) and a listed
adjective with a lowercase word hyphened on ("Danish-language pamphlets", "Dutch-born"), which
are adjectives as the bare word is. Measured: printing_press −2 nodes, forecasting −1 (all
three such words alone); no recall, alias, relation or conflation figure of the 18
development sets or 12 invented ones moved.

probe20 (:func:`person_prefix`): a singular noun of one of a people ("Frenchman",
"Welshwoman", "Scot" of :data:`PEOPLE_NOUNS`) is cut as an adjective is ("the Dutchman Pieter
Quellhaven"): the safety-match probe's inventor had been a node "⟨noun⟩ ⟨name⟩" typed other,
his surname another (alias unity and relations one item up each). Nothing else moved.
"""

from __future__ import annotations

from kg.words import lexicon as lx
from kg.words.given_names import GIVEN_NAMES
from kg.words.tokens import singular

__all__ = ["COMPASS", "DEMONYMS", "FAITHS", "PEOPLE_NOUNS", "adjective_stems", "is_demonym",
           "is_people", "named_by_adjective", "person_prefix"]



DEMONYMS = lx._words("""
afghan albanian algerian american andorran angolan argentine argentinian armenian australian
austrian azerbaijani bahamian bahraini bangladeshi barbadian belarusian belgian belizean
beninese bhutanese bolivian bosnian botswanan brazilian british bruneian bulgarian burkinabe
burmese burundian cambodian cameroonian canadian chadian chilean chinese colombian comorian
congolese croatian cuban cypriot czech danish djiboutian dominican dutch ecuadorian egyptian
emirati english eritrean estonian ethiopian fijian filipino finnish french gabonese gambian
georgian german ghanaian greek grenadian guatemalan guinean guyanese haitian honduran
hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican
japanese jordanian kazakh kenyan korean kosovan kuwaiti kyrgyz lao laotian latvian lebanese
liberian libyan lithuanian luxembourgish macedonian malagasy malawian malaysian maldivian
malian maltese mauritanian mauritian mexican moldovan monegasque mongolian montenegrin
moroccan mozambican namibian nepalese nepali nicaraguan nigerian nigerien norwegian omani
pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari romanian
russian rwandan salvadoran samoan saudi scottish senegalese serbian leonean singaporean
slovak slovakian slovenian somali spanish sudanese surinamese swazi swedish swiss syrian
taiwanese tajik tanzanian thai togolese tongan trinidadian tunisian turkish turkmen ugandan
ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
african asian european oceanian scandinavian nordic balkan
arab arabian slavic latin iberian anglo saxon gaelic flemish walloon
basque catalan breton corsican sicilian bavarian prussian castilian andalusian tyrolean
kurdish berber bedouin tamil bengali punjabi gujarati hindi urdu sinhalese tibetan uyghur
manchu cantonese hawaiian maori aboriginal inuit
roman greek grecian byzantine ottoman mamluk mughal persian babylonian assyrian sumerian
akkadian hittite phoenician carthaginian etruscan minoan mycenaean hellenic hellenistic
egyptian nubian aztec incan mayan olmec toltec mongol mongolian norse frankish
visigothic ostrogothic moorish saracen hunnic khmer safavid abbasid umayyad
fatimid seljuk timurid achaemenid sasanian parthian seleucid ptolemaic macedonian thracian
dacian gallic gaulish germanic teutonic lombard venetian genoese florentine 
""")

# adjectives (and singular nouns) of faiths and churches, which describe a person or a thing as
# the adjectives of nationality do ("a Lutheran almanac", "an engraver and Methodist");
# not "Christian", also a given name
FAITHS = lx._words("""
buddhist catholic protestant muslim islamic hindu jewish sikh jain taoist confucian shinto
anglican lutheran methodist presbyterian calvinist puritan quaker mennonite
""")

# nouns of a people that differ from its adjective ("a Dane", "the Poles"; "-man" nouns in
# their singular), read in the plural only by :func:`is_people`; not "Frank", a given name
PEOPLE_NOUNS = lx._words("""
pole dane swede finn scot turk briton spaniard kurd serb croat slovene slav celt gaul moor
hun goth frenchman englishman dutchman irishman welshman scotsman
""")

# compass words that make a regional demonym of one ("East Asian", "South Korean")
COMPASS = lx._words("north south east west northern southern eastern western central "
                 "northeast northwest southeast southwest sub-saharan")


def is_demonym(words: list[str] | tuple[str, ...]) -> bool:
    """True when ``words`` (as written) are one listed adjective, optionally after compass
    words ("Danish", "East Asian", "South East Asian"); a plural ("Aztecs") is not.

    Args:
        words: the words of a name.

    Returns:
        Whether the name is only an adjective of nationality, region or people.
    """
    low = [w.casefold() for w in words]
    if low and "-" in low[-1] and words[-1][1:].replace("-", "").islower():
        low[-1] = low[-1].split("-")[0]  # "Danish-language", "Dutch-born": still an adjective
    if not low or low[-1] not in DEMONYMS | FAITHS:
        return False
    return all(w in COMPASS for w in low[:-1])


def is_people(words: list[str] | tuple[str, ...]) -> bool:
    """True when ``words`` (as written) are the plural of a listed adjective used as a noun
    or of a listed noun of a people ("Germans", "the Poles", "Frenchmen"), optionally after
    compass words: a people, which alone is no entity (place12, issue 3), as the adjective
    alone is none.

    Args:
        words: the words of a name.

    Returns:
        Whether the name is only a people's plural.
    """
    low = [w.casefold() for w in words]
    if not low or not all(w in COMPASS for w in low[:-1]):
        return False
    last = low[-1]
    if last.endswith("men") and len(last) > 5:
        return last[:-3] + "man" in PEOPLE_NOUNS  # "Frenchmen"
    if not last.endswith("s") or last.endswith("ss"):
        return False
    one = singular(last)
    return one != last and (one in DEMONYMS or one in PEOPLE_NOUNS)


def _one_of(word: str) -> bool:
    """(probe20) True for a singular noun of one of a people ("Frenchman", "Welshwoman", "Scot"),
    which glues onto a name as a demonym does ("the Frenchman Aurel Quist")."""
    w = word.casefold()
    return w in PEOPLE_NOUNS or w.endswith("woman") and w[:-5] + "man" in PEOPLE_NOUNS


def person_prefix(words: list[str], heads: frozenset[str]) -> int:
    """How many leading words of a capitalised run are a demonym glued onto a person's name
    ("Finnish Aino Virtanen", "East African Amani Njoroge"), else 0.

    The rest must be two or three words, no head noun of an organisation, document or place
    (``heads``: "the German Democratic Republic", "the British Museum" are names), opened by
    a listed given name or made of uncommon words (Zipf < 3.5: "Greek Orthodox Church" keeps
    its adjective).

    Args:
        words: the run's words as written.
        heads: head nouns that make the run an organisation's, document's or place's name.

    Returns:
        The number of words to cut from the front.
    """
    for n in (1, 2):
        if len(words) - n not in (2, 3) or not (is_demonym(words[:n]) or n == 1 and _one_of(words[0])):
            continue
        rest = [w.casefold().rstrip(".") for w in words[n:]]
        if any(w in heads for w in rest):
            return 0
        if rest[0] in GIVEN_NAMES or all(lx.zipf(w) < 3.5 for w in rest if len(w) > 1):
            return n
    return 0


def adjective_stems(words) -> frozenset[str]:
    """The listed adjectives among ``words`` (lowercased tokens of the text): the places and
    peoples the text names by an adjective ("Orvalian ships"), for :func:`named_by_adjective`."""
    return frozenset(w for w in words if w in DEMONYMS)


def named_by_adjective(word: str, adjectives: frozenset[str]) -> bool:
    """True when one listed adjective of the text is made from ``word`` (lowercased): they
    share all but at most the name's last three letters, and at least three ("Athens" and
    "Athenian", "Milan" and "Milanese"), and the name is no everyday word (Zipf < 4.5: "Indeed"
    is none of "Indian"), nor the plural of one ("Polls" is none of "Polish"). A name the
    text also names by its adjective is a place or a people, even where it is written only
    once, at the start of a sentence, as :mod:`kg.finders.selection` asks of a rare one-word name.

    Measured (``benchmarks/entities.py --held-out --ours``): printing_press gained a city
    written once, opening a sentence, whose adjective another sentence uses (recall .95 →
    1.00, alias unity .85 → .90); no other figure of the 36 sets moved.
    """
    need = max(3, len(word) - 3)
    return lx.zipf(word) < 4.5 and not _everyday_plural(word) and any(
        a != word and len(a) > need and a[:need] == word[:need] for a in adjectives)


def _everyday_plural(word: str) -> bool:
    """True for the plural of an everyday word ("polls", "indices"), which opens a sentence
    by chance and shares its first letters with an adjective ("Polish", "Indian") by chance
    too; a place's name ending in "s" has no such singular ("Athens")."""
    if word.endswith("ices"):
        return any(lx.zipf(word[:-4] + end) >= 3.5 for end in ("ex", "ix"))
    return singular(word) != word and lx.zipf(singular(word)) >= 3.5
