"""Issue 3, aliases on one node: firms named after their founders, legal and trade suffixes,
honorifics before a surname, numbered sessions. Small made-up documents."""

from __future__ import annotations

from collections import Counter

from kg.entities import extract_entities
from kg.kinds.descriptors import copula_head
from kg.merging.canonical import group_forms
from kg.merging.forms import Form
from kg.words.tokens import key_of_text, tokenize
from tests.test_entities import build, find, joined, needs_wordfreq
from tests.test_entities import extracted as _entities

_FIRM = (
    "Brimmergate & Quillon Consulting Engineers is a small engineering firm. It is known "
    "simply as Brimmergate & Quillon. Ottilie R. Brimmergate and Benedikt S. Quillon founded it "
    "in 1961. Brimmergate designed the first bridges; Quillon found the clients. In 1975 "
    "Brimmergate & Quillon Ltd was sued by the city. Brimmergate retired in 1990, and Quillon "
    "in 1992. Brimmergate & Quillon still designs bridges.\n")


@needs_wordfreq
def test_a_firms_suffixed_spellings_join_the_bare_firm_name():
    entities = _entities(_FIRM)
    firm = joined(entities, "Brimmergate & Quillon", "Brimmergate & Quillon Ltd",
                  rule="firm-suffix")
    assert find(entities, "Brimmergate & Quillon Consulting Engineers") is firm


@needs_wordfreq
def test_a_founders_surname_is_the_founder_not_the_firm_named_after_them():
    entities = _entities(_FIRM)
    joined(entities, "Ottilie R. Brimmergate", "Brimmergate", rule="surname")
    joined(entities, "Benedikt S. Quillon", "Quillon", rule="surname")
    firm = find(entities, "Brimmergate & Quillon")
    assert "Brimmergate" not in firm.aliases and "Quillon" not in firm.aliases


@needs_wordfreq
def test_a_personal_name_takes_no_firm_suffix():
    entities = _entities(
        "Ottilie Vantrebe opened a studio in 1970. Ottilie Vantrebe Architects later built "
        "the Marsk Library. Ottilie Vantrebe retired in 2001.\n")
    person = find(entities, "Ottilie Vantrebe")
    assert person is not None
    assert find(entities, "Ottilie Vantrebe Architects") is not person


@needs_wordfreq
def test_a_surname_after_an_honorific_joins_the_person():
    entities = _entities(
        "The case was heard by Justice Marisol Quendry in 2004. Marisol Quendry had sat on "
        "the bench for ten years. Justice Quendry ruled for the city.\n")
    joined(entities, "Marisol Quendry", "Justice Quendry", rule="titled-surname")


@needs_wordfreq
def test_a_titled_surname_shared_by_two_people_stays_apart():
    entities = _entities(
        "Marisol Quendry and Tobin Quendry were both judges. Marisol Quendry sat in the "
        "north. Tobin Quendry sat in the south. Justice Quendry ruled for the city.\n")
    titled = find(entities, "Justice Quendry")
    assert titled is None or titled not in (find(entities, "Marisol Quendry"),
                                            find(entities, "Tobin Quendry"))


@needs_wordfreq
def test_a_numbered_session_joins_the_body():
    entities = _entities(
        "The Regional Dental Congress meets every year. The Ninth Regional Dental Congress "
        "met in Osk in 1990. The Thirty-first Regional Dental Congress banned the drug. The "
        "Regional Dental Congress then closed.\n")
    body = joined(entities, "Regional Dental Congress", "Ninth Regional Dental Congress",
                  rule="ordinal")
    assert find(entities, "Thirty-first Regional Dental Congress") is body


@needs_wordfreq
def test_an_ordinal_before_one_word_stays_apart():
    entities = _entities(
        "The Amendment was debated in Osk. The Second Amendment was passed in 1791. The "
        "Second Amendment is still debated in Osk.\n")
    second = find(entities, "Second Amendment")
    assert second is not None and second is not find(entities, "Amendment")


def _references(text: str) -> dict[tuple[int, str], str]:
    """(sentence, surface) → label of the entity each reference mention stands for."""
    docs, sections, sentences = build(text)
    entities, mentions = extract_entities(docs, sections, sentences)
    label = {e.id: e.label for e in entities}
    return {(m.sentence, m.surface): label[m.entity] for m in mentions if m.via == "reference"}


