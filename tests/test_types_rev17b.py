"""Review rev17b of types17: where its cues fired in other genres. A code or "No. N" after a
place's, a body's, a route's or a composition's head (:func:`kg.kinds.maker_types.name_hint`),
a term "built" that is no made thing (:mod:`kg.kinds.built_things`), and a name beside a noun
of a written work that is not its title (:mod:`kg.kinds.title_cues`). Invented sentences; each
test failed before the review's guard, and the last keeps the cue it narrows."""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq, read_entities


def _typed(text: str, form: str) -> str:
    entity = find(extracted(text), form)
    assert entity is not None, form
    return entity.entity_type


def _read_type(text: str, form: str, tmp_path) -> str:
    entity = find(read_entities(text, tmp_path), form)
    assert entity is not None, form
    return entity.entity_type


@needs_wordfreq
def test_a_numbered_lodge_is_no_model(tmp_path):
    # a club's history: "No. 214" numbers a lodge, not one model of a maker's line
    assert _read_type("Masons met at Tarlow Lodge No. 214 in 1871. Tarlow Lodge No. 214 closed "
                      "in 1910.\n", "Tarlow Lodge No. 214", tmp_path) != "product"


@needs_wordfreq
def test_a_numbered_sonata_is_no_model(tmp_path):
    # a concert review: "No. 3" numbers a composition
    assert _read_type("The pianist played the Piano Sonata No. 3 in 1931. Critics praised the "
                      "Piano Sonata No. 3 in 1933.\n", "Piano Sonata No. 3", tmp_path) != "product"


@needs_wordfreq
def test_a_route_code_is_no_model(tmp_path):
    # a local news report: a route's code after "Route" names a road
    assert _read_type("Traffic on the Tarlow Route KD-4 was slow in 1990. The council widened the "
                      "Tarlow Route KD-4 near Quessby in 1994.\n", "Tarlow Route KD-4",
                      tmp_path) != "product"


@needs_wordfreq
def test_a_case_built_by_a_prosecutor_is_no_product():
    # a court report: "built a … case" makes an argument
    assert _typed("In 1931 the prosecutor built a circumstantial case in Quessby. The "
                  "circumstantial case was praised in 1933, and the circumstantial case was cited "
                  "by Corwen Brunwick.", "circumstantial case") == "concept"


@needs_wordfreq
def test_a_statistical_model_built_is_no_product():
    # a history of science: a model built of equations is no made thing
    assert _typed("In 1931 the bureau built a statistical model in Quessby. The statistical model "
                  "was praised in 1933, and the statistical model was cited by Corwen Brunwick.",
                  "statistical model") == "concept"


@needs_wordfreq
def test_a_friendship_built_is_no_product():
    # a biography: a head with a suffix of a state or a quality
    assert _typed("In 1931 the pair built a lasting friendship in Quessby. The lasting friendship "
                  "was praised in 1933, and the lasting friendship was cited by Corwen Brunwick.",
                  "lasting friendship") == "concept"


@needs_wordfreq
def test_a_town_after_a_history_of_it_stays_a_place():
    # a local history: the name after "a history of his home town," is the town's
    assert _typed("He lived in Quessby from 1920 to 1950. He wrote a history of his home town, "
                  "Quessby, in 1950. Quessby grew after the war.", "Quessby") == "place"


@needs_wordfreq
def test_a_subject_after_a_fronted_clause_is_no_title():
    # a memoir: "When he finished the book, X, then eighty, moved" names the writer
    assert _typed("When he finished the book, Corwen Brunwick, then eighty, moved away. Corwen "
                  "Brunwick died in 1950.", "Corwen Brunwick") == "person"


@needs_wordfreq
def test_a_mother_named_after_a_biography_of_her_is_a_person():
    # a biography: the name after "the first biography of her mother," is the mother's
    assert _typed("Corwen Quillon wrote the first biography of her mother, Ysolde Quillon, in 1950. "
                  "Ysolde Quillon had been a singer.", "Ysolde Quillon") == "person"


@needs_wordfreq
def test_titled_as_rank_is_no_title():
    # a family history: "the titled X" is a rank, not a work's title
    assert _typed("Corwen Brunwick lived in Tarlow. In 1890 he married a daughter of the titled "
                  "Corwen Brunwick. Corwen Brunwick died in 1900.", "Corwen Brunwick") == "person"


@needs_wordfreq
def test_a_title_opened_by_the_after_a_biography_of_someone_is_a_document():
    # the narrowed cue still reads "a biography of her father, The X," (a capital "The")
    assert _typed("Corwen Quillon wrote the first biography of her father, The Salt Ledger, in "
                  "1950. The Salt Ledger was reprinted in 1960.", "Salt Ledger") == "document"
