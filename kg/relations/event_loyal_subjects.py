"""A subject told with the side it is loyal to, right before its verb.

«إن المقاومة الشعبية الموالية للرئيس اليمني عبد ربه منصور هادي انتزعت آخر حصون الحوثيين»:
the name behind «الموالية ل» is whom the subject backs, not who did the deed; the doer is the
actor phrase before the adjective (``actors``: the resistance, a state's army). The side must
run from «ل» to the verb in titles, nisbas and names only, so that the verb follows at once.
"""

from __future__ import annotations

from kg.relations.actors import actor_phrase
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import TITLE_HEADS

_LOYAL = frozenset({
    "الموالي", "المواليه", "الموالين", "الموالون", "التابع", "التابعه", "التابعين", "التابعون",
    "المدعوم", "المدعومه", "المدعومين", "المدعومون",
})
"""«الموالية لـ», «التابعة لـ», «المدعومة من»: the adjective that names whom the subject backs."""
_REACH = 8
"""How far before the verb the adjective may stand («الموالية للرئيس اليمني عبد ربه منصور
هادي»)."""


def loyal_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The actor phrase before «الموالية ل» + a named side that ends right before the verb
    at ``words[position]``, or None."""
    for index in range(position - 2, max(-1, position - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        if words[index].norm not in _LOYAL:
            continue
        if not _side(context, words, index + 1, position):
            return None
        for start in range(index - 1, max(-1, index - 4), -1):
            phrase = actor_phrase(context, words, start)
            if phrase is not None and phrase[1] == index:
                return phrase[0]
        return None
    return None


def _side(context: Extraction, words: list[Word], first: int, verb: int) -> bool:
    """``words[first:verb]`` is «ل»/«من» and a named side: titles, nisbas and names only,
    ending in a name («للرئيس اليمني عبد ربه منصور هادي», «لهادي»)."""
    if not words[first].norm.startswith(("ل", "من")):
        return False
    last = context.covering_mention(words[verb - 1].start)
    if last is None or last.end != words[verb - 1].end:
        return False
    return all(context.covering_mention(word.start) is not None or word.has(TITLE_HEADS) or
               context.index.nisba_country(word) is not None or word.norm == "من"
               for word in words[first:verb])
