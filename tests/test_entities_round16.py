"""Round 16 of the lowercase terms: one-word terms rare in English (:func:`kg.terms.rare_words`,
kept by :func:`kg.terms.rare_word_evidence` in :mod:`kg.selection`), terms described in
apposition (:mod:`kg.glosses`). Small made-up documents."""

from __future__ import annotations

from kg.documents import read_documents
from kg.entities import extract_entities
from kg.splitter import split_document
from tests.test_entities import find


def _entities(text: str, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    docs = read_documents([path])
    sections, sentences = split_document(docs[0])
    entities, _ = extract_entities(docs, sections, sentences)
    return entities


MINE = """Miners at Kessbury dug varnocite from the sea cliffs for a century. The varnocite \
was ground into a green pigment and shipped to the dye works. Surveyors who mapped the \
cliffs carried a theodolite, which was later lost in a storm.
"""


def test_a_rare_word_written_in_two_sentences_is_a_term(tmp_path):
    entities = _entities(MINE, tmp_path)
    assert find(entities, "varnocite") is not None


def test_a_rare_word_written_once_is_no_term(tmp_path):
    entities = _entities(MINE, tmp_path)
    assert find(entities, "theodolite") is None


ORCHESTRA = """The oboist Ada Vell joined the Tessmar Quartet in 1950. Every oboist who \
auditioned that year admired its hygienic rehearsal rooms, and the hygienic standards \
of the hall. The quartet toured the north coast twice, and the quartet recorded three \
albums. Critics said the tour could revarnish its name; the players hoped to revarnish \
their fame abroad.
"""


def test_no_person_noun_adjective_or_verb_is_a_rare_term(tmp_path):
    entities = _entities(ORCHESTRA, tmp_path)
    for word in ("oboist", "hygienic", "revarnish"):
        assert find(entities, word) is None, word


def test_a_rare_word_ending_a_name_stays_that_names_short_form(tmp_path):
    # "quartet" (Zipf 3.5) is not rare; "sextant" (2.3) is
    text = ("The Orlen Sextant was made in Kessbury in 1791. Its owner lent the sextant to "
            "a navy captain, and the sextant crossed the ocean twice.\n")
    entities = _entities(text, tmp_path)
    assert find(entities, "Orlen Sextant") is not None
    assert find(entities, "sextant") is None or find(entities, "sextant").label == "Orlen Sextant"


KILNS = """In 1840 the potters of Kessbury built a rope-fed kiln, a brick oven in which the \
jars were fired for two days. Beneath the clay pits lies the varnosphere, a layer of rock that \
holds water.
"""


def test_a_term_described_by_a_kind_and_a_relative_clause_is_kept(tmp_path):
    entities = _entities(KILNS, tmp_path)
    assert find(entities, "rope-fed kiln") is not None
    assert find(entities, "varnosphere") is not None


TOWN = """The choir rehearsed beside the main kiln, a shed that still stands. Two \
smaller members shared the hall with the choir, an arrangement that lasted until 1950. The \
treasurer kept the ledger, a book that nobody else could read.
"""


def test_a_common_word_time_or_count_before_a_described_kind_is_no_term(tmp_path):
    entities = _entities(TOWN, tmp_path)
    for junk in ("main kiln", "kiln", "choir", "ledger", "smaller members"):
        assert find(entities, junk) is None, junk


def test_a_name_and_lowercase_head_after_called_is_one_term(tmp_path):
    text = ("Later work gave a value of 5120 years, often called the Orvell half-life after "
            "the 1931 meeting where it was adopted. Laboratories still quote it.\n")
    entities = _entities(text, tmp_path)
    term = find(entities, "Orvell half-life")
    assert term is not None and term.label == "Orvell half-life"
    assert all(e.label != "Orvell" for e in entities)  # no node of the name alone


def test_a_name_before_a_verb_after_called_stays_a_name(tmp_path):
    text = ("A little ferry called the Orla sails weekly to Kessbury. The Orla is the oldest "
            "boat on the coast.\n")
    entities = _entities(text, tmp_path)
    assert find(entities, "Orla sails") is None
    assert find(entities, "Orla") is not None


def test_a_spelling_and_a_chained_lowercase_name_join_the_word(tmp_path):
    text = ("A trace of the ore is varnium-41, also written V-41 and usually called "
            "radiovarn, an unstable isotope. Miners feared varnium-41. The V-41 count fell, "
            "and radiovarn was forgotten.\n")
    entities = _entities(text, tmp_path)
    isotope = find(entities, "varnium-41")
    assert isotope is not None
    assert find(entities, "V-41") is isotope and find(entities, "radiovarn") is isotope


def test_a_diary_written_in_a_language_takes_no_alias(tmp_path):
    text = ("Her diary, written in French and later called the Blue Book, was sold in 1920. "
            "The diary is now in Kessbury.\n")
    entities = _entities(text, tmp_path)
    french = find(entities, "French")
    assert french is None or find(entities, "diary") is not french


def test_a_lane_is_no_short_form_of_the_ledger_named_after_it(tmp_path):
    text = ("The shop stood at the end of Merrow Lane. Her account book, now known as the "
            "Merrow Lane Ledger, records every sale. The firm left Merrow Lane in 1984.\n")
    entities = _entities(text, tmp_path)
    lane, ledger = find(entities, "Merrow Lane"), find(entities, "Merrow Lane Ledger")
    assert lane is not None and ledger is not None and lane is not ledger
    assert lane.entity_type == "place"


def test_an_acronym_and_its_quoted_words_after_a_comma_are_one_term(tmp_path):
    text = ("Flood marks are quoted in years TP, \"tidal present\", where the present is "
            "fixed as 1900. Older marks were not quoted in TP at all.\n")
    entities = _entities(text, tmp_path)
    term = find(entities, "tidal present")
    assert term is not None and find(entities, "TP") is term


def test_a_quoted_phrase_that_spells_no_acronym_is_not_its_expansion(tmp_path):
    text = ("The band TQ, \"quiet storms\", toured in 1990. TQ split in 1994.\n")
    entities = _entities(text, tmp_path)
    band = find(entities, "TQ")
    assert band is None or "quiet storms" not in {a.casefold() for a in band.aliases}


def test_an_uncommon_head_used_once_is_the_names_alias(tmp_path):
    text = ("The salt makers of the coast agreed the Kessbury Accord in 1931. Named after "
            "the inn where it was signed, the accord required members to declare their "
            "salt.\n")
    entities = _entities(text, tmp_path)
    accord = find(entities, "Kessbury Accord")
    assert accord is not None and "accord" in accord.aliases


def test_an_everyday_head_used_once_is_no_alias(tmp_path):
    text = ("Ada Lind founded the Kessbury Company in 1931. Within a year the company "
            "employed forty people.\n")
    entities = _entities(text, tmp_path)
    firm = find(entities, "Kessbury Company")
    assert firm is not None and "company" not in firm.aliases


def test_a_name_numbered_with_no_is_whole_and_its_name_alone_joins_it(tmp_path):
    text = ("In 1934 he created Grey Pike No. 4, a dry scent. Grey Pike sold well for forty "
            "years, and a reformulated Grey Pike appeared in 1976.\n")
    entities = _entities(text, tmp_path)
    scent = find(entities, "Grey Pike No. 4")
    assert scent is not None and find(entities, "Grey Pike") is scent
    assert find(entities, "Grey Pike No") is None


def test_a_one_word_name_before_no_keeps_its_own_shape(tmp_path):
    text = ("The tug berthed at Kessbury No. 4 in 1901. Kessbury grew around the quay.\n")
    entities = _entities(text, tmp_path)
    assert find(entities, "Kessbury No. 4") is None
