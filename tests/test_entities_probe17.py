"""Rules of probe17 (the hatworks and harmonica probes' misses), each on invented sentences
where it must fire and, in another genre, where it must not: a given name opening a sentence
(:mod:`kg.words.given_names`), a written work's title going on with "in the" (:func:`kg.finders.name_connectors.titled_setting`) and
with the list it is scored for (:func:`kg.finders.name_connectors.listed_for`), a stage name
before ", born" and a birth name (:func:`kg.finders.name_before.born_after`,
:mod:`kg.merging.birth_names`), an abbreviated given name before its period
(:func:`kg.words.given_names.short_given`, :mod:`kg.sentences`, :mod:`kg.words.tokens`,
:mod:`kg.merging.designations`) and a trade's plural possessive opening a term
(:mod:`kg.finders.terms`)."""

from __future__ import annotations

from kg.documents import Document
from kg.splitter import split_document
from tests.test_entities import typed_aliases


def _sentences(text: str) -> list[str]:
    doc = Document(id="document:t", path="t.md", title="t", text=text)
    return [s.text for s in split_document(doc)[1]]


def test_a_continental_given_name_opening_a_sentence_stays_in_the_name():
    # a craft history: "Christian" is the ropemaker's first name, and "He" is he
    found = typed_aliases("# Ropes\n\nRopes were twisted by hand. Christian Vollmark was among "
                      "the first to use a wheel. He opened a ropewalk in Kessick in 1850.\n")
    assert found["Christian Vollmark"][0] == "person"
    assert "Vollmark" not in found


def test_a_faith_adjective_opening_a_sentence_is_no_name():
    # a church history: "Christian" before a plain noun names nobody
    found = typed_aliases("# Pilgrims\n\nChristian pilgrims crossed the Orvel Pass in 1120. "
                      "The pass was closed in winter.\n")
    assert "Orvel Pass" in found
    assert not any(label.startswith("Christian") for label in found)


def test_a_reports_title_goes_on_with_in_the_and_title_case_words():
    # a medical history: "the leather trades" is written lowercase elsewhere
    found = typed_aliases("# Fever\n\nIn 1880 Wrenna Talbrek wrote the Survey on Tanning Fever "
                      "in the Leather Trades, which the council printed. Fever was common "
                      "in the leather trades of the town.\n")
    assert "Survey on Tanning Fever in the Leather Trades" in found


def test_a_reports_title_stops_before_in_and_a_named_archive():
    # an archive guide: the archive is a name of its own, never written lowercase
    found = typed_aliases("# Records\n\nThe Survey on Harbour Dues in the Carrowby Archive was "
                      "lost in 1912. The Carrowby Archive reopened later.\n")
    assert "Survey on Harbour Dues" in found and "Carrowby Archive" in found


def test_a_work_scored_for_several_instruments_is_one_title():
    # a music history: the list after "for" is the scoring, part of the title
    found = typed_aliases("# Music\n\nIn 1931 Edwin Mavrel composed his Serenade for Flute, "
                      "Strings and Organ for the Kessick choir.\n")
    assert "Serenade for Flute, Strings and Organ" in found
    assert "Strings" not in found and "Organ" not in found


def test_a_list_of_rare_names_after_for_is_no_title():
    # a charity report: three villages the fund is for stay names of their own
    found = typed_aliases("# Relief\n\nThe Fund for Carrowby, Duskin and Wrenna paid for "
                      "bread in 1847.\n")
    assert not any("Duskin and Wrenna" in label for label in found)


def test_a_stage_name_before_born_keeps_its_first_word_and_takes_the_birth_name():
    # a music biography: "Little Duskin" is the name he played under
    found = typed_aliases("# Blues\n\nLittle Duskin, born Edwin Duskin Talbrek in Kessick, "
                      "played the fiddle in taverns. His records sold well.\n")
    assert "Edwin Duskin Talbrek" in found["Little Duskin"][1]


def test_born_of_after_a_sentence_opening_word_is_no_stage_name():
    # a town history: "Modern" is capitalised by position, "born of" names nobody
    found = typed_aliases("# Towns\n\nModern Kessick, born of two villages, grew fast. "
                      "Kessick lies on a river.\n")
    assert "Modern Kessick" not in found
    assert "Kessick" in found


def test_an_abbreviated_given_name_ends_no_sentence_and_the_firm_keeps_its_surname():
    # a business history: "Theod." opens the firm's name, later called by the surname
    text = ("# Firms\n\nUnder his sons the business became a public company, Theod. Varnock "
            "AG, in 1909. By 1920 Varnock was exporting clocks.\n")
    assert len(_sentences(text)) == 2
    found = typed_aliases(text)
    firm = next(al | {label} for label, (_k, al) in found.items() if "Theod. Varnock AG"
                in al | {label})
    assert "Varnock" in firm
    assert not any(label.startswith("Theod") and label != "Theod. Varnock AG" for label in found)


def test_an_abbreviated_name_before_a_common_opener_ends_the_sentence():
    # a letter's summary: the writer signs with the short form, and "The" opens a sentence
    text = "# Letters\n\nThe letter was signed by Theod. The clerk filed it in 1870.\n"
    assert len(_sentences(text)) == 2


def test_a_trades_plural_possessive_opens_a_repeated_term():
    # an industrial medicine text: the weavers' disease, written twice
    found = typed_aliases("# Dust\n\nMany mill hands caught the weavers' cough, a dry cough "
                      "from cotton dust. Doctors first described the weavers' cough in "
                      "1840.\n")
    assert "weavers' cough" in found


def test_a_plural_possessive_of_no_trade_opens_no_term():
    # a naval history: the ships' crews are no term, however often written
    found = typed_aliases("# Fleet\n\nThe ships' crews were paid in silver. In 1790 the ships' "
                      "crews struck at Kessick.\n")
    assert "ships' crews" not in found
