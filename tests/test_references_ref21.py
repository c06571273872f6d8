"""ref21 (invented texts): an agent noun opening a sentence whose person was named two or three
sentences back with no one between (:func:`kg.references.role_subjects._last_people`); "the
company" of a firm named for its partners that the history has already called "the company"
(:func:`kg.references.told_most._called_trader`, through
:func:`kg.references.distant_antecedents.titled_firm`); "the founder" for the person whose
workshop a firm began as (:func:`kg.references.agent_nouns._began_as`). Each with a negative in
another genre."""

from __future__ import annotations

from tests.test_entities import reference_triples

LOOM = ("Osmund Pirrel built his first loom in 1840. He sold it to a mill in Barwick. The loom "
        "ran for a decade without repair. Mill owners wrote to ask for copies. The inventor's "
        "second loom was faster.\n")


def test_an_agent_noun_takes_the_person_named_three_sentences_back():
    assert (4, "The inventor's", "Osmund Pirrel") in reference_triples(LOOM)


def test_someone_brought_in_unnamed_between_keeps_the_agent_noun_unresolved():
    # an opera's history: the young conductor of the sentence before may be the composer meant
    text = ("Corvey Drelmann wrote the opera in 1890. Its premiere was put off for a year. A "
            "young conductor saved the score from a fire. The composer's second opera was "
            "shorter.\n")
    assert not [t for t in reference_triples(text) if t[1] == "The composer's"]
    plain = text.replace("A young conductor saved the score from a fire",
                         "The theatre burned down in the spring")
    assert (3, "The composer's", "Corvey Drelmann") in reference_triples(plain)


THRESHERS = ("# Quellow & Garrick\n\nQuellow & Garrick opened in Tolmarsh in 1851. The "
             "company sold threshing machines across the county. By 1870 the firm employed "
             "sixty men. The Tolmarsh Agricultural Society gave the company a silver medal in "
             "1874. The Society met each autumn in the market hall. The society's judges "
             "praised the drum.\n\n## Later years\n\nDemand fell after the war. A family "
             "firm with one forge could not compete with larger makers. In 1931 the company "
             "was bought by Hennick Holdings, which moved production north.\n")


def test_the_company_past_the_window_is_the_partners_firm_the_history_called_so():
    triples = reference_triples(THRESHERS)
    assert (8, "the company", "Quellow & Garrick") in triples


def test_that_firm_after_another_firm_is_not_the_title_firm():
    # a brewery's history: "that firm" is the one just named, not the title's partners' firm
    # (the rule is asked for "the" only, through titled_firm, not by every distant "firm")
    text = ("# Brasket & Hallow\n\nBrasket & Hallow brewed ale in Dunmarsh from 1820. The "
            "company sold it in four counties. The firm's maltings stood by the river. The "
            "Dunmarsh Hop Board fixed prices each autumn. The Board met in the town hall. The "
            "board's minutes survive.\n\n## Later years\n\nAda Merrin kept the books from "
            "1880. In 1890 she bought the casks of Garrick Brothers when that firm failed.\n")
    triples = reference_triples(text)
    assert (7, "she", "Ada Merrin") in triples
    assert (7, "that firm", "Brasket & Hallow") not in triples


WORKSHOP = ("The Quellow & Hallow company began in 1851 as the workshop of Edwin Brasket, a "
            "cooper in Dunmarsh. In 1880 Tobias Hallow joined him. Hallow brought what the "
            "founder lacked: capital. The founder's niece, Ada Merrin, later ran the books.\n")


def test_the_founder_is_the_person_whose_workshop_the_firm_began_as():
    triples = reference_triples(WORKSHOP)
    assert (2, "the founder", "Edwin Brasket") in triples
    assert (3, "The founder's", "Edwin Brasket") in triples


def test_a_poem_a_hymn_began_as_makes_no_founder():
    # a hymn's history: its poet founded nothing, so a founder's hall four sentences on is not his
    text = ("The hymn began as a poem of Edwin Brasket, a curate in Dunmarsh. The tune came "
            "later. The choir sang it at Easter. Bells rang across the valley. The founder's "
            "hall was full.\n")
    assert not [t for t in reference_triples(text) if t[1] == "The founder's"]


def test_a_founder_by_a_verb_outranks_the_person_a_firm_began_as():
    # rev21e, a biography of a choir's founder: her family's firm beginning as her grandfather's
    # workshop does not make him "The founder" of the sentence after the society's concert
    text = ("Ada Merrin founded the Dunmarsh Choral Society in 1890. Her family's firm, Brasket "
            "& Co, began in 1851 as the workshop of Edwin Brasket. The society gave its first "
            "concert in 1891. The founder conducted it herself.\n")
    triples = reference_triples(text)
    assert (3, "The founder", "Ada Merrin") in triples
    assert (3, "The founder", "Edwin Brasket") not in triples


def test_a_trader_named_in_the_window_takes_the_company_from_the_partners_firm():
    # rev21e: the partner left to run another company two sentences before: "the company"
    # bought is that one (THRESHERS above, with nobody's company between, keeps the title's)
    text = THRESHERS.replace("Demand fell after the war. A family firm with one forge could not "
                             "compete with larger makers.", "In 1920 Garrick left to run the "
                             "Tolmarsh Paper Company. He doubled its output within five years.")
    assert "Tolmarsh Paper Company" in text
    triples = reference_triples(text)
    assert (8, "the company", "Tolmarsh Paper Company") in triples
    assert (8, "the company", "Quellow & Garrick") not in triples
