"""Issue 3, aliases round 9: rules found on the outsiders' final4/final5 sets, tested on
invented sentences (kg.merging.people, kg.merging.canonical, kg.words.given_names)."""

from __future__ import annotations

from tests.test_entities import extracted as _entities
from tests.test_entities import find, joined, needs_wordfreq


@needs_wordfreq
def test_a_surname_is_its_person_not_short_for_a_thing_named_after_them():
    entities = _entities(
        "The station\n"
        "The keeper, Cecil Brindlecombe, ran the signal station for thirty years. Brindlecombe "
        "disliked visitors. After his death the county opened the Brindlecombe Hut on the ridge. "
        "The Brindlecombe Hut sleeps twelve walkers. Brindlecombe would have hated it.\n")
    person = joined(entities, "Cecil Brindlecombe", "Brindlecombe", rule="surname")
    hut = find(entities, "Brindlecombe Hut")
    assert hut is not None and hut is not person


@needs_wordfreq
def test_a_surname_joins_its_person_though_an_appeal_bears_it():
    entities = _entities(
        "The accident\n"
        "In 1990 the diver Martin Quellaby drowned off the point. Quellaby was 22. "
        "The club launched the Quellaby Appeal a year later. The Quellaby Appeal raised "
        "money for a boat. Quellaby's parents opened it.\n")
    person = joined(entities, "Martin Quellaby", "Quellaby")
    assert find(entities, "Quellaby Appeal") is not person


@needs_wordfreq
def test_a_common_short_first_name_at_a_sentence_start_stays_in_the_name():
    entities = _entities(
        "Founders\n"
        "The club was set up by two friends. Tom Wraxby worked at the quarry. Later Wraxby "
        "led the club.\n")
    person = joined(entities, "Tom Wraxby", "Wraxby", rule="surname")
    assert person.entity_type == "person"


@needs_wordfreq
def test_a_surname_with_a_lowercase_particle_joins_its_person():
    entities = _entities(
        "Computing\n"
        "After the war the chemist Otto von Brannerhof built a drying kiln. In 1957 "
        "Carla Mest and von Brannerhof fired the first batch in it.\n")
    person = joined(entities, "Otto von Brannerhof", "von Brannerhof", rule="surname")
    assert person.entity_type == "person"
    assert find(entities, "Brannerhof") is None  # no node of the name without its particle


@needs_wordfreq
def test_a_surname_with_a_capitalised_particle_joins_its_person():
    entities = _entities(
        "Dyes\n"
        "In 1871 the chemist Aurelien Le Quellec studied a dye. Like Le Quellec, others "
        "built small workshops.\n")
    joined(entities, "Aurelien Le Quellec", "Le Quellec", rule="surname")


@needs_wordfreq
def test_a_rare_surname_never_written_alone_is_still_an_alias_of_its_person():
    entities = _entities(
        "Glazes\n"
        "In 1702 the potter Evaristo Quornelli fired a glaze with tin. "
        "His glaze was the first of its kind.\n")
    person = find(entities, "Evaristo Quornelli")
    assert person is not None and person.entity_type == "person"
    assert "Quornelli" in person.aliases
    assert any(m["rule"] == "surname-part" and m["form"] == "Quornelli" for m in person.merges)


@needs_wordfreq
def test_a_surname_two_people_bear_or_a_common_word_is_no_alias():
    entities = _entities(
        "Two brothers\n"
        "The engineer Percy Quornelli built the dam. His brother Clifford Quornelli designed "
        "the sluices. The surveyor John Young mapped the valley.\n")
    for name in ("Percy Quornelli", "Clifford Quornelli"):
        person = find(entities, name)
        assert person is not None and "Quornelli" not in person.aliases
    young = find(entities, "John Young")
    assert young is None or "Young" not in young.aliases


def test_surname_of_keeps_particles_and_drops_suffixes():
    from kg.merging.surnames import surname_of

    assert surname_of("Evaristo Quornelli") == "Quornelli"
    assert surname_of("Otto von Brannerhof") == "von Brannerhof"
    assert surname_of("Aurelien Le Quellec") == "Le Quellec"
    assert surname_of("Amos K. Tandry Jr.") == "Tandry"
    assert surname_of("J. Quornelli") is None
    assert surname_of("Quornelli") is None


