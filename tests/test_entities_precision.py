"""Tests for the issue-3 precision rules: words that only describe a name (a nationality, a
hyphenated "-born" adjective), a title cut off from its name, a month after a day number and
an adverb are no entities. Small made-up documents, split by the real splitter."""

from __future__ import annotations

from kg.entities import extract_entities
from kg.model import Document
from kg.splitter import split_document
from tests.test_entities import find, needs_wordfreq


def _entities(text: str):
    doc = Document(id="document:t", path="t.md", title="t", text=text)
    sections, sentences = split_document(doc)
    entities, _ = extract_entities([doc], sections, sentences)
    return entities


@needs_wordfreq
def test_a_nationality_before_a_trade_is_no_entity():
    entities = _entities(
        "In 1911 the Latvian hydrologist Ona Pelse measured the Varn delta. The Estonian "
        "surveyor Mart Kivil mapped it again, helped by the North African engineer Kofi Arden. "
        "Pelse and Kivil later worked for the Meridian survey. The Meridian survey closed in "
        "1930.\n")
    for word in ("Latvian", "Estonian", "North African"):
        assert find(entities, word) is None, word
    for name in ("Ona Pelse", "Mart Kivil", "Kofi Arden"):
        assert find(entities, name) is not None, name
    # a name ending like a demonym before a thing, not a trade, stays
    assert find(entities, "Meridian") is not None


@needs_wordfreq
def test_a_hyphenated_born_or_based_adjective_is_no_entity():
    entities = _entities(
        "The Tarsk-born cellist Ivo Renner joined the Harl Quartet, a Velden-based ensemble, "
        "in 1990. Renner left the Harl Quartet in 1999.\n")
    assert find(entities, "Tarsk-born") is None
    assert find(entities, "Velden-based") is None
    assert find(entities, "Harl Quartet") is not None
    assert find(entities, "Ivo Renner") is not None


def test_a_title_cut_off_by_its_period_is_no_entity():
    entities = _entities(
        "Dr. Mira Solbek chaired the inquiry. Its secretary, Dr. Otto Brame, wrote the "
        "report. Mr. Brame later retired.\n")
    assert find(entities, "Dr") is None and find(entities, "Mr") is None
    assert find(entities, "Mira Solbek") is not None


def test_a_month_after_a_day_number_is_no_part_of_a_name():
    entities = _entities(
        "Halbrand Freight bought the port in 2004. On 3 March Halbrand Freight sold it again. "
        "Halbrand Freight kept its depot.\n")
    assert find(entities, "March Halbrand Freight") is None
    assert find(entities, "Halbrand Freight") is not None


@needs_wordfreq
def test_an_adverb_in_ily_starts_no_term():
    entities = _entities(
        "The dunes rose steadily taller each winter. Further inland the dunes rose steadily "
        "taller too. Wardens put up dune fencing in 1990. The dune fencing was cheap.\n")
    assert find(entities, "steadily taller") is None
    assert find(entities, "dune fencing") is not None


def test_a_list_label_before_a_lone_name_is_a_field_not_an_entity():
    entities = _entities(
        "Facts\n\n"
        "- Chief engineer: Ada Vennel (from 1990)\n"
        "- Largest project: the Orrin Viaduct, 1998\n"
        "- Flood barriers: Gates close when the river rises past four metres.\n\n"
        "The firm built the Orrin Viaduct for the Orrin Rail Company. Ada Vennel led the work.\n")
    assert find(entities, "chief engineer") is None
    assert find(entities, "largest project") is None
    assert find(entities, "Orrin Viaduct") is not None
    # a label before a sentence-like value is a topic of its own
    assert find(entities, "flood barriers") is not None


def test_a_quote_ending_in_a_particle_is_no_term():
    entities = _entities(
        "Critics said the harbour had been “torn apart” to the Velt Trust. The Velt Trust "
        "called the plan “a working harbour”. A “working harbour” pays its way.\n")
    assert find(entities, "torn apart") is None
    assert find(entities, "working harbour") is not None


@needs_wordfreq
def test_a_superlative_opens_no_term():
    entities = _entities(
        "The oldest tide gauge still in use stands at Orm. Its oldest tide gauge records "
        "start in 1801. A tide gauge measures the sea level.\n")
    assert find(entities, "oldest tide gauge") is None
    assert find(entities, "tide gauge") is not None


def test_superlatives_of_generic_modifiers():
    from kg.words.lexicon import is_generic_modifier
    for word in ("oldest", "largest", "biggest", "earliest", "best-known", "newest"):
        assert is_generic_modifier(word), word
    for word in ("forest", "interest", "honest", "harvest", "test", "field-tested"):
        assert not is_generic_modifier(word), word


def test_a_weekday_is_no_entity():
    entities = _entities(
        "The Orle Players gave a series of Sunday morning concerts in 1950. Later the "
        "Sunday concerts he funded were full.\n")
    assert find(entities, "Sunday") is None
    assert find(entities, "Orle Players") is not None


@needs_wordfreq
def test_a_common_word_after_and_inside_an_of_name_is_no_name():
    entities = _entities(
        "Samples went to the Institute for Marine Survey and Protection in 1975. The "
        "Institute for Marine Survey and Protection closed in 1990. The nurses wanted the "
        "audiences of Vienna and Berlin. Berlin was far.\n")
    assert find(entities, "Protection") is None
    assert find(entities, "Berlin") is not None


def test_quantities_counting_one_thing_are_one_node_and_pieces_are_none():
    entities = _entities(
        "The dam has 12 steel gates. Each of the 12 sluice gates weighs a lot. In the "
        "2019–20 season a 1:40 scale model was built. Ada Vennel and her 40 fellow engineers "
        "signed it.\n")
    gates = find(entities, "12 sluice gates")
    assert gates is not None and find(entities, "12 steel gates") is gates
    assert find(entities, "20 season") is None
    assert find(entities, "40 scale model") is None
    assert find(entities, "40 fellow") is None
