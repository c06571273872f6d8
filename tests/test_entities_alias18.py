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


# review (rev18c): negatives from a financial history and a local history


def test_a_collapse_the_press_named_is_no_name_of_the_firm(tmp_path):
    # "it" takes up the collapse, not the firm: an event's name ("… Affair", "… Crash") is no
    # name of the firm, whether the resolver took the firm or the description "The company"
    text = ("The Quillmarsh Trading Company was founded at Quessford in 1850. The company failed "
            "suddenly in 1891. The press knew it as the Quillmarsh Crash. The Quillmarsh "
            "Trading Company never reopened.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert find(entities, "Quillmarsh Crash") is not None
    assert "Quillmarsh Crash" not in _forms(entities, "Quillmarsh Trading Company")
    text = ("The Quillmarsh Trading Company collapsed in 1891. The press knew it as the "
            "Quillmarsh Affair. The Quillmarsh Trading Company had traded tea.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert find(entities, "Quillmarsh Affair") is not None
    assert "Quillmarsh Affair" not in _forms(entities, "Quillmarsh Trading Company")


def test_a_name_the_text_gave_another_thing_before_is_not_taken(tmp_path):
    # the hall and the place are things of their own, written before "called it": a
    # nickname is introduced by its sentence, not met earlier as another thing
    text = ("Sorrowby Hall was built in 1790 near Quessford. The Brennick Mill stood on the "
            "Faddle river. The mill ground corn until 1900. Locals called it Sorrowby Hall. "
            "The Brennick Mill closed in 1910.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert find(entities, "Sorrowby Hall") is not None
    assert "Sorrowby Hall" not in _forms(entities, "Brennick Mill")
    text = ("The Vennaby Company built its works at Thurlock in 1880. The company shipped glass "
            "to Marrowind Reach. Buyers knew it as Thurlock. The Vennaby Company closed in "
            "1920.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert find(entities, "Thurlock") is not None
    assert "Thurlock" not in _forms(entities, "Vennaby Company")


def test_an_it_the_sentence_before_gave_its_maker_goes_on_with_the_product(tmp_path):
    # trade history: "advertised it" takes up the stove, so the next "it" goes on with the
    # stove; the resolver's answer for the second "it" (the firm, the subject) is no ground
    text = ("The Brennick Stove was cheap. The Vennaby Company advertised it. Cooks knew it as "
            "Old Iron. The Brennick Stove sold well.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert find(entities, "Old Iron") is not None
    assert "Old Iron" not in _forms(entities, "Vennaby Company")