@needs_wordfreq
def test_a_title_in_single_emphasis_is_one_entity_and_one_italic_word_none():
    entities = _entities(
        "The book\n"
        "In 1922 Oswyn Penhale published *Tables of the Moon for Coastal Pilots* and sailed on "
        "the *Marbury* the next spring.\n")
    title = find(entities, "Tables of the Moon for Coastal Pilots")
    assert title is not None
    assert title.label == "Tables of the Moon for Coastal Pilots"
    assert find(entities, "Coastal Pilots") is None


def test_italic_titles_skips_bold_runs_and_lowercase_words():
    from kg.finders.candidates import Unit
    from kg.finders.emphasis import italic_titles
    from kg.words.tokens import tokenize

    def spans(text):
        unit = Unit("d", tokenize(text), 0, None)
        return [" ".join(t.text for t in unit.tokens[s.start:s.end])
                for s in italic_titles(0, unit, None)]

    assert spans("She read *The Sea Around Us* twice.") == ["The Sea Around Us"]
    assert spans("A **Bold Name Here** and *fronts* and *Nature*.") == []
    assert spans("He wrote *an essay on Tides* in 1900.") == []


@needs_wordfreq
def test_a_leading_head_at_a_sentence_start_stays_and_the_rest_alone_joins_it():
    entities = _entities(
        "Radios\n"
        "The project was costly. Operation Tarnwick, begun in 1988, set up relay masts. "
        "Before Tarnwick, messages went on foot. After Tarnwick the team could talk.\n")
    joined(entities, "Operation Tarnwick", "Tarnwick", rule="short-form")


@needs_wordfreq
def test_a_formal_title_and_the_name_it_is_known_by_are_one_entity():
    entities = _entities(
        "The rules\n"
        "Officially styled the Code of Conduct of the Orrin Valley Boat Club, it has "
        "long been known as the Marrick Code. The Marrick Code set the fees. "
        "Rowers revised the Marrick Code in 1990.\n")
    joined(entities, "Code of Conduct of the Orrin Valley Boat Club", "Marrick Code",
           rule="alias")


def test_no_title_taken_without_a_titling_participle():
    from kg.finders.candidates import Unit
    from kg.merging.alias_cues import aliases
    from kg.words.tokens import tokenize

    text = "Built by the Orrin Valley Boat Club, it has long been known as the Marrick Hut."
    unit = Unit("d", tokenize(text), 0, None)
    assert aliases(0, unit) == []


@needs_wordfreq
def test_a_so_called_name_in_apposition_names_the_same_thing():
    entities = _entities(
        "The charter\n"
        "- **Article 4**, the so-called “cold store” rule, requires two copies of every ledger.\n"
        "In 2001 the wardens amended Article 4 again.\n"
        "Critics of the cold store rule said it cost too much.\n")
    joined(entities, "Article 4", "cold store", rule="alias")


def test_so_called_needs_the_apposition_comma():
    from kg.merging.name_cues import so_called
    from kg.words.tokens import tokenize

    assert so_called(0, tokenize("the boats kept the so-called “slack water” hours")) == []
    found = so_called(0, tokenize("Orm Lake, the so-called Mirror of Kell, froze."))
    assert len(found) == 1


@needs_wordfreq
def test_a_century_is_a_date_not_a_concept_and_a_named_century_stays_a_name():
    entities = _entities(
        "History\n"
        "The mills of Orm were built in the eighteenth century. By the nineteenth century "
        "the eighteenth century mills had closed. The Fourth Century Fund paid for repairs. "
        "The Fourth Century Fund still exists.\n")
    century = find(entities, "eighteenth century")
    assert century is not None and century.entity_type == "date"
    assert find(entities, "Fourth Century Fund") is not None


