"""The subject of the verb that carries an event noun, as the event's agent.

A support verb governs its event noun as object («ارتكبت الميليشيات مجزرة», «التحالف
الذي شن نحو 15 غارة», «نظمت اللجنة المنظمة مهرجانا»), before it or right after it with
the noun as its object pronoun («لهجوم شنّه مقاتلون», «قصف قام به المتمردون»); a light
verb may stand far before its «ب» noun («قام الأمير ... اليوم بزيارة»). Their subject is
read right after the verb, also behind a head noun that names the kind of actor («قصف
المتمردون الحوثيون»), and the other roles of the noun start after it.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.actors import institution_between
from kg.relations.arguments import chain, subject_after, subject_before
from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.event_bystanders import source_filtered
from kg.relations.event_doers import perpetrator, unnamed_subject
from kg.relations.event_draft import ATTACK_OFFENSIVES, GENERIC_HEADS, VIOLENT, trigger_form
from kg.relations.event_light_asides import apposed_aside, comma_between
from kg.relations.event_object_after_head import object_after_head
from kg.relations.event_that_subjects import that_actor_phrase
from kg.relations.index import AGENT_LABELS, Arg, ArgsAfter, Word
from kg.relations.lexicon import (
    EVENT_TRIGGERS,
    LIGHT_VERBS,
    RELATIVE_PRONOUNS,
    SUPPORT_VERBS,
    TITLE_HEADS,
    find_event,
)
from kg.relations.perpetrators import past_adjunct, perpetrator_end
from kg.relations.targets import crowd_end, crowd_phrase

_LIGHT_REACH = 20
"""How many words a light verb may stand before its «ب» noun: a long title may come between."""


def distant_light_subject(context: Extraction, words: list[Word], position: int,
                          sentence: Sentence) -> list[Arg]:
    """«قام محافظ ثادق عبد الله السلامة يرافقه مدير الشرطة بزيارة», «قام الأمير محمد بن سلمان
    ولي ولي العهد اليوم بزيارة», «إن الحكومة قامت بجولات»: a noun with «ب» that a light verb
    earlier in the clause governs; its agent is the light verb's subject (after it, or the
    name right before it), not the nearest name before the noun."""
    if not any(prefix.lstrip("وف")[:1] == "ب" for prefix, rest in words[position].readings()
               if rest in EVENT_TRIGGERS):
        return []
    inside = False  # an event word seen, maybe in a relative clause on the subject
    closing: int | None = None  # the first word after a comma that may close an aside
    opened = False  # the aside's opening comma was passed
    for index in range(position - 1, max(-1, position - _LIGHT_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            # «وقام الأمير فلان، أمير منطقة جازان، بزيارة»: one aside set off by commas
            if opened or not comma_between(context, words[index], words[index + 1]):
                return []
            if closing is None:
                closing = index + 1
            elif apposed_aside(context, words, index + 1, closing - 1):
                opened = True
            else:
                return []
        if words[index].bare() not in LIGHT_VERBS and words[index].norm not in LIGHT_VERBS:
            if words[index].norm in RELATIVE_PRONOUNS:
                inside = False  # «قام الحوثيون الذين يواجهون عملية ... بقصف»: the event word
                # was the relative clause's
            elif find_event(words[index].norm) is not None:
                inside = True  # another event noun or verb stands between
            continue
        if inside or (closing is not None and not opened):
            return []
        if index == position - 1:
            return []  # read by the adjacent light verb rule
        subjects, _ = subject_after(context, words, index, sentence)
        if subjects:
            return source_filtered(context, subjects)
        return source_filtered(context, subject_before(context, words, index, max_words=3))
    return []


ACTOR_HEADS = GENERIC_HEADS | frozenset({
    "متمردون", "متمردين", "مسلحون", "مسلحين", "مسلحو", "مقاتلو", "مقاتلون", "مقاتلين",
    "طيران", "طائرات", "مقاتلات", "مروحيات", "بوارج", "مدفعيه", "دبابات",
    "افراد", "ناشطو", "ناشطي", "مسلحي", "منتسبو", "منتسبي",
})
"""Heads of a subject phrase before the named group: «المتمردون الحوثيون», «قوات التحالف»,
«طيران التحالف», «أفراد المقاومة الشعبية», «ناشطو الحركة»."""


def verb_subject(context: Extraction, words: list[Word], position: int,
                 sentence: Sentence) -> ArgsAfter:
    """The subject right after a verb (``subject_after``), also behind a head noun that
    names the kind of actor: «قصف المتمردون الحوثيون», «شنت قوات التحالف غارات». A title
    behind «ب» or «ل» is governed, so no subject («التقى بوزير الخارجية فلان»)."""
    if _title_behind_preposition(context, words, position + 1):
        return ArgsAfter([], position + 1)
    subjects, after = subject_after(context, words, position, sentence)
    if subjects:
        return ArgsAfter(subjects, after)
    head = position + 1
    if head + 1 >= len(words) or not words[head].has(ACTOR_HEADS) or \
            context.mention_starting_in(words[head]) is not None or \
            context.boundary_between(words[position], words[head]) or \
            context.boundary_between(words[head], words[head + 1]):
        return ArgsAfter([], position + 1)
    mention = context.mention_starting_in(words[head + 1])
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention) or context.attached_prefix(mention) or \
            object_after_head(words[head], words[head + 1], mention):
        return ArgsAfter([], position + 1)  # «وقصفت الطائرات الحوثيين»: the object
    found = chain(context, mention, sentence, AGENT_LABELS)
    last = context.word_at(max(found[-1].start, found[-1].end - 1))
    return ArgsAfter(found, (last.index - words[0].index + 1) if last is not None else head + 2)


def _title_behind_preposition(context: Extraction, words: list[Word], index: int) -> bool:
    """«بوزير», «لرئيس»: a title word with an attached «ب» or «ل» opens a prepositional
    phrase (the object of «التقى ب»), not the verb's subject."""
    if index >= len(words) or context.mention_starting_in(words[index]) is not None:
        return False
    return any(prefix.lstrip("وف") in {"ب", "ل"} and rest in TITLE_HEADS
               for prefix, rest in words[index].readings())


