"""Issue 3, aliases round 10: rules found on the final6 sets (then development sets), tested
on invented sentences (kg.name_runs, kg.shortenings, kg.alias_cues)."""

from __future__ import annotations

from tests.test_entities import extracted as _entities
from tests.test_entities import find, joined, needs_wordfreq


@needs_wordfreq
def test_a_numbered_tail_at_a_sentence_start_joins_its_full_name():
    entities = _entities(
        "The strike\n"
        "In 1962 the dockers struck. Their union, Dunmarsh Lightermen Branch 17, demanded a "
        "shorter week. Branch 17 argued that night shifts were unsafe. The branch met in a "
        "pub. The strike ended in May.\n")
    joined(entities, "Dunmarsh Lightermen Branch 17", "Branch 17", rule="tail")


@needs_wordfreq
def test_a_numbered_name_is_better_known_by_another():
    entities = _entities(
        "The trams\n"
        "The city reopened its tramway in 1998. Route 9, better known as the Varnock Loop, "
        "opened first. Its trams ran every ten minutes. The Varnock Loop closed in 2010.\n")
    joined(entities, "Varnock Loop", "Route 9", rule="alias")


@needs_wordfreq
def test_a_count_at_a_sentence_start_is_no_numbered_name():
    entities = _entities(
        "The regatta\n"
        "The Tessaly regatta drew a crowd. Some 40 boats sailed. Nearly 200 people watched "
        "from the quay.\n")
    for form in ("Some 40", "Nearly 200"):
        assert find(entities, form) is None


@needs_wordfreq
def test_faith_adjectives_and_demonym_compounds_are_no_entities():
    entities = _entities(
        "The press\n"
        "Orla Vantry printed a Buddhist almanac in 1702. She sold Danish-language pamphlets "
        "to sailors. Her partner, an engraver and Quaker, cut the blocks. The Vantry almanac "
        "sold well.\n")
    for form in ("Buddhist", "Danish-language", "Quaker"):
        assert find(entities, form) is None, form
    assert find(entities, "Orla Vantry") is not None
