"""Stance objects read from a phrase rather than from the first name after the trigger.

A descriptive phrase before any name («رفض الاتهامات», «رحب بالقرار»), also a people or
government with its nisba standing for the country («الشعب اليمني»), never the action an
appeal demands («داعيا لتمكين ...»); a chain of nouns in iḍāfa closed by a definite noun or
a name, as a whole («رفضت مصر قرار مجلس إدارة الاتحاد»); the antecedent a resumptive
pronoun refers to («القرار الذي رفضه الوزير»); the actor of a praised deed («وهنأ الرئيس
بالانتصارات التي حققتها المقاومة»); and the person a bare title stands for («ورحب الرئيس
بمبعوث دول المجلس»).

This module decides when a descriptive phrase is the object (:func:`topic_object`,
:func:`topical`); the constructs and antecedents are read in
:mod:`kg.relations.stance_construct_objects`, the deed's actor, the one congratulated
and the titled person in :mod:`kg.relations.stance_deed_objects`, the shared word
classes in :mod:`kg.relations.stance_object_words`; their names are re-exported here.
"""

from __future__ import annotations

from kg.relations.actors import INSTITUTION_HEADS
from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.deeds import RELATIONAL_NOUNS
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    FUNCTION_WORDS,
    StanceTrigger,
)
from kg.relations.rules import ArgsHow
from kg.relations.stance_construct_objects import construct_phrase, resumed, resumed_antecedent
from kg.relations.stance_critic_things import CRITIC_KINDS, criticized_policy
from kg.relations.stance_deed_objects import congratulated, first_deed, phrase_object, titled_object
from kg.relations.stance_described_as import named_as
from kg.relations.stance_described_groups import described_group
from kg.relations.stance_group_objects import group_phrase
from kg.relations.stance_noun_demands import noun_demand
from kg.relations.stance_object_words import (
    COLLECTIVE_HEADS,
    CONSTRUCT_HEADS,
    DEED_KINDS,
    PROPOSALS,
    TIME_WORDS,
    adjective_like,
    content_noun,
)
from kg.relations.stance_phrases import (
    LAM_NOUNS,
    RELATIVES,
    boundary,
    definite,
    glued_lam,
    titled_name_follows,
    topic_entity,
)
from kg.relations.stance_pointed_things import (
    concluded,
    decided_thing,
    decree,
    pointed_with_ba,
    quantified_entity,
    quantified_with_ba,
)
from kg.relations.stance_welcomed_acts import welcomed_act
from kg.text.normalize import normalize_key

__all__ = [
    "COLLECTIVE_HEADS",
    "PRAISED_HEADS",
    "TIME_WORDS",
    "addressee_only",
    "adjective_like",
    "congratulated",
    "construct_phrase",
    "content_noun",
    "demanded_action",
    "first_deed",
    "phrase_object",
    "praised_thing",
    "resumed",
    "resumed_antecedent",
    "titled_object",
    "topic_object",
    "topical",
]


def _people_of(context: Extraction, words: list[Word], index: int) -> bool:
    """«الشعب اليمني», «الحكومة المصرية»: a people or a government and its nisba, tagged as
    the country, stand for the country (read as a nisba candidate), not for a topic «الشعب»
    cut short at the tagged nisba."""
    return index + 1 < len(words) and words[index].has(COLLECTIVE_HEADS) and \
        definite(words[index]) and not context.boundary_between(words[index], words[index + 1]) \
        and context.covering_mention(words[index + 1].start) is not None \
        and context.country_for_nisba(words[index + 1]) is not None


def topic_object(context: Extraction, words: list[Word], first_word: int,
                 trigger: StanceTrigger, candidates: list[Candidate],
                 how: ArgsHow, crossing: bool = False) -> Candidate | None:
    """A descriptive phrase as the object, before any named candidate («رفض الاتهامات»,
    «رحب بالقرار»): never the demand of an appeal or the charge of a criticism after «ب»,
    a people, or a titled person."""
    if (candidates and candidates[0].word_index <= first_word) or \
            not topical(context, words, first_word, trigger, how, crossing):
        return None
    act = welcomed_act(context, words, first_word) if trigger.kind in DEED_KINDS else None
    if act is not None:  # «رحب بالإفراج عن المعتقلين»: the act and its complement
        node = context.add_entity("Miscellaneous", act.name, normalize_key(act.name))
        return Candidate(Arg(node, act.start, act.end), "", None, first_word, "topic")
    topic = topic_entity(context, words, first_word) or \
        quantified_entity(context, words, first_word, PROPOSALS)  # «بأي مبادرة»
    if topic is not None and trigger.kind == "urges":
        topic = addressee_only(context, words, first_word, topic)
    return Candidate(topic, "", None, first_word, "topic") if topic is not None else None


