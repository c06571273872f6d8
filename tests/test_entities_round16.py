"""Round 16 of the lowercase terms: one-word terms rare in English (:func:`kg.finders.rare_words.rare_words`,
kept by :func:`kg.finders.rare_words.rare_word_evidence` in :mod:`kg.finders.selection`), terms described in
apposition (:mod:`kg.finders.glosses`). Small made-up documents."""

from __future__ import annotations

import pytest

from tests.test_entities import find, read_entities

MINE = """Miners at Kessbury dug varnocite from the sea cliffs for a century. The varnocite \
was ground into a green pigment and shipped to the dye works. Surveyors who mapped the \
cliffs carried a theodolite, which was later lost in a storm.
"""


def test_a_rare_word_written_in_two_sentences_is_a_term(tmp_path):
    entities = read_entities(MINE, tmp_path)
    assert find(entities, "varnocite") is not None


def test_a_rare_word_written_once_is_no_term(tmp_path):
    entities = read_entities(MINE, tmp_path)
    assert find(entities, "theodolite") is None


ORCHESTRA = """The harpist Ada Vennel joined the Tessmar Quartet in 1950. Every harpist who \
auditioned that year admired its hygienic rehearsal rooms, and the hygienic standards \
of the hall. The quartet toured the north coast twice, and the quartet recorded three \
albums. Critics said the tour could revarnish its name; the players hoped to revarnish \
their fame abroad.
"""


def test_no_person_noun_adjective_or_verb_is_a_rare_term(tmp_path):
    entities = read_entities(ORCHESTRA, tmp_path)
    for word in ("harpist", "hygienic", "revarnish"):
        assert find(entities, word) is None, word


