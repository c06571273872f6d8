from tests.test_entities import extracted, find, needs_wordfreq


@needs_wordfreq
def test_a_place_before_a_rare_lowercase_noun_is_no_species():
    entities = extracted(
        "Local news\n"
        "The Tarrowby regatta was held in June. Crowds came to Tarrowby from the coast. "
        "Cheese is made in Kesselmoor, and in Kesselmoor ricotta is still made by hand.\n")
    assert find(entities, "Tarrowby regatta") is None
    assert find(entities, "Kesselmoor ricotta") is None
    assert find(entities, "Tarrowby") is not None
