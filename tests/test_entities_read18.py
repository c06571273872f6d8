"""read18 (a second read of the whole session's change): two inputs that crashed entity
extraction and a name that crossed from one document into the next. Invented texts."""

from __future__ import annotations

from tests.test_entities import find, read_entities, typed_aliases


def test_a_sentence_ending_in_a_bare_article_does_not_crash(tmp_path):
    # a table row ending "Grade A" before a distant "He": the unnamed-person test read past the end
    text = "# The Mill\n\nThe Orm Mill made flour.\n\n- Grade A\n\nHe sold it.\n"
    assert find(read_entities(text, tmp_path, name="mill.md"), "Orm Mill") is not None


def test_a_heading_that_renames_the_firm_does_not_crash(tmp_path):
    # a heading has no sentence index: "renamed the firm X" in a heading compared None with an int
    text = ("Orm Soap Company was founded in 1850. The firm grew quickly in the north.\n\n"
            "# Ada renamed the firm Quessop Works in 1901\n\nQuessop Works grew.\n")
    assert find(read_entities(text, tmp_path, name="soap.md"), "Orm Soap Company") is not None


def test_called_it_opening_a_document_names_nothing_of_the_document_before():
    found = typed_aliases("Quessop Soap Company was founded in 1850 by Ada Lind. The firm was named "
                    "after Orm Head.",
                    "Sailors simply called it Old Soapy. Old Soapy sank in 1901 off the coast.")
    assert "Old Soapy" not in found["Quessop Soap Company"][1]


def test_called_it_after_a_description_in_one_document_still_names_it():
    # the same two sentences in one document: the rule still gives the firm its name
    found = typed_aliases("Quessop Soap Company was founded in 1850 by Ada Lind. The firm was named "
                    "after Orm Head. Sailors simply called it Old Soapy.")
    assert "Old Soapy" in found["Quessop Soap Company"][1]
