"""A feminine verb does not take a man as its subject: the man named after it is its object.

«جاء ذلك في وقت استقبلت فيه الأمين العام فلان», «وقد استقبلت أمس الرئيس فلان»: a perfect
verb of the third feminine singular («استقبلت», «اغتالت»: a listed verb with the «ت» of the
feminine) agrees with a subject that follows it. A name behind a masculine title («الأمين»,
«الرئيس», «الشيخ»: a title or honorific with the article and without the «ة» of the
feminine) right after such a verb cannot be that subject. Its subject is a feminine noun
told before (a country, «إيران»), and the man is the one received, or hit. So he is no agent:
for a meeting he is the guest (a participant), for any other event the agent is left unsaid.
A feminine title («المستشارة فلانة») or a bare name (whose sex kg does not know) is left as it is.
GUIDELINES: the agent is who did the deed; the one received is a participant.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.index import Arg, Word
from kg.relations.lexicon import find_event
from kg.relations.lexicon_roles import HONORIFICS, TITLE_HEADS

_REACH = 5
"""How many words after the verb the man's name may start («الأمين العام فلان»)."""
_BETWEEN = frozenset({"فيه", "فيها", "امس", "اليوم", "صباح", "مساء"})
"""Words that may stand between the verb and the title («استقبلت فيه الأمين العام»)."""


def masculine_objects(context: Extraction, words: list[Word], position: int, draft: Draft,
                      agents: list[Arg]) -> list[Arg]:
    """The agents read after the feminine verb at ``words[position]`` behind a masculine
    title: its object, not its subject (empty when there is none)."""
    if not draft.verb or not _feminine_verb(draft.word):
        return []
    title = position + 1
    while title < len(words) and title - position <= 2 and words[title].norm in _BETWEEN:
        title += 1
    if title >= len(words) or not _masculine_title(words[title]):
        return []
    limit = words[min(len(words) - 1, title + _REACH)].end
    return [agent for agent in agents if words[title].start <= agent.start < limit
            and context.label(agent.node_id) == "Person"]


def _feminine_verb(word: Word) -> bool:
    """«استقبلت», «واغتالت»: a listed verb with the «ت» of the third feminine singular."""
    form = trigger_form(word)
    return len(form) > 3 and form.endswith("ت") and find_event(form[:-1]) is not None


def _masculine_title(word: Word) -> bool:
    """«الأمين», «الرئيس», «الشيخ»: a definite title or honorific with no «ة» of the feminine."""
    norm = word.norm
    if norm.endswith("ه") or not norm.startswith("ال"):
        return False
    return norm in HONORIFICS or norm[2:] in TITLE_HEADS
