"""An "&" acronym after its bold long form, and the capitals of a bold name kept."""

from __future__ import annotations

from kg.entities import extract_entities
from kg.model import Document
from kg.splitter import split_document


def _entities(text: str):
    doc = Document(id="document:t", path="t.md", title="t", text=text)
    sections, sentences = split_document(doc)
    entities, _ = extract_entities([doc], sections, sentences)
    return entities


def test_bold_long_form_and_its_ampersand_acronym_are_one_entity():
    entities = _entities("# The survey\n\nIn 1921 Ruth Tallis became head of the **Tallow "
                         "Board and Orrin Survey** (TB&OS), a new office. In 1925 TB&OS moved "
                         "to Pelmor.\n")
    owner = next(e for e in entities if e.label == "Tallow Board and Orrin Survey")
    assert "TB&OS" in owner.aliases
    assert not any(e.label == "TB&OS" for e in entities)


def test_bold_name_keeps_the_capital_of_its_common_first_word():
    entities = _entities("# The office\n\nIn 1921 Ruth Tallis became head of the **Inland "
                         "Lamp and Orrin Survey**, a new office.\n\nThe office grew.\n")
    labels = {e.label for e in entities}
    assert "Inland Lamp and Orrin Survey" in labels
    assert "inland Lamp and Orrin Survey" not in labels


def test_sentence_start_term_is_still_lowercased():
    entities = _entities("# Fields\n\nCrop rotation kept the Pelmor fields rich. Farmers "
                         "there valued crop rotation, and crop rotation spread.\n")
    assert "crop rotation" in {e.label for e in entities}
