"""Reference resolution, round 3: invented sentences for each rule (each fails without it)."""

from __future__ import annotations

from kg.entities import extract_entities
from tests.test_entities import build, by_reference, find


def _entities(text: str):
    docs, sections, sentences = build(text)
    entities, mentions = extract_entities(docs, sections, sentences)
    return entities, mentions, sentences



def test_the_council_is_no_firm_the_text_described_as_one():
    entities, mentions, _ = _entities(
        "The Harrowby Borough Council voted to buy the ferry line in 2019. "
        "Opponents said the price was too high. "
        "Its bid was prepared with the consultancy firm Quell Marrin. "
        "Tomek Edvik, a ferry owner, was unimpressed. "
        "“The council is paying for a fantasy,” he said.\n")
    council = find(entities, "Harrowby Borough Council")
    firm = find(entities, "Quell Marrin")
    assert council is not None and firm is not None
    assert not by_reference(mentions, firm, 4)
    assert by_reference(mentions, council, 4)


def test_his_theory_is_the_idea_the_text_says_he_proposed():
    text = ("Tomek Ruvel was a Danish geologist who studied glaciers. "
            "In a lecture in 1921, Ruvel proposed what he called glacial rebound. "
            "Glacial rebound explained raised beaches along the coast. "
            "Few geologists accepted the argument at first. "
            "Ruvel died in 1938 with his theory still doubted.\n")
    entities, mentions, _ = _entities(text)
    idea = find(entities, "glacial rebound")
    assert idea is not None and idea.entity_type in ("concept", "technique")
    assert by_reference(mentions, idea, 4)
    assert any(m.surface == "his theory" for m in mentions if m.entity == idea.id)


def test_his_theory_is_not_an_idea_someone_else_proposed():
    entities, mentions, _ = _entities(
        "Tomek Ruvel was a Danish geologist who studied glaciers. "
        "In a lecture in 1921, Ina Berg proposed what she called glacial rebound. "
        "Glacial rebound explained raised beaches along the coast. "
        "Ruvel died in 1938 with his theory still doubted.\n")
    idea = find(entities, "glacial rebound")
    assert idea is not None
    assert not by_reference(mentions, idea, 3)


def test_it_is_not_a_name_the_last_sentence_named_after_among():
    entities, mentions, _ = _entities(
        "Sailors on the Varnish coast once steered by a great fire on the cape. "
        "The tower was counted among the Seven Marvels of that age. "
        "It survived for six centuries before a storm left it in ruins.\n")
    marvels = find(entities, "Seven Marvels")
    assert marvels is not None
    assert not by_reference(mentions, marvels, 2)


def test_a_role_noun_the_text_gives_a_name_by_a_copula_stands_for_it():
    entities, mentions, _ = _entities(
        "Bills are set every five years. "
        "The Coastal Water Tariffs Board is the regulator of the industry. "
        "Aldquist Water owns the pipes in the valley. "
        "Tenants have complained for years. "
        "The regulator has warned Aldquist Water three times.\n")
    board = find(entities, "Coastal Water Tariffs Board")
    assert board is not None and by_reference(mentions, board, 4)


def test_a_ranking_after_a_copula_is_no_description():
    entities, mentions, _ = _entities(
        "The Coastal Water Tariffs Board is the largest of the water bodies. "
        "Aldquist Water owns the pipes in the valley. "
        "Tenants have complained for years. "
        "The largest has warned Aldquist Water three times.\n")
    board = find(entities, "Coastal Water Tariffs Board")
    assert board is not None and not by_reference(mentions, board, 3)


def test_a_comma_opening_an_apposition_does_not_end_a_fronted_phrase():
    entities, mentions, _ = _entities(
        "In 1961 Maren Holt married Osvald Brandl, a potter from Vessel Guild Ltd whom she "
        "met in Bonn. They had three sons.\n")
    guild = find(entities, "Vessel Guild Ltd")
    assert guild is not None and guild.entity_type == "organization"
    assert not by_reference(mentions, guild, 1)


def test_its_after_any_noun_is_bound_by_it_not_the_last_subject():
    entities, mentions, _ = _entities(
        "The Varsa Institute schedules the observations. "
        "The heart of any camera is its sensor, and the Osk camera has a new one.\n")
    institute = find(entities, "Varsa Institute")
    assert institute is not None and not by_reference(mentions, institute, 1)


def test_its_after_every_one_of_still_takes_the_last_subject():
    entities, mentions, _ = _entities(
        "The Varsa Probe left Earth in 2004. "
        "Every one of those problems had to be solved before it could work on its own.\n")
    probe = find(entities, "Varsa Probe")
    assert probe is not None and by_reference(mentions, probe, 1)
