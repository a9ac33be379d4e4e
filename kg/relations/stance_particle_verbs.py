"""A form that may be a verb or its verbal noun, after a name fronted by «أنّ» or a sister.

«غير أن البيت الأبيض رفض الاقتراح», «إلا أن حزب الله رفض المبادرة», «لكن الرئيس الأمريكي X
دعم الخطة»: after «أنّ»/«إنّ»/«لكنّ»/«لأنّ» the subject stands first and the perfect verb is
its predicate. «رفض»/«دعم» there is the verb, not the noun in construct that it is right after
the subject of another verb («أكد الجبير دعم المملكة»). The name must open the clause right
after the particle (a person past his title: «أن وزير الخارجية الإيراني X رفض»; a body with
its nisba: «غير أن البيت الأبيض الأمريكي رفض»), so a name in
construct with a noun after the particle («أن رئيس حزب X رفض») does not count.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.role_words import is_title_head

_PARTICLES = frozenset({"ان", "وان", "بان", "لان", "ولان", "فان", "لكن", "ولكن", "فلكن"})
"""«أنّ»/«إنّ» («غير أن», «إلا أن», «بيد أن», «كما أن» end in it), «بأن», «لأن», «فإن», «لكنّ»
with their clitics; not the forms with a pronoun («أنه»), which are the subject themselves."""

_TITLE_REACH = 5
"""Words of a title before a person's name («وزير الخارجية الأمريكي»)."""


def fronted_verb(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether ``words[position]`` follows a named agent that opens the clause right after
    a particle of the «أنّ» family, in the same clause: the form is that subject's verb."""
    last = before_nisba(context, words, position - 1)
    mention = context.covering_mention(words[last].end - 1) if last > 0 else None
    if last < 1 or mention is None or not mention.entity_id or \
            mention.label not in AGENT_LABELS or mention.end > words[last + 1].start or \
            context.is_nisba(mention):
        return False
    first = last
    while first > 0 and words[first - 1].end > mention.start:
        first -= 1
    if mention.label == "Person":
        first = _past_title(context, words, first)
    return first > 0 and words[first - 1].norm in _PARTICLES and \
        not context.boundary_between(words[first - 1], words[position])


def before_nisba(context: Extraction, words: list[Word], index: int) -> int:
    """«البيت الأبيض [الأمريكي]»: the index of the word before the nisba at ``words[index]``
    when a name ends right before it in the same clause; else ``index``."""
    if index < 1 or context.boundary_between(words[index - 1], words[index]):
        return index
    nisba = context.covering_mention(words[index].start)
    named = context.covering_mention(words[index - 1].end - 1)
    if nisba is None or not context.is_nisba(nisba) or nisba.start != words[index].start or \
            named is None or named is nisba or context.is_nisba(named):
        return index
    return index - 1


def _past_title(context: Extraction, words: list[Word], first: int) -> int:
    """Where the title before the person named at ``first`` opens, when a particle stands
    right before its head word («أن الرئيس الأمريكي X»); else ``first``."""
    for start in range(first - 1, max(0, first - 1 - _TITLE_REACH), -1):
        word = words[start]
        mention = context.covering_mention(word.start)
        if (mention is not None and not context.is_nisba(mention)) or \
                context.boundary_between(word, words[start + 1]):
            return first
        if start > 0 and words[start - 1].norm in _PARTICLES:
            return start if is_title_head(word) else first
    return first