@needs_wordfreq
def test_an_ing_word_after_a_compound_modifier_still_heads_no_description():
    refs = _references(
        "Brimmergate Quillon is a family-run printing firm based in Osk. The Osk Transit "
        "Authority was set up in 1970. In 2001 the Osk Transit Authority hired Brimmergate "
        "Quillon. The Osk Transit Authority later sued the firm. The authority lost. The "
        "firm’s insurers paid nothing.\n")
    # "firm" describes Brimmergate Quillon (the text said so), so "the firm" is not the
    # authority named nearer to it
    assert refs.get((5, "The firm’s")) == "Brimmergate Quillon"


def test_an_ing_word_modifies_the_head_only_after_a_modifier():
    def head(text):
        return copula_head(tokenize(text), 1)

    assert head("Tessane is a family-run printing firm based in Osk.") == "firm"
    assert head("Tessane is an engineering firm based in Osk.") == "firm"
    # after a noun an "-ing" word starts a clause: no descriptor rather than "chip"
    assert head("Tessane is a company making chips for Osk.") is None


@needs_wordfreq
def test_a_common_given_name_makes_a_person_of_frequent_words():
    refs = _references(
        "The Harbour Board met in Osk. The lamps were designed by Thomas Parker, engineer to "
        "the Harbour Board. His finest work was the Osk Light.\n")
    assert refs.get((2, "His")) == "Thomas Parker"


@needs_wordfreq
def test_a_shorter_name_met_before_a_fuller_one_is_a_namesake():
    entities = _entities(
        "The first tower was built by Edmund Harding in 1810. Years later his grandson, Edmund "
        "Louis Harding, wrote novels. Edmund Louis Harding never built a tower.\n")
    assert find(entities, "Edmund Harding") is not find(entities, "Edmund Louis Harding")


@needs_wordfreq
def test_a_fuller_name_first_still_joins_the_shorter_one():
    entities = _entities(
        "Maren Liesbeth Vantrebe was born in Osk in 1921. Maren Vantrebe studied in Brask. "
        "Maren Vantrebe built twelve schools.\n")
    joined(entities, "Maren Liesbeth Vantrebe", "Maren Vantrebe", rule="initials")


@needs_wordfreq
def test_a_titled_name_is_no_label():
    entities = _entities(
        "Mairead Quendry, 71, lives in Osk. Back in Osk, Mrs Quendry keeps water under her "
        "sink.\n")
    person = joined(entities, "Mairead Quendry", "Mrs Quendry", rule="titled-surname")
    assert person.label == "Mairead Quendry"


@needs_wordfreq
def test_a_pronoun_that_names_something_is_not_what_it_names():
    entities = _entities(
        "Ulla Vantrebe argued that the seas had once been one ocean. She named it Panthalassa. "
        "Panthalassa was later studied by others.\n")
    ocean = find(entities, "Panthalassa")
    assert ocean is not None and ocean is not find(entities, "Ulla Vantrebe")


_FAMILY = (
    "The Linds\n"
    "The first lamps were made by Ada Lind, engineer to the Osk Harbour Board. The lamps "
    "burned whale oil. Keepers lit them at dusk. Keepers trimmed the wicks every hour. Her "
    "son Tomek Lind built the Varne Light. Lind retired in 1880.\n")


@needs_wordfreq
def test_a_shared_surname_is_the_person_named_most_recently():
    docs, sections, sentences = build(_FAMILY)
    entities, mentions = extract_entities(docs, sections, sentences)
    ada, tomas = find_label(entities, "Ada Lind"), find_label(entities, "Tomek Lind")
    by_sentence = {(m.sentence, m.surface): m.entity for m in mentions}
    assert by_sentence[(5, "Lind")] == tomas.id
    assert any(m["rule"] == "nearest-namesake" for m in tomas.merges)
    # the family ("The Linds", a heading) is neither of them
    assert all("Linds" not in e.aliases for e in (ada, tomas))


@needs_wordfreq
def test_a_shared_surname_after_two_namesakes_in_one_sentence_stays_apart():
    docs, sections, sentences = build(
        "The fair was founded by Ada Lind and her brother Tomek Lind in 1979. Lind later said "
        "it lost money.\n")
    entities, mentions = extract_entities(docs, sections, sentences)
    ids = {find_label(entities, "Ada Lind").id, find_label(entities, "Tomek Lind").id}
    assert not any(m.surface == "Lind" and m.entity in ids for m in mentions)


