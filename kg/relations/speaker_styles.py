"""Honorific pronouns as speakers: «وأوضح معاليه», «وقال سموه».

An honorific pronoun repeats a style of address («معاليه» ← «معالي الوزير فلان»,
«سموه» ← «صاحب السمو الأمير فلان»); when its bearer has not spoken yet, it stands for
the last person the text introduced with that style, a few sentences back at most.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import PREPOSITIONS
from kg.relations.speaker_readings import NO_SPEAKER, SpeakerReading
from kg.relations.style_oblique import oblique_styled

_STYLES = {"سموه": ("سمو", "السمو", "الامير"),
           "سموها": ("سمو", "السمو", "الاميره"), "معاليه": ("معالي",),
           "معاليها": ("معالي",), "فخامته": ("فخامه",), "سماحته": ("سماحه",),
           "فضيلته": ("فضيله",), "سعادته": ("سعاده",), "سعادتها": ("سعاده",),
           "جلالته": ("جلاله",)}
"""The style of address an honorific pronoun repeats («معاليه» ← «معالي الوزير فلان»); «سموه»
also repeats the title of a prince it is the style of («الأمير فلان» → «وقال سموه»);
«جلالته» repeats the style of a king («جلالة الملك فلان» → «وأكد جلالته»)."""
_STYLE_REACH = 200
_STYLE_NAME_REACH = 8
_PRINCE_TITLES = frozenset({"الامير", "الاميره"})
_LEADER_TITLES = frozenset({"ولي", "النائب", "نائب", "نائبه"})
"""Titles of the leaders a list names by title alone («وسمو ولي العهد», «وسمو النائب الثاني»)."""
_PRINCE_NAME_REACH = 2
"""«الأمير الدكتور فيصل»: the prince's name follows his title at once (after one more title
at most); «أمير منطقة القصيم، خادم الحرمين ...» names someone else."""


def address_styles(pronoun: str) -> tuple[str, ...]:
    """The styles of address an honorific pronoun repeats («سموه» → «سمو», «السمو»); none for
    a word that is no such pronoun."""
    return _STYLES.get(pronoun, ())


def styled_person(context: Extraction, words: list[Word], position: int,
                  content_word: int) -> SpeakerReading:
    """«قدّم معالي وزير الخدمة المدنية الأستاذ فلان التعازي ... وأوضح معاليه أن»: an
    honorific pronoun whose bearer has not spoken yet stands for the last person the text
    introduced with the same style of address («معالي», «صاحب السمو»), a few sentences
    back at most."""
    pronoun = next((w.norm for w in words[position + 1:content_word] if w.norm in _STYLES), None)
    if pronoun is None:
        return NO_SPEAKER
    bearer = style_bearer(context, words[position], pronoun)
    return SpeakerReading(bearer, "styled") if bearer is not None else NO_SPEAKER


def style_bearer(context: Extraction, word: Word, pronoun: str) -> str | None:
    """The person an honorific pronoun («معاليه», «سموه») after ``word`` stands for: the last
    person the text introduced with the same style of address, a few sentences back at
    most; None when the pronoun is no such style or no one was introduced with it."""
    styles = _STYLES.get(pronoun)
    if styles is None:
        return None
    for index in range(word.index - 1, max(-1, word.index - _STYLE_REACH), -1):
        styled = context.words[index]
        if styled.norm.removeprefix("و") not in styles or oblique_styled(context, index):
            continue  # «رفع التهاني إلى صاحب السمو الأمير فلان»: a recipient, not the actor
        reach = _PRINCE_NAME_REACH if styled.norm.removeprefix("و") in _PRINCE_TITLES \
            else _STYLE_NAME_REACH
        for later in context.words[index + 1:index + 1 + reach]:
            mention = context.mention_starting_in(later)
            if later.sentence_index != styled.sentence_index or later.norm in PREPOSITIONS or \
                    (mention is not None and context.is_prepositional(mention)):
                break  # «سمو رئيس الهيئة التهنئة لخادم الحرمين»: the title's bearer is unnamed
            if mention is not None and mention.label == "Person" and mention.entity_id:
                return mention.entity_id
        if listed_title(context, index):
            continue  # «من خادم الحرمين الشريفين وسمو ولي عهده الأمين»: a title in a list
        return None
    return None


def listed_title(context: Extraction, index: int) -> bool:
    """«خادم الحرمين الشريفين وسمو ولي عهده الأمين وسمو ولي ولي العهد»: a style joined by «و»
    right before a title with no name goes on a list of the country's leaders, who are prayed
    for or thanked, not the person a later honorific pronoun repeats."""
    styled = context.words[index]
    if not styled.norm.startswith("و") or index + 1 >= len(context.words):
        return False
    title = context.words[index + 1]
    return title.sentence_index == styled.sentence_index and title.norm in _LEADER_TITLES and \
        context.mention_starting_in(title) is None