def support_verb_subject(context: Extraction, words: list[Word], position: int,
                         sentence: Sentence) -> list[Arg]:
    """«ارتكبت الميليشيات الحوثية مجزرة», «التحالف الذي شن نحو 15 غارة»: the subject of the
    support verb that governs the event noun, after it or before «الذي»; «لهجوم شنّه مقاتلون»:
    the support verb right after the noun, with the noun as its object pronoun."""
    hit = find_event(words[position].norm)
    violent = hit is not None and (hit.value in VIOLENT or
                                   trigger_form(words[position]) in ATTACK_OFFENSIVES)
    # «شنّ مسلحون هجوماً»: an offensive's unnamed perpetrators are its doers too
    follower = _supporting_follower(context, words, position)
    if follower is not None:
        subjects, _ = verb_subject(context, words, follower, sentence)
        if subjects:
            return subjects
        if violent and perpetrator_end(context, words, follower + 1) is not None:
            return perpetrator(context, words, follower + 1).args  # «هجوم نفذه مسلحون»
    for index in range(position - 1, max(-1, position - _SUPPORT_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return []
        if not words[index].has(SUPPORT_VERBS):
            if find_event(words[index].norm) is not None:
                return []  # another event word stands between
            continue
        subjects, after = verb_subject(context, words, index, sentence)
        institution = None if subjects else institution_between(
            context, words, index + 1, position)
        if institution is not None:  # «نظمت اللجنة المنظمة مهرجانا»
            subjects, after = [institution], position
        elif not subjects and violent:  # «شنّ مسلحون هجوماً», «المتمردين شنوا الهجوم»
            subjects, after = unnamed_subject(context, words, index) or ([], after)
        elif not subjects and hit is not None and hit.value == "Protest" and \
                index + 1 < position and crowd_end(context, words, index + 1) == position - 1:
            crowd = crowd_phrase(context, words, index + 1)  # «نفذ المتظاهرون اعتصاماً»
            subjects, after = ([crowd[0]], crowd[1]) if crowd is not None else ([], after)
        if index < position - 3:  # further back, only the subject may stand between
            return subjects if _counted_from(context, words, after, position) else []
        if subjects:
            return subjects
        fronted = that_actor_phrase(context, words, index)
        if fronted is not None:  # «إن قوات التحالف شنت ثماني غارات»: the clause's subject
            return [fronted]
        if index > 0 and words[index - 1].norm in RELATIVE_PRONOUNS:
            return source_filtered(context, subject_before(context, words, index - 1, 4))
        if words[index].norm.startswith("و"):  # «واستولى على ... وشنّ هجمات»: same subject
            return source_filtered(context, subject_before(context, words, index, 15))
        return []
    return []


_QUANTIFIERS = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "عده", "عشرات", "مئات"})


