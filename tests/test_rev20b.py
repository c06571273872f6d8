"""rev20b (review of rel20, invented sentences): a count or an amount after "Patent" is no
patent number (:mod:`kg.finders.name_ends`); "the national federation of X" is another body than
the one name opening so (:func:`kg.references.taught_phrases.tail_phrase`); a role noun after
"she met X, a farmer" is not X (:mod:`kg.references.role_shift`)."""

from __future__ import annotations

from tests.test_entities import find, read_entities, reference_triples


def test_a_count_after_a_patent_is_no_part_of_its_name(tmp_path):
    # a licensing history: "1,200 times" counts the licences
    entities = read_entities("Brelwick Company licensed the Kessby Patent 1,200 times in its "
                             "first decade. The patent earned little.\n", tmp_path)
    assert find(entities, "Kessby Patent") is not None
    assert not [e for e in entities if "1,200" in e.label and "Patent" in e.label]


def test_an_amount_after_a_patent_is_no_part_of_its_name(tmp_path):
    entities = read_entities("Velda Kessaly was paid for the Kessby Patent 2,400 pounds by "
                             "Brelwick Company in 1901.\n", tmp_path)
    assert find(entities, "Kessby Patent") is not None
    assert not [e for e in entities if "2,400" in e.label and "Patent" in e.label]


def test_a_patent_number_before_a_verb_still_completes_the_name(tmp_path):
    entities = read_entities("Brelwick Company bought US Patent 1,947,226 in 1936. US Patent "
                             "1,947,226 expired in 1953.\n", tmp_path)
    assert find(entities, "US Patent 1,947,226") is not None


def test_the_national_federation_of_another_country_is_another_body():
    text = ("The National Thatchers Federation was founded in 1901 in Tolquay. Other countries "
            "had their own bodies. In 1920 the national federation of Dremmick joined it.\n")
    assert not [t for t in reference_triples(text) if t[1] == "the national federation"]


def test_the_national_federation_alone_still_stands_for_the_name():
    text = ("The National Thatchers Federation was founded in 1901 in Tolquay. Its members met "
            "monthly. In 1920 the national federation fined Corvath Mills.\n")
    assert (2, "the national federation", "National Thatchers Federation") \
        in reference_triples(text)


def test_a_role_noun_is_not_the_person_just_described_by_another():
    # "a farmer" is no professor: the description goes on with the "she" of the sentence
    triples = reference_triples("Ysra Castrell studied at Pardale. In 1923 she met Odvar "
                                "Holmvik, a farmer from the valley. The professor then returned "
                                "to her laboratory.\n")
    assert (2, "The professor", "Odvar Holmvik") not in triples
    assert (2, "The professor", "Ysra Castrell") in triples


def test_a_store_for_grain_is_a_storehouse_not_the_firm():
    # a granary's account: the store holds oats; it is no shop of the firm
    triples = reference_triples("Brelwick Company built a new store for grain behind the quay "
                                "in 1901. The store held ten tons of oats.\n")
    assert not [t for t in triples if t[1] == "The store"]


def test_a_plant_a_firm_bought_from_a_grower_is_a_plant():
    # a seed merchant's history: the plant flowers
    triples = reference_triples("Brelwick Company grew flax near Tolquay. In 1901 Brelwick "
                                "Company bought a rare plant from Dremmick. The plant flowered "
                                "in May.\n")
    assert not [t for t in triples if t[1] == "The plant"]


def test_a_branch_opened_in_a_town_is_still_the_chains():
    triples = reference_triples("Drummaway Valley Stores opened in Tolquay in 1902. Its second "
                                "branch opened in Corvath in 1910. In 1931 the store in Corvath "
                                "began to sell lamp oil.\n")
    assert (2, "the store", "Drummaway Valley Stores") in triples
