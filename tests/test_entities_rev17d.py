"""Review of probe17 (rev17d): where its rules fired in other genres, on invented sentences.

A title's "in (the)" setting is two title-case words or more, never one word the text
also writes in lowercase ("the Report on Wages in the House", "in the North",
:func:`kg.finders.name_connectors.titled_setting`); the list a work is scored for follows a
work noun opened by a determiner or possessive, not a place left for others ("left Quendrow
for Paris, Rome and Vienna", :func:`kg.finders.name_connectors.listed_for`); a plural
possessive opening a term is an agent noun's, rarer than the word it is made from
("weavers'", "hatters'"), not "others'" or "mothers'" (:func:`kg.finders.terms._trade_possessive`);
a frequent given name opening a sentence before a plural the text writes in lowercase is an
adjective ("Christian socialists", :mod:`kg.finders.candidates`); a word that begins a given
name is no abbreviated given name after a capitalised word, a surname or a saint's "St.", and
ends its sentence (:mod:`kg.sentences`, :mod:`kg.words.tokens`).
"""

from __future__ import annotations

from tests.test_entities import typed_aliases
from tests.test_entities_probe17 import _sentences


def test_a_reports_title_stops_before_in_the_house():
    # a parliamentary history: "the House" is where the report was laid, written "house" too
    found = typed_aliases("# Wages\n\nIn 1890 Ada Kelby laid the Report on Wages in the House, "
                      "where it was read. The house rose late that night.\n")
    assert "Report on Wages" in found
    assert not any("in the House" in label for label in found)


def test_a_reports_title_stops_before_in_the_north():
    # a regional survey: "the North" is a region the text also writes lowercase
    found = typed_aliases("# Wages\n\nIn 1890 Ada Kelby wrote the Report on Wages in the North. "
                      "Wages in the north were low.\n")
    assert "Report on Wages" in found
    assert not any("North" in label for label in found if label.startswith("Report"))


def test_places_listed_after_for_are_no_title():
    # a travel memoir: the places she left for are places of their own
    found = typed_aliases("# Travel\n\nIn 1890 Ada Kelby left Quendrow for Paris, Rome and Vienna. "
                      "She returned in 1892.\n")
    assert "Vienna" in found and "Rome" in found
    assert not any("for Paris" in label for label in found)


def test_a_plural_possessive_of_no_agent_noun_opens_no_term():
    # a farm diary and a household history: "others'" and "mothers'" are no trades
    found = typed_aliases("# Farm\n\nKelby kept the others' sheep in the barn. The others' "
                      "sheep grazed near Quenby. The mothers' wages were low in Quenby. "
                      "In 1890 the mothers' wages rose.\n")
    assert "Quenby" in found
    assert "others' sheep" not in found and "mothers' wages" not in found


def test_a_faith_adjective_before_a_plural_opening_a_sentence_is_no_persons_name():
    # a political history: "Christian" qualifies the socialists, written lowercase later
    found = typed_aliases("# Politics\n\nChristian Socialists founded the Quenby League in 1890. "
                      "The socialists met in Quendrow.\n")
    assert "Quenby League" in found
    assert not any(label.startswith("Christian") for label in found)
    assert found.get("Socialists", ("other",))[0] != "person"


def test_a_saints_abbreviated_name_ends_its_sentence():
    # a parish history: "St. Wilfr." is the parish, and "Quendrow" opens the next sentence
    text = "# Parish\n\nKelby was vicar of St. Wilfr. Quendrow succeeded him in 1890.\n"
    assert len(_sentences(text)) == 2
    assert not any(label.endswith("Quendrow") and label != "Quendrow" for label in typed_aliases(text))


def test_a_surname_that_begins_a_given_name_ends_its_sentence():
    # a shop's history: "Lind" begins "Linda" but ends Tom Lind's name and the sentence
    text = "# Shop\n\nIn 1850 the shop passed to Tom Lind. Kelby bought it in 1860.\n"
    assert len(_sentences(text)) == 2
    found = typed_aliases(text)
    assert "Tom Lind" in found
    assert not any("Lind. Kelby" in label for label in found)
