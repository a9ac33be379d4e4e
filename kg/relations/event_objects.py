"""What an event is done to, when no named argument after the trigger says it.

The unnamed victims where the object of a violent verb or noun starts («وقتل بعض
الأجانب», «مقتل عدد من المدنيين»), a counted phrase there («خطف مسلحون 15 شخصاً»), the
object of a seizing after its «على» («سيطرت القوات على «مثلث العند»») or right after a
verb of retaking («استعادت القوات قصر الرئاسة»); the counted victims as the target of a
killing that names none («قتل أربعون شخصاً»); and what a protest is against, when the
text names it («تظاهروا احتجاجاً على زيارة بوش», «يطالبون باستقالة X»).
"""

from __future__ import annotations

from kg.relations.actors import actor_phrase
from kg.relations.arguments import is_place
from kg.relations.casualties import Count, number_value
from kg.relations.context import Extraction
from kg.relations.event_assault_on import assaults_on
from kg.relations.event_draft import OBJECT_AFTER_ON, SEIZING_NOUNS, VIOLENT, Draft, trigger_form
from kg.relations.event_force_subject import after_force_subject
from kg.relations.event_genitives import (
    PERSON_STATUS,
    STRUCK_PLACES,
    genitive_object,
)
from kg.relations.event_new_triggers import fought_genitive
from kg.relations.event_paired_nouns import past_paired
from kg.relations.event_plural_verbs import carries_subject
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    LIGHT_VERBS,
    PREPOSITIONS,
    RELATIVE_DAYS,
    TARGET_QUANTIFIERS,
    WEEKDAYS,
    find_event,
)
from kg.relations.perpetrators import FORCE_HEADS, past_adjunct, perpetrator_end, perpetrator_phrase
from kg.relations.protest_authorities import authority_behind
from kg.relations.retaken_places import retaken_place
from kg.relations.targets import (
    AIMING_FORMS,
    approximated,
    pronoun_victims,
    protested_phrase,
    unnamed_target,
    with_genitive,
)
from kg.relations.victims import counted_victims

_RETAKING = frozenset({"استعادت", "استعاد", "انتزعت", "انتزع"})
"""Verbs of taking a place back or by force, whose object follows at once: «استعادت القوات
قصر الرئاسة» (see ``targets.seized_place``)."""


def casualty_target(context: Extraction, draft: Draft, count: Count | None) -> None:
    """«قتل أربعون شخصاً»: with no named victim, the counted phrase is the target."""
    if count is None or draft.label != "Killing" or any(
            a.role == "target" for a in draft.arguments):
        return
    start, end = counted_victims(context, count)
    node = context.add_entity("Miscellaneous", context.doc.text[start:end])
    draft.add("target", Arg(node, start, end))


_PROTESTING = frozenset({"احتجاجا", "احتجاج", "للاحتجاج", "تنديدا", "رفضا"})
"""Words of a protest's purpose before «على»/«ب»/«ل» («احتجاجاً على», «تنديداً بـ», «رفضاً ل»)."""

_AGAINST_ADJECTIVES = frozenset({"مناوئه", "مناهضه", "مناوئ", "مناهض", "معارضه", "مناوئين",
                                 "مناهضين", "معارضين"})
"""Adjectives of a protest or a crowd with «ل» and what they are against («مظاهرات مناوئة ل»)."""
_PROTEST_WORDS = _PROTESTING | _AGAINST_ADJECTIVES

_PROTEST_REACH = 14

_OBJECT_REACH = 3