def _counted_from(context: Extraction, words: list[Word], after: int, position: int) -> bool:
    """Only the subject, or the subject and a count of the noun, stands between the support
    verb and its noun: «نفذت قوات التحالف الدولي تسع ضربات جوية» (up to two words of count or
    a run, «سلسلة», behind an adjective of the subject). A time adjunct may come first: «وشن
    التحالف العربي مساء أمس قرابة خمس غارات»."""
    if after < position:
        after = min(position, past_adjunct(context, words, after)[0])
    if after == position:
        return True
    between = words[after:position] if after < position else []
    if between and _subject_adjective(between[0]):
        between = between[1:]  # «شنت جماعة بوكو حرام المتطرفة سلسلة هجمات»
    between = _past_named_foe(context, between)
    between = _past_approximation(between)  # «نفذت طائرات التحالف أكثر من 20 غارة»
    return len(between) <= 2 and all(
        number_value(word) is not None or word.norm in _QUANTIFIERS or word.norm in _SERIES
        for word in between)


_NAME_COMPLEMENTS = frozenset({"ضد", "بقياده"})
"""«التحالف الدولي ضد تنظيم داعش», «التحالف بقيادة الولايات المتحدة»: a phrase that ends the
name of a coalition (whom it fights, who leads it)."""


def _past_named_foe(context: Extraction, between: list[Word]) -> list[Word]:
    """The words after a coalition's complement that ends its subject's name: «نفذت قوات
    التحالف الدولي ضد تنظيم داعش الإرهابي تسع ضربات جوية» leaves «تسع»; ``between`` itself
    when it opens with no such complement, or with no name behind it. A definite noun the
    NER left untagged may stand for the name («التحالف العربي بقيادة المملكة»)."""
    if len(between) < 2 or between[0].norm not in _NAME_COMPLEMENTS:
        return between
    for index in (1, 2):
        mention = context.mention_starting_in(between[index]) if index < len(between) else None
        if mention is None or not mention.entity_id:
            continue
        rest = [word for word in between[index:] if word.start >= mention.end]
        if rest and _subject_adjective(rest[0]):
            rest = rest[1:]  # «ضد تنظيم داعش الإرهابي»
        return rest
    if any(prefix == "ال" for prefix, _ in between[1].readings()) and \
            find_event(between[1].norm) is None:  # «بقيادة المملكة»: a definite noun, unnamed
        rest = between[2:]
        return rest[1:] if rest and _subject_adjective(rest[0]) else rest
    return between


_APPROXIMATIONS = (("اكثر", "من"), ("اقل", "من"), ("ما", "يزيد", "علي"), ("ما", "يزيد", "عن"),
                   ("ما", "لا", "يقل", "عن"))
"""«أكثر من», «ما يزيد على»: words that bound a count from one side («أكثر من 20 غارة»)."""


