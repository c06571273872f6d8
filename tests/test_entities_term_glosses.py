"""term20: a term written once and glossed in ordinary prose (:mod:`kg.finders.term_glosses`):
a bare rare word glossed by "the", a kind and a relative, "the method of" and a craft, a
bare phrase after a verb of introducing glossed by "in which", and "the <Name> <word>
process" glossed. Small invented documents, and for each cue a sentence of another genre (a
match report, a lease dispute, a recipe, a council notice) where it must not fire."""

from __future__ import annotations

import pytest

from tests.test_entities import find, read_entities

KIND = """Quarrying was hard work. Men at Tobbering praised his improvements to skelving, the \
splitting of slate along its grain. The quarry grew.
"""
KIND_RELATIVE = """Potters of the valley worked mostly with varnite, the clay that gives their \
jugs a grey sheen. Trade grew.
"""
KIND_PHRASE = """Jugs were fired twice. Most were finished with salt glazing, the coating that gave \
them a pitted skin. Sales rose.
"""
METHOD = """Baskets were sold at the fair. Estate ledgers describe the method of reed splitting \
used on the marsh, and the price of each basket.
"""
INTRODUCED = """Charts of the bay were poor. In 1871 Brevant Tesk adopted tide soundings, in \
which a weighted line was dropped at each slack water. The charts improved.
"""
INTRODUCED_KIND = """Pots cracked in the old kilns. In 1902 Tesk pioneered drum firing, a kiln \
routine in which the pots turned slowly. Losses fell.
"""
AFTER_PREPOSITION = """Saddles were made to order. Riders could ask for skiving, in which each \
leather edge was pared thin by hand. Orders grew.
"""
NAMED = """Enamel was costly. Kessby spent a decade refining the Tolmaine dry process, a slow \
sequence of washes and bakes. Prices fell.
"""


@pytest.mark.parametrize("text, term", [
    (KIND, "skelving"), (KIND_RELATIVE, "varnite"), (KIND_PHRASE, "salt glazing"),
    (METHOD, "reed splitting"), (INTRODUCED, "tide soundings"),
    (INTRODUCED_KIND, "drum firing"), (AFTER_PREPOSITION, "skiving"),
    (NAMED, "Tolmaine dry process"),
], ids=["kind-of", "kind-relative", "kind-phrase", "method-of", "introduced", "introduced-kind",
        "after-preposition", "named-process"])
def test_a_term_glossed_once_in_prose_is_kept(tmp_path, text, term):
    entities = read_entities(text, tmp_path)
    assert find(entities, term) is not None


# a common word before "the" and a kind: "with pace, the quality that" glosses no term
MATCH_PACE = """The winger was too quick. He beat the full-back with pace, the quality that \
the scouts had noted.
"""
# everyday words before "the", a kind and a relative: "with muddy boots, the pair that"
WALK = """The hikers reached the hut late. One arrived with muddy boots, the pair that his \
brother had lent him.
"""
# a vague kind after a rare word: "the thing that" says not what it is
RECIPE = """Make the broth first. Season it with galangal, the thing that the grocer keeps \
in jars.
"""
# "the practice of" and a clause with its own subject and object
LEASE = """The tenants went to court. The judge criticised the practice of landlords raising \
the rent each spring.
"""
# one everyday gerund after "the process of"
CLUB = """The club was relegated in May. The board began the process of rebuilding after the \
last match.
"""
# a generic modifier after a verb of introducing: "adopted new tactics, in which"
TACTICS = """The visitors changed shape. Their coach adopted new tactics, in which the wingers \
stayed wide all game.
"""
# everyday words after a preposition and before "in which": "in brick houses, in which"
TOWN = """The old town was crowded. Families lived in brick houses, in which three \
generations shared one kitchen.
"""
# a list after a verb of introducing: "introduced fitness tests, a rota of drills and …"
SQUAD = """The club hired a new manager. He introduced fitness tests, a rota of drills and a \
nutrition plan for the squad.
"""
# a capitalised word, a word and "process" with no gloss after them
COUNCIL = """Residents objected at the hall. The council had followed the Vossely review \
process for a year.
"""


