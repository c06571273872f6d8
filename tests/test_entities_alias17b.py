"""alias17b: other names a naming cue gives in plain words (:mod:`kg.merging.alternative_names`):
a name after "or" in the cue and a lowercase name given to a term, on invented sentences, with
negatives from other genres."""

from __future__ import annotations

from tests.test_entities import find, read_file


def _forms(entities, form: str) -> set[str]:
    entity = find(entities, form)
    assert entity is not None, f"{form} not found"
    return {entity.label, *entity.aliases}


def test_a_second_name_after_or_in_a_cue_names_the_same_thing(tmp_path):
    text = ("Weavers on the Varnle coast learnt a new way of holding the shuttle. This grip, "
            "known as pinch weaving or thumb lock, spread quickly. By 1850 every loom house "
            "taught pinch weaving to its apprentices, and pinch weaving is still shown at "
            "fairs.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "thumb lock" in _forms(entities, "pinch weaving")
    entity = find(entities, "pinch weaving")
    why = next(m for m in entity.merges if m["form"] == "thumb lock")
    assert why["rule"] == "alias" and "or thumb lock" in why["evidence"]


def test_a_capitalised_name_after_or_in_a_cue_names_the_same_place(tmp_path):
    text = ("The road climbs to a saddle between two hills. The saddle, also called the "
            "Quendrel Gap or the Quendrow Notch, was crossed by drovers. Snow closes the Quendrel "
            "Gap most winters.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Quendrow Notch" in _forms(entities, "Quendrel Gap")


def test_a_lowercase_name_after_also_called_names_the_term(tmp_path):
    text = ("The spindlewort, also called the marsh lantern, is a low herb of wet meadows. "
            "The spindlewort flowers in June. Farmers cut the spindlewort for bedding, and "
            "spindlewort seed is sold in Vessock.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "marsh lantern" in _forms(entities, "spindlewort")


def test_two_names_weighed_after_a_plain_called_stay_apart(tmp_path):
    # council minutes: "called X or Y" weighs two names; only a naming cue lists one thing's
    text = ("The council met in May. Members debated whether the new road should be called "
            "Harmswick Way or Pellick Lane. Harmswick Way won the vote, and Pellick Lane was "
            "given to a footpath near the Pellick Lane school.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Pellick Lane" not in _forms(entities, "Harmswick Way")


def test_names_that_go_on_past_or_stay_apart(tmp_path):
    # sport: "known as X or Y depending on …" gives each name to a different season
    text = ("The two clubs of Quorrow share one ground. The ground is known as Tessary Park "
            "or Dolmere Field depending on who plays at home. Tessary Park holds four thousand, "
            "and Dolmere Field was the older name of the lower pitch.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Dolmere Field" not in _forms(entities, "Tessary Park")


def test_a_described_method_before_the_cue_is_no_name(tmp_path):
    # field survey: "a second technique, known as x y," describes; the name is x y alone
    text = ("The Brassock survey counted birds on every farm. In 1931 Hesper Franthe added a "
            "second technique, known as porch sampling, in which a counter sat outside a house "
            "for an hour and noted every bird seen. Porch sampling was revived in 1960.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert _forms(entities, "porch sampling") == {"porch sampling", "Porch sampling"}


def test_names_weighed_by_a_condition_after_the_comma_stay_apart(tmp_path):
    # town history (rev17h): ", according to …", ", whichever …" gives each name to a case
    text = ("The old wall of Quorrow had two entrances. Each entrance was known as the Vorrel "
            "Gate or the Tessary Gate, according to the road it faced. The Vorrel Gate fell in "
            "1600, and the Tessary Gate still stands. The trophy is known as the Dolmere Cup or "
            "the Brellin Shield, whichever side holds it. The Dolmere Cup was first played in "
            "1890 and the Brellin Shield in 1901.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert find(entities, "Tessary Gate") is not find(entities, "Vorrel Gate")
    assert find(entities, "Brellin Shield") is not find(entities, "Dolmere Cup")
    assert find(entities, "Tessary Gate") is not None and find(entities, "Brellin Shield")


def test_names_given_to_a_plural_subject_stay_apart(tmp_path):
    # sport and houses (rev17h): "The factions, known as X or Y," "They were known as X or Y"
    # name each member, not one thing
    text = ("Two factions ran the Quorrow games. The factions, known as the Vorrel Reds or the "
            "Tessary Blues, met each spring. The Vorrel Reds won in 1840, and the Tessary Blues "
            "won in 1841. The Ostram estate had two wings. They were known as the Dolmere Wing "
            "or the Brellin Wing. The Dolmere Wing burnt in 1790 and the Brellin Wing was "
            "sold.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert find(entities, "Tessary Blues") is not find(entities, "Vorrel Reds")
    assert find(entities, "Brellin Wing") is not find(entities, "Dolmere Wing")
    assert find(entities, "Tessary Blues") is not None and find(entities, "Brellin Wing")
