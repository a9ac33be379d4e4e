"""A name joined by «و» to a name that a preposition governs is governed by it too.

«ثم توجهوا إلى غولام وميسالا، حيث ... وقتلوا 43 شخصاً»: «ميسالا» is a second place they
went to (a conjunct takes the case of the word it is joined to), never the doer of the verb
after it, even when the name finder tags it as a person. ``arguments.subject_before`` skips
a name governed by a preposition; this module tells it that the conjunct is governed as
well. A conjunct right before the verb may open a clause of its own («قتل عشرة في حلب
وروسيا تواصل القصف»: Russia is the subject of «تواصل») and is not read here, unless a comma
or the verb's own «و» sets the verb off from it: «نفذت الجماعة اعتداءات في الكاميرون وتشاد،
وشنت هجوماً في النيجر» (Chad is the second place, the group goes on as the doer; the verb
that opens on «و» opens a clause of its own, whose subject is not before it).
"""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import Word

_CHAIN = 3
"""How many names back the chain of «و» conjuncts is followed («إلى أ وب وج»)."""


def joined_verb(context: Extraction, word: Word, verb: Word) -> bool:
    """Whether ``verb``, right after the name ``word``, is set off from it by a comma or
    opens on «و»/«ف» («وتشاد، وشنت»): it starts a clause of its own."""
    return context.boundary_between(word, verb) or verb.norm[:1] in {"و", "ف"}


def governed_conjunct(context: Extraction, mention: Mention, verb: Word,
                      governed: Callable[[Extraction, Mention], str]) -> bool:
    """Whether ``mention`` is glued to «و» right after a name that a preposition governs
    (``governed`` gives that preposition, as ``arguments.preposition`` does), maybe through
    other such conjuncts, and does not stand right before ``verb``."""
    current = mention
    for _ in range(_CHAIN):
        word = context.word_at(current.start)
        if word is None or word.index == 0 or context.attached_prefix(current) != "و" or \
                (word.index + 1 == verb.index and not joined_verb(context, word, verb)):
            return False
        before = context.words[word.index - 1]
        if before.sentence_index != word.sentence_index or \
                context.boundary_between(before, word):
            return False
        previous = context.covering_mention(before.start)
        if previous is None or previous.end != before.end:
            return False
        if governed(context, previous):
            return True
        current = previous
    return False
