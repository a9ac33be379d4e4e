"""«وأيد X تصريحات Y وقال إن»: a verb of saying joined by «و» shares its sentence's subject.

A verb of saying glued to «و» with no subject after it, in a clause whose first verb (the
sentence's first, or the one right after a bracket or a mark other than a comma: «...
(الأوروبية) شن الإسباني X هجوما على Y وقال إنه ...») has its subject named right after it
(a nisba may stand before the name: «الإسباني X»), as in «وأيد النائب X تصريحات Y وقال» or
«وأكد X التمسك بحكومة Y التي أثنى على أدائها وقال إنها ...», is the second verb of that
subject: the name between them is the first verb's object or a genitive, and never the
speaker. Read as the nearest name before the verb, Y was given X's words (fresh news, session
44). Nothing is read when a complementizer, another verb of saying or a mark other than a
comma stands between (the verb may then be in reported words or a new clause), nor after a
relative pronoun, which may open a clause whose subject goes on («الذي وصل أمس وقال»),
except «التي» before a masculine verb («التي» has a feminine head, which «وقال» cannot agree
with).
"""

from __future__ import annotations

from kg.model import Mention, Sentence
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    FUNCTION_WORDS,
    HONORIFICS,
    PERSON_NOUNS,
    find_reporting,
)
from kg.relations.role_words import is_title_head
from kg.relations.speaker_readings import SPEAKER_LABELS, SpeakerReading, mention_speaker
from kg.relations.stance_fronted_occasion import fronted_occasion
from kg.relations.stance_phrases import COMMAS, RELATIVES
from kg.relations.subjects_after import subject_after

_REACH = 16
"""How many words may stand between the first verb's subject and the verb of saying."""
_FEMININE_RELATIVES = frozenset({"التي", "والتي"})


def joined_speaker(context: Extraction, words: list[Word], position: int,
                   sentence: Sentence) -> SpeakerReading | None:
    """The named subject of the sentence's first verb, when the verb of saying at
    ``position`` is joined to it by «و» with no clause of its own between; else None."""
    verb = words[position]
    hit = find_reporting(verb.norm)
    if hit is None or hit.prefix != "و" or position < 3:
        return None
    first = _clause_start(context, words, position)
    opening = words[first]
    if first + 1 >= position or opening.norm.lstrip("و").startswith("ال") or \
            (not opening.norm.startswith("و") and first == 0) or \
            context.covering_mention(opening.start) is not None or is_title_head(opening) or \
            opening.has(PERSON_NOUNS) or opening.bare() in FUNCTION_WORDS or \
            opening.norm in FUNCTION_WORDS or len(opening.norm) < 2:
        return None
    subjects, after = subject_after(context, words, first, sentence)
    mention = context.covering_mention(subjects[0].start) if len(subjects) == 1 else None
    if not subjects:  # «شن الإسباني X هجوما»: a nisba before the name
        mention = _after_nisba(context, words, first)
        after = context.mention_words(mention)[1] - words[0].index + 1 if mention else after
    if after >= position or position - after > _REACH:
        return None
    if mention is None or not mention.entity_id or mention.label not in SPEAKER_LABELS or \
            not _title_run(context, words, first, mention):
        return None
    masculine = not verb.bare().startswith("ت") and not verb.norm.endswith("ت")
    for index in range(after, position + 1):
        word = words[index]
        if index < position and (word.norm in COMPLEMENTIZERS or
                                 find_reporting(word.norm) is not None or
                                 (word.norm in RELATIVES and not (
                                     masculine and word.norm in _FEMININE_RELATIVES))):
            return None
        if index > after and context.boundary_between(words[index - 1], word) and \
                context.gap(words[index - 1], word).strip() not in COMMAS:
            return None
    return mention_speaker(context, mention, "before")


def _title_run(context: Extraction, words: list[Word], first: int, mention: Mention) -> bool:
    """Whether only a title's words (title heads, styles, definite words) stand between the
    first verb and the name: «وأيد النائب X» names the verb's subject; in «ورفع مدير المدرسة
    شكره لمقام الملك X» the king is named in the verb's object, and the subject is unnamed."""
    start = context.mention_words(mention)[0] - words[0].index
    return all(is_title_head(word) or word.norm.startswith("ال") or word.norm in HONORIFICS
               for word in words[first + 1:start])


def _clause_start(context: Extraction, words: list[Word], position: int) -> int:
    """The first word of the clause of ``words[position]``: the word after the last mark
    other than a comma before it («... (الأوروبية) شن X هجوما على Y وقال»), else the
    sentence's first word past a fronted phrase of occasion («وبهذه المناسبة»)."""
    for index in range(position - 1, 0, -1):
        if context.boundary_between(words[index - 1], words[index]) and \
                context.gap(words[index - 1], words[index]).strip() not in COMMAS:
            return index
    return fronted_occasion(words)


def _after_nisba(context: Extraction, words: list[Word], first: int) -> Mention | None:
    """«شن الإسباني فرناندو ألونسو ...»: the person named right after the verb's nisba."""
    nisba = words[first + 1].norm if first + 2 < len(words) else ""
    if not (nisba.startswith("ال") and nisba.endswith("ي") and len(nisba) > 4) or \
            context.boundary_between(words[first + 1], words[first + 2]):
        return None
    mention = context.mention_starting_in(words[first + 2])
    return mention if mention is not None and mention.label == "Person" else None
