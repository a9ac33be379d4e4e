"""«بجهود الأمين العام للأمم المتحدة كوفي أنان»: the body of a title is part of it; the
person named after it is the actor.

A deed's actor is often a person given with a full title whose body is itself a name: «أشاد
بجهود الأمين العام للأمم المتحدة كوفي أنان», «رحب بمبادرة رئيس وزراء إسرائيل إيهود
أولمرت», «بدور وزير خارجية إيران منوشهر متكي». The name of the body («الأمم المتحدة»,
«إسرائيل») is the title's genitive, not the actor, and the title alone («الأمين العام») is
no object either: past the title's own words, one named body and the nisbas, the person
named next in the same clause is the actor. Nothing is read when a preposition that stands
alone («في», «من») or punctuation comes first («بجهود الأمين العام للأمم المتحدة في لبنان»),
or when the title's words run on past the body to no person.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import FUNCTION_WORDS
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import RELATIVES

_REACH = 8
"""Words after the title's head within which its holder is named."""
_HEAD_REACH = 3
"""Words of a title before its body («الأمين العام لـ», «رئيس وزراء»)."""


def holder_past_body(context: Extraction, words: list[Word], index: int) -> int | None:
    """The index of the first word of the person named after the title at ``index`` and
    its named body (see the module docstring); None when there is none."""
    if index >= len(words) or not is_title_head(words[index]):
        return None
    body_end: int | None = None
    for later in range(index + 1, min(len(words), index + _REACH)):
        word = words[later]
        if context.boundary_between(words[later - 1], word):
            return None
        if body_end is not None and word.start < body_end:
            continue  # inside the body's name
        mention = context.mention_starting_in(word)
        if mention is not None and mention.start >= word.start:
            if mention.label == "Person":
                return later if body_end is not None else None
            if context.is_nisba(mention):
                continue  # «وزير الخارجية الإيراني»
            if body_end is not None:
                return None  # a second body: no title of one person
            body_end = mention.end
            continue
        if word.norm in FUNCTION_WORDS or word.norm in RELATIVES:
            return None
    return None


def body_holder(context: Extraction, words: list[Word], candidate: Candidate,
                skip: set[str]) -> Candidate | None:
    """«رحب X بتصريحات الأمين العام لجامعة الدول العربية عمرو موسى»: when the named body
    ``candidate`` closes a title whose holder is named right after it, that person (see the
    module docstring); None when the candidate is no such body."""
    if candidate.source != "mention" or candidate.label == "Person":
        return None
    first = candidate.word_index
    head = first - 1
    while head >= 0 and first - head <= _HEAD_REACH:
        if context.boundary_between(words[head], words[head + 1]) or \
                context.covering_mention(words[head].start) is not None:
            return None
        if is_title_head(words[head]):
            break
        head -= 1
    else:
        return None
    person = holder_past_body(context, words, head)
    if person is None:
        return None
    mention = context.mention_starting_in(words[person])
    if mention is None or not mention.entity_id or mention.entity_id in skip:
        return None
    return Candidate(Arg(mention.entity_id, mention.start, mention.end), candidate.preposition,
                     mention.label, person, "mention")
