"""diag16c (final16 invented_candle_soap_works diagnosis): a plain-text heading written straight
above its paragraph (:mod:`kg.splitter`), "the ⟨Town⟩ and District Bank"
(:mod:`kg.finders.junctions`), a title of a work called "a slim volume"
(:mod:`kg.finders.work_titles`), a bank named for a town is no partners' firm
(:func:`kg.references.compatibility.partnered`), a rare word that also opens a sentence
(:mod:`kg.finders.rare_words`), and "the ⟨Owner⟩ rules" for "the Rules of the ⟨Owner⟩"
(:mod:`kg.merging.inverted_names`). Each with a sentence of another genre where it must not
fire."""

from __future__ import annotations

from kg.model import Document
from kg.references.compatibility import partnered
from kg.splitter import split_document
from tests.test_entities import extracted, find, read_file, with_mentions


def _split(text: str):
    doc = Document(id="document:t", path="t.txt", title="t", text=text)
    return split_document(doc)


def test_a_heading_line_right_above_its_paragraph_is_a_section():
    text = ("The Quellmarsh Tile Works\n\nEarly years\nThe works opened in 1850 beside the river "
            "and made roof tiles for the county.\n\nFlood and Repair\nA flood in 1873 filled "
            "the kiln shed, and the owners raised its floor by a yard.\n")
    sections, sentences = _split(text)
    assert [s.title for s in sections] == ["The Quellmarsh Tile Works", "Early years",
                                           "Flood and Repair"]
    assert sentences[0].text.startswith("The works opened")
    assert sentences[1].text.startswith("A flood in 1873")
    assert sentences[1].section == sections[2].id


def test_hard_wrapped_prose_and_an_address_keep_their_lines():
    # another genre: a letter with an address block, then hard-wrapped prose
    text = ("Kelby Lodge\nOrvell Road\nPellith Heath\n\nThe ferry crossed the Varn estuary twice "
            "a day in\nsummer and once a day in winter, carrying mail and\nsheep to the island "
            "farms.\n")
    sections, sentences = _split(text)
    assert [s.title for s in sections] == []
    assert sentences[-1].text.startswith("The ferry crossed the Varn estuary twice a day in\n")


def test_a_town_and_district_bank_is_one_name():
    text = ("Tiles\nQuellmarsh lies on the river. The tile works of Quellmarsh grew quickly. "
            "In 1873 Ada Vorrick borrowed money from the Quellmarsh and District Bank to "
            "rebuild the kiln.\n")
    bank = find(extracted(text), "Quellmarsh and District Bank")
    assert bank is not None and bank.entity_type == "organization"


def test_a_club_after_and_whose_first_word_stands_alone_is_not_joined():
    # another genre (sport): two sides, the second a club named for a town written alone
    text = ("Football\nFans travelled from Kelby by train. The final between the Orvell and "
            "Kelby Rovers Club ended in a draw. Kelby won the replay.\n")
    entities = extracted(text)
    assert find(entities, "Orvell and Kelby Rovers Club") is None
    assert find(entities, "Kelby Rovers Club") is not None


def test_a_title_called_a_slim_volume_is_a_document():
    text = ("Memory\nMerla Dallow taped the old tile makers in 2004. Dallow turned the tapes "
            "into Ember and Slag, a slim volume that the parish printed in 2006.\n")
    title = find(extracted(text), "Ember and Slag")
    assert title is not None and title.entity_type == "document"


def test_a_volume_of_trade_names_no_title():
    # another genre (a gazetteer): "a volume" far after the comma names no work
    text = ("Ports\nTraders sailed between Oskary and Grell, a town famous for its volume of "
            "trade. Oskary later silted up.\n")
    assert find(extracted(text), "Oskary and Grell") is None
    # rev18g: that test could not fail ("volume" was past the four words read); "the volume
    # of trade" right after the comma had made "Oskary and Grell" a document
    text = ("Ports\nTraders sailed between Oskary and Grell, the volume of trade doubling by "
            "1900. Oskary later silted up.\n")
    entities = extracted(text)
    assert find(entities, "Oskary and Grell") is None and find(entities, "Oskary") is not None


