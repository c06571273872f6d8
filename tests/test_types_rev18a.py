"""Review rev18a of types18: where the rules of :func:`kg.kinds.title_cues.article_title` and
:data:`kg.kinds.noun_kinds._LAND_NOUNS` fired on sentences of other genres. A capital "An"
before a consonant is another language's article, not a title's; a name before a lowercase
noun leaves its article to the noun; "summit" names a meeting as often as a hilltop; a noun
of land or water before "of" and a bare word is a quantity ("a stream of letters").
Invented sentences; each negative failed before its fix, and each positive guards the rule
the fix narrowed."""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq


def _typed(text: str, form: str) -> str:
    entity = find(extracted(text), form)
    assert entity is not None, form
    return entity.entity_type


@needs_wordfreq
def test_an_before_a_consonant_opens_no_title():
    # a career note: an Irish body's article, no English "an"
    assert _typed("Brisca Venmoor took a job with An Quessa Teoranta in 1980 and stayed ten "
                  "years. An Quessa Teoranta paid well.", "Quessa Teoranta") != "document"


@needs_wordfreq
def test_an_before_a_vowel_still_opens_a_title():
    # a diarist's history: the English article before a vowel keeps the rule
    assert _typed("Wrenna Harlock's diary of the crossing, An Orchard at Quessary Bay, was "
                  "printed by the society in 1852 with forty plates.",
                  "An Orchard at Quessary Bay") == "document"


@needs_wordfreq
def test_a_name_before_a_lowercase_noun_opens_no_title():
    # a road report: the capital article belongs to "lorry", the name is a firm's
    assert _typed("Brisca Venmoor drove for Tessard Haulage, and A Quessary Haulage lorry "
                  "later hit her car. Quessary Haulage paid for the repairs.",
                  "Quessary Haulage") != "document"


@needs_wordfreq
def test_a_summit_of_ministers_is_no_place():
    # diplomacy: a summit is a meeting
    assert _typed("The Tessard Summit, a two-day summit of trade ministers, opened in 1990. "
                  "The Tessard Summit ended without a treaty.", "Tessard Summit") != "place"


@needs_wordfreq
def test_a_stream_of_letters_is_no_place():
    # a newspaper's history: a land noun before "of" and a bare word is a quantity
    assert _typed("Ostrel, a steady stream of letters to the editor, began in 1990. Ostrel "
                  "ran for years.", "Ostrel") != "place"


@needs_wordfreq
def test_a_stream_of_data_is_no_place():
    # telemetry: the copula reads the same quantity
    assert _typed("Vessenby is a stream of data sent by the probe. Vessenby was decoded in "
                  "1990.", "Vessenby") != "place"


@needs_wordfreq
def test_a_brook_of_the_uplands_is_still_a_place():
    # a mill's history: an article after "of" keeps the place
    assert _typed("Quorrel Water, a shallow brook of the upland moors, drove the mill in 1820. "
                  "Quorrel Water flooded in 1852.", "Quorrel Water") == "place"