def find_label(entities, label):
    """The entity labelled ``label``."""
    return next(e for e in entities if e.label == label)


@needs_wordfreq
def test_a_nickname_given_to_it_joins_the_thing_the_previous_sentence_named():
    entities = _entities(
        "In 1996 the partners turned the business into a company, Brimmergate Quillon Ltd, to "
        "limit their risk. Staff still call it the Firmament. The Firmament employs 900 "
        "people.\n")
    joined(entities, "Brimmergate Quillon Ltd", "Firmament", rule="renamed")


@needs_wordfreq
def test_a_nickname_given_to_a_description_joins_the_sections_thing():
    entities = _entities(
        "The Osk Ferry Bridge\n"
        "The Osk Ferry Bridge crosses the estuary. It opened in 1979. Locals call the "
        "structure “the Lyre”, after its cables. The Lyre carries 60,000 cars a day.\n")
    joined(entities, "Osk Ferry Bridge", "Lyre", rule="renamed")


@needs_wordfreq
def test_a_name_that_is_not_the_whole_object_is_no_nickname():
    entities = _entities(
        "Brimmergate Quillon released Northern Tides in 1990. Critics call it the Osk Quartet’s "
        "best album. The Osk Quartet toured in 1991.\n")
    quartet = find(entities, "Osk Quartet")
    assert quartet is not None and quartet is not find(entities, "Northern Tides")


@needs_wordfreq
def test_an_honorific_is_no_part_of_a_persons_label_but_is_an_alias():
    entities = _entities(
        "“People feel robbed,” said Councillor Anjali N. Quendry, who leads the council. "
        "Quendry wants the city to buy the works. The case was heard by Judge Ottilie Vantrebe "
        "in Osk. Vantrebe ruled in 2024.\n")
    priya = joined(entities, "Anjali N. Quendry", "Councillor Anjali N. Quendry")
    assert priya.label == "Anjali N. Quendry"
    judge = joined(entities, "Ottilie Vantrebe", "Judge Ottilie Vantrebe", rule="honorific")
    assert judge.entity_type == "person"


@needs_wordfreq
def test_a_role_noun_in_lowercase_is_no_honorific():
    entities = _entities(
        "The sermon was given by the minister Ottilie Vantrebe in Osk. Ottilie Vantrebe "
        "preached for forty years.\n")
    person = find(entities, "Ottilie Vantrebe")
    assert person is not None and "minister Ottilie Vantrebe" not in person.aliases


@needs_wordfreq
def test_a_titled_shared_surname_is_the_person_named_most_recently():
    entities = _entities(
        "Maren M. Lind was born in Osk. Her father, Edmund Lind, was a mason. Her brother Conrad "
        "Lind built bridges. In 1950 Maren M. Lind studied in Brask. The school hired her in "
        "1975. The classes were long. The rooms were cold. Students remembered Professor Lind "
        "as funny.\n")
    joined(entities, "Maren M. Lind", "Professor Lind", rule="nearest-namesake")


@needs_wordfreq
def test_a_name_without_its_first_initial_is_the_same_person():
    entities = _entities(
        "In 1965 J. Orvel Carter studied faults in Osk. Later Orvel Carter named the cycle. In "
        "1963 Carter taught in Harlport, and in 1970 Carter retired.\n")
    person = joined(entities, "J. Orvel Carter", "Orvel Carter", rule="initials")
    assert find(entities, "Carter") is person


@needs_wordfreq
def test_a_given_name_before_a_frequent_noun_makes_no_person():
    entities = _entities(
        "The Elizabeth Line opened in Osk in 2022. Riders praised the Elizabeth Line. In 2023 "
        "the Elizabeth Line carried 200 million people.\n")
    line = find(entities, "Elizabeth Line")
    assert line is not None and line.entity_type != "person"


