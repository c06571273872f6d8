"""Adjectives of nationality, region and people ("German", "Somali", "West African",
"Roman"): a generic resource, like the month and honorific lists of :mod:`kg.lexicon`.

The list holds the adjectives of the sovereign states, of the continents and major world
regions, and of the best-known historic peoples, empires and dynasties, with the languages
that share their names. It is a word list taken from general knowledge, not from any
article. Such a word written alone is an adjective ("the Somali outbreak") or a language
("translated into Norwegian"), not a thing the text is about; inside a longer name it is
part of it ("the German Requiem", "the Royal Scottish Academy"). The plural ("the Romans")
is a people and is not listed.

Used by :mod:`kg.selection`: a name that is only such a word, or compass words and such a
word, is no entity. Endings alone (its "-ian", "-ese" …) miss "German", "Somali", "Latin",
"Thai", "Greek". Words that are as often nouns of places, things or people ("Arctic",
"Caribbean", "Mediterranean", "Baltic", "Viking", "Norman", "Gothic", "Celtic", "Inca",
"Habsburg") are left out.

Measured (``benchmarks/entities.py --held-out --ours``): architect_bio −1 node
("translated into Norwegian"), plate_tectonics −1 ("German"), vaccine −3 ("Latin",
"Somali", "West African"), lighthouse −2 ("French", "Mamluk"); no recall, alias, relation
or conflation figure of the 24 sets moved. "Roman" stays on lighthouse: its form also holds
"The Romans built …", a people (the plural is one key with the adjective).
"""

from __future__ import annotations

__all__ = ["COMPASS", "DEMONYMS", "is_demonym"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DEMONYMS = _words("""
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

# compass words that make a regional demonym of one ("West African", "South Korean")
COMPASS = _words("north south east west northern southern eastern western central "
                 "northeast northwest southeast southwest sub-saharan")


def is_demonym(words: list[str] | tuple[str, ...]) -> bool:
    """True when ``words`` (as written) are one listed adjective, optionally after compass
    words ("German", "West African", "South East Asian"); a plural ("Romans") is not.

    Args:
        words: the words of a name.

    Returns:
        Whether the name is only an adjective of nationality, region or people.
    """
    low = [w.casefold() for w in words]
    if not low or low[-1] not in DEMONYMS:
        return False
    return all(w in COMPASS for w in low[:-1])
