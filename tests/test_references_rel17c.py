"""rel17c: "his work", "her book" for the one document the window names with that person
(:mod:`kg.references.own_works`). Where it must fire, and in another genre where it must not
(two documents in the window). Invented sentences."""

from __future__ import annotations

from tests.test_entities import reference_triples

TREATISE = ("# Ossian Varrel\n\nOssian Varrel was a physician from Tolbrenne. "
            "In 1832 he published Liber Pulsum Varrelii, a short treatise on the pulse. "
            "Varrel was the son of a miller. "
            "His work was ignored until Edda Quorrin reissued it in Danish in 1861.\n")


def test_his_work_is_the_one_document_the_window_names_with_him():
    triples = reference_triples(TREATISE)
    assert (3, "His work", "Liber Pulsum Varrelii") in triples


SURVEYS = ("# Pelsa Corrisk\n\nPelsa Corrisk was a surveyor from Brackmere. "
           "In 1902 she published the Brackmere Coast Report, a survey of the fishing towns. "
           "In 1905 she published Liber Tidarum, a treatise on the tides. "
           "Her book was praised in Ostvell.\n")


def test_her_book_takes_nothing_when_the_window_names_two_documents():
    triples = reference_triples(SURVEYS)
    assert (3, "Her", "Pelsa Corrisk") in triples  # the possessive itself is read
    assert not [t for t in triples if t[1] == "Her book"]


def test_his_work_at_a_place_is_no_document():
    triples = reference_triples(TREATISE.replace(
        "His work was ignored until", "His work at the Tolbrenne infirmary was ignored until"))
    assert (3, "His", "Ossian Varrel") in triples
    assert not [t for t in triples if t[1] == "His work"]
