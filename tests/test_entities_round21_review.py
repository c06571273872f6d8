"""Review rev14a of round 21 (probe14): invented sentences of other genres on which a round-21
rule over-fired, each fixed in the rule's module (the docstrings there say how)."""

from __future__ import annotations

import pytest

from tests.test_entities import extracted as _entities
from tests.test_entities import find, needs_wordfreq


@needs_wordfreq
def test_a_royal_name_used_as_a_style_is_no_person():
    # architecture: "Queen Anne gables" names a style, a modifier before a noun
    entities = _entities(
        "The houses\n"
        "Abel Tesk built forty houses at Tollan in 1885. Their Queen Anne gables were copied "
        "across the suburb, and Queen Anne porches were added in 1890.\n")
    style = find(entities, "Queen Anne")
    assert style is None or style.entity_type != "person"


@needs_wordfreq
def test_a_stage_name_a_singer_was_marketed_under_stays_a_person():
    # music: a person-shaped name after "marketed … under the name" is a stage name
    entities = _entities(
        "The singer\n"
        "Ruth Pelmor was born in Tollan in 1901. The label marketed the young singer under "
        "the name Ada Quorrick. Ada Quorrick toured widely.\n")
    stage = find(entities, "Ada Quorrick")
    assert stage is not None and stage.entity_type == "person"


@needs_wordfreq
def test_an_author_after_in_their_paper_is_no_title():
    # science: "In their paper X of the Y reported …" opens a clause with its subject
    entities = _entities(
        "The survey\n"
        "In their paper Tesk of the Orlen Institute reported a new comet in 1901, and Tesk "
        "later confirmed it.\n")
    assert find(entities, "Tesk of the Orlen Institute") is None
    assert find(entities, "Orlen Institute") is not None


@needs_wordfreq
def test_a_title_after_in_his_book_is_still_closed_by_a_subject_pronoun():
    entities = _entities(
        "The vapour\n"
        "Abel Tesk measured vapour in hundreds of cases. In his book On Tides and Other "
        "Currents he argued for small doses.\n")
    book = find(entities, "On Tides and Other Currents")
    assert book is not None and book.entity_type == "document"


@needs_wordfreq
def test_a_year_later_is_no_rate():
    # a firm's growth: "85 men a year later" counts men, at no rate
    entities = _entities(
        "The works\n"
        "Abel Tesk opened the works at Tollan in 1880 with 12 men. The works employed 85 men "
        "a year later, and 300 men a decade after that.\n")
    assert find(entities, "85 men") is not None
    assert find(entities, "85 men a year") is None and find(entities, "300 men a decade") is None
    assert find(entities, "300 men") is not None


@needs_wordfreq
def test_a_reporting_clause_after_best_known_invention_is_no_product():
    # a biography: "His best-known invention, X later admitted, was …" quotes its inventor
    entities = _entities(
        "The workshop\n"
        "Abel Tesk built clocks at Tollan from 1880. His best-known invention, Tesk later "
        "admitted, was an accident. Its most profitable product, Pelmor recalled, was a "
        "cheap alarm, and Ruth Pelmor ran the works until 1920.\n")
    assert find(entities, "Tesk later admitted") is None and find(entities, "Pelmor recalled") is None
    pelmor = find(entities, "Ruth Pelmor")
    assert pelmor is not None and pelmor.entity_type == "person"


@needs_wordfreq
def test_a_town_is_no_short_form_of_its_product_named_after_it():
    # a town's history: the town is named before its product "Tollan lace"
    entities = _entities(
        "The town\n"
        "The railway reached Tollan in 1850. The town's best-known product, Tollan lace, was "
        "sold across Europe. By 1870 Tollan had forty lace workshops.\n")
    town = find(entities, "Tollan")
    assert town is not None and town.entity_type != "product"
    assert find(entities, "Tollan lace") is not town


@needs_wordfreq
def test_a_product_after_three_modifiers_is_read_whole():
    # the module's own example: "The firm's first successful product" (three modifiers)
    # had been one word too long for the finder's reach
    entities = _entities(
        "The leather\n"
        "The firm made boots. The firm's first successful product, Pelmor sole wax, was sold "
        "to cobblers. Pelmor was thick and slow to wear.\n")
    wax = find(entities, "Pelmor sole wax")
    assert wax is not None and wax.entity_type == "product"


@needs_wordfreq
@pytest.mark.parametrize(("text", "name"), [
    # policy: a scheme described as "a remedy for" a social ill is no preparation sold
    pytest.param("The reform\nThe Pelmor Scheme, a remedy for rural poverty, was adopted in "
                 "1850. The Pelmor Scheme paid farmers to drain fields.\n", "Pelmor Scheme",
                 id="remedy"),
    # a town's festival described as "a tonic for" its trade
    pytest.param("The fair\nThe Orlen Fair, a tonic for the town's trade, opened in 1901. The "
                 "Orlen Fair drew large crowds.\n", "Orlen Fair", id="tonic"),
])
def test_a_figurative_remedy_or_tonic_is_no_product(text, name):
    entity = find(_entities(text), name)
    assert entity is not None and entity.entity_type != "product"


@needs_wordfreq
def test_a_demonym_and_a_commodity_after_its_chief_export_is_no_product():
    # economic history: "Its chief export, English wool," names a commodity, no product
    entities = _entities(
        "The port\n"
        "The port of Tollan grew on trade. Its chief export, English wool, went to Flanders "
        "in Tollan ships.\n")
    assert find(entities, "English wool") is None