def addressee_only(context: Extraction, words: list[Word], first_word: int, topic: Arg) -> Arg:
    """«وناشدت الأمم المتحدة المنظمات الدولية التدخل»: an appeal's addressee, a group of
    people with the article, ends with its head and adjectives; the definite noun after
    them is the demand, its second object, never part of who is urged."""
    found = group_phrase(context, words, first_word)
    if found is None or found[0].end >= topic.end or found[0].start != topic.start or \
            not words[first_word].norm.startswith("ال"):
        return topic  # «أهالي وزوار المدينة»: a construct stays whole
    phrase = found[0]
    node = described_group(context, phrase.start, phrase.end) or \
        context.add_entity("Miscellaneous", phrase.name, normalize_key(phrase.name))
    return Arg(node, phrase.start, phrase.end)


def topical(context: Extraction, words: list[Word], first_word: int, trigger: StanceTrigger,
            how: ArgsHow, crossing: bool = False) -> bool:
    """Whether a descriptive phrase at ``first_word`` may be the object (see
    :func:`topic_object`); after punctuation only when ``crossing`` a comma that closes
    the subject's apposition or adjunct."""
    topical = trigger.topic_object or (
        trigger.phrase_object and first_word < len(words) and trigger.kind == "praises" and
        praised_thing(words[first_word]) and not _relational_genitive(words, first_word)
    ) or (  # «من أشد منتقدي تدابير التقشف»: one of the critics of a policy
        trigger.phrase_object and trigger.kind in CRITIC_KINDS and
        criticized_policy(words, first_word)
    ) or (
        trigger.kind in DEED_KINDS and not trigger.deed_object and first_word < len(words)
        and (_proposal(words[first_word]) or _institution(words[first_word]) or
             _undertaking(context, words, first_word) or decree(context, words, first_word)
             or pointed_with_ba(words, first_word, PROPOSALS)
             or quantified_with_ba(context, words, first_word, PROPOSALS) is not None
             or concluded(context, words, first_word, CONSTRUCT_HEADS)
             or decided_thing(context, words, first_word)
             or welcomed_act(context, words, first_word) is not None))
    if not topical or first_word >= len(words) or (not crossing and boundary(
            context, words[first_word - 1], words[first_word])):
        return False
    opening = words[first_word]
    demand = trigger.kind == "urges" and (opening.norm.startswith("ب") or (
        not trigger.noun and glued_lam(opening) and opening.norm not in LAM_NOUNS) or
        # «دعا X للتوصل»: the demand, or a prayer; «طالب لجنة الاحتراف»: whom it asks
        demanded_action(opening) or  # «داعيا لتمكين ...», «بدعوته لمبايعة ...»
        noun_demand(context, words, first_word, trigger, how))  # «دعوة روسيا للحوار»
    charge = trigger.kind == "criticizes" and opening.norm.startswith("ب") and \
        not named_as(words, first_word)  # «انتقد X ما وصفه بالتدخل»: no charge
    lam = not trigger.noun and trigger.kind not in _SAME_AS_NOUN and not trigger.requires \
        and opening.norm not in LAM_NOUNS and (
        glued_lam(opening) or (opening.norm.startswith("ل") and len(opening.norm) <= 3)
    ) and _names_institution(context, words, first_word, how)
    loose = how == "genitive" and not opening.norm.startswith("ل") and \
        not (trigger.kind in _BA_KINDS and (_proposal(opening) or _undertaking(
            context, words, first_word) or welcomed_act(context, words, first_word)
            is not None))  # «ترحيب مصر بالاتفاق», «ترحيبها بالإفراج عن»
    return not (demand or charge or lam or loose or _people_of(context, words, first_word)
                or titled_name_follows(context, words, first_word))


_BA_KINDS = frozenset({"welcomes", "praises"})
"""Kinds whose verb takes its object with «ب» («رحب بـ», «أشاد بـ»): after the
noun's named genitive agent («ترحيب الولايات المتحدة بالاتفاق النووي») a decision or an
agreement after «ب» is still the object, as after «ل»."""

_SAME_AS_NOUN = frozenset({"rejects", "supports", "denies"})
"""Kinds whose verb is spelt like its verbal noun («رفض», «دعم», «نفى»): «رفض اليونان
للإصلاحات» is the noun and its object after «ل»."""


def _names_institution(context: Extraction, words: list[Word], index: int,
                       how: ArgsHow) -> bool:
    """«حذرت الجمعية السعودية لطب العيون», «منظمة الأمم المتحدة للأغذية»: the word at
    ``index`` follows an institution's name (read as the subject, or tagged short of its
    «ل» construct), so a «ل» there goes on naming it."""
    if how == "institution":
        return True
    before = context.covering_mention(words[index - 1].start) if index > 0 else None
    return before is not None and before.label in AGENT_LABELS - {"Person"} and \
        not context.is_nisba(before)


