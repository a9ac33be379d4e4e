"""The coalition or the resistance behind «لل» after an attack noun: «في كمين للمقاومة
الشعبية», «بغارات للتحالف».

The NER tags neither «المقاومة» nor «التحالف»: the actor rules read them as a subject
(``actors.STANDING_GROUPS``: «سيطرت المقاومة الشعبية», «شن التحالف غارات»). Behind «لل»
(ل + ال) no rule reads them, so an attack told as their deed («قُتل 22 مسلحاً في كمين للمقاومة
الشعبية») lost its doer. This module reads the same actor there: the head glued to «لل»,
maybe with one adjective of its own («الشعبية», «الجنوبية», «الدولي»), named as the subject
form is (one entity for both). A head followed by another definite word («للمقاومة المسلحة»,
«للتحالف الوطني») is a practice or a party, not the actor, and is not read. Whether the name
is the attack's owner (its doer) is the caller's rule (``event_subjects._lam_agent``: a toll's
cause behind «في», or an object after it).
"""

from __future__ import annotations

from kg.ontology.namespace import EntityLabel
from kg.relations.actors import (
    COALITION,
    COALITION_ADJECTIVES,
    RESISTANCE_ADJECTIVES,
    STANDING_GROUPS,
)
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.text.normalize import normalize_key

_ARTICLE_LAM = ("لل", "ولل", "فلل")
"""«للمقاومة» is ل + المقاومة with the alef of the article dropped."""


def lam_standing_group(context: Extraction, words: list[Word],
                       index: int) -> tuple[Arg, EntityLabel] | None:
    """The coalition or resistance glued to «لل» at ``words[index]`` («للمقاومة الشعبية»),
    as an actor (its span from the article's lam) and its class, or None."""
    word = words[index]
    head = next((rest for prefix, rest in word.readings()
                 if prefix in _ARTICLE_LAM and rest in STANDING_GROUPS), None)
    if head is None or context.covering_mention(word.start) is not None:
        return None
    last = word
    if index + 1 < len(words) and not context.boundary_between(word, words[index + 1]):
        after = words[index + 1]
        adjectives = COALITION_ADJECTIVES if head == COALITION else RESISTANCE_ADJECTIVES
        if after.norm.startswith("ال"):
            if after.norm not in adjectives:
                return None  # «للمقاومة المسلحة»: a practice, not the actor
            last = after
    text = context.index.doc.text
    start = word.start + text[word.start:word.end].index("لل") + 1  # the article's lam
    name = "التحالف" if head == COALITION else "ا" + text[start:last.end]
    label = STANDING_GROUPS[head]
    return Arg(context.add_entity(label, name, normalize_key(name)), start, last.end), label
