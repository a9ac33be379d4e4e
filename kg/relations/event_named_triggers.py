"""A trigger word that is part of a name, behind a clitic: «ولقاء سويدان», «وحرب الشمري».

A word of the event lexicon inside a name the NER found («اللقاء الديمقراطي», «لقاء سويدان»,
a woman's given name) names no event: :func:`kg.relations.events.extract_sentence` skips a
trigger whose first letter a mention covers. In a list of names the clitic «و» (or «ب», «ل»)
is glued to the name and stays outside the mention («وأحمد راتب، ولقاء سويدان، ووليد فواز»),
so the word's first letter is no part of it; the stem is. A trigger whose last letter a
mention covers is as much a part of that name.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word


def inside_name(context: Extraction, word: Word) -> bool:
    """Whether a mention covers the first or the last letter of ``word`` (a clitic before a
    name stays outside its mention: «ولقاء سويدان»)."""
    return context.covering_mention(word.start) is not None or \
        context.covering_mention(word.end - 1) is not None
