"""diag18a (final18 seed-drill diagnosis): a title "The <Word>'s <Word>" written after a
publishing verb is one title (:func:`kg.finders.published._possessor_title`); a present
participle and its object after an apposition's head noun close the head's run ("a booklet
explaining how to …": "booklet", not the clause's last noun; :mod:`kg.kinds.description_heads`);
"the" may stand between "Its best-known product," and the product's name
(:func:`kg.finders.apposed_names.apposed_product`). Each on invented sentences, with a negative
in another genre."""

from __future__ import annotations

from kg.kinds.description_heads import head_after
from kg.words.tokens import tokenize
from tests.test_entities import find, read_entities


def test_a_title_opening_with_a_possessor_after_published_is_one_title(tmp_path):
    text = ("The Orvanley Harness Company grew quickly. In 1871 the firm published The "
            "Harnessman's Primer, a short guide to stitching. Copies of The Harnessman's Primer "
            "were still sold in 1920.\n")
    entities = read_entities(text, tmp_path)
    primer = find(entities, "Harnessman's Primer")
    assert primer is not None
    assert find(entities, "Harnessman") is None  # no longer a node cut at its possessive


def test_a_possessor_followed_by_lowercase_words_is_no_title(tmp_path):
    # a football report: "wrote" and "The Garrowfield's" open no title, as lowercase words
    # follow the capitalised ones
    text = ("The Garrowfield Rovers won the Tollan Cup in 1990. The next day every paper wrote "
            "The Garrowfield's Tollan Cup win was deserved.\n")
    entities = read_entities(text, tmp_path)
    cup = find(entities, "Tollan Cup")
    assert cup is not None
    assert not [e for e in entities if "Garrowfield's Tollan" in e.label]


def test_a_participle_after_an_apposed_head_closes_its_run(tmp_path):
    text = ("In 1871 Corla Brindmoor wrote Notes on the Orvanley Trade, a booklet explaining "
            "how to mend a boat.\n")
    entities = read_entities(text, tmp_path)
    notes = find(entities, "Notes on the Orvanley Trade")
    assert notes is not None and notes.entity_type == "document"
    assert head_after(tokenize("a booklet explaining how to mend a boat."), 1) == "booklet"


def test_a_noun_in_ing_after_a_modifier_is_no_participle():
    # an architectural note: "building" is the head noun, not a participle opening a clause
    # after "stone", so no head is read from the run
    assert head_after(tokenize("a stone building housing the town archive."), 1) is None
    assert head_after(tokenize("a firm making chips for radios."), 1) is None


def test_the_before_a_name_set_after_best_known_product(tmp_path):
    text = ("The Orvanley Harness Company made saddles. The firm's best-known product, the "
            "Pellwick Nine, appeared in 1879.\n")
    entities = read_entities(text, tmp_path)
    nine = find(entities, "Pellwick Nine")
    assert nine is not None and nine.entity_type == "product"


def test_players_after_best_known_export_and_the_are_no_product(tmp_path):
    # a sports club: "the" and a plural name after "Its best-known export," are players, not
    # a product (the lead's re-read: the earlier negative's name opened one word late, past
    # "the striker", so the "the" rule never reached it)
    text = ("The Garrowfield club trained at Tollan. Its best-known export, the Brindmoor "
            "Twins, joined a Tollan side in 1990. They played for ten years.\n")
    entities = read_entities(text, tmp_path)
    twins = find(entities, "Brindmoor Twins")
    assert twins is not None and twins.entity_type != "product"


def test_a_noun_in_ing_before_a_contact_relative_opens_no_participle(tmp_path):
    # a village custom (review rev20g): "gathering" heads "a village gathering the farmers
    # held", a noun with a relative clause after it, no participle with "village" its subject
    assert head_after(tokenize("a village gathering the farmers held each May."), 1) is None
    text = "Quell Night, a village gathering the farmers held each May, ended in 1950.\n"
    night = find(read_entities(text, tmp_path), "Quell Night")
    assert night is not None and night.entity_type != "place"
    assert head_after(tokenize("a village overlooking the bay."), 1) == "village"
    assert head_after(tokenize("a river crossing the drovers used."), 1) is None
