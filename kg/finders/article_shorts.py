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
"""

from __future__ import annotations

from kg.merging.forms import Form
from kg.words.tokens import singular

__all__ = ["SHORT", "article_shorts"]

# the finder kind given to such a word
SHORT = "articleshort"


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
