"""A capitalised word after "the" that opens one longer "… of …" name is that name cut short.

"Ruth Tallis founded the Friends of Tessan Mill, and the Friends raised £900": the second
"Friends" is capitalised in mid-sentence after "the", so the text writes it as a name, and
it is the first word of one kept name that goes on with "of": the short name of that body,
however common the word ("friends", "society"). :mod:`kg.finders.selection` keeps such a word seen
once (it asks a common one-word name for two capitalised uses otherwise), and the
``short-form`` rule of :mod:`kg.merging.short_forms` joins it to the longer name.

The word must come after the longer name's first use, every use of it after "the", and no
other kept name may open with it and "of".

Measured (``benchmarks/entities.py --held-out --ours``, 20 development and 16 invented
sets): one short name kept and joined, right (railway alias unity .84 → .90); the only
other such words (two bodies' heads on vessany_archive) were kept already; nothing else
moved.

alias20 (:func:`head_shorts`): the same for the last word of one longer name, "the Evening
Quendrow Clarion … the Clarion", "the Quillon Street Players … The Players toured": every use
after "the" and capitalised, after the longer name's first use, and no other kept name of two
words or more ends with it; :func:`kg.merging.canonical.group_forms` (``_bare_heads``) joins it.
A kind's head ("the Trust", "the Standard": :data:`kg.merging.shortenings.HEAD_NOUNS`) is left to
the references, which read it as a description already.
Fresh unseen texts written for alias20 lost a troupe's, a newspaper's and a kitchen's short
names this way. Measured: see :mod:`kg.merging.new_names`.
Review rev20e, on invented sentences of other genres: a common singular word written as such
("the Moon rose", "the Crown seized his land", "the Bible", "the Sun was hot") had joined the one
longer name ending in it (a boat "the Silver Moon", a pub, a family Bible, a newspaper), and "the
Guardian in ⟨town⟩" a local paper "the ⟨Town⟩ Guardian"; now neither (:func:`_unique_noun`,
:func:`_sited`). Lost with them: "the Ball" of "the Quellmoor Ball". Every figure of the 40
development sets and 38 probes unchanged (dev unity .928, core 2048; probes .938, 913).
Not done: "the Times" for a London paper in a text that names one other "… Times" only.
"""

from __future__ import annotations

from kg.finders.units import Span, Unit, span_key
from kg.merging.forms import Form
from kg.merging.shortenings import HEAD_NOUNS
from kg.words import lexicon as lx
from kg.words.demonyms import is_demonym
from kg.words.tokens import singular

__all__ = ["HEAD_SHORT", "SHORT", "article_shorts", "head_shorts"]

# the finder kind given to such a word
SHORT = "articleshort"
# the finder kind given to a word after "the" that ends one longer name (alias20)
HEAD_SHORT = "headshort"


def article_shorts(forms: dict[tuple, Form], kept: dict[tuple, Form]) -> dict[tuple, Form]:
    """The one-word names written after "the" that open exactly one kept "X of …" name.

    Args:
        forms: every candidate form by key.
        kept: the forms kept so far.

    Returns:
        Those forms by key (to add to ``kept``).
    """
    opens: dict[str, list[Form]] = {}
    for key, form in kept.items():
        if len(key) > 2 and key[1] == "of" and form.is_name:
            opens.setdefault(singular(key[0]), []).append(form)
    out = {}
    for key, form in forms.items():
        if len(key) != 1 or key in kept or not form.kinds.get("name") or not form.units:
            continue
        longer = opens.get(singular(key[0]), [])
        if len(longer) == 1 and longer[0].units and form.proper >= 1 \
                and form.after_article == sum(form.surfaces.values()) \
                and min(form.units) >= min(longer[0].units):
            form.kinds[SHORT] += 1  # so that :mod:`kg.merging.short_forms` joins it, common or not
            out[key] = form
    return out


def head_shorts(forms: dict[tuple, Form], kept: dict[tuple, Form], units: list[Unit],
                spans: list[Span]) -> dict[tuple, Form]:
    """The one-word names written after "the" that end exactly one kept longer name
    ("the Clarion" after "the Evening Quendrow Clarion"; alias20).

    Args:
        forms: every candidate form by key.
        kept: the forms kept so far.
        units: the tokenised units.
        spans: the candidate spans.

    Returns:
        Those forms by key (to add to ``kept``), each marked :data:`HEAD_SHORT`.
    """
    sited = {span_key(units, s) for s in spans if s.end - s.start == 1 and _sited(units[s.unit].tokens, s.end)}
    ends: dict[str, list[Form]] = {}
    for key, form in kept.items():
        if len(key) > 1 and form.is_name and "of" not in key:
            ends.setdefault(singular(key[-1]), []).append(form)
    out = {}
    for key, form in forms.items():
        if len(key) != 1 or not form.kinds.get("name") or not form.units:
            continue  # a kept one is marked too, so that it joins ("the Clarion" twice)
        longer = [] if singular(key[0]) in HEAD_NOUNS or _unique_noun(form) or key in sited \
            else ends.get(singular(key[0]), [])
        if len(longer) == 1 and longer[0].units and form.proper >= 1 and not is_demonym(key) \
                and form.after_article == sum(form.surfaces.values()) \
                and min(form.units) > min(longer[0].units):  # not "The American geologist"
            form.kinds[HEAD_SHORT] += 1
            out[key] = form
    return out


def _unique_noun(form: Form) -> bool:
    """True for a common singular noun that "the" gives a thing of its own ("the Moon", "the
    Crown", "the Bible"; review rev20e: each had joined the one longer name ending in it, a boat
    "the Silver Moon", a pub "the Kessby Crown"); a plural ("the Players") or a rarer word ("the
    Clarion") is left to :func:`head_shorts`."""
    return any(singular(w.lower()) == w.lower() and lx.is_common_word(w.lower(), threshold=4.5)
               for w in form.surfaces)  # as written: a key is singular ("player")


def _sited(toks, end: int) -> bool:
    """True when "in" or "at" and a capitalised word follow ``end``: "the Guardian in Dransey"
    is a body of that town, not the one longer name ending in the word (review rev20e)."""
    return end + 1 < len(toks) and toks[end].lower in ("in", "at") and toks[end + 1].is_cap
