"""Stance holders named far before the stance noun, past an adjunct of circumstance.

A light verb's subject holds the stance noun that is the verb's object, however long the
adjunct of time, place or occasion between them: «وأكد وزير الخارجية الأردني X في كلمة
ألقاها خلال افتتاح المؤتمر الدولي في عمان أمس دعمه للحكومة العراقية», «وجدد X خلال لقائه
وزير الخارجية الأمريكي Y في القاهرة أمس رفضه للتدخل», «ووجه X، في كلمة ألقاها أمام الجمعية
العامة في نيويورك، انتقادات حادة لروسيا». The adjunct opens with a preposition or adverb of
circumstance («في», «خلال», «عقب», «أمام», «أمس» ...) right after the subject, is set off by
two commas or none, and holds no reported clause or stance word; a relative clause on the
subject stands there the same way («وأعربت X التي كانت تشغل منصب وزيرة الأسرة عن استيائها
من ...»). A noun with a possessive suffix agrees with the light verb in gender («أكد ...
دعمه», «أكدت ... دعمها»). A subject named before the light verb («وكان X أعلن في مؤتمر
صحفي ... رفضه») holds the noun past an adjunct right after the verb the same way. A verb of
stressing takes its noun after «على» («وشددت X في بيان صحفي على رفضها لـ»). A noun
inside the adjunct («، في رفضه لـ ...،») or joined by «و» is none of the verb's.

A stance verb that continues the subject of the verb opening its sentence is in
:mod:`kg.relations.stance_hosted_subjects`.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import PREPOSITIONS, STANCE_LIGHT_VERBS, StanceTrigger
from kg.relations.stance_hosted_subjects import opens_clause
from kg.relations.stance_kana_reach import ADJUNCT_OPENERS, SUBJECT_RELATIVES
from kg.relations.stance_phrases import (
    COMMAS,
    RELATIVES,
    conjunction,
    definite,
    possessive_gender,
    prepositional,
)
from kg.relations.stance_quoted_names import quoted_name_gap
from kg.relations.stance_verb_gender import verb_gender
from kg.relations.stance_verb_subjects import verb_subject

_REACH = 30
"""How far back the light verb may stand from its stance noun."""
_ON = "علي"
_OBJECT_PREPOSITIONS = frozenset({"عن", _ON})
"""«أعرب X ... عن رفضه», «شدد X ... على رفضه»: the preposition the light verb takes."""
_STRESSING = frozenset({"شدد", "شددت", "يشدد", "تشدد", "اكد", "اكدت", "يؤكد", "تؤكد"})
"""Light verbs that take their stance noun after «على» («شدد على», «أكد على»)."""
_VERDICTS = frozenset({"criticizes", "condemns", "praises", "rejects", "opposes", "warns"})
"""Kinds whose indefinite noun a light verb takes as its holder's own («وجه X انتقادات»)."""


def adverbial_light_holder(context: Extraction, words: list[Word], position: int,
                           sentence: Sentence, trigger: StanceTrigger) -> list[Arg]:
    """The subject of the light verb whose object the stance noun at ``position`` is, past
    an adjunct of circumstance between the subject and the noun; [] when there is none."""
    noun = words[position]
    if conjunction(noun):
        return []  # «بمواقف مصر ودعمها لـ»: the owner may be the noun before
    suffix = possessive_gender(noun)
    if prepositional(noun) or (suffix is None and (definite(noun) or
                                                   trigger.kind not in _VERDICTS)):
        return []
    end = position - 1 if position > 0 and words[position - 1].norm in _OBJECT_PREPOSITIONS \
        else position
    if end < 1 or words[end - 1].norm in PREPOSITIONS:
        return []  # «وأكد X، في رفضه للاتفاق، ...»: the noun is inside the adjunct
    light = _light_before(context, words, end)
    if light is None or (words[end].norm == _ON and
                         words[light].norm.lstrip("وف") not in _STRESSING):
        return []  # «على» only after a verb of stressing («شددت X في بيان على رفضها»)
    gender = verb_gender(words[light])
    if suffix is not None and gender != suffix:
        return []  # «أكد X ... دعمها»: the support of someone else
    found = verb_subject(context, words, light, sentence, None)
    start = found.after if found.how == "after" else light + 1 \
        if found.how == "before" and all(s.end <= words[light].start for s in found.args) \
        else end  # «وكان X أعلن في مؤتمر صحفي ... رفضه»: the subject before the verb
    if not found.args or start >= end or not _adjunct(context, words, start, end):
        return []
    return found.args if all(context.label(s.node_id) in AGENT_LABELS for s in found.args) \
        else []


def _light_before(context: Extraction, words: list[Word], end: int) -> int | None:
    """The light verb nearest before ``words[end]`` in its clause: no reported clause,
    stance word or mark but a comma between them (a relative clause may stand there: its
    subject is then checked to be the light verb's)."""
    for index in range(end - 1, max(-1, end - _REACH), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]) and \
                context.gap(word, words[index + 1]).strip() not in COMMAS and \
                not quoted_name_gap(context, words, index):  # «في تصريح لـ«الشرق الأوسط» عن»
            return None
        if word.has(STANCE_LIGHT_VERBS):
            return index
        if word.norm not in RELATIVES and opens_clause(context, words, index):
            return None
    return None


def _adjunct(context: Extraction, words: list[Word], start: int, end: int) -> bool:
    """Whether ``words[start:end]`` is one adjunct of circumstance or a relative clause on
    the subject: it opens with a preposition or adverb of circumstance or with «الذي/التي»,
    and is either set off by two commas («، في كلمة ألقاها ...،») or by none (a comma
    only after it may close a phrase that is not the subject's: «أبدى X في مؤتمر صحفي
    عقده أمس، تأييده لـ» is left out)."""
    if start >= end or (words[start].norm not in ADJUNCT_OPENERS and
                        words[start].norm not in SUBJECT_RELATIVES):
        return False
    opened = _comma_before(context, words, start)
    if opened != _comma_before(context, words, end):
        return False
    return opened or not any(_comma_before(context, words, index)
                             for index in range(start + 1, end))


def _comma_before(context: Extraction, words: list[Word], index: int) -> bool:
    return context.gap(words[index - 1], words[index]).strip() in COMMAS