@pytest.mark.parametrize("text, term", [
    (MATCH_PACE, "pace"), (WALK, "muddy boots"), (RECIPE, "galangal"),
    (LEASE, "landlords raising"), (CLUB, "rebuilding"), (TACTICS, "new tactics"),
    (TOWN, "brick houses"), (SQUAD, "fitness tests"), (COUNCIL, "Vossely review process"),
], ids=["common-word", "everyday-phrase", "vague-kind", "clause", "everyday-gerund",
        "generic-modifier", "everyday-words", "list", "unglossed"])
def test_the_same_shapes_in_other_genres_keep_nothing(tmp_path, text, term):
    entities = read_entities(text, tmp_path)
    assert find(entities, term) is None


# rev20d: a named process whose capitalised first word is also a common word keeps its capital
# (mid-sentence, after "the", the capital is not positional)
HARE = """Ballots in Tessavel were counted by hand. Voters used the Hare voting method, in which \
spare preferences pass down the list. Turnout rose.
"""


def test_a_named_process_keeps_the_capital_of_a_common_word(tmp_path):
    entity = find(read_entities(HARE, tmp_path), "Hare voting method")
    assert entity is not None and entity.label == "Hare voting method"


# rev20d: a party ("the Labour party process") or a nationality ("the European approval
# process") before "process" names no process
PARTY = """The vote in Velmont was close. Members criticised the Labour party process, which \
had taken months. The leader resigned.
"""
NATIONALITY = """The merger in Velmont stalled. The firms faced the European approval process, \
which lasted a year. Shares fell.
"""


@pytest.mark.parametrize("text, term", [
    (PARTY, "Labour party process"), (NATIONALITY, "European approval process"),
], ids=["party", "nationality"])
def test_an_organisation_or_a_nationality_names_no_process(tmp_path, text, term):
    assert find(read_entities(text, tmp_path), term) is None


# gloss21: a term after a verb of making and "a/an", glossed by "in which" or "whereby"
MADE_IN_WHICH = """Seed was wasted by hand sowing. In 1911 Drane scrapped the old cups and \
designed a twin-reed valve, in which a brass tongue metered each grain. Yields rose.
"""
MADE_WHEREBY = """Fuel was dear. In 1890 he left the firm and soon patented a quillet burner, \
whereby the oil was sprayed in a fine mist. Costs fell.
"""


@pytest.mark.parametrize("text, term", [
    (MADE_IN_WHICH, "twin-reed valve"), (MADE_WHEREBY, "quillet burner"),
], ids=["in-which", "whereby"])
def test_a_term_made_and_glossed_after_an_article_is_kept(tmp_path, text, term):
    assert find(read_entities(text, tmp_path), term) is not None


# the same shape with everyday words (a bonus table) or a generic modifier (a new kitchen)
LEAGUE = """The league was dull for years. The clubs met in May and adopted a bonus table, \
whereby each away win earned an extra point. Crowds grew.
"""
KITCHEN = """The family moved to the coast. Her father sold the flat and designed a new \
kitchen, in which they cooked every night. It rained.
"""


@pytest.mark.parametrize("text, term", [
    (LEAGUE, "bonus table"), (KITCHEN, "new kitchen"),
], ids=["everyday-words", "generic-modifier"])
def test_an_everyday_thing_made_and_glossed_is_no_term(tmp_path, text, term):
    assert find(read_entities(text, tmp_path), term) is None


# gloss21: an indefinite gloss whose relative comes after a short place ("in the boiler house")
PLACED = """The mill ran day and night. Its kettles were fitted with a brellow valve, a sprung disc \
in the boiler house that vents steam at a set pressure. Losses fell.
"""
# the same shape after an everyday word: a toy is no term
GARDEN = """Rain fell all week. The children played with a toy, a small boat in the garden pond \
that floated. Tea was late.
"""


def test_a_term_glossed_by_a_kind_in_a_place_is_kept(tmp_path):
    assert find(read_entities(PLACED, tmp_path), "brellow valve") is not None


def test_an_everyday_word_glossed_by_a_kind_in_a_place_is_no_term(tmp_path):
    assert find(read_entities(GARDEN, tmp_path), "toy") is None


# rev20h: a compound in "-eed" is a participle when its last part is a common word in "-ee"
# and "d" (a council minute, a loan notice); a noun in "-eed" stays a compound ("force-feed")
AGREED = """The board met in June. The council adopted a pre-agreed plan, whereby each ward got \
a share. It rained.
"""
GUARANTEED = """The bank was small. The state introduced a state-guaranteed loan, by which farmers \
bought land. It rained.
"""
FORCE_FEED = """Seed was wasted. In 1911 Drane designed a force-feed drill, in which a fluted \
roller metered each grain. Yields rose.
"""


