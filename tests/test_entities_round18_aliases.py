"""Round 18 of issue 3: alias unity on unseen articles (final9's diagnosis, section 1).

Invented sentences; each positive test fails without its rule, and the negative ones keep
other genres' names apart.
"""

from __future__ import annotations

import pytest

from kg.entities import extract_entities
from kg.model import Document
from kg.splitter import split_document


def _entities(text: str):
    doc = Document(id="document:t", path="t.md", title="t", text=text)
    sections, sentences = split_document(doc)
    entities, _ = extract_entities([doc], sections, sentences)
    return entities


def _owner(entities, form: str):
    return [e for e in entities if form == e.label or form in e.aliases]


def test_italic_equivalent_after_the_is_an_alias_of_a_bold_term_and_no_title():
    entities = _entities("# Ships\n\nThe navy added a **tide board** (the *Tidvel Kontorbrett*), "
                         "which set the hour. Every tide board was checked daily.\n")
    owners = _owner(entities, "Tidvel Kontorbrett")
    assert [e.label for e in owners] == ["tide board"]
    assert owners[0].entity_type != "document"


def test_italic_english_title_in_brackets_stays_a_work_of_its_own():
    entities = _entities("# Reviews\n\nIn 1930 the **Kelmsey Review** (*The Long Salt*) printed "
                         "a story by Ruth Tallis. The Kelmsey Review closed in 1941.\n")
    review = _owner(entities, "Kelmsey Review")
    assert review and not any("Long Salt" in a for a in review[0].aliases)


def test_name_used_before_a_book_titled_after_it_is_no_short_form_of_the_title():
    entities = _entities("# Secrets\n\nRuth Tallis ran the Dolmar project from 1921. Dolmar "
                         "stayed secret for decades. In 1974 she published *Dolmar Unbound*, a "
                         "memoir of those years.\n")
    dolmar = _owner(entities, "Dolmar")
    assert dolmar and not any("Unbound" in a for a in dolmar[0].aliases)
    assert not any("Unbound" in e.label for e in dolmar)


def test_foreign_term_first_word_used_before_it_is_a_thing_of_its_own():
    entities = _entities("# Machines\n\nIn 1931 six varnaks were built in Tarvel. Each varnak "
                         "needed two operators. In 1935 the **varnak kelvoczny** combined "
                         "them.\n")
    # both forms on one entity, whichever is its label, would be the join
    assert not any({"varnak", "varnak kelvoczny"} <= {e.label, *e.aliases} for e in entities)


def test_term_with_an_english_head_is_not_shortened_to_its_first_word():
    entities = _entities("# Rocks\n\nIn 1931 divers mapped the **varnocite zone** under the bay. "
                         "Later the varnocite was dated, and the varnocite proved old.\n")
    assert not any({"varnocite", "varnocite zone"} <= {e.label, *e.aliases} for e in entities)


def test_published_long_title_and_the_name_it_became_known_by_are_one_work():
    entities = _entities("# Reports\n\nIts findings, published in 1902 as the Review of the "
                         "Carriage of Letters by Rail, became known simply as the Tarvel Review. "
                         "The Tarvel Review was cited for decades.\n")
    full = "Review of the Carriage of Letters by Rail"
    assert [e.label for e in _owner(entities, full)] == ["Tarvel Review"]
    assert not any(e.label == "Letters by Rail" or "Letters by Rail" in e.aliases
                   for e in entities)


def test_became_known_after_a_name_that_is_no_published_title_gives_it_no_alias():
    entities = _entities("# Surveys\n\nIn 1902 the survey of Kelmsey Harbour, became known "
                         "simply as the Tarvel Review. The Tarvel Review was cited for decades.\n")
    assert not any("Tarvel Review" in e.aliases for e in entities if "Harbour" in e.label)


def test_italic_equivalent_after_a_name_with_of_belongs_to_the_whole_name():
    # the name goes back across "of": no fragment "Tides" holding the equivalent
    entities = _entities("# Ports\n\nThe Office of Tides (*Tidenkontor*) opened in 1921. The "
                         "Office of Tides hired Ruth Tallis.\n")
    assert [e.label for e in _owner(entities, "Tidenkontor")] == ["Office of Tides"]
    assert not _owner(entities, "Tides")


def test_person_who_wrote_a_title_keeps_the_name_she_became_known_by():
    # the title ends before ", became" but is the object of "who wrote": the person became
    # known as the Harbour Queen, not the book
    entities = _entities("# A life\n\nRuth Tallis, who wrote Notes on the Harbour of Kelmsey, "
                         "became known as the Harbour Queen. The Harbour Queen died in 1950.\n")
    assert not any({"Harbour Queen", "Notes on the Harbour of Kelmsey"} <= {e.label, *e.aliases}
                   for e in entities)


