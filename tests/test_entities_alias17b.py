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
            "Quendrel Gap or the Tarrow Notch, was crossed by drovers. Snow closes the Quendrel "
            "Gap most winters.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Tarrow Notch" in _forms(entities, "Quendrel Gap")


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