@needs_wordfreq
def test_a_described_noun_is_not_an_organisation_headed_by_another_noun():
    refs = _references(
        "Brimmergate Quillon is a family-run printing firm based in Osk. The tunnel leaked "
        "from 2001. Water ran down the walls. Salt stained the joints. In 2006 the Osk Transit "
        "Authority closed a track. The Osk Transit Authority sued the firm in 2007.\n")
    assert refs.get((5, "the firm")) == "Brimmergate Quillon"


@needs_wordfreq
def test_he_after_a_passive_with_an_agent_is_the_agent_not_the_possessive():
    refs = _references(
        "Tomek Quendry laid the first sea walls in Osk. Quendry’s designs were later refined "
        "by Conrad Brimmergate, surveyor to the Osk Harbour Board. His finest work was the "
        "Varne Light.\n")
    assert refs.get((2, "His")) == "Conrad Brimmergate"


@needs_wordfreq
def test_the_object_of_want_before_an_infinitive_is_a_reference():
    refs = _references(
        "Brimmergate Quillon is a family-run printing firm based in Osk. Ada Quillon had "
        "long wanted the firm to work abroad.\n")
    assert refs.get((1, "the firm")) == "Brimmergate Quillon"


@needs_wordfreq
def test_a_tail_named_once_in_a_contents_list_still_joins_the_full_name():
    entities = _entities(
        "Contents:\n"
        "- Early years and the Harbour Gala\n"
        "The Osk Harbour Gala opened in May 1979 with nine concerts. The Harbour Gala grew "
        "steadily. The council proposed dropping the Harbour Gala. The Harbour Gala survived.\n")
    joined(entities, "Osk Harbour Gala", "Harbour Gala", rule="tail")


@needs_wordfreq
def test_a_tail_used_mostly_before_the_full_name_stays_apart():
    entities = _entities(
        "The Clean Rivers Act was passed in 1970. The Clean Rivers Act covered every county. "
        "In 1990 Osk passed the Osk Clean Rivers Act. The Osk Clean Rivers Act was stricter.\n")
    federal = find(entities, "Clean Rivers Act")
    assert federal is not None and federal is not find(entities, "Osk Clean Rivers Act")


@needs_wordfreq
def test_an_honorific_with_a_full_stop_and_a_titled_surname_give_aliases():
    docs, sections, sentences = build(
        "The council asked Dr. Helen Quendry-Vass, a hydrologist, for figures. Quendry-Vass "
        "was careful. Mairead Tighlow, 71, has lived in Osk since 1970. Back in Osk, Mrs "
        "Tighlow is less interested in the case.\n")
    entities, _ = extract_entities(docs, sections, sentences)
    joined(entities, "Helen Quendry-Vass", "Dr. Helen Quendry-Vass", rule="honorific")
    joined(entities, "Mairead Tighlow", "Tighlow", rule="honorific")


@needs_wordfreq
def test_she_passes_over_a_man_named_by_his_given_name():
    refs = _references(
        "Thomas R. Quendry, a grain trader, wanted an orchestra for Osk. He looked for a "
        "conductor in 1904. The player he chose was Sigrun E. Lindvall, a cellist from "
        "Osk. She arrived in Tarnby in 1905.\n")
    assert refs.get((3, "She")) == "Sigrun E. Lindvall"


@needs_wordfreq
def test_he_passes_over_a_person_the_text_calls_she():
    refs = _references(
        "Maren Vantrebe studied at the Osk School of Art. She drew houses. She drew rain. Her "
        "tutor, Professor Aldous Munrow, was a shy watercolourist. He once remarked "
        "that she drew the rain.\n")
    assert refs.get((4, "He")) == "Aldous Munrow"


@needs_wordfreq
def test_it_takes_up_a_term_that_opened_the_previous_sentence():
    refs = _references(
        "The forked lancet was developed in Osk. The forked lancet was well suited to the "
        "drive. It cost next to nothing. Within a decade it had replaced the steam "
        "injector.\n")
    assert refs.get((2, "It")) == "forked lancet"
    assert refs.get((3, "it")) == "forked lancet"


@needs_wordfreq
def test_it_does_not_take_up_a_term_that_did_not_open_the_sentence():
    refs = _references(
        "In Osk the forked lancet was well suited to the drive. It cost next to nothing.\n")
    assert (1, "It") not in refs


