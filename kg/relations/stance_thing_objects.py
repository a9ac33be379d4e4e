"""«هاجم» a thing said or decided: criticism in words, whoever attacks it.

«هاجم» is an armed attack between most actors, and criticism in words only between people
(see :data:`kg.relations.lexicon.VERBAL_ONLY`); but an agreement, a decision, a policy or a
statement cannot be attacked with arms, so «هاجم X الاتفاق النووي» / «هاجمت الخارجية قرار
المجلس» / «هاجمت إيران تصريحات الوزير» criticizes it, whoever X is. As everywhere in kg
(«عارضت مصر قرار الأمم المتحدة» → the UN), the actor named in the genitive of an indefinite
head («قرار مجلس الأمن») is the object; a definite phrase («الاتفاق النووي») is a topic.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.stance_phrases import (
    boundary,
    conjunction,
    definite,
    prepositional,
    skip_intensifiers,
    topic_phrase,
)
from kg.text.normalize import normalize_key

CRITICIZED_THINGS = frozenset({
    "قرار", "قرارات", "اتفاق", "اتفاقيه", "مبادره", "مقترح", "مقترحات", "اقتراح", "سياسه",
    "سياسات", "تصريحات", "موقف", "مواقف", "قانون", "اتهامات", "خطاب", "تقرير", "بيان",
})
"""What «هاجم» may take as a thing attacked in words: only what is said or decided, never
a place or a project («هاجم مسلحون مشروعا سكنيا» is an attack)."""


def criticized_thing(context: Extraction, words: list[Word], after: int) -> Candidate | None:
    """The thing «هاجم» criticizes when the word after its subject names one: a definite
    «الاتفاق النووي», «القرار», or an indefinite head with its genitive «قرار مجلس الأمن»,
    «تصريحات نتنياهو»; an event kg found there (an Agreement) is the object itself."""
    index = skip_intensifiers(words, after)
    if index >= len(words) or conjunction(words[index]):
        return None
    word = words[index]
    if not word.has(CRITICIZED_THINGS) or prepositional(word):
        return None  # «هاجم X بالقرار»: no direct object
    event = context.state.event_at_word.get(word.index)
    if event is not None:
        return Candidate(Arg(event, word.start, word.end), "", None, index, "event")
    if not definite(word):  # «قرار مجلس الأمن»: the actor in the genitive
        mention = context.mention_starting_in(words[index + 1]) \
            if index + 1 < len(words) and not boundary(context, word, words[index + 1]) else None
        if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS:
            return None
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                         index + 1, "mention")
    phrase = topic_phrase(context, words, index)
    if phrase is None:
        return None
    node = context.add_entity("Miscellaneous", phrase.name, normalize_key(phrase.name))
    return Candidate(Arg(node, phrase.start, phrase.end), "", None, index, "topic")
