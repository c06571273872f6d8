"""Kinds: entity typing, the stage that says what kind of thing each entity is.

:func:`kg.kinds.entity_types.assign_types` types each group from generic cues: the shape of its
forms, their head nouns, and the words around its mentions; the descriptors are the common
nouns a text itself uses to say what a named thing is. Modules:

- ``entity_types``: entity types from word shapes, head nouns and the words around mentions;
- ``form_types``: what an entity's own forms say of its type;
- ``foreign_heads``: a head noun of another European language opening a name ("Hôpital X",
  "Universidad de X"), read as the English head it stands for;
- ``form_scores``: the type scores an entity's own forms give, for ``entity_types``;
- ``type_cues``: the words around a mention that say what kind of thing it names;
- ``apposition_kinds``: the kind an apposition after a mention names ("X, a former sales clerk");
- ``person_slots``: how the word before a whole name bears on its being a person's ("a hut at X");
- ``described_kinds``: the descriptions that name a kind through a common noun ("a … N known
  as X", "a new class of N, the X");
- ``noun_kinds``: the kind a common noun names ("town", "a fast stream": place; "manual":
  document);
- ``place_cues``: cues that a bare name is a place ("in northern X", "reached X", "X and
  <a place>");
- ``trade_cues``: cues that a name is a firm or a body ("sold by X");
- ``conduct_cues``: what a business does or undergoes ("joined X", "X went bankrupt", "bought
  by X", "X's board"), weak cues, none for a name shaped like a person's;
- ``trade_names``: a name shaped like a person's whose last word the text writes in lowercase
  ("Osk Timber … a piece of timber") is no person's; "opened X" or "X, a family <noun>" make
  it a firm;
- ``person_cues``: the shape of a person's name, less names no person bears, and the words
  before a name that a person's name does not follow ("a hut at Orran Pinfold");
- ``naming_cues``: how a name was given or issued ("the brand name "X"", "published in 1874
  as X", "The flood, remembered locally as the X");
- ``neighbour_types``: types a group takes from the names listed beside it, and from a "He"
  or "She" opening the next sentence;
- ``maker_types``: type cues for the histories of makers and their products;
- ``built_things``: a lowercase term built or installed is a product ("installed a spindle
  winder");
- ``launched_names``: a name a maker launched, introduced or released is a product ("the
  firm introduced the X");
- ``product_names``: a made thing named like a person, a name and a common word, that an
  apposition with a noun of goods or a verb of sale marks ("A second shade, X Crimson,",
  "sold … as X Lights") is a product, and takes no "He"/"She";
- ``title_cues``: a title set beside a noun of a written work ("His second novel, X, was …")
  or after "titled" is a document;
- ``periodical_cues``: "her obituary in X", "an article in the X": a periodical (document);
- ``standing_bodies``: a gathering's name with an acronym that the text says decided ("the
  X adopted …") is a standing body's (organization), not an event's;
- ``epithet_people``: an epithet name ("Edwy the Confessor") left untyped is a person's;
- ``kin_firms``: a family firm "X Brothers", never after "the", is an organisation;
- ``descriptors``: the nouns a text describes an entity by;
- ``description_heads``: the head noun of a description ("X, a small label");
- ``description_aliases``: descriptions that always stand for one entity become its aliases,
  with ``sole_descriptions``: a description every resolved use gives to one entity, with no
  other of its type named since the entity was, is one too (rule ``sole description``).
"""
