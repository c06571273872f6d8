"""rel20 (fresh invented texts): a patent's number written in digit groups completes its name
and "the patent" takes it up (:mod:`kg.finders.name_ends`, :func:`kg.merging.shortenings.head_of`);
"the ⟨first word⟩ ⟨head⟩" written in lowercase stands for the one name that opens and ends so
(:func:`kg.references.name_traits.name_heads`); a role description after a sentence that
spoke of its person by a pronoun is the person that sentence named
(:mod:`kg.references.role_shift`); "the store" after "Its first branch" is the chain
(:mod:`kg.references.premises`). Each on invented sentences, with a negative in another genre."""

from __future__ import annotations

from tests.test_entities import find, read_entities, reference_triples

PATENT = ("Jorna Orlog filed for a patent in 1931, and the office granted it in 1934 as US "
          "Patent 1,947,226. The clerks filed the papers in Tollmere. Brelwick Company bought "
          "the patent in 1936.\n")


def test_a_patent_number_in_digit_groups_completes_its_name(tmp_path):
    entities = read_entities(PATENT, tmp_path)
    patent = find(entities, "US Patent 1,947,226")
    assert patent is not None
    assert find(entities, "US Patent") is None


def test_the_patent_takes_up_the_numbered_patent():
    assert (2, "the patent", "US Patent 1,947,226") in reference_triples(PATENT)


def test_a_count_after_a_place_name_stays_out_of_the_name(tmp_path):
    # a census report: "Upper Tollmere 12,400 people" is a place and a head count
    text = "The census of 1901 gave Upper Tollmere 12,400 people and Brelwick rather fewer.\n"
    entities = read_entities(text, tmp_path)
    assert find(entities, "Upper Tollmere") is not None
    assert not [e for e in entities if "12,400" in e.label and "Tollmere" in e.label]


GUILD = ("The Western Weavers Guild set prices for the trade in Tolquay. Its members met "
         "monthly. In 1963 the western guild fined Corvath Mills for selling below the list.\n")


def test_the_lowercase_first_word_and_head_of_a_name_stand_for_it():
    assert (2, "the western guild", "Western Weavers Guild") in reference_triples(GUILD)


def test_a_generic_first_word_before_the_head_stands_for_no_name():
    # a bank's history: "the first bank in the valley" is an older one, not "First Tollmere Bank"
    triples = reference_triples("In 1890 Odvar Pelham founded First Tollmere Bank in the "
                                "harbour town. Long before, in 1850, the first bank in the "
                                "valley had opened in a tavern.\n")
    assert not [t for t in triples if t[1] == "the first bank"]


BIOGRAPHY = ("Ysra Castrell was born in 1902 in a mining town. In 1920 she enrolled at the "
             "University of Pardale to study chemistry. In 1923 she joined the laboratory of "
             "Odvar Holmvik, a specialist in the flow of salts through clay. The professor had "
             "founded the Pardale Soil Station in 1911.\n")


def test_a_role_description_after_she_is_the_person_newly_named():
    triples = reference_triples(BIOGRAPHY)
    assert (3, "The professor", "Odvar Holmvik") in triples


def test_a_pronoun_after_she_hired_someone_stays_hers():
    # a shipyard's history: only a description marks the change of topic, not "She"
    triples = reference_triples("Velda Kessaly ran the Tolquay yard from 1890. In 1901 she "
                                "hired Teodric Venstrup to keep the books. She redesigned the "
                                "slipway in 1903.\n")
    assert (2, "She", "Velda Kessaly") in triples


CHAIN = ("Drummaway Valley Stores opened in Tolquay in 1902. Its first branch stood on the "
         "harbour. In 1954 the store on the harbour began to sell lamp oil by the pint.\n")


def test_the_store_after_its_first_branch_is_the_chain():
    assert (2, "the store", "Drummaway Valley Stores") in reference_triples(CHAIN)


def test_a_societys_plant_is_a_plant_not_the_society():
    # gardening: a society grows a plant; "the plant" is that plant
    triples = reference_triples("The Tollmere Garden Society met in the old school. In 1901 "
                                "the Tollmere Garden Society grew a rare plant from seed. The "
                                "plant flowered in May.\n")
    assert not [t for t in triples if t[1] == "The plant"]


def test_a_branch_of_a_family_is_no_firms_branch():
    # genealogy: "a branch of the family" brings in kin, not premises
    triples = reference_triples("The Pelham Trading Company sold cloth in Tolquay. In 1850 it "
                                "took in a branch of the family from the north. The branch "
                                "settled in the valley.\n")
    assert not [t for t in triples if t[1] == "The branch"]