@needs_wordfreq
def test_a_table_of_contents_gives_references_nothing_to_take_up():
    refs = _references(
        "Contents\n"
        "- The founding of the bank\n"
        "- The Varne Rock\n"
        "Early years\n"
        "The Osk Rocks wrecked many ships. A tower was built on the rock in 1712. The Varne "
        "Rock lies further north.\n")
    assert all(label != "Varne Rock" for label in refs.values())


@needs_wordfreq
def test_two_numbered_wars_are_not_sessions_of_one():
    entities = _entities(
        "The World War era began in 1914. The First World War ended in 1918. The Second World "
        "War began in 1939. The World War era reshaped Osk.\n")
    first, second = find(entities, "First World War"), find(entities, "Second World War")
    assert first is not None and second is not None and first is not second


def _forms(*texts: str) -> dict:
    """Kept name forms, each seen twice in its own units, capitalised as a name."""
    out = {}
    for i, text in enumerate(texts):
        key = key_of_text(text)
        out[key] = Form(key=key, surfaces=Counter({text: 2}), kinds=Counter({"name": 2}),
                        units={2 * i, 2 * i + 1}, proper=2)
    return out


def _group_of(groups, text):
    key = key_of_text(text)
    return next(i for i, g in enumerate(groups) if key in g.keys)


@needs_wordfreq
def test_a_coordinated_name_is_shortened_to_its_first_word_unless_that_is_a_surname():
    groups = group_forms(_forms("Lanterns and Ledgers", "Lanterns"), [])
    assert _group_of(groups, "Lanterns") == _group_of(groups, "Lanterns and Ledgers")
    groups = group_forms(_forms("Ottilie R. Brimmergate", "Brimmergate & Quillon", "Brimmergate"),
                         [])
    assert _group_of(groups, "Brimmergate") == _group_of(groups, "Ottilie R. Brimmergate")
    assert _group_of(groups, "Brimmergate") != _group_of(groups, "Brimmergate & Quillon")


@needs_wordfreq
def test_a_town_takes_no_trade_suffix():
    groups = group_forms(_forms("Dallow", "Dallow Consulting", "Dallow Rowing Club",
                                "Quell Ltd", "Quell"), [])
    assert _group_of(groups, "Dallow") != _group_of(groups, "Dallow Consulting")
    assert _group_of(groups, "Quell") == _group_of(groups, "Quell Ltd")


@needs_wordfreq
def test_a_nickname_given_to_it_after_an_it_sentence_joins_what_that_it_stands_for():
    entities = _entities(
        "Echo frost sounding (EFS) is a way of finding the depth of frozen ground by timing "
        "echoes. It was devised in 1961 at the Ulvane Institute of Soil Physics by Petra "
        "Hallisk and her student Imre Tovash. Surveyors still call it the Ulvane drum, and "
        "the name has stuck. The Ulvane drum is still taught.\n")
    joined(entities, "EFS", "Ulvane drum", rule="renamed")
    assert find(entities, "Ulvane Institute of Soil Physics") is not find(entities, "Ulvane drum")


@needs_wordfreq
def test_a_long_quoted_title_with_a_subtitle_is_one_name():
    entities = _entities(
        "Osmund Larkwell published the idea in “A Lamp in the Chalk: Larkwell Counts in Deep "
        "Water”, which appeared in the Annals of Quarry Study in 1961. The paper was short.\n")
    title = find(entities, "A Lamp in the Chalk: Larkwell Counts in Deep Water")
    assert title is not None and title.entity_type == "document"


@needs_wordfreq
def test_a_name_and_noun_given_by_a_naming_verb_is_one_thing_even_when_the_name_is_known():
    entities = _entities(
        "The eruption of Mount Orrin in 1961 threw ash into the air. Ada Vennel named this "
        "effect the Orrin spike. The spike lasted for years.\n")
    spike = find(entities, "Orrin spike")
    assert spike is not None and spike is not find(entities, "Mount Orrin")


@needs_wordfreq
def test_an_element_and_its_mass_number_is_a_thing_and_a_hyphened_measure_is_not():
    entities = _entities(
        "Ada Vennel found that varnium-41 decayed slowly into varnium-43. The older the layer, "
        "the more varnium-43 it held. A 36-metre core and 12 samples were taken.\n")
    assert find(entities, "varnium-41") is not None
    assert find(entities, "varnium-43") is not None
    assert find(entities, "36-metre") is None