@needs_wordfreq
def test_an_institution_named_with_its_owner_also_goes_by_its_own_name():
    entities = _entities(
        "Surveys\n"
        "After the war, botanists at the Harnell Marine Observatory of Vessing University "
        "mapped the marsh. Later Harnell staff sampled the reeds.\n")
    entity = find(entities, "Harnell Marine Observatory of Vessing University")
    assert entity is not None
    assert "Harnell Marine Observatory" in entity.aliases
    assert any(m["rule"] == "owner" for m in entity.merges)


def test_owned_prefix_leaves_names_with_their_own_of_whole():
    from kg.merging.canonical import owned_prefix

    assert owned_prefix("Harnell Marine Observatory of Vessing University") == \
        "Harnell Marine Observatory"
    assert owned_prefix("Rules of Procedure of the Kell Boat Club") is None
    assert owned_prefix("Varden College of Art") is None


@needs_wordfreq
def test_a_body_that_grew_into_another_name_is_one_entity():
    entities = _entities(
        "Origins\n"
        "In 1897 Orrin Tate became head of the Survey Office of the Kell Harbour Board, the "
        "office that developed into today’s Kell Tides Service. The Kell Tides Service now runs "
        "forty gauges.\n")
    joined(entities, "Survey Office of the Kell Harbour Board", "Kell Tides Service",
           rule="alias")


def test_grew_into_takes_no_person_or_role():
    from kg.merging.name_cues import grew_into
    from kg.words.tokens import tokenize

    assert grew_into(0, tokenize("Ada Lind, who became Chief Engineer, left.")) == []
    assert grew_into(0, tokenize("The Kell Survey, which later became the Chief Surveyor, "
                                 "left.")) == []


@needs_wordfreq
def test_a_noun_and_a_verb_taking_an_object_make_no_term():
    entities = _entities(
        "Pottery\n"
        "He argued that the kiln consumes the wood of the valley. Today we know the kiln "
        "consumes the wood of the valley only slowly. Kiln fires follow the seasons.\n")
    assert find(entities, "kiln consumes") is None


def test_verb_before_object_spares_plural_heads_before_other_words():
    from kg.finders.terms import _verb_before_object
    from kg.words.tokens import tokenize

    toks = tokenize("the kiln consumes the wood")
    assert _verb_before_object(toks, 2)
    toks = tokenize("kiln fires in spring")
    assert not _verb_before_object(toks, 1)


@needs_wordfreq
def test_an_irregular_past_form_opens_no_term():
    entities = _entities(
        "Rescues\n"
        "The volunteers dug ponies out of the drifts and searched for lost skaters. In 1990 "
        "they again dug ponies out of a ditch and found lost skaters on the lake.\n")
    assert find(entities, "dug ponies") is None
    assert find(entities, "lost skaters") is None


@needs_wordfreq
def test_a_term_ending_in_a_role_noun_is_no_entity_but_a_count_of_people_is_an_amount():
    entities = _entities(
        "The team\n"
        "The first shift manager was Ada Kell. Every shift manager since has kept a log. "
        "By 1990 the club had 340 members and the shift manager chaired their meetings.\n")
    assert find(entities, "shift manager") is None
    amount = find(entities, "340 members")
    assert amount is not None and amount.entity_type == "quantity"


@needs_wordfreq
def test_one_quoted_capitalised_word_is_no_title_unless_a_work_noun_names_it():
    entities = _entities(
        "Gates\n"
        "Signs marked “Open”, “Shut” and “Full” hung on every gate. In 1902 the choir sang "
        "the song “Vellamere” at the fair.\n")
    for word in ("Open", "Shut", "Full"):
        assert find(entities, word) is None, word
    assert find(entities, "Vellamere") is not None


@needs_wordfreq
def test_two_names_joined_by_a_dash_take_their_lowercase_head_once():
    entities = _entities(
        "Springs\n"
        "Springs rise along the Orvell–Tasker zone beneath the moor. Ada Orvell mapped it "
        "in 1922 and Ivo Tasker in 1966.\n")
    zone = find(entities, "Orvell–Tasker zone")
    assert zone is not None and zone.label == "Orvell–Tasker zone"
    assert find(entities, "Orvell–Tasker") is None


