"""Merging: canonicalisation, the stage that groups surface forms into one entity each.

:func:`kg.merging.canonical.group_forms` merges the kept forms of :mod:`kg.finders` into one
group per real-world thing, each merge with the rule and evidence that made it; the other
modules are its merge rules and the cues by which a text gives a thing another name. Modules:

- ``forms``: the records canonicalisation works on (surface forms, groups, their union);
- ``canonical``: merges forms into groups, and says why;
- ``labels``: each group's label, and how an alias's spelling differs from it;
- ``firm_names``: "the Kelby firm" for the one business whose name begins with "Kelby";
- ``initialled_firms``: "Kelby" for the one firm named "R.T. Kelby Company", by initials and surname;
- ``acronyms``: acronym definitions, "long form (ACR)" and "ACR (long form)";
- ``initials``: whether an acronym spells a long form;
- ``alias_cues``: names the text gives another name in passing;
- ``cue_reading``: how those cues and the spans round them are read;
- ``cue_subjects``: the name a cue names when it is not the run right before the cue;
- ``described_cues``: a cue's name for "The N" when the sentence before named "N called X";
- ``renamings``: a former, official or present name given between commas;
- ``name_cues``: other names given in apposition ("X, the so-called Y", "X (née Y)");
- ``birth_names``: a stage name and the name a person was born with ("X, born Y Z");
- ``cognate_names``: a name restated in brackets or a heading in another language or order
  ("X Accord (Accord de X)"), or a heading's person name without the middle name;
- ``later_acronyms``: an acronym given after a lowercase long form ("later abbreviated as X");
- ``former_terms``: a term's former name of the same head ("originally called the Y scale");
- ``language_names``: a name given with its language ("X, called in French the Y");
- ``self_names``: a name a firm gives itself ("renamed itself Y") and a term's name "known in
  ⟨Place⟩ as the *y*";
- ``new_names``: "reopened the company under a new name, X", read by ``reorganisations`` (alias20);
- ``dated_renamings``: a date between a renaming's cue and the new name ("reorganised in 1870
  as X") and "The company" as the one body named before holding the new name's first word, a
  founder's surname, read by ``reorganisations`` (alias22);
- ``reorganisations``: a body's later name told by a verb of reorganising ("the concern
  was reorganised as X", "changed its name to X", "became the X Company");
- ``renamed_shorts``: a short name decided again once a renaming has joined the longer names
  it begins ("Quarnvale" for "Quarnvale Clock Works", later "Quarnvale Timing Company");
- ``alternative_names``: a name after "or" in a naming cue ("known as x or y") and a lowercase
  name given to a term ("the x, also called the y z");
- ``relative_names``: a name a relative clause in apposition says people call a thing;
- ``name_changes``: names a thing is given or had ("renamed it X", "originally called X");
- ``founding_names``: the first name a body had where the text says it was founded ("Founded in
  1889 as X by …", "was founded in 1886 by … as the X");
- ``nickname_nouns``: a name given as a nickname ("gave it the nickname X");
- ``nickname_calls``: a name given with a verb of calling ("Workers now dub it X", "called her “X”");
- ``plain_calls``: a plain "called it Y" for the thing the sentence before introduced;
- ``pronoun_calls``: "Grocers knew it as X", "simply called it X", for what "it" stands for;
- ``remembered_names``: a name a thing is remembered or known by ("known in the trade as Y");
- ``spellings``: another spelling of a name, told by a cue;
- ``quantities``: merge rules for amounts and dates, one value in several spellings;
- ``people``: merge rules for personal names and surnames, and a person's name's shape;
- ``initialled``: one person's spellings that differ in middle names or initials;
- ``surnames``: surnames with particles, things named after a person, a surname as an alias;
- ``lone_names``: a compound surname or a first name used alone;
- ``namesakes``: a surname several people share, each occurrence the one named last;
- ``generations``: "the younger / the elder X" for a surname two people share;
- ``typed_surnames``: a bare surname typed from the text, joined to its person;
- ``family_names``: a family name a firm's name also holds, written alone as a clause's
  subject that the next sentence's "he" or "she" takes up: that occurrence is the person;
- ``short_forms``: a name used on its own for the one longer name it begins (with
  ``short_rivals``: which longer names compete for it; a street's name does not, beside a firm's);
- ``located_names``: the names used as places by a weaker cue ("inland to Pelmor"), which
  shorten no longer name;
- ``institution_shorts``: a university's, college's or institute's first word(s) used alone after it;
- ``term_tails``: a term used for the one longer term it ends;
- ``eponym_short``: a coined name's bare word used alone after it;
- ``member_names``: a body named for its members called by their name ("the Lamp-Trimmers");
- ``placeless``: a one-word name for the longer name that opens with a place's name;
- ``generic_heads``: a term with a generic head added or swapped ("X research");
- ``participles``: a term's process written as a hyphened participle ("fen-distilled");
- ``designations``: a name plus a legal or trade suffix, or an ordinal, is that name;
- ``model_codes``: a model's code used alone for the one longer name it ends;
- ``maker_prefixes``: a product's one-word name after its maker's acronym ("the KVL Tessaline");
- ``shortenings``: merge rules for shortened names;
- ``inverted_names``: a document's name the other way round ("the Kelby Guild rules" for "the
  Rules of the Kelby Guild");
- ``title_names``: the names a document's title and headings give;
- ``heading_short``: a name written only in a heading, cut short;
- ``topics``: the head of a document's topic used alone ("the dredger");
- ``place_titles``: a title told apart by the place it comes from;
- ``year_names``: a name qualified by one instance's year ("the 1931 X", "the X of 1920");
- ``published_as``: what a work was before its title ("her notes, later bound as the X");
- ``vessel_names``: a ship named with its kind ("the brig X" gives "brig X");
- ``class_nouns``: a made thing's name with its class noun ("the X radio" gives "X radio");
- ``entity_records``: the last step, the ``Entity`` and ``Mention`` records.
"""
