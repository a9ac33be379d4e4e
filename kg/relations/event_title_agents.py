"""A doubt about an event's agent: the bare head of a title phrase, linked to someone far away.

«وفي يوم الثلاثاء استقبل رئيس وزراء نيوزيلندا»: in a chronicle or a list the host of the verb is
dropped (the king of the article), and the title after the verb is its guest. kg reads the head
of that title («رئيس») as the verb's subject and links it, by its title, to a person named far
away in the article («رئيس» → a former president named paragraphs before). An agent whose span is
one indefinite title head («رئيس», «رئيسة», «أمير», «وزير») that opens a longer title («رئيس وزراء
لبنان», «أمير دولة قطر», «وزير الصحة») names no one by itself: the name that would make it an
agent («رئيس الوزراء فلان») is not there. On fresh news (session 37) such events read 0.75-0.85
and none was right; a definite title alone («التقى الرئيس أمس ...», the head of state the
article is about) is left alone.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.lexicon import TITLE_HEADS


def title_head_agent(context: Extraction, draft: Draft) -> bool:
    """Whether an agent of the draft is a lone indefinite title head with the rest of its title
    right after it («رئيس وزراء», «أمير دولة»), and no name of its own."""
    for argument in draft.arguments:
        if argument.role != "agent":
            continue
        head = context.word_at(argument.start)
        if head is None or context.word_at(max(argument.start, argument.end - 1)) is not head:
            continue  # a name or a phrase of several words
        if not any(prefix in {"", "و"} and rest in TITLE_HEADS for prefix, rest in head.readings()):
            continue  # not «الرئيس»: a definite title may be the one the article is about
        after = context.index.words[head.index + 1:head.index + 2]
        if not after or context.boundary_between(head, after[0]):
            continue
        mention = context.covering_mention(after[0].start)
        if mention is None or mention.label != "Person":
            return True  # «رئيس وزراء», «أمير دولة قطر», «رئيسة جمهورية كوريا»
    return False
