"""types17: a name ending in a model's code as written ("Quordal VX-7") or in "No." and a
number is a product (:func:`kg.kinds.maker_types.name_hint`); a lowercase term built or
installed is a product (:mod:`kg.kinds.built_things`). Invented sentences, each rule with a
negative in another genre."""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq, read_entities


def _typed(text: str, form: str) -> str:
    entity = find(extracted(text), form)
    assert entity is not None, form
    return entity.entity_type


@needs_wordfreq
def test_a_name_ending_in_a_hyphened_model_code_is_a_product():
    assert _typed("Surveyors carried the Quordal VX-7 across the moor in 1961. The Quordal VX-7 "
                  "failed in frost.", "Quordal VX-7") == "product"


@needs_wordfreq
def test_a_name_ending_in_no_and_a_number_is_a_product(tmp_path):
    entities = read_entities("In 1912 Pellwick began selling the Silver Orrant No. 3. "
                             "Drapers preferred the Silver Orrant No. 3 to buttons in 1920.\n",
                             tmp_path)
    clasp = find(entities, "Silver Orrant No. 3")
    assert clasp is not None and clasp.entity_type == "product"


@needs_wordfreq
def test_a_branch_number_is_no_model():
    # another genre, labour history: a plain number after a name is no model's code
    assert _typed("The assessor ruled on the Kessick Local 214 in 1930. The Kessick Local 214 "
                  "appealed.", "Kessick Local 214") != "product"


@needs_wordfreq
def test_a_term_a_sentence_says_was_installed_is_a_product():
    assert _typed("In 1887 the colliery installed a twin-drum winder, a steam machine that lifted "
                  "two cages at once. The twin-drum winder ran until 1931, when the twin-drum "
                  "winder was scrapped.", "twin-drum winder") == "product"


@needs_wordfreq
def test_a_term_only_discussed_stays_a_concept():
    assert _typed("In 1887 the colliery managers discussed the twin-drum winder at length. The "
                  "twin-drum winder ran until 1931, when the twin-drum winder was scrapped.",
                  "twin-drum winder") == "concept"


@needs_wordfreq
def test_an_account_built_of_records_is_no_product():
    # another genre, a history of science: "built a N of …" makes an account, not a machine
    assert _typed("The team built a flood timescale of the estuary in 1950. The flood timescale "
                  "was revised in 1971, and the flood timescale is still cited.",
                  "flood timescale") == "concept"


@needs_wordfreq
def test_a_civil_work_built_is_no_product():
    # another genre, a harbour's history: a sluice is built but is a structure, no made thing
    assert _typed("In 1887 the harbour board built a tidal sluice at Quessby. The tidal sluice "
                  "failed in 1901, and the tidal sluice was rebuilt.", "tidal sluice") != "product"


@needs_wordfreq
def test_a_title_set_beside_a_noun_of_a_written_work_is_a_document():
    assert _typed("Brenna Colt wrote for thirty years. His second novel, The Quillery Lamp, was "
                  "reprinted nine times. Readers still buy The Quillery Lamp in 2020.",
                  "Quillery Lamp") == "document"


@needs_wordfreq
def test_a_name_after_titled_is_a_document():
    assert _typed("Martha Dunnock kept a record of every lamb. Her daybook, which she titled the "
                  "Orrisdale Daybook, was lost in a fire in 1931. The Orrisdale Daybook was "
                  "copied by a nephew in 1920.", "Orrisdale Daybook") == "document"


@needs_wordfreq
def test_a_name_after_a_framing_work_phrase_is_its_writer():
    # another genre, a local history: "In her memoir, X, then eighty, recalled …" names the writer
    assert _typed("In her memoir, Ada Quillon, then eighty, recalled the flood of 1921. Ada "
                  "Quillon died in 1950.", "Ada Quillon") == "person"


@needs_wordfreq
def test_a_name_a_copula_calls_a_dictionary_is_a_document():
    assert _typed("The Orrisdale Daybook is a dictionary of the words of hill shepherds. The "
                  "Orrisdale Daybook appeared in 1984.", "Orrisdale Daybook") == "document"
