"""Tests for the cues that keep a lowercase term seen in one sentence only (issue 3,
:mod:`kg.finders.term_cues`). Small made-up documents."""

from __future__ import annotations

from tests.test_entities import find, read_entities, read_file

BASINS = """Tamsin Orlay mapped the basins of the Quenby uplands for twenty years. In 1931 she \
argued that the basins had formed slowly. Orlay's idea of crustal sagging was ignored for \
decades. Surveyors at Hatterly later tested the rival star-sight method against chains. \
Their results were slower. They also built a two-part device from brass. The salt kiln, \
which spread along the Brisca coast in the 1840s, dried fish in a day. Fishermen sold the \
fish at Hatterly. The following spring, which was wet, ruined the salt. A step-by-step \
procedure was written down in 1890. The firm chose a low-cost design for its sheds and a \
time-consuming process for its nets. The red car, which stood by the quay, was hers.
"""


def test_a_term_an_idea_is_of_is_kept_and_joined_to_its_author(tmp_path):
    entities, mentions, _ = read_file(BASINS, tmp_path)
    sagging = find(entities, "crustal sagging")
    assert sagging is not None
    person = find(entities, "Tamsin Orlay")
    where = {m.sentence for m in mentions if m.entity == sagging.id}
    assert where and where <= {m.sentence for m in mentions if m.entity == person.id}


def test_a_hyphenated_method_term_is_kept_but_not_a_count(tmp_path):
    entities, _, _ = read_file(BASINS, tmp_path)
    assert find(entities, "star-sight method") is not None
    assert find(entities, "two-part device") is None
    for junk in ("step-by-step procedure", "low-cost design", "time-consuming process"):
        assert find(entities, junk) is None


def test_a_sentence_opening_term_glossed_by_which_is_kept(tmp_path):
    entities, _, _ = read_file(BASINS, tmp_path)
    assert find(entities, "salt kiln") is not None
    assert find(entities, "fish") is None
    assert find(entities, "following spring") is None
    assert find(entities, "red car") is None


def test_a_stretch_of_time_glossed_by_which_is_no_term(tmp_path):
    # a rare word in it, so that only the rule on stretches of time keeps it out
    entities, _, _ = read_file("The sodden autumn, which flooded the Brisca coast, ruined "
                               "the salt. Fishermen sold less fish that year.\n", tmp_path)
    assert find(entities, "sodden autumn") is None


ORRERY = """In 1702 Idris Varnock built a brass model of the planets for a school in Lenmouth. \
His cart of tin pipes was the first orrery. Within a decade orreries were sold across the \
country. The school opened a second room. That was the first time. Its head was the first \
bishop, and kept the keys. Later she was the first archivist. In 1710 it was the first \
voyage. Their plan was the first expedition. Later voyages took months.
"""


def test_the_kind_something_was_the_first_of_is_a_term(tmp_path):
    entities, mentions, _ = read_file(ORRERY, tmp_path)
    orrery = find(entities, "orrery")
    assert orrery is not None and len({m.sentence for m in mentions
                                       if m.entity == orrery.id}) == 2
    assert find(entities, "time") is None
    assert find(entities, "bishop") is None
    assert find(entities, "archivist") is None
    assert find(entities, "voyage") is None  # an event, after "it" (named again: "voyages")
    assert find(entities, "expedition") is None  # not named again


def test_a_nationality_joined_to_a_lowercase_word_is_an_adjective(tmp_path):
    entities, _, _ = read_file("Ada Brenholt printed Danish-language newspapers in Oskby from "
                               "1850. Her presses ran until 1871.\n", tmp_path)
    assert find(entities, "Danish-language") is None
    assert find(entities, "Ada Brenholt") is not None


def test_a_word_in_ical_ends_no_term(tmp_path):
    entities, _, _ = read_file("The Harrowmere gardens were kept in good botanical condition. "
                               "By 1990 half the beds had lost good botanical condition. The "
                               "board wants good botanical condition everywhere by 2030.\n",
                               tmp_path)
    assert find(entities, "good botanical") is None
    assert find(entities, "botanical condition") is not None


def test_a_term_in_italics_after_a_definer_is_defined(tmp_path):
    entities = read_entities("# Sand\n\nTobin Weskett mapped the low ridges that he called *rills* — "
                             "a word from his home valley. The wind moved them every spring.\n",
                             tmp_path, name="article.md")
    assert find(entities, "rills") is not None