@pytest.mark.parametrize("text, term", [
    (AGREED, "pre-agreed plan"), (GUARANTEED, "state-guaranteed loan"),
], ids=["agreed", "guaranteed"])
def test_a_participle_in_eed_makes_no_technical_compound(tmp_path, text, term):
    assert find(read_entities(text, tmp_path), term) is None


def test_a_noun_in_eed_still_makes_a_technical_compound(tmp_path):
    assert find(read_entities(FORCE_FEED, tmp_path), "force-feed drill") is not None


# term22: a rare plural glossed by a plural kind and a relative, a one-word term or a hyphened
# compound; in a menu review a list of rare plurals glosses none
PLURAL = """The plough was light. Its share was held by the quillons, the curved iron bars that \
kept it at an angle. Farmers liked it.
"""
PLURAL_COMPOUND = """The wheels were strong. Tamsell kept a ledger for the gate-pins, a set of \
small brass studs that fixed each spoke. It sold well.
"""
MENU = """The dinner was long. Guests praised the croquettes, the tartlets and the sorbets that \
the kitchen sent out. It rained.
"""


@pytest.mark.parametrize("text, term", [(PLURAL, "quillons"), (PLURAL_COMPOUND, "gate-pins")],
                         ids=["rare-word", "compound"])
def test_a_rare_plural_glossed_by_a_plural_kind_is_kept(tmp_path, text, term):
    assert find(read_entities(text, tmp_path), term) is not None


def test_a_list_of_rare_plurals_glosses_none(tmp_path):
    assert find(read_entities(MENU, tmp_path), "croquettes") is None


# term22: "This T was …" sums up a mechanism just described; a participle compound in a
# village notice is no technical phrase
SUMMED = """Each lamp had a cotton wick fed from a brass well below. This drip-cup valve was not \
wholly new, but Quennick made the wells interchangeable. Sales rose.
"""
FETE = """The fete opened at noon. This home-made jam was sold by the vicar's wife. It rained.
"""


def test_a_technical_term_summing_up_a_mechanism_is_kept(tmp_path):
    assert find(read_entities(SUMMED, tmp_path), "drip-cup valve") is not None


def test_an_everyday_thing_after_this_is_no_term(tmp_path):
    assert find(read_entities(FETE, tmp_path), "home-made jam") is None


# term22: "a system of X," names an arrangement; in a charity report an everyday phrase or a
# plural (a set of things) names none
SYSTEM = """Lifts were slow. In a system of token routing, each car is sent to the floor a \
rider asks for at the lobby. Waits fell.
"""
CHARITY = """The trust grew. It built a system of family support, and a system of collection \
tins. It rained.
"""


def test_a_term_after_a_system_of_is_kept(tmp_path):
    assert find(read_entities(SYSTEM, tmp_path), "token routing") is not None


@pytest.mark.parametrize("term", ["family support", "collection tins"])
def test_an_everyday_phrase_after_a_system_of_is_no_term(tmp_path, term):
    assert find(read_entities(CHARITY, tmp_path), term) is None


# rev21a: the third item of a list written without "and" ("the coulters, the sprags, the
# wedges that …") is no term glossed by the item after it
LIST_BEFORE = """The plough was light. Its frame held the quillons, the sprags, the wedges that \
kept the share steady. Farmers liked it.
"""


def test_a_plural_inside_a_list_is_not_glossed_by_the_next_item(tmp_path):
    assert find(read_entities(LIST_BEFORE, tmp_path), "sprags") is None


# rev21a: "This <noun> system was …" in a fire report or a transport notice names an everyday
# installation, no device or way of working written once
@pytest.mark.parametrize("text, term", [
    ("The warehouse was rebuilt. This sprinkler system was installed after the fire. It rained.\n",
     "sprinkler system"),
    ("The station reopened. This ticketing system was blamed for the queues. It rained.\n",
     "ticketing system"),
], ids=["sprinkler", "ticketing"])
def test_an_everyday_system_after_this_is_no_term(tmp_path, text, term):
    assert find(read_entities(text, tmp_path), term) is None
