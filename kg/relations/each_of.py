"""«قال كل من X وY: ...»: the speakers named after «كل من» (each of).

«كل من» («each of») opens a subject of several: «وقال كل من سعد الحربي وخالد الزهراني إن
الفريق قدم مباراة كبيرة». The words are given to all of them jointly, which is rarely one
person's literal statement: such a verb has **no** speaker (and nothing to continue), as
decided in session 22 (precision first; GUIDELINES.md gives the statement to the verb's
grammatical subject, which here is no single entity). Copy often keeps the phrase with only
one name after it («قال كل من فهد عبده: «...»», the other names dropped in editing): the
one person named is then the subject and speaks.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

JOINT = ""
"""What :func:`each_of` gives for a joint subject («كل من X وY»)."""


def each_of(context: Extraction, words: list[Word], index: int, end: int) -> str | None:
    """For «كل من» at ``words[index]``: the one person named after it (entity id),
    :data:`JOINT` when several are named, None when it is no «كل من» + person."""
    if words[index].norm.removeprefix("و") != "كل" or index + 2 >= min(end, len(words)) or \
            words[index + 1].norm != "من":
        return None
    mention = context.mention_starting_in(words[index + 2])
    if mention is None or mention.label != "Person" or not mention.entity_id:
        return None
    _, last = context.mention_words(mention)
    following = last - words[0].index + 1
    if following < min(end, len(words)) and words[following].norm.startswith("و") and \
            not context.boundary_between(words[following - 1], words[following]):
        return JOINT  # «كل من سعد الحربي وخالد الزهراني»: a joint subject
    return mention.entity_id
