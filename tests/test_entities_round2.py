"""Tests for the issue-3 round-2 rules: fragments of longer names are no names, more ways of
giving a name another name. Small made-up documents."""

from __future__ import annotations

from kg.documents import read_documents
from kg.entities import extract_entities
from kg.splitter import split_document
from tests.test_entities import build, find, needs_wordfreq


def _entities(text: str):
    docs, sections, sentences = build(text)
    entities, _ = extract_entities(docs, sections, sentences)
    return entities


@needs_wordfreq
def test_a_common_word_glued_to_a_longer_name_is_no_name_of_its_own():
    entities = _entities(
        "The Orlen Papers were printed as “A Dialect of Varnish” in 1978. Later the "
        "Varnish Requests for Implementation process began. The Moon rose over Kesh. "
        "Tyla Marrin studied the Moon from Kesh.\n")
    assert find(entities, "Dialect") is None
    assert find(entities, "Implementation") is None
    # a capitalised function word does not glue, and a common word used alone stays a name
    assert find(entities, "Moon") is not None


@needs_wordfreq
def test_and_does_not_glue_two_names():
    entities = _entities(
        "Two boring machines, named Agnes and Forest by local pupils, dug the Lorr Tunnel. "
        "Forest finished first, in 2019.\n")
    assert find(entities, "Forest") is not None


def _split(text: str, tmp_path):
    """Entities with the real sentence splitter (the naive one of ``build`` cuts at "St.")."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    docs = read_documents([path])
    sections, sentences = split_document(docs[0])
    entities, _ = extract_entities(docs, sections, sentences)
    return entities


def test_saint_and_a_plural_possessive_stay_inside_an_institution_name(tmp_path):
    entities = _split(
        "St. Orwen Hospital opened in 1887. The Marrow Patients’ Forum met at St. Orwen "
        "Hospital in 1990, and the Marrow Patients’ Forum wrote to the board.\n", tmp_path)
    hospital = find(entities, "St. Orwen Hospital")
    assert hospital is not None and hospital.entity_type == "organization"
    assert find(entities, "Orwen Hospital") in (None, hospital)
    assert find(entities, "St") is None
    forum = find(entities, "Marrow Patients’ Forum")
    assert forum is not None and forum.entity_type == "organization"
