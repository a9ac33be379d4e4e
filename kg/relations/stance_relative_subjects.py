"""The holder of a stance verb in a relative clause: the name the clause describes.

«جبهة النصرة، التي استنكرت حادثة قلب لوزة», «(فجر ليبيا) التي كانت تهدد الوطية», «خامنئي
الذي رفض الصفقة»: a relative clause whose verb carries no pronoun pointing back to the
name before «الذي»/«التي» has that name as its subject (were the name the object, Arabic
would say «التي انتقدها X», «التي رحبت بها X»). The relative pronoun must agree with the
verb in gender («التي» a feminine verb, «الذي» a masculine one) and with the name: «التي»
after a man is no relative of his. The name after the verb is then its object, not its subject.

The same clause may stand between «كان» and its verb: «وكانت قيادة «جيش الإسلام» التي
يترأسها X، رفضت ...», «وكان الرئيس أوباما، الذي يزور كينيا، قد انتقد ...»: the name that
opens the sentence after «كان» (past a title or a head word such as «قيادة») is the
subject of the verb after the comma, when «كان» agrees with that verb in gender.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.actors import actor_phrase
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.role_words import is_title_head
from kg.relations.stance_genitive_names import governed_name

_RELATIVE_GENDER = {"الذي": "m", "والذي": "m", "التي": "f", "والتي": "f"}
_BETWEEN = frozenset({"كان", "كانت", "قد", "لم", "لا", "لن", "سبق", "سبقت", "ان"})
"""What may stand between the relative pronoun and the verb («التي كانت تهدد», «الذي لم
يدعم», «التي سبق أن رفضت»)."""
_H_FINAL = frozenset({"نوه", "ينوه", "تنوه", "وجه", "يوجه", "توجه", "نبه", "ينبه", "تنبه",
                      "شبه", "يشبه", "تشبه"})
"""Verbs whose root ends in «ه»: that «ه» is no pronoun."""
_MAX_BETWEEN = 2
_BACK_PREPOSITIONS = frozenset(
    preposition + pronoun for preposition in ("ب", "ل", "علي", "من", "مع", "الي", "عن", "ضد")
    for pronoun in ("ه", "ها", "هم", "هما")) | {"منه", "منها", "منهم", "عنه", "عنها", "عنهم"}
"""«التي رحبت بها X», «الذي أشاد به X»: the pronoun after the verb's preposition points back
to the name, which is then the object."""


def relative_antecedent(context: Extraction, words: list[Word], position: int,
                        gender: str | None) -> Arg | None:
    """The named agent a relative clause describes when the stance verb at ``position``
    (of ``gender``) is that clause's verb with no pronoun pointing back; None otherwise."""
    index = position - 1
    while index >= 0 and position - index <= _MAX_BETWEEN and words[index].norm in _BETWEEN:
        index -= 1
    if index < 1 or gender is None or _RELATIVE_GENDER.get(words[index].norm) != gender or \
            _points_back(words[position]) or \
            (position + 1 < len(words) and words[position + 1].norm in _BACK_PREPOSITIONS):
        return None
    named = words[index - 1]
    mention = context.covering_mention(named.end - 1)
    apposed = mention is None or context.is_nisba(mention)  # «رئيس الوفد العراقي الذي»
    if apposed:
        mention = _apposed_title(context, words, index)
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention) or (not apposed and mention.end < named.end - 1):
        return None
    if gender == "f" and mention.label == "Person" and \
            mention.entity_id not in context.discourse.female_speakers:
        return None
    gap = context.gap(named, words[index]).strip()
    if gap.strip("،,)»\"”") or any(context.boundary_between(words[i], words[i + 1])
                                   for i in range(index, position)):
        return None
    holder = Arg(mention.entity_id, mention.start, mention.end)
    return None if governed_name(context, words, holder) else holder  # «بوزير خارجية مصر الذي»


_TITLE_REACH = 5


def _apposed_title(context: Extraction, words: list[Word], relative: int) -> Mention | None:
    """«جان كلود يونكر، رئيس المفوضية الأوروبية الذي دعا ...»: the person named before the
    comma that opens a title phrase ending at the relative; the clause describes the person
    (the title is theirs), not the body named in the title. None when the words between the
    comma and the relative are not a title phrase after a person's name."""
    for start in range(relative - 1, max(0, relative - 1 - _TITLE_REACH), -1):
        if not context.boundary_between(words[start - 1], words[start]):
            continue
        if context.gap(words[start - 1], words[start]).strip() not in {"،", ","} or \
                not is_title_head(words[start]) or any(
                    context.boundary_between(words[i], words[i + 1])
                    for i in range(start, relative - 1)):
            return None
        person = context.covering_mention(words[start - 1].end - 1)
        if person is None or person.label != "Person" or \
                person.end < words[start - 1].end - 1:
            return None
        return person
    return None


def _points_back(verb: Word) -> bool:
    """«انتقدها», «رفضته», «يدعمهم»: a verb with an object pronoun."""
    form = verb.norm.removeprefix("و").removeprefix("ف")
    if form.endswith(("هم", "هما", "هن", "ها")):
        return True
    return form.endswith("ه") and len(form) >= 4 and form not in _H_FINAL


_KANA = {"كان": "m", "وكان": "m", "كانت": "f", "وكانت": "f"}
_KANA_REACH = 16
_NAME_REACH = 4


def kana_subject(context: Extraction, words: list[Word], position: int,
                 gender: str | None) -> Arg | None:
    """The named subject of «كان» that opens the sentence, for a verb of ``gender`` after
    the comma that closes the clause describing that subject; None otherwise."""
    verb = position - 1 if position > 0 and words[position - 1].norm == "قد" else position
    if verb < 3 or gender is None or words[verb].norm[:1] in {"و", "ف"} or \
            context.gap(words[verb - 1], words[verb]).strip() not in {"،", ","}:
        return None  # «...، ورحبت إيران»: a clause of its own, not the predicate of «كان»
    opening = next((i for i in range(max(0, verb - _KANA_REACH), verb - 1)
                    if words[i].norm in _KANA and
                    (i == 0 or context.boundary_between(words[i - 1], words[i]))), None)
    if opening is None or _KANA[words[opening].norm] != gender:
        return None
    for index in range(opening + 1, min(verb - 1, opening + 1 + _NAME_REACH)):
        phrase = actor_phrase(context, words, index)
        if phrase is not None and phrase[1] < verb and _ends_subject(context, words, phrase[1]):
            return phrase[0]  # «وكانت قيادة «جيش الإسلام» التي ...»: a name the NER missed
        mention = context.mention_starting_in(words[index])
        if mention is None or context.is_nisba(mention):  # «الرئيس الأمريكي X»
            if context.boundary_between(words[index], words[index + 1]) and \
                    context.gap(words[index], words[index + 1]).strip() not in {"«", "»"}:
                return None
            continue
        if not mention.entity_id or mention.label not in AGENT_LABELS or \
                context.is_prepositional(mention):
            return None
        _, last = context.mention_words(mention)
        after = last - words[0].index + 1
        if after >= verb or not _ends_subject(context, words, after):
            return None
        if gender == "f" and mention.label == "Person" and \
                mention.entity_id not in context.discourse.female_speakers:
            return None
        return Arg(mention.entity_id, mention.start, mention.end)
    return None


def _ends_subject(context: Extraction, words: list[Word], after: int) -> bool:
    """Whether the subject phrase ends before ``words[after]``: a relative pronoun or a
    punctuation mark follows it."""
    return words[after].norm in _RELATIVE_GENDER or \
        context.boundary_between(words[after - 1], words[after])