def test_pen_name_after_published_as_is_no_title():
    # "published as Margaret Vane of Marlby": a pen name; the place stays a name of its own
    entities = _entities("# A life\n\nRuth Tallis published as Margaret Vane of Marlby, a pen "
                         "name, until 1950. Margaret Vane of Marlby was unmasked in 1951.\n")
    assert not _owner(entities, "Margaret Vane of Marlby")
    assert [e.label for e in _owner(entities, "Marlby")] == ["Marlby"]


# (text, a form, the label of the one entity that holds it)
HELD = [
    pytest.param(
        "# The port\n\nIn 1921 the port's **Tide Office** (*Varnskontor*) in "
        "Kelmsey hired Ruth Tallis. The Tide Office later moved to Marrowby.\n",
        "Varnskontor", "Tide Office",
        id="italic_foreign_equivalent_of_a_bold_name_is_its_alias"),
    pytest.param(
        "# The Norwegian Tide Office\n\nIn 1921 its Tide Office hired Ruth "
        "Tallis. The Tide Office later moved to Marrowby.\n",
        "Norwegian Tide Office", "Tide Office",
        id="heading_with_an_adjective_of_nationality_names_the_entity"),
    pytest.param(
        "# Lamps\n\nRuth Tallis founded Vellacott Instruments in 1921. "
        "Vellacott sold lamps to Marrowby.\n",
        "Vellacott", "Vellacott Instruments",
        id="short_name_after_a_firm_is_still_its_short_form"),
    pytest.param(
        "# Machines\n\nIn 1931 the Tarvel engineers built the **varnak "
        "kelvoczny**, an electromechanical machine. Six varnaks were built "
        "before 1935, and each varnak needed two operators.\n",
        "varnak", "varnak kelvoczny",
        id="foreign_term_is_shortened_to_its_first_word_after_it"),
    pytest.param(
        "# Codes\n\nIn 1939 the office moved to **Ostrelby Park**, a country "
        "house in the hills. The first machine was installed at Ostrelby in "
        "1940, and Ostrelby grew quickly.\n",
        "Ostrelby", "Ostrelby Park",
        id="site_short_name_after_at_joins_the_site"),
    pytest.param(
        "# Reports\n\nIts findings, first published in 1902 as the Review of "
        "the Carriage of Letters by Rail, became known simply as the Tarvel "
        "Review. The Tarvel Review was cited for decades.\n",
        "Review of the Carriage of Letters by Rail", "Tarvel Review",
        id="title_after_a_participle_and_an_adverb_takes_the_name_it_became_known_by"),
]


@pytest.mark.parametrize(("text", "form", "label"), HELD)
def test_a_form_belongs_to_one_entity(text, form, label):
    entities = _entities(text)
    assert [e.label for e in _owner(entities, form)] == [label]


# (text, a form, the label of the entity that must not hold it as an alias; None for any)
APART = [
    pytest.param(
        "# Books\n\nRuth Tallis wrote a memoir (*Varnskontor*) in Kelmsey in "
        "1930. The Kelmsey Players staged it in 1931.\n",
        "Varnskontor", None,
        id="italic_word_in_brackets_after_a_plain_noun_is_no_alias"),
    pytest.param(
        "# The Norwegian Navy\n\nIn 1921 the Navy hired Ruth Tallis. The Navy "
        "later sailed to Marrowby.\n",
        "Norwegian Navy", "Navy",
        id="heading_adjective_of_nationality_and_a_one_word_name_stay_apart"),
    pytest.param(
        "# Music\n\nRuth Tallis was born in Ostrelby in 1890. In 1921 she "
        "opened Ostrelby Park, and concerts at Ostrelby drew crowds.\n",
        "Ostrelby", None,
        id="town_named_as_a_place_stays_apart_from_the_park_named_after_it"),
    pytest.param(
        "# Music\n\nConcerts at Ostrelby drew crowds in 1890. In 1921 Ruth "
        "Tallis opened **Ostrelby Park**, and Ostrelby grew.\n",
        "Ostrelby", "Ostrelby Park",
        id="name_written_before_the_site_is_no_short_form_of_it"),
    pytest.param(
        "# Codes\n\nIn 1939 the office moved to **Ostrelby Park**, a country "
        "house in the hills. Ostrelby grew quickly after 1940.\n",
        "Ostrelby", "Ostrelby Park",
        id="name_never_written_after_at_is_no_short_form_of_the_site"),
    pytest.param(
        "# Plants\n\nIn 1921 Ruth Tallis collected Varrella (*sensu lato*) "
        "near Kelmsey. Varrella grew there for decades.\n",
        "sensu lato", None,
        id="lowercase_latin_aside_after_a_plain_name_is_no_alias"),
]


@pytest.mark.parametrize(("text", "form", "label"), APART)
def test_a_form_is_no_alias(text, form, label):
    entities = _entities(text)
    assert not any(form in e.aliases for e in entities if label is None or e.label == label)