@needs_wordfreq
def test_a_court_case_is_one_name_and_its_v_ends_no_sentence():
    from kg.entities import extract_entities
    from kg.model import Document
    from kg.splitter import split_document

    text = ("The contractor was sued. The case, Orrin Harbour Board v. Tasker & Quill Ltd, was "
            "tried in 2009. The Orrin Harbour Board lost.\n")
    doc = Document(id="document:t", path="t.txt", title="t", text=text)
    sections, sentences = split_document(doc)
    assert any("v. Tasker & Quill Ltd, was tried" in s.text for s in sentences)
    entities, _ = extract_entities([doc], sections, sentences)
    case = find(entities, "Orrin Harbour Board v. Tasker & Quill Ltd")
    assert case is not None
    assert find(entities, "Orrin Harbour Board") is not case


def test_case_names_needs_a_party_on_each_side():
    from kg.finders.candidates import Unit
    from kg.finders.cases import case_names
    from kg.words.tokens import tokenize

    unit = Unit("d", tokenize("the value of v. in the formula"), 0, None)
    assert case_names(0, unit, None) == []


@needs_wordfreq
def test_what_became_names_a_term():
    entities = _entities(
        "Weather\n"
        "His 1963 paper began what became swell theory; later work tested it.\n")
    term = find(entities, "swell theory")
    assert term is not None


@needs_wordfreq
def test_ordinary_opens_only_a_weak_term():
    entities = _entities(
        "Kilns\n"
        "Ordinary kilns burned wood. The ordinary kilns of the valley were fired by "
        "night.\n")
    assert find(entities, "ordinary kilns") is None


@needs_wordfreq
def test_an_english_number_before_a_name_opens_no_surname():
    entities = _entities(
        "Fleet\n"
        "In 1650 ten Dutch ships sailed past Orrin Point. Later ten Dutch ships returned.\n")
    assert find(entities, "ten Dutch") is None


@needs_wordfreq
def test_a_firm_named_after_its_founder_still_takes_the_bare_surname():
    entities = _entities(
        "Cars\n"
        "Henry Quarrell founded the Quarrell Motor Company in 1921. By 1928 Quarrell sold "
        "more cars than any rival, and Quarrell opened a second plant in 1930.\n")
    firm = find(entities, "Quarrell Motor Company")
    assert firm is not None and find(entities, "Quarrell") is firm


def test_named_after_is_no_firm_or_body():
    from kg.merging.surnames import named_after

    assert named_after(("pellard", "inquiry"), {"pellard"})
    assert not named_after(("quarrell", "motor", "company"), {"quarrell"})
    assert not named_after(("pellard", "trust"), {"pellard"})
    assert not named_after(("brindle", "inquiry"), {"pellard"})


def test_a_leading_head_or_compass_word_opens_no_personal_name():
    from kg.merging.forms import Form
    from kg.merging.people import person_like

    def form(text):
        f = Form(tuple(text.casefold().split()))
        f.surfaces[text] += 1
        f.proper = 1
        f.kinds["name"] += 1
        return f

    assert not person_like(form("Project Quellow"))
    assert not person_like(form("Great Quellow"))
    assert not person_like(form("North Quellow"))
    assert person_like(form("Anna Quellow"))


@needs_wordfreq
def test_an_institution_with_its_place_after_a_comma_is_a_fuller_name():
    entities = _entities(
        "Barges\n"
        "Barges moored daily at the Kessing Institute, Orrinford, at dawn. "
        "Skippers paid their fees at the Kessing Institute.\n")
    joined(entities, "Kessing Institute", "Kessing Institute, Orrinford", rule="alias")


def test_sited_skips_lists():
    from kg.merging.name_cues import sited
    from kg.words.tokens import tokenize

    toks = tokenize("It lent to the Orrin Museum, Kessby, and Tarle Hall.")
    assert sited(0, toks) == []
    toks = tokenize("Visitors came from Orrin, Kessby, Tarnwick and Dale.")
    assert sited(0, toks) == []