def _past_approximation(between: list[Word]) -> list[Word]:
    """``between`` less the bound that opens it before a count («أكثر من 20»)."""
    for bound in _APPROXIMATIONS:
        if tuple(word.norm for word in between[:len(bound)]) == bound:
            return between[len(bound):]
    return between


_SERIES = frozenset({"سلسله", "موجه"})
"""«سلسلة هجمات», «موجة غارات»: a run of the events the noun names."""


def _subject_adjective(word: Word) -> bool:
    """«المتطرفة», «الإرهابي»: a definite nisba or participle that ends the subject phrase
    the NER left off (no event word)."""
    return any(prefix in {"ال"} and rest.endswith(("ي", "يه", "ه", "ون", "ين"))
               for prefix, rest in word.readings()) and find_event(word.norm) is None


_SUPPORT_REACH = 12
"""How far before its noun a support verb may stand when its subject, maybe behind a head
noun, fills the words between («واصل عناصر المقاومة الشعبية زحفهم»); nearer, as before,
a short phrase may come between («شن نحو 15 غارة»); a coalition named with its foe fills more
words («نفذت قوات التحالف الدولي ضد تنظيم داعش الإرهابي تسع ضربات»)."""

_BY_IT = frozenset({"به", "بها", "بهم", "بهما"})


def _supporting_follower(context: Extraction, words: list[Word], position: int) -> int | None:
    """The verb after an event noun that takes it as object, whose subject is the agent:
    «لهجوم شنّه مقاتلون», «قصف عشوائي قام به المتمردون» (an adjective may come between)."""
    reach = position + 2
    for index in range(position + 1, position + 4):
        if index > reach or index >= len(words) or \
                context.boundary_between(words[index - 1], words[index]):
            return None
        word = words[index]
        if support_with_object(word):
            return index
        if (word.bare() in LIGHT_VERBS or word.norm in LIGHT_VERBS) and \
                index + 1 < len(words) and words[index + 1].norm in _BY_IT:
            return index + 1
        if word.norm in RELATIVE_PRONOUNS:
            reach = index + 1  # «الحصار الذي يفرضه التحالف»: the relative clause's verb
            continue
        if find_event(word.norm) is not None:
            return None
    return None


def follower_end(context: Extraction, words: list[Word], position: int,
                 sentence: Sentence) -> int:
    """Where the other roles of a noun start: after the subject of the support verb that
    follows it («قصف عشوائي قام به المتمردون على الأحياء», «هجوم شنّه مسلحون على نقطة»: the
    target follows the doer), else right after the noun."""
    follower = _supporting_follower(context, words, position)
    if follower is None:
        return position + 1
    subjects, after = verb_subject(context, words, follower, sentence)
    if subjects:
        return _past_conjuncts(context, words, after)
    phrase = perpetrator_end(context, words, follower + 1)
    return phrase + 1 if phrase is not None else position + 1


def _past_conjuncts(context: Extraction, words: list[Word], after: int) -> int:
    """The index after the names joined to a subject by «و» («قام به المتمردون الحوثيون
    وقوات صالح على ...»), maybe behind an actor head; ``after`` when none follows."""
    for _ in range(3):
        if after >= len(words) or not words[after].norm.startswith("و") or \
                context.boundary_between(words[after - 1], words[after]):
            return after
        head = after + 1 if words[after].has(ACTOR_HEADS) and after + 1 < len(words) else after
        mention = context.mention_starting_in(words[head])
        if mention is None or mention.label not in AGENT_LABELS:
            return after
        last = context.word_at(max(mention.start, mention.end - 1))
        if last is None:
            return after
        after = last.index - words[0].index + 1
    return after


def support_with_object(word: Word) -> bool:
    """«شنّه», «نفذها»: a support verb with an object pronoun."""
    return any(rest.endswith(suffix) and rest[:-len(suffix)] in SUPPORT_VERBS
               for _, rest in word.readings() for suffix in ("ه", "ها", "هم"))