def demanded_action(word: Word) -> bool:
    """«لتمكين», «لمبايعة», «للتعاون», «لاستخدام», «لاحترام»: a verbal noun of a derived form
    after a glued «ل» is what an appeal asks for, not whom it asks («للدول المجتمعة»)."""
    for prefix, rest in word.readings()[1:]:
        if not prefix.lstrip("وف").startswith("ل") or rest.startswith("ال"):
            continue
        size = len(rest)
        if (size == 5 and rest[0] == "ت" and (rest[3] == "ي" or rest[2] == "ا")) or \
                (size == 6 and rest[0] == "م" and rest[2] == "ا" and rest[-1] == "ه") or \
                (size == 6 and rest[0] == "ا" and rest[2] == "ت" and rest[4] == "ا") or \
                (size >= 6 and rest.startswith("است") and rest[-2] == "ا"):
            return True  # تفعيل, تفاعل, مفاعلة, افتعال, استفعال
    return False


PRAISED_HEADS = frozenset({
    "نتائج", "تنظيم", "خدمات", "تطور", "تقدم", "تسهيلات", "توجيهات", "فكره", "تجربه",
    "خطوه", "خطوات", "اجراءات", "برامج", "مشاريع", "قرار", "قرارات", "استجابه",
})
"""Heads of a phrase a verb of praise takes as its object though it names no one: a result
or a measure («النتائج المالية», «الإجراءات المتخذة»), never a thing appraised («الأراضي
المنزوعة»). A deed or quality of no named actor («الجهود المبذولة», «المستوى الفني
للاعبين») praises no one the graph can hold: :func:`phrase_object` finds the deed's actor
when one is named."""


def _relational_genitive(words: list[Word], index: int) -> bool:
    """«بدور الأشقاء»: a genitive that names a group only through a referent given
    elsewhere leaves the phrase naming no one."""
    return index + 1 < len(words) and words[index + 1].norm in RELATIONAL_NOUNS


def praised_thing(word: Word) -> bool:
    """Whether ``word`` (with «ب», «ال» or neither) heads a praised phrase (see
    :data:`PRAISED_HEADS`)."""
    return any(prefix.lstrip("وف") in {"", "ب", "ال", "بال"} and
               rest.removeprefix("ال") in PRAISED_HEADS for prefix, rest in word.readings())


def _institution(word: Word) -> bool:
    """«بوزارة الإسكان», «بجمعية حماية المستهلك»: the head of an institution's name after
    «ب», which no tagger named (a praise or a welcome of it)."""
    return any(prefix.lstrip("وف") in {"ب", "بال"} and rest in INSTITUTION_HEADS
               for prefix, rest in word.readings())


_UNDERTAKINGS = frozenset({
    "عمليه", "عمليات", "حمله", "حملات", "انتخابات", "محادثات", "مفاوضات", "حوار",
    "اصلاحات", "انتصار", "انتصارات", "انجاز", "انجازات", "اجتماع", "قمه",
})
"""What is undertaken or achieved (an operation, a campaign, elections, talks, reforms, a
victory, a summit): praised or welcomed as a deed or an event when a definite adjective
qualifies it («بالعملية العسكرية», «بالانتخابات البرلمانية», «بالمحادثات الجارية»)."""


def _undertaking(context: Extraction, words: list[Word], index: int) -> bool:
    """«بالعملية العسكرية», «بالحملة الأمنية»: an undertaking after «ب» with the article,
    and right after it, in the same clause, a definite adjective (not a relative, not a
    name): a lone «بالعملية» or «بالاجتماع» names nothing an analyst could tell apart."""
    word = words[index]
    if index + 1 >= len(words) or not any(
            prefix.lstrip("وف") == "بال" and rest in _UNDERTAKINGS
            for prefix, rest in word.readings()):
        return False
    after = words[index + 1]
    named = context.covering_mention(after.start)
    return not context.boundary_between(word, after) and after.norm.startswith("ال") and \
        after.norm not in RELATIVES and after.norm not in FUNCTION_WORDS and \
        (named is None or context.is_nisba(named))  # «بالانتخابات الفلسطينية»


def _proposal(word: Word) -> bool:
    """«بالقرار», «بالاتفاق النووي», «بهذه الخطوة»: a decision or agreement after «ب»."""
    return any(prefix.lstrip("وف").startswith("ب") and rest.removeprefix("ال") in PROPOSALS
               for prefix, rest in word.readings())


