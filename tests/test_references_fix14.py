"""Review fix14 of :mod:`kg.references.business_nouns` and :mod:`kg.references.plural_heads`:
wrong references on invented sentences."""

from __future__ import annotations

from tests.test_entities import reference_triples as _refs


def test_the_works_of_a_writer_take_no_company():
    refs = _refs("# Music\n\nEmil Trasko wrote for the Pelmor Opera Company. In 1910 the "
                 "works were catalogued by his widow.\n")
    assert not [r for r in refs if r[1].lower() == "the works"]


def test_the_yard_at_home_is_no_shipyard():
    refs = _refs("# Ships\n\nAsa Penwick founded the Vrailing Shipyard in 1850. At home he "
                 "kept hens in the yard.\n")
    assert not [r for r in refs if r[1].lower() == "the yard"]


def test_the_tables_in_a_study_are_furniture():
    refs = _refs("# Tides\n\nIn 1840 Ada Quenby published the Dorrel Tide Tables. She wrote "
                 "them in her study, where the tables were covered with charts.\n")
    assert not [r for r in refs if r[1].lower() == "the tables"]


def test_the_directors_of_a_film_company_or_festival_are_no_board():
    refs = _refs("# Films\n\nLena Marsk founded the Pelmor Film Company in 1920. In 1925 it "
                 "showed its pictures at the Vrailing Film Festival. The directors were "
                 "given prizes.\n")
    assert not [r for r in refs if r[1].lower() == "the directors"]
