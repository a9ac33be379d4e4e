"""A deed told, in a sentence with no time of its own, right after a past date in its paragraph.

Arabic narrative (history pages, memoirs, a feature's recall of old events) dates a scene
once and tells its deeds in the sentences that follow: «وكلفه ذلك كثيراً في معركة زوندورف
في 1758م. عندما فرض عليه القائد الروسي معركة مفتوحة ... إلى أن انسحبت روسيا منها», «فبلغ
صنعاء في أبريل 1922. ... وعاد إلى لحج، فكتب إلى السلطان يستأذنه زيارة الرياض». Such a deed
is set in that date's time: background when the date is well before the article.

Read only when the deed's sentence tells no time at all (no date, no «أمس», no weekday, no
background phrase), its verb is not told in the present, and it is no one's words (opened by
a quote or «وقال فلان ...»: a speaker tells of the news, «وقال «أغلب الهجمات وقعت ليلا»» after «منذ
اتفاق ... قبل خمسة أشهر»); the time is the last date written in the one or two sentences just
before, within the same paragraph (a line break ends the scene). A span told without a date
(«قبل خمسة أشهر», «منذ سنوات») sets no scene: it reaches to the news. A news time there
(«أمس», a recent date) keeps the deed in the news, and so does a dated sentence that is an
aside of a news report: told in the pluperfect («وكان التنظيم قد سيطر على المدينة عام
2014. وقصفت الطائرات مواقعه»: the report goes back to the news) or opened by «يذكر أن»,
«يشار إلى أن».
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, SentenceState
from kg.relations.index import Word
from kg.relations.timex import scene_background
from kg.relations.timex_present import told_in_present

_REACH = 2
"""How many sentences back, in the paragraph, the scene's date may have been told."""


def carried_scene(context: Extraction, draft: Draft, words: list[Word], position: int,
                  here: SentenceState) -> bool:
    """Whether the deed at ``words[position]``, in a sentence that tells no time, follows a
    date of its paragraph that is well before the article."""
    if told_in_present(words, position) or scene_background(here.anchor, words) is not None \
            or _reported(context, draft, words):
        return False
    sentences = context.doc.sentences
    at = next((i for i, s in enumerate(sentences) if s.index == draft.sentence.index), None)
    if at is None:
        return False
    text = context.doc.text
    later = sentences[at]
    for earlier in reversed(sentences[max(0, at - _REACH):at]):
        if "\n" in text[earlier.end:later.start]:
            return False  # a new paragraph: the scene ended
        told = context.sentence_words(earlier)
        scene = scene_background(here.anchor, told, dates_only=True)
        if scene is not None:
            return scene and not _aside(told)
        later = earlier
    return False


_WAS = frozenset({"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"})
_ALREADY = frozenset({"قد"})
_PLUPERFECT_REACH = 4
"""How far after «كان» its «قد» may stand: «وكانت القوات الحكومية قد»."""
_ASIDES = frozenset({"يذكر", "ويذكر", "يشار", "ويشار", "يجدر", "ويجدر"})
"""«يذكر أن», «يشار إلى أن», «يجدر بالذكر»: a reminder inserted in a report."""


def _aside(words: list[Word]) -> bool:
    """Whether the sentence ``words`` is a news report's aside: it opens with a word of
    reminder, or tells its deed in the pluperfect («وكان الجيش قد ...»)."""
    if words and words[0].norm in _ASIDES:
        return True
    return any(word.norm in _WAS and any(later.norm in _ALREADY for later in
                                         words[index + 1:index + 1 + _PLUPERFECT_REACH])
               for index, word in enumerate(words))


_QUOTE_MARKS = ("«", "»", '"', "“", "”")
_SAYING = frozenset({"قال", "وقال", "قالت", "وقالت", "اضاف", "واضاف", "اضافت", "واضافت", "اكد",
                     "واكد", "اكدت", "واكدت", "اوضح", "واوضح", "اوضحت", "واوضحت", "تابع",
                     "وتابع", "تابعت", "وتابعت", "ذكر", "وذكر", "ذكرت", "وذكرت", "اشار",
                     "واشار", "اشارت", "واشارت"})
"""Verbs of saying that open a sentence of reported speech: «وقال فلان», «وأضافت»."""


def _reported(context: Extraction, draft: Draft, words: list[Word]) -> bool:
    """Whether the deed's sentence is someone's words: it opens with a verb of saying or with
    a quotation mark («"أغلب الهجمات وقعت ليلا" قال المتحدث»). Guillemets inside the sentence
    are no sign: the press puts names between them («وأعضاء من حزب «الهنشاق»»)."""
    sentence = draft.sentence
    opening = context.doc.text[sentence.start:sentence.end].lstrip()[:1]
    return opening in _QUOTE_MARKS or any(word.norm in _SAYING for word in words[:2])
