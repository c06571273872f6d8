"""alias18: a name given to "it" by the people who used it ("Drivers knew it as “X”",
"most sailors simply called it X"), read by what "it" stands for
(:mod:`kg.merging.pronoun_calls`), on invented sentences, with negatives from other genres."""

from __future__ import annotations

from tests.test_entities import find, read_file


def _forms(entities, form: str) -> set[str]:
    entity = find(entities, form)
    assert entity is not None, f"{form} not found"
    return {entity.label, *entity.aliases}


def test_an_engine_known_by_a_quoted_nickname_keeps_it(tmp_path):
    text = ("The Kessingdon Engine Works built locomotives at Dunsey from 1860. The Tarvish "
            "Compound, first steamed there in 1881, was its most famous engine. Drivers knew "
            "it as \"Grey Mare\", after its dull paint. The Tarvish Compound ran until 1930.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Grey Mare" in _forms(entities, "Tarvish Compound")
    assert "Grey Mare" not in _forms(entities, "Kessingdon Engine Works")


def test_a_firm_called_by_the_place_it_was_named_from_keeps_that_name(tmp_path):
    text = ("In 1851 Hesper Quindall and Orrin Tadwell formed the Tollbeck Rope and Sail Company "
            "in a loft on Gannet Quay. The firm took its name from Tollbeck Point, a spit of "
            "shingle at the harbour mouth. Most sailors simply called it Tollbeck, and the "
            "partners signed their letters TRSC. Tollbeck sold rope to every yard on the "
            "coast.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Tollbeck" in _forms(entities, "Tollbeck Rope and Sail Company")
    assert "Tollbeck" not in _forms(entities, "Tollbeck Point")


def test_a_possessor_before_the_nickname_does_not_take_it(tmp_path):
    # the works is named only as the possessor ("Its most famous engine"): "it" is the engine
    text = ("The Kessingdon Engine Works built locomotives at Dunsey from 1860. Its most famous "
            "engine was the Tarvish Compound, first steamed in 1881. Drivers knew it as \"Grey "
            "Mare\", after its dull paint. The Tarvish Compound ran until 1930.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert find(entities, "Grey Mare") is not None
    assert "Grey Mare" not in _forms(entities, "Kessingdon Engine Works")


def test_a_band_whose_record_is_named_in_the_sentence_before_keeps_its_name(tmp_path):
    # music review: the sentence before names the record as the band's object, so what
    # critics "called it" may be the record; the band keeps its own name
    text = ("The Velling Quartet formed in Harcombe in 1966. The band recorded Fennel Moon at "
            "the Quarry Rooms in 1971. Critics simply called it Ashwater, after the river on "
            "its sleeve. The Velling Quartet split in 1975.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert find(entities, "Ashwater") is not None
    assert "Ashwater" not in _forms(entities, "Velling Quartet")


def test_a_boat_the_club_bought_does_not_give_the_club_its_name(tmp_path):
    # rowing club history: the sentence before brings in an unnamed boat ("bought a small
    # steamer"), so "it" may be the boat, and the club keeps its own name
    text = ("The Orlend Rowing Club was founded at Pennow Ferry in 1880. The club bought a small "
            "steamer in 1902. The members simply called it Bessamy, and it towed the eights to "
            "regattas until 1921.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert find(entities, "Bessamy") is not None
    assert "Bessamy" not in _forms(entities, "Orlend Rowing Club")
