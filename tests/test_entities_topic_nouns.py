"""Tests for the title's topic noun (:mod:`kg.finders.topic_nouns`): a lowercase common noun
heading the title and used on its own throughout is a term. Small made-up documents."""

from __future__ import annotations

from tests.test_entities import find, read_entities

_DEVICE = """# The Varnodiator: A Short History

The varnodiator was first built in a cellar workshop at Hobbleton in 1931.
Early varnodiators drew too much current and failed within weeks.
Engineers soon learned to seal the varnodiator in wax.
By 1940 a sealed varnodiator cost less than a valve.
The varnodiator radio followed in 1952, and the varnodiator is still made today.
"""


def test_the_titles_topic_noun_used_throughout_is_a_term(tmp_path):
    entities = read_entities(_DEVICE, tmp_path, name="article.md")
    entity = find(entities, "varnodiator")
    assert entity is not None
    assert "varnodiators" in {a.casefold() for a in entity.aliases}


def test_a_topic_noun_written_alone_in_too_few_sentences_is_no_term(tmp_path):
    text = ("# The Varnodiator\n\nThe varnodiator was first built at Hobbleton in 1931.\n"
            "A varnodiator radio followed in 1952, and a varnodiator lamp in 1954.\n"
            "Engineers at Hobbleton sealed every varnodiator in wax.\n")
    assert find(read_entities(text, tmp_path, name="article.md"), "varnodiator") is None


def test_an_everyday_title_noun_is_no_term(tmp_path):
    # a bakery's history: "bread" and "company" are everyday words, not the article's terms
    text = ("Bread: A Short History of the Company\n\n"
            "The ovens of the company opened in 1890. Loaves of bread from the company reached "
            "every street. The oven made bread for the company and for the mill. Farmers sold "
            "flour to the company at cost. Bakers kneaded bread by hand until 1900. In 1921 "
            "the company baked its last bread.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "company") is None
    assert find(entities, "bread") is None


def test_a_storys_title_person_noun_is_no_term(tmp_path):
    # a short story titled after its character: "the tinker" is a person, not a term
    text = ("# The Tinker\n\nThe tinker, who came every spring, camped by the Hobbleton mill. "
            "The tinker mended pans for a penny. Children followed the tinker along the lane. "
            "At dusk the tinker sang by his fire. In May the tinker left again.\n")
    assert find(read_entities(text, tmp_path, name="article.md"), "tinker") is None


def test_a_storys_title_person_noun_taken_up_by_she_is_no_term(tmp_path):
    # a short story titled after its character, no "who" or name after her: "her", "she"
    text = ("# The Midwife\n\nThe midwife lived at the edge of Hobbleton, above the tannery.\n"
            "Each night the midwife packed her bag with linen and a lamp.\n"
            "Women sent for the midwife when the snow was deep.\n"
            "In the spring of that year the midwife delivered twins.\n"
            "The midwife never married, and she died in her ninetieth year.\n")
    entities = read_entities(text, tmp_path, name="article.md")
    assert find(entities, "midwife") is None
    assert find(entities, "Hobbleton") is not None  # the text was read


def test_a_topic_noun_beside_its_makers_pronoun_once_is_still_a_term(tmp_path):
    # a device's history: one "his" after the noun is the inventor's, not the noun's
    text = _DEVICE.replace("Engineers soon learned to seal the varnodiator in wax.",
                           "Tessary soon sealed the varnodiator in his own wax.")
    assert "his own wax" in text
    assert find(read_entities(text, tmp_path, name="article.md"), "varnodiator") is not None