def protest_target(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """What a protest is against, when the text names it: the first named actor at most
    three words into the phrase after «احتجاجاً على», «تنديداً بـ», «ضد» or «مناوئة لـ» in
    the protest's clause («تظاهروا احتجاجاً على زيارة بوش», «مظاهرات ضد وجود القوات
    الإثيوبية»). A phrase with no named actor («احتجاجاً على الغلاء») gives none."""
    first = position if _protesting(words[position]) else position + 1
    for index in range(first, min(len(words), position + _PROTEST_REACH)):
        if index > position and context.boundary_between(words[index - 1], words[index]) and \
                not _purpose_after_comma(context, words, index):
            return None
        word = words[index]
        if word.norm == "ضد":
            return _named_in_phrase(context, words, index + 1) or \
                protested_phrase(context, words, index + 1, authority=False)
        if word.has(_DEMANDING):
            return _demanded(context, words, index + 1)
        if not _protesting(word) or index + 1 >= len(words):
            continue
        following = words[index + 1]
        if following.norm in {"علي", "ضد"}:
            return _named_in_phrase(context, words, index + 2) or \
                protested_phrase(context, words, index + 2,
                                 authority=following.norm == "علي") or \
                (authority_behind(context, words, index + 2) if following.norm == "علي"
                 else None)
        if index == position:
            continue  # «احتجاج للمعلمين»: the trigger's own genitive is its crowd
        clitic = following.readings()[-1][0] if following.readings() else ""
        if clitic.lstrip("وف")[:1] in {"ب", "ل"}:  # «تنديداً بزيارة», «مناوئة للحكومة»
            return _named_in_phrase(context, words, index + 1)
        return None
    return None


def _protesting(word: Word) -> bool:
    """«احتجاجاً», «للاحتجاج», «بالاحتجاج», «مناوئة»: a word of a protest's purpose, read with its
    clitics (``bare``) or as printed («للاحتجاج» bares to «الاحتجاج»)."""
    return word.bare() in _PROTEST_WORDS or word.norm in _PROTEST_WORDS or \
        word.bare().removeprefix("ال") in _PROTEST_WORDS


def _purpose_after_comma(context: Extraction, words: list[Word], index: int) -> bool:
    """«خرج آلاف المتظاهرين، ضد ما سموه ...», «تظاهروا أمس، احتجاجاً على ...»: a comma
    (not a full stop) right before the protest's purpose keeps it in the protest's clause."""
    gap = context.gap(words[index - 1], words[index]).strip()
    word = words[index]
    return gap in {"،", ","} and (word.norm == "ضد" or word.bare() in _PROTESTING or
                                   word.has(_DEMANDING))


_DEMANDING = frozenset({"مطالبين", "مطالبه", "للمطالبه", "يطالبون", "تطالب", "طالبوا",
                        "مطالبا", "مطالبون", "مرددين", "هاتفين"})
"""Words of a crowd's demand or chant, whose object is whom the protest addresses."""

_OUSTING = frozenset({"استقاله", "رحيل", "اقاله", "اسقاط", "محاكمه", "تنحي"})
"""«يطالبون باستقالة X»: a demand that X go names X as the protest's target."""


def _demanded(context: Extraction, words: list[Word], start: int) -> Arg | None:
    """«مطالبين الحكومة ...», «يطالبون باستقالة ساماك»: the named actor right after a demand
    word, or after «ب» and a noun of ousting; «للمطالبة بالإفراج عن فلان» names no target."""
    if start >= len(words) or context.boundary_between(words[start - 1], words[start]):
        return None
    word = words[start]
    clitic = word.readings()[-1][0] if word.readings() else ""
    if clitic.lstrip("وف")[:1] == "ب":
        if not word.has(_OUSTING) or start + 1 >= len(words) or \
                context.boundary_between(word, words[start + 1]):
            return None
        start += 1
    mention = context.mention_starting_in(words[start])
    if mention is not None and mention.entity_id and mention.label in AGENT_LABELS and \
            not context.is_nisba(mention) and not context.attached_prefix(mention):
        return Arg(mention.entity_id, mention.start, mention.end)
    phrase = actor_phrase(context, words, start)
    if phrase is not None:
        return phrase[0]
    return protested_phrase(context, words, start, authority=True)  # «مطالبين الحكومة المحلية»


def _named_in_phrase(context: Extraction, words: list[Word], start: int) -> Arg | None:
    """The first named actor (a mention or an actor phrase) among the first words of the
    phrase at ``words[start]``."""
    for index in range(start, min(len(words), start + _OBJECT_REACH)):
        if context.boundary_between(words[index - 1], words[index]) or \
                (index > start and _opens_complement(words[index])):
            return None
        mention = context.mention_starting_in(words[index])
        if mention is not None and mention.entity_id and mention.label in AGENT_LABELS and \
                not context.is_nisba(mention):
            return Arg(mention.entity_id, mention.start, mention.end)
        phrase = actor_phrase(context, words, index)
        if phrase is None and perpetrator_end(context, words, index) is not None and \
                words[index].has(FORCE_HEADS):  # «ضد وجود القوات الإثيوبية»
            phrase = perpetrator_phrase(context, words, index)
        if phrase is not None:
            return phrase[0]
    return None


def _opens_complement(word: Word) -> bool:
    """«على قرار الحكومة بغزو العراق»: a word with «ب» inside the phrase opens what the noun
    decides or does; «ضد الحكومة في كينيا»: «في» opens where the protest is. A name in either
    is not what the protest is against."""
    clitic = word.readings()[-1][0] if word.readings() else ""
    return clitic.lstrip("وف")[:1] == "ب" or word.norm == "في"


_ON_REACH = 8


def _object_on(context: Extraction, words: list[Word], start: int) -> int:
    """«سيطرت قوات المقاومة في محافظتي الضالع وعدن على «مثلث العند»»: the «على» of a verb of
    seizing may follow the subject's own place phrase; the first «على» of the clause after the
    subject opens the object (``start`` itself when none is found)."""
    for index in range(start, min(len(words), start + _ON_REACH)):
        if index > start and context.boundary_between(words[index - 1], words[index]):
            break
        if words[index].norm == "علي":
            return index
    return start


def _quoted_object(context: Extraction, words: list[Word], on: int) -> Arg | None:
    """«سيطرت القوات على «مثلث العند»»: a short name in quotation marks after «على» that no
    entity covers is the object seized."""
    if on + 1 >= len(words) or words[on].norm != "علي" or \
            context.gap(words[on], words[on + 1]).strip() not in {"«", "\""}:
        return None
    for last in range(on + 1, min(len(words), on + 5)):
        closing = context.doc.text[words[last].end:words[last].end + 1]
        if closing in {"»", "\""}:
            first = words[on + 1]
            if context.covering_mention(first.start) is not None:
                return None
            name = context.doc.text[first.start:words[last].end]
            return Arg(context.add_entity("Miscellaneous", name), first.start, words[last].end)
        if last > on + 1 and context.boundary_between(words[last - 1], words[last]):
            return None
    return None


_LAM_CLASSES = frozenset({"Attack", "MilitaryOperation", "Killing"})
_LAM_HEADS = STRUCK_PLACES | PERSON_STATUS | frozenset({
    "مدينه", "قريه", "بلده", "مخيم", "منطقه", "حي", "مدن", "قري", "بلدات", "مناطق", "اراضي",
    "مواقع", "منشات", "اهداف", "مقرات", "مراكز", "مدنيين", "المدنيين", "سكان", "اسري",
})
"""Plain nouns a «ل» object of an event noun names as what was struck, entered or killed
(«اقتحام قوات الاحتلال للمسجد», «قصف التحالف لمواقع المتمردين»); not a masdar of purpose
(«هجوم الحوثيين للسيطرة على ...»)."""


def lam_object(context: Extraction, words: list[Word], draft: Draft) -> Arg | None:
    """«غزو العراق للكويت», «اجتياح إسرائيل لقطاع غزة», «الغزو الأمريكي للعراق»,
    «اقتحام قوات الاحتلال للمسجد»: after an event noun whose doer is its genitive (or its
    nisba) right after it, what it was done to follows «ل». The name there (for a killing,
    not a place), or a plain noun of a place, a building or people, with its genitive."""
    if draft.verb or draft.label not in _LAM_CLASSES:
        return None
    trigger = draft.word.index - words[0].index
    if _after_light_verb(words, draft):  # «قاموا بقصف متعمد لمنطقة سد الجبلين»
        at = trigger + 1
        if at + 1 < len(words) and context.covering_mention(words[at].start) is None and \
                not words[at].readings()[-1][0] and \
                not context.boundary_between(words[at], words[at + 1]):
            at += 1  # one adjective of the deed («متعمد», «عشوائي»)
        if at < len(words) and not context.boundary_between(words[at - 1], words[at]):
            found = _lam_named(context, words, at, draft) or _lam_phrase(context, words, at)
            if found is not None:
                return found
    for agent in (a for a in draft.arguments if a.role == "agent"):
        first, last = context.word_at(agent.start), context.word_at(max(agent.start, agent.end - 1))
        if first is None or last is None or first.index - words[0].index != trigger + 1:
            continue
        at = last.index - words[0].index + 1
        if at >= len(words) or context.boundary_between(words[at - 1], words[at]):
            return None
        return _lam_named(context, words, at, draft) or _lam_phrase(context, words, at)
    return None


def _lam_named(context: Extraction, words: list[Word], at: int, draft: Draft) -> Arg | None:
    mention = context.mention_starting_in(words[at])
    if mention is None or not mention.entity_id or context.is_nisba(mention) or \
            not context.attached_prefix(mention).lstrip("وف").startswith("ل"):
        return None
    if mention.label not in AGENT_LABELS and not (is_place(mention.label) and
                                                  draft.label != "Killing"):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


def _lam_phrase(context: Extraction, words: list[Word], at: int) -> Arg | None:
    word = words[at]
    if context.covering_mention(word.start) is not None:
        return None
    for prefix, rest in word.readings():
        if prefix.lstrip("وف") not in {"ل", "لل"} or rest.removeprefix("ال") not in _LAM_HEADS:
            continue
        skip = len(prefix)
        last = with_genitive(context, words, at)
        text = context.doc.text[word.start + skip:words[last].end]
        name = ("ال" + text) if prefix.endswith("لل") else text
        return Arg(context.add_entity("Miscellaneous", name), word.start, words[last].end)
    return None


def add_victim(context: Extraction, words: list[Word], after: int, draft: Draft,
            count: Count | None) -> None:
    """The unnamed victim phrase where the object of a violent or seizing trigger starts."""
    if not any(a.role == "target" for a in draft.arguments):
        lam = lam_object(context, words, draft)
        if lam is not None:  # «اجتياح إسرائيل لقطاع غزة»
            draft.add("target", lam)
            return
    form = trigger_form(draft.word)
    seizing = form in OBJECT_AFTER_ON if draft.verb else form in SEIZING_NOUNS
    assault_on = assaults_on(draft)  # «اعتدى مستوطنون على المصلين»: the victim follows «على»
    if draft.verb and trigger_form(draft.word) in _RETAKING and \
            not any(a.role == "target" for a in draft.arguments):
        place = retaken_place(context, words, after)  # «استعادت قصر الرئاسة»
        if place is not None:
            draft.add("target", place)
        return
    offensive = draft.label == "MilitaryOperation" and not draft.verb and \
        _on_after(context, words, after)  # «هجوماً برياً على غابة سامبيسا»
    aimed = draft.verb and trigger_form(draft.word) in AIMING_FORMS
    allowed = victim_phrase_allowed(draft) or (
        (aimed or assault_on or carries_subject(draft, words, after)) and not any(
            a.role == "target" for a in draft.arguments))  # «أن التفجيرات استهدفت 3 سيارات»:
    # the subject of a verb of aiming is never a plain noun after it, nor the phrase after
    # «على», nor the noun after a verb whose plural ending holds its subject («اختطفوا جنوداً»)
    if not (draft.label in VIOLENT or seizing or offensive or
            fought_genitive(draft, words, after)):
        return
    start, crossed = (_object_on(context, words, after), False) if seizing or assault_on \
        else past_adjunct(context, words, after)
    if not draft.verb and not seizing:
        start = past_paired(words, _past_adjectives(context, words, start, _definite(draft)))
        # «القصف وإطلاق النار على قرى أمامية»: the «على» phrase after the second noun
    elif draft.verb and not seizing and not assault_on and not crossed and \
            not any(a.role == "target" for a in draft.arguments):
        subject_end = after_force_subject(context, words, start)  # «وقصفت الطائرات مدرسة»:
        if subject_end != start:  # the subject is said, the object follows; whether the gold
            allowed = draft.construed = True  # takes the bare force as the agent is unsure
        start = subject_end
    if not allowed:
        return
    victim = _counted_object(context, words, start, count) or (
        pronoun_victims(context, words, start)
        if draft.verb and draft.label == "Killing" else None) or \
        unnamed_target(context, words, start, (draft.verb and not seizing and not assault_on) or
                       _counted_genitive(draft, words, start) or
                       _light_deed(words, draft, start) or
                       fought_genitive(draft, words, start), crossed, aimed) or (
        _quoted_object(context, words, start) if seizing else None) or \
        genitive_object(context, words, start, draft)
    if victim is not None:
        draft.add("target", victim)


def _light_deed(words: list[Word], draft: Draft, start: int) -> bool:
    """«قاموا بتفجير 6 سيارات»: a verbal noun behind «ب» after a light verb is the verb of
    the clause; the noun after it is its object, as after the verb itself (only a counted
    phrase: «قام بتفجير الموقف» is left to the named rules)."""
    return start < len(words) and _after_light_verb(words, draft) and (
        number_value(words[start]) is not None or words[start].bare() in _COUNTING)


def _after_light_verb(words: list[Word], draft: Draft) -> bool:
    """«قاموا بتفجير», «قامت بقصف»: a violent verbal noun behind «ب» right after a light
    verb."""
    at = draft.word.index - words[0].index
    if at <= 0 or draft.verb or draft.label not in VIOLENT:
        return False
    attached = draft.word.readings()[-1][0] if draft.word.readings() else ""
    if not attached.lstrip("وف").startswith("ب"):
        return False
    while at > 1 and _day_time(words[at - 1]):
        at -= 1  # «قامت اليوم بقصف», «قام الجيش صباح اليوم بتفجير»
    return words[at - 1].has(LIGHT_VERBS) or draft.agent_source == "light"  # «قام الحوثيون
    # بقصف»: the light verb's subject between


_DAY_TIMES = frozenset({"صباح", "مساء", "فجر", "ظهر", "ليل", "ليله", "صباحا"})


def _day_time(word: Word) -> bool:
    """«اليوم», «أمس», «الاثنين», «صباح»: a time word between a light verb and its noun."""
    return word.norm in RELATIVE_DAYS or word.bare() in RELATIVE_DAYS or \
        word.norm in WEEKDAYS or word.bare() in WEEKDAYS or word.norm in _DAY_TIMES


_COUNTING = frozenset({"عدد", "عددا", "بعض", "عشرات"})
"""Quantifiers that count what a light verb's deed was done to («قاموا بتفجير عدد من
السيارات»); not «كل»: «قامت بتفجير كل المخزون النفطي» has no target in the gold."""


def _counted_genitive(draft: Draft, words: list[Word], start: int) -> bool:
    """«مقتل عدد من المدنيين», «اغتيال العديد من الكفاءات», «مقتل بعض الأجانب»: a quantified
    phrase right after a noun whose genitive is the victim is the victims, as a verb's
    object would be; a single noun there («مقتل سائق الشاحنة») is left to the named rules,
    as it often heads a longer description."""
    return draft.patient and start < len(words) and (
        words[start].bare() in TARGET_QUANTIFIERS or words[start].norm in TARGET_QUANTIFIERS)


def _counted_object(context: Extraction, words: list[Word], start: int,
                    count: Count | None) -> Arg | None:
    """«خطف مسلحون 15 شخصاً»: a counted phrase right where the object starts is the victims;
    «أكثر من» before the count («قتل الجيش أكثر من 200 إرهابي») opens the phrase."""
    if count is None or start >= len(words):
        return None
    skip = approximated(words, start)
    skip = skip if skip == 2 else 0  # «نحو 30»: the count itself opens at «نحو»
    if count.start != words[start + skip].start or \
            perpetrator_end(context, words, start + skip + 1) is not None:
        return None  # «فجّر 3 انتحاريين أنفسهم»: the doers, counted
    first, end = counted_victims(context, count)
    first = words[start].start if skip else first
    return Arg(context.add_entity("Miscellaneous", context.doc.text[first:end]), first, end)


def victim_phrase_allowed(draft: Draft) -> bool:
    """An unnamed victim phrase («وقتل بعض الأجانب») is read only when the trigger has its
    agent already, or no agent can follow it (a noun, a plural verb), and no target."""
    if any(a.role == "target" for a in draft.arguments):
        return False
    has_agent = any(a.role == "agent" for a in draft.arguments)
    return has_agent or not draft.verb


_OBJECT_REACH = 5
_ON = frozenset({"علي", "ضد"})


def unread_object(context: Extraction, words: list[Word], position: int) -> bool:
    """«فتحوا النار على الشاحنة», «بدأ الجيش هجوماً برياً على غابة سامبيسا»: «على»/«ضد» in
    the trigger's clause a few words after it, before a plain word that no name covers: the
    deed has an object, and no rule read it as the target (see ``event_confidence``)."""
    for index in range(position + 1, min(len(words) - 1, position + 1 + _OBJECT_REACH)):
        word = words[index]
        if context.boundary_between(words[index - 1], word):
            return False
        if word.bare() in _ON and context.covering_mention(word.start) is None:
            following = words[index + 1]
            return not context.boundary_between(word, following) and \
                context.covering_mention(following.start) is None
    return False


_ADJECTIVE_REACH = 2


def _definite(draft: Draft) -> bool:
    """The trigger is a definite noun («الغارات»)."""
    form = trigger_form(draft.word)
    return any("ال" in prefix for prefix, rest in draft.word.readings() if rest == form)


def _past_adjectives(context: Extraction, words: list[Word], start: int,
                     definite: bool = False) -> int:
    """«هجوم انتحاري على حاجز», «هجمات متزامنة على مواقع الجيش»: the adjectives of an event
    noun before the «على»/«ضد» of its object (one or two plain indefinite words, no name, no
    preposition, no number); the index of «على», or ``start`` when none is there."""
    for index in range(start, min(len(words), start + _ADJECTIVE_REACH + 1)):
        word = words[index]
        if index > start and context.boundary_between(words[index - 1], word):
            return start
        if word.bare() in _ON:
            return index if index > start else start
        if context.covering_mention(word.start) is not None or word.norm[:1].isdigit() or \
                (word.norm.startswith("ال") and not (definite and _nisba(word))) or \
                word.bare() in PREPOSITIONS or find_event(word.norm) is not None:
            return start  # a definite noun keeps its definite nisba: «الغارات الجوية على»
    return start


def _nisba(word: Word) -> bool:
    """«الجوية», «الانتحاري»: a definite nisba adjective as printed."""
    return word.norm.startswith("ال") and word.norm.endswith(("ي", "يه", "يين", "يون")) and \
        len(word.norm) > 5


def _on_after(context: Extraction, words: list[Word], after: int) -> bool:
    """«على» right after an operation noun, or past its adjectives: what it is against."""
    start = _past_adjectives(context, words, after)
    return start < len(words) and words[start].bare() in _ON