def test_the_partnership_is_not_a_bank_named_for_its_town():
    text = ("The Vorrick Works\nAda Vorrick and Tobin Lask made tiles in Quellmarsh. The "
            "partnership traded as Vorrick & Lask, and its kilns stood in Quellmarsh. In 1873 "
            "Ada Vorrick took a loan from the Quellmarsh and District Bank. Lask retired in "
            "1879. In 1890 the partnership was reorganised as the Quellmarsh Tile Company.\n")
    entities = extracted(text)
    firm = find(entities, "Vorrick & Lask")
    assert firm is not None and "Quellmarsh Tile Company" in firm.aliases
    assert "Quellmarsh Tile Company" not in find(entities, "Quellmarsh and District Bank").aliases


def test_partners_not_named_as_places_still_make_a_partnership():
    # another genre (a law firm): the places of the text are not its partners' names
    assert partnered("Dallow & Grell", frozenset({"oskary"}))
    assert not partnered("Oskary and District Bank", frozenset({"oskary"}))


def test_a_rare_word_opening_one_sentence_and_written_in_another_is_a_term():
    text = ("Candles\nVarnite lamps glowed all winter in the deep seams. Later the miners "
            "switched to oil, which cost less than varnite and smoked less.\n")
    term = find(extracted(text), "varnite")
    assert term is not None and term.entity_type != "person"


def test_a_rare_opener_capitalised_in_mid_sentence_is_no_term():
    # another genre (a menu): the word is a name in mid-sentence, so its opener is no term
    text = ("Dishes\nMorvane sauce goes with fish. Cooks at the Morvane Inn serve it warm. A "
            "spoon of morvane lifts any stew.\n")
    entities = extracted(text)
    assert any(e.label == "Morvane Inn" for e in entities)  # the text was read (not vacuous)
    assert not [e for e in entities if e.label == "morvane" and e.entity_type == "concept"]


def test_the_owner_rules_name_the_rules_of_the_owner(tmp_path):
    text = ("The Pellith Tile Works\n\nWages and the Drying Loft Rules\nAda Quorrick wrote the Rules of the Drying Loft in "
            "1861; the foremen read them aloud each Monday.\n\nLater years\nA torn copy of "
            "the Drying Loft rules still hangs in the parish museum.\n")
    entities, _mentions, _sentences = read_file(text, tmp_path)
    rules = find(entities, "Rules of the Drying Loft")
    assert rules is not None and rules.entity_type == "document"
    assert "Drying Loft rules" in rules.aliases


def test_a_statute_of_a_town_is_not_any_statute_of_it():
    # another genre (legal history): "a Kelby statute" may be any statute of the town
    text = ("Law\nThe Statute of Kelby was passed in 1290 by the town council. In 1320 a "
            "Kelby statute on markets followed, and a Kelby statute on tolls in 1330.\n")
    entities, _ = with_mentions(text)
    statute = find(entities, "Statute of Kelby")
    assert statute is not None and "Kelby statute" not in statute.aliases


def test_a_heading_name_going_on_after_and_gives_its_first_words_no_alias(tmp_path):
    text = ("The Quellmarsh Works\n\nOrigins\n\nThe works stood in Quellmarsh for a century. "
            "Quellmarsh grew around it.\n\nThe Quellmarsh Lamp and Oil Company\n\nIn 1890 the "
            "works became the Quellmarsh Lamp and Oil Company.\n")
    entities, _mentions, _sentences = read_file(text, tmp_path)
    town = find(entities, "Quellmarsh")
    assert town is not None and "Quellmarsh Lamp" not in town.aliases


