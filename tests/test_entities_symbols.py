"""Unit symbols after a number and the element symbols of a formula are no names."""

from __future__ import annotations

from kg.entities import extract_entities
from kg.model import Document
from kg.splitter import split_document


def _entities(text: str):
    doc = Document(id="document:t", path="t.md", title="t", text=text)
    sections, sentences = split_document(doc)
    entities, _ = extract_entities([doc], sections, sentences)
    return entities


def _forms(entities) -> set[str]:
    return {f for e in entities for f in (e.label, *e.aliases)}


_COLD = ("# Cold metals\n\nIn 1921 Ruth Tallis cooled a wire of brenium to about 4.2 kelvin (K) "
         "in her Pelmor cryostat. At 4.2 K the wire lost all resistance, and at 12 K it "
         "recovered. Tallis later studied the Pb–Sr–Fe–O system, which conducted at 30 K. "
         "The Pelmor cryostat held 8 K for a week, and a second sample reached 1500 K in a "
         "furnace.\n")


def test_unit_symbol_after_a_number_is_part_of_the_quantity():
    entities = _entities(_COLD)
    assert "K" not in _forms(entities)
    quantities = {e.label for e in entities if e.entity_type == "quantity"}
    assert {"4.2 K", "12 K", "30 K", "1500 K"} <= quantities
    assert "Ruth Tallis" in _forms(entities)


def test_element_symbols_of_a_formula_are_no_names():
    forms = _forms(_entities("# Films\n\nRuth Tallis grew films of Pb\u2212Sr\u2212Fe\u2212O in "
                             "1931. In *Strange films of the Pb\u2212Sr\u2212Fe\u2212O kind* she "
                             "wrote up the films. Tallis later tried Zn\u2212Fe films.\n"))
    assert not forms & {"Pb", "Sr", "Fe", "O", "Zn"}
    assert "Ruth Tallis" in forms


def test_short_surname_and_defined_symbol_stay_names():
    # a biography: a two-letter surname used alone and beside a dash, and a one-letter
    # acronym defined after its expansion, are names, not symbols
    entities = _entities("# Printers\n\nRuth Ng founded the Kessory Press in 1921. Ng printed "
                         "maps of the coast for 40 years. The Ng–Tallis atlas of 1930 was her "
                         "last work. Owen Marrow ran the Harbour Trust (T) from 1925. "
                         "The T bought 12 presses, and the T sold them to Ng.\n")
    ng = [e for e in entities if "Ng" in {e.label, *e.aliases} or e.label == "Ruth Ng"]
    assert ng and ng[0].entity_type == "person"
    assert "T" in _forms(entities)
