"""Review of the round-22 alias rules (alias14): invented sentences a reasonable article in
another genre would hold, each of which gave a wrong alias or a wrong merge before the fix."""

from __future__ import annotations

from kg.kinds.description_aliases import description_aliases
from kg.merging.published_as import add_published_aliases
from kg.merging.vessel_names import add_vessel_aliases
from kg.merging.year_names import add_year_aliases
from kg.model import Entity, Sentence
from tests.test_entities import find, with_mentions


def _sentences(*texts: str) -> list[Sentence]:
    return [Sentence(text=t, doc="d", char_start=0, char_end=len(t), section=None, order=i)
            for i, t in enumerate(texts)]


def _entity(label: str, kind: str) -> Entity:
    return Entity(id=f"entity:{label}", label=label, entity_type=kind)


def test_a_head_two_names_share_within_the_window_is_no_alias_of_either(tmp_path):
    # two societies named in the sentences before "the society": it may be either
    text = ("Ringing\n"
            "The Quarnley Society was founded in 1850 by bell ringers. The Tavisham Society was "
            "founded in 1852 by their rivals. Both met monthly. The society published a journal "
            "in 1860.\n")
    entities, _ = with_mentions(text)
    for name in ("Quarnley Society", "Tavisham Society"):
        society = find(entities, name)
        assert society is not None and "society" not in society.aliases
    # the same reference with only one society named before it is an alias, as before
    labels = ["Quarnley Society", "Tavisham Society"]
    ref = [(0, 3, "the society", 0, 11, "head")]
    assert "society" in description_aliases(ref, [0, 1], labels=labels,
                                            literal={0: {0}, 1: set()})[0]
    assert description_aliases(ref, [0, 1], labels=labels, literal={0: {0}, 1: {1}}) == {}


def test_a_name_written_with_two_years_after_it_gets_no_year_alias():
    # two laws under one short name; one show held in two years
    law, show = _entity("Pelmor Regulations", "document"), _entity("Great Exhibition", "event")
    add_year_aliases([law, show], _sentences(
        "Trade fell when the Pelmor Regulations of 1920 set the hours.",
        "Later the Pelmor Regulations of 1925 set the wages.",
        "The Great Exhibition of 1851 and of 1862 drew crowds."))
    assert not law.aliases and not show.aliases
    # one year: the alias, as before (a "1920s" decade is no year)
    one = _entity("Pelmor Regulations", "document")
    add_year_aliases([one], _sentences("The Pelmor Regulations of 1920 set the hours.",
                                       "Clerks of the Pelmor Regulations of 1930s fame wrote."))
    assert one.aliases == {"Pelmor Regulations of 1920"}


def test_published_as_a_longer_title_the_form_only_begins_adds_nothing():
    # a commission's findings: "Hollowmere Commission" begins the title, it is not the title
    body = _entity("Hollowmere Commission", "organization")
    add_published_aliases([body], _sentences(
        "The report, issued as the Hollowmere Commission findings, blamed the owners."))
    assert not body.aliases
    notes = _entity("Brisset Papers", "document")
    add_published_aliases([notes], _sentences(
        "Her notes, later bound as the Brisset Papers Volume Two, were lost."))
    assert not notes.aliases
    # the title ended by a verb or a mark: the alias, as before
    tables = _entity("Quarnley Tables", "document")
    add_published_aliases([tables], _sentences(
        "The table she published in 1872 as the Quarnley Tables became a standard."))
    assert tables.aliases == {"table"}


def test_a_group_noun_after_a_word_a_club_or_a_firm_begins_joins_no_institution():
    # sport: the club's team, not the college's
    entities, _ = with_mentions(
        "Football\n"
        "Wexcombe Rovers were founded in 1880 by workers from the mill. Wexcombe College "
        "opened a sports ground beside their pitch in 1901. The Wexcombe team won the county "
        "cup in 1921.\n")
    college = find(entities, "Wexcombe College")
    assert college is not None and "Wexcombe team" not in college.aliases
    # trade: the motor firm's test team, not the institute's
    entities, _ = with_mentions(
        "Engines\n"
        "Brisset Motors built engines in Corvale from 1910. The Brisset Institute trained its "
        "engineers. The Brisset team tested a new engine in 1921.\n")
    institute = find(entities, "Brisset Institute")
    assert institute is not None and "Brisset team" not in institute.aliases
    # science: Ruth Tallis's group at another university, not her father's institute
    entities, _ = with_mentions(
        "Physics\n"
        "Ruth Tallis worked at Corvale University from 1920. Her father had founded the "
        "Tallis Institute in Lunstead. In 1931 the Tallis group at Corvale found the effect.\n")
    institute = find(entities, "Tallis Institute")
    assert institute is not None and "Tallis group" not in institute.aliases


def test_a_ship_noun_before_an_organisation_gives_it_no_vessel_alias():
    # rowing: "the boat Harrenby College entered" is the college's boat, not a ship so named
    college = _entity("Harrenby College", "organization")
    add_vessel_aliases([college], _sentences(
        "In 1921 the boat Harrenby College entered won by a length."))
    assert not college.aliases