def test_a_heading_name_before_and_the_still_gives_its_alias(tmp_path):
    # another genre (engineering): "… Engine and the …" ends the engine's run
    text = ("Engines of Oskary\n\nThe Dallow Engine and the Oskary Mill\n\nIn 1850 Merla Dallow "
            "built a pump for the Oskary mill. Dallow sold the design in 1852.\n")
    entities, _mentions, _sentences = read_file(text, tmp_path)
    dallow = find(entities, "Dallow")
    assert dallow is not None and "Dallow Engine" in dallow.aliases


def test_a_sentence_broken_over_two_lines_is_no_heading_and_its_paragraph():
    # rev18g: the first line ends in "of", or the next goes on in lowercase (a dialogue line)
    texts = [
        ("The Brellow Rope Walk\n\nIn 1860 the walk was sold to the firm of\nVantry Molkin and "
         "Sons, who kept the Brellow name for another forty years at least.\n"),
        ("The Brellow Rope Walk\n\n\"Come in\"\nsaid the old rope maker to the clerk who had "
         "waited at the door of the walk all morning.\n"),
        ("The Brellow Rope Walk\n\nThe walk was laid out by Vantry Brellow\nand by 1860 it spun "
         "cable for most of the ships that put in at the harbour of the town.\n"),
    ]
    for text in texts:
        sections, sentences = _split(text)
        assert [s.title for s in sections] == ["The Brellow Rope Walk"]
        assert "\n" in sentences[0].text
        assert all(text[s.char_start:s.char_end] == s.text for s in sentences)


def test_a_signature_of_two_short_lines_stays_a_paragraph():
    # rev18g: a name above an office, at a letter's end: neither line is a heading
    text = ("The Brellow Rope Walk\n\nThe walk closed in 1901 and its ropes were sold off to "
            "the harbour board.\n\nVantry Molkin\nClerk to the Harbour Board of the Town\n")
    sections, sentences = _split(text)
    assert [s.title for s in sections] == ["The Brellow Rope Walk"]
    assert sentences[-1].text == "Vantry Molkin\nClerk to the Harbour Board of the Town"


def test_a_heading_above_a_paragraph_with_spans_exact():
    # the cut keeps every claim's span slicing the source, with CRLF line ends too
    text = ("The Brellow Rope Walk\r\n\r\nFire and Sale\r\nOn the night of 3 May 1901 the walk "
            "burned, and Vantry Molkin bought the ground.\r\nThe sheds stood until the war.\r\n")
    sections, sentences = _split(text)
    assert [s.title for s in sections] == ["The Brellow Rope Walk", "Fire and Sale"]
    assert sentences[0].text.startswith("On the night")
    for s in sentences:
        assert text[s.char_start:s.char_end] == s.text
    for sec in sections:
        assert text[sec.char_start:sec.char_end] == sec.title


def test_partners_called_the_pamphlets_printers_are_no_title():
    # rev18g: the work noun is a possessive or a modifier, so it heads no apposition
    printers = ("Print\nThe proofs of the guide went to Vorrick and Pellard, the pamphlet's "
                "printers in Dunwell, in May 1890. Vorrick kept the plates.\n")
    makers = ("Guides\nIn 1890 the council paid Tessaby and Quessard, the booklet makers of "
              "Dunwell, to print a guide. Tessaby set the type.\n")
    for text in (printers, makers):
        entities = extracted(text)
        assert not [e for e in entities if "and" in [e.label, *e.aliases][0].split()
                    or any(" and " in a for a in e.aliases)]
        assert find(entities, "Vorrick") or find(entities, "Tessaby")


def test_a_title_called_a_volume_that_sold_is_still_a_document():
    # the other side of rev18g's guard: the noun heads "a slim volume that …"
    text = ("Books\nIn 1990 Merla Tessaby wrote Salt and Ember, a slim volume that sold well. "
            "Tessaby wrote two more.\n")
    title = find(extracted(text), "Salt and Ember")
    assert title is not None and title.entity_type == "document"