def test_a_rare_word_ending_a_name_stays_that_names_short_form(tmp_path):
    # "quartet" (Zipf 3.5) is not rare; "sextant" (2.3) is
    text = ("The Orlen Sextant was made in Kessbury in 1791. Its owner lent the sextant to "
            "a navy captain, and the sextant crossed the ocean twice.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "Orlen Sextant") is not None
    assert find(entities, "sextant") is None or find(entities, "sextant").label == "Orlen Sextant"


KILNS = """In 1840 the potters of Kessbury fired their jars in a rope-fed kiln, a brick oven \
which burned peat. Every miner fears the varnosphere, a band of wet clay that floods shafts.
"""


def test_a_term_described_by_a_kind_and_a_relative_clause_is_kept(tmp_path):
    entities = read_entities(KILNS, tmp_path)
    assert find(entities, "rope-fed kiln") is not None
    assert find(entities, "varnosphere") is not None


TOWN = """The choir rehearsed beside the main kiln, a shed that still stands. Two \
smaller members shared the hall with the choir, an arrangement that lasted until 1946. The \
treasurer kept the ledger, a book that nobody else could read.
"""


def test_a_common_word_time_or_count_before_a_described_kind_is_no_term(tmp_path):
    entities = read_entities(TOWN, tmp_path)
    for junk in ("main kiln", "kiln", "choir", "ledger", "smaller members"):
        assert find(entities, junk) is None, junk


def test_a_name_and_lowercase_head_after_called_is_one_term(tmp_path):
    text = ("Surveyors measured with a chain of 20 metres, usually called the Orvell "
            "half-chain after the town where it was first used. Farmers still sell land by "
            "it.\n")
    entities = read_entities(text, tmp_path)
    term = find(entities, "Orvell half-chain")
    assert term is not None and term.label == "Orvell half-chain"
    assert all(e.label != "Orvell" for e in entities)  # no node of the name alone


def test_a_name_before_a_verb_after_called_stays_a_name(tmp_path):
    text = ("A little ferry called the Orla sails weekly to Kessbury. The Orla is the oldest "
            "boat on the coast.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "Orla sails") is None
    assert find(entities, "Orla") is not None


def test_a_spelling_and_a_chained_lowercase_name_join_the_word(tmp_path):
    text = ("Painters of the coast mixed varnite-7, also spelled V-7 and commonly known as "
            "sea paint, into every hull coat. Buyers asked for varnite-7 by name. Stocks of "
            "V-7 ran out in 1890, and sea paint was forgotten.\n")
    entities = read_entities(text, tmp_path)
    paint = find(entities, "varnite-7")
    assert paint is not None
    assert find(entities, "V-7") is paint and find(entities, "sea paint") is paint


def test_a_diary_written_in_a_language_takes_no_alias(tmp_path):
    text = ("Her diary, written in French and later called the Blue Book, was sold in 1920. "
            "The diary is now in Kessbury.\n")
    entities = read_entities(text, tmp_path)
    book = find(entities, "Blue Book")
    assert book is not None  # the name the diary was given is kept …
    assert find(entities, "French") is not book  # … and the language is none of its forms
    assert all("french" not in a.casefold() for a in (book.label, *book.aliases))


def test_a_lane_is_no_short_form_of_the_ledger_named_after_it(tmp_path):
    text = ("A small chapel stood on Merrow Lane. Its members signed the Merrow Lane Register "
            "from 1850 to 1900. Merrow Lane was paved in 1880.\n")
    entities = read_entities(text, tmp_path)
    lane, ledger = find(entities, "Merrow Lane"), find(entities, "Merrow Lane Register")
    assert lane is not None and ledger is not None and lane is not ledger
    assert lane.entity_type == "place"


def test_an_acronym_and_its_quoted_words_after_a_comma_are_one_term(tmp_path):
    text = ("Tide gauges give heights above MW, \"mean water\", the level averaged over a "
            "year. Charts older than 1850 ignore MW.\n")
    entities = read_entities(text, tmp_path)
    term = find(entities, "mean water")
    assert term is not None and find(entities, "MW") is term


def test_a_quoted_phrase_that_spells_no_acronym_is_not_its_expansion(tmp_path):
    text = ("The band TQ, \"quiet storms\", toured in 1990. TQ split in 1994.\n")
    entities = read_entities(text, tmp_path)
    band = find(entities, "TQ")
    assert band is None or "quiet storms" not in {a.casefold() for a in band.aliases}


def test_an_uncommon_head_used_once_is_the_names_alias(tmp_path):
    text = ("In 1702 the bishops and the duke sealed the Tolland Concordat. For a century "
            "the concordat settled every quarrel over tithes.\n")
    entities = read_entities(text, tmp_path)
    concordat = find(entities, "Tolland Concordat")
    assert concordat is not None and "concordat" in concordat.aliases


def test_an_everyday_head_used_once_far_from_its_name_is_no_alias(tmp_path):
    # round 22 (alias14): used once within three sentences after the name, it is one
    # (tests/test_entities_head_once.py); four sentences after, still none
    text = ("Ada Lind founded the Kessbury Company in 1931. Her brother kept the books. "
            "Orders came from the navy. The work was hard. Wages were low. Within a decade "
            "the company employed forty people.\n")
    entities = read_entities(text, tmp_path)
    firm = find(entities, "Kessbury Company")
    assert firm is not None and firm.mentions >= 2  # "the company" was taken for it
    # no head alias by nearness; since alias15 a "sole description", as no other company
    # was named in between (kg.kinds.sole_descriptions)
    assert [m["rule"] for m in firm.merges if m["form"] == "company"] == ["sole description"]
    rival = text.replace("Her brother kept the books.",
                         "Her brother ran the Brisworth Company.")
    (tmp_path / "rival").mkdir()
    firm = find(read_entities(rival, tmp_path / "rival"), "Kessbury Company")
    assert firm is not None and "company" not in firm.aliases


def test_a_name_numbered_with_no_is_whole_and_its_name_alone_joins_it(tmp_path):
    text = ("The yard launched Orla Star No. 3 in 1890. Orla Star fished the northern banks "
            "for thirty years, and a rebuilt Orla Star sailed again in 1925.\n")
    entities = read_entities(text, tmp_path)
    boat = find(entities, "Orla Star No. 3")
    assert boat is not None and find(entities, "Orla Star") is boat
    assert find(entities, "Orla Star No") is None


def test_a_one_word_name_before_no_keeps_its_own_shape(tmp_path):
    text = ("The tug berthed at Kessbury No. 4 in 1901. Kessbury grew around the quay.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "Kessbury No. 4") is None


def test_a_very_rare_word_opening_a_sentence_as_its_subject_is_a_term(tmp_path):
    text = ("Pollen grains survive in lake mud for thousands of years. Palynology tells "
            "botanists which plants grew nearby.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "palynology") is not None


def test_a_rare_opening_word_before_a_noun_or_a_common_one_is_no_term(tmp_path):
    text = ("Speleology clubs met monthly in the town hall. Cafés opened along the quay, and "
            "the clubs moved there.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "speleology") is None and find(entities, "cafés") is None


def test_an_all_capitals_heading_shortens_the_one_name_it_begins(tmp_path):
    text = ("ORIGINS\n\nThe mill opened in 1880.\n\nTHE VARNEL YEARS\n\nIn 1968 the family sold "
            "the mill to Varnel Holdings Mills, a soap maker. The new owner closed it in "
            "1984.\n")
    entities = read_entities(text, tmp_path)
    owner = find(entities, "Varnel Holdings Mills")
    assert owner is not None and find(entities, "VARNEL") is owner


def test_an_all_capitals_heading_word_two_names_begin_joins_neither(tmp_path):
    text = ("THE VARNEL YEARS\n\nIn 1968 the family sold the mill to Varnel Holdings "
            "Mills. Its rival, Varnel Dye Tanneries, bought the dye sheds.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "VARNEL") is None


def test_a_rare_compound_noun_of_a_person_in_man_is_no_term(tmp_path):
    # "banksman", "linesman", "ferryman": a person's job, like "-ist" and "-er" nouns
    text = ("The yard had no banksman on the night of the accident. A banksman guides "
            "reversing lorries, and the firm later hired a second banksman. The ferryman "
            "rowed Ada Vennel across, and the ferryman waited for her.\n")
    entities = read_entities(text, tmp_path)
    for word in ("banksman", "ferryman"):
        assert find(entities, word) is None, word


def test_a_rare_thing_ending_in_men_is_still_a_term(tmp_path):
    text = ("A dolmen stands on the hill above Kessbury. Farmers left gifts at the dolmen "
            "until 1900.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "dolmen") is not None


def test_a_rare_word_only_ever_written_in_the_plural_is_no_term(tmp_path):
    # things counted in a list ("three shallots", "the pistachios") are no terms of the text
    text = ("Soften three shallots in the fat. Scatter toasted pistachios over the lamb. "
            "Some cooks fry the shallots first, and others leave the pistachios whole.\n")
    entities = read_entities(text, tmp_path)
    for word in ("shallots", "pistachios"):
        assert find(entities, word) is None, word


def test_a_rare_word_written_once_in_the_singular_stays_a_term(tmp_path):
    text = ("Miners at Kessbury dug varnocites from the cliffs. The varnocite was ground "
            "into a green pigment.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "varnocite") is not None


def test_a_common_noun_numbered_with_no_is_one_name_and_no_no_is_left(tmp_path):
    # "Quartet No. 5": a work numbered in its series, not a "Quartet No" and a number
    text = ("The players gave the first Quartet No. 5 by Tom Vennel in 1901. Critics said "
            "Quartet No. 5 was too long, and it was printed in 1903.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "Quartet No. 5") is not None
    assert find(entities, "Quartet No") is None


@pytest.mark.parametrize("text, junks", [
    # "she called the Orla manager after …": a call, no naming; only "is/usually called" names
    pytest.param("Ada Vennel called the Kessbury manager after the match, and they spoke for an "
                 "hour. The crew called the Tollan keeper from the boat.\n",
                 ("Kessbury manager", "Tollan keeper"), id="called_as_telephoned"),
    # "a place that …", "a thing which …" say nothing of what kind of thing it is
    pytest.param("We ate at the seaside café, a place that serves fresh crab. Ada Vennel sold the "
                 "brass bellpull, a thing which nobody wanted.\n",
                 ("seaside café", "brass bellpull"), id="vague_kind_in_apposition"),
    # "is supple", "too tangy": predicative adjectives, whose ending tells nothing
    pytest.param("The palate is supple and the finish long. Some find the Orla red too tangy "
                 "when young, but it will grow more supple and less tangy with age.\n",
                 ("supple", "tangy"), id="rare_adjective_after_copula_or_degree_word"),
])
def test_no_term_is_named(tmp_path, text, junks):
    entities = read_entities(text, tmp_path)
    for junk in junks:
        assert find(entities, junk) is None, junk


def test_a_rare_noun_after_a_copula_with_its_article_stays_a_term(tmp_path):
    text = ("The position was a zugzwang for black. Every move lost, and the zugzwang "
            "decided the game.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "zugzwang") is not None


def test_a_name_a_relative_clause_calls_after_a_place_is_one_term(tmp_path):
    text = ("The stock sets into a soft aspic that the family called the Orla jelly after "
            "the farm. Cooks still serve it cold.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "Orla jelly") is not None


def test_without_wordfreq_no_word_counts_as_rare(monkeypatch):
    # the fallback lists tell common words only: an unlisted word is not thereby rare
    from kg.words import lexicon as lx

    monkeypatch.setattr(lx, "_zipf", lambda: None)
    lx.rarity.cache_clear()
    try:
        assert lx.rarity("theodolite") >= 3.0 and lx.rarity("the") > 4.0
    finally:
        lx.rarity.cache_clear()
