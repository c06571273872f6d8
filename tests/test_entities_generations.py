"""Issue 3, diag12: "the younger / the elder ⟨surname⟩" when two people of the text share the
surname (kg.merging.generations), tested on invented sentences."""

from __future__ import annotations

from tests.test_entities import find, joined, needs_wordfreq, with_mentions

FAMILY = (
    "The Hannick works\n"
    "The foundry was opened in 1840 by Selwyn Hannick, a former miller. Hannick cast bells "
    "and stove plates for thirty years. In 1871 he handed the works to his son, Idris "
    "Hannick. The younger Hannick was a careful manager. He built a second furnace in "
    "1875. The elder Hannick died in 1880.\n")


def _owner(entities, mentions, surface: str):
    """The label of the entity the mention written ``surface`` stands for."""
    ids = {e.id: e.label for e in entities}
    owners = {ids[m.entity] for m in mentions if m.surface == surface}
    assert len(owners) == 1, f"{surface!r} stands for {owners}"
    return owners.pop()


@needs_wordfreq
def test_the_younger_surname_is_the_one_introduced_last():
    entities, mentions = with_mentions(FAMILY)
    joined(entities, "Idris Hannick", "younger Hannick", rule="generation")
    assert _owner(entities, mentions, "younger Hannick") == "Idris Hannick"
    assert _owner(entities, mentions, "He") == "Idris Hannick"  # the sentence after it
    joined(entities, "Selwyn Hannick", "elder Hannick", rule="generation")
    assert find(entities, "Hannick") is find(entities, "Selwyn Hannick")  # the bare name stays


@needs_wordfreq
def test_a_younger_with_one_bearer_or_no_surname_moves_nothing():
    # another genre: a match report, one player of the name, "the younger" of a sibling pair
    # the text never names in full
    entities, mentions = with_mentions(
        "The derby\n"
        "Piet Quorrick scored twice for Aldbury on Saturday. The younger Quorrick brother watched "
        "from the bench. Quorrick has now scored nine goals this season. The visitors, managed "
        "by Ruth Tallis, lost their third game in a row.\n")
    assert find(entities, "younger Quorrick") is None
    assert find(entities, "elder Quorrick") is None
    vell = find(entities, "Piet Quorrick")
    assert vell is not None and find(entities, "Quorrick") is vell
    assert all(m.surface != "younger Quorrick" for m in mentions)