@needs_wordfreq
def test_the_head_of_a_title_class_name_used_alone_names_the_topic():
    from kg.entities import extract_entities
    from kg.model import Document
    from kg.splitter import split_document

    text = ("The Tidal Sextant and the Coast Survey\n\n"
            "The tidal sextant was a brass instrument. Every tidal sextant was costly. "
            "The sextant first sailed in 1842. A good sextant cost a month's wages. Pilots "
            "trusted the sextant more than the charts. Few boats carried two sextants.\n")
    doc = Document(id="document:t", path="t.txt", title="t", text=text)
    sections, sentences = split_document(doc)
    entities, _ = extract_entities([doc], sections, sentences)
    topic = find(entities, "sextant")
    assert topic is not None and find(entities, "Tidal Sextant") is topic
    assert any(m["rule"] == "title-head" for m in topic.merges)
    assert topic.mentions >= 4


def test_a_proper_title_name_lends_its_head_to_nothing():
    from kg.entities import extract_entities
    from kg.model import Document
    from kg.splitter import split_document

    text = ("The Quellby Valley Bank\n\n"
            "The Quellby Valley Bank opened in 1950. The bank lent to farmers. Another bank "
            "opened nearby. Every bank in the valley merged later.\n")
    doc = Document(id="document:t", path="t.txt", title="t", text=text)
    sections, sentences = split_document(doc)
    entities, _ = extract_entities([doc], sections, sentences)
    bank = find(entities, "Quellby Valley Bank")
    assert bank is not None and not any(m["rule"] == "title-head" for m in bank.merges)


def test_a_title_head_counts_only_its_own_document():
    from kg.entities import extract_entities
    from kg.model import Document
    from kg.splitter import split_document

    one = Document(id="document:a", path="a.md", title="The Steam Dredger", text=(
        "# The Steam Dredger\n\nThe Steam Dredger was built in 1880 at Pelmor. It burned "
        "coal and its steam engine was loud. The Steam Dredger worked the river for forty "
        "years.\n"))
    other = Document(id="document:b", path="b.md", title="Canal Works", text=(
        "# Canal Works\n\nA dredger cleared the canal in 1950. The dredger was owned by the "
        "council. Later the dredger sank near Quarrel Lock. Nobody raised the dredger.\n"))
    sections, sentences = [], []
    for doc in (one, other):
        s, t = split_document(doc)
        sections += s
        sentences += t
    entities, mentions = extract_entities([one, other], sections, sentences)
    topic = find(entities, "Steam Dredger")
    assert topic is not None
    assert not any(m["rule"] == "title-head" for m in topic.merges)
    assert {sentences[m.sentence].doc for m in mentions if m.entity == topic.id} == {"document:a"}


@needs_wordfreq
def test_a_title_head_names_its_topic_only_in_its_own_document():
    from kg.entities import extract_entities
    from kg.model import Document
    from kg.splitter import split_document

    one = Document(id="document:a", path="a.md", title="The Tidal Sextant", text=(
        "# The Tidal Sextant and the Coast Survey\n\n"
        "The tidal sextant was a brass instrument. Every tidal sextant was costly. "
        "The sextant first sailed in 1842. A good sextant cost a month's wages. Pilots "
        "trusted the sextant more than the charts. Few boats carried two sextants.\n"))
    other = Document(id="document:b", path="b.md", title="Orrin Harbour", text=(
        "# Orrin Harbour\n\nThe harbourmaster kept a sextant in his office. The sextant had "
        "belonged to his uncle. Visitors asked about the sextant. A tidal sextant hung "
        "beside it.\n"))
    sections, sentences = [], []
    for doc in (one, other):
        s, t = split_document(doc)
        sections += s
        sentences += t
    entities, mentions = extract_entities([one, other], sections, sentences)
    topic = find(entities, "Tidal Sextant")
    assert topic is not None and find(entities, "sextant") is topic
    assert any(m["rule"] == "title-head" for m in topic.merges)
    said = {(sentences[m.sentence].doc, sentences[m.sentence].text) for m in mentions
            if m.entity == topic.id}
    assert len({text for doc, text in said if doc == "document:a"}) == 6
    # in the other document "the sextant" is the harbourmaster's; the full name still joins
    assert {text for doc, text in said if doc == "document:b"} == {
        "A tidal sextant hung beside it."}
