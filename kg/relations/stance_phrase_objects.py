"""Stance objects read from a phrase rather than from the first name after the trigger.

A descriptive phrase before any name («رفض الاتهامات», «رحب بالقرار»), also a people or
government with its nisba standing for the country («الشعب اليمني»), never the action an
appeal demands («داعيا لتمكين ...»); a chain of nouns in iḍāfa closed by a definite noun or
a name, as a whole («رفضت مصر قرار مجلس إدارة الاتحاد»); the antecedent a resumptive
pronoun refers to («القرار الذي رفضه الوزير»); the actor of a praised deed («وهنأ الرئيس
بالانتصارات التي حققتها المقاومة»); and the person a bare title stands for («ورحب الرئيس
بمبعوث دول المجلس»).
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.actors import INSTITUTION_HEADS
from kg.relations.arguments import COURTESY_TITLES, Candidate, typed_name
from kg.relations.context import Extraction
from kg.relations.deeds import DEED_NOUNS, RELATIONAL_NOUNS, deed_actor, earlier_name
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    PERSON_NOUNS,
    PREPOSITIONS,
    RESUMPTIVE,
    StanceTrigger,
    find_stance,
)
from kg.relations.role_words import is_title_head
from kg.relations.rules import ArgsHow
from kg.relations.stance_critic_things import CRITIC_KINDS, criticized_policy
from kg.relations.stance_described_as import named_as
from kg.relations.stance_described_groups import described_group
from kg.relations.stance_group_objects import group_phrase
from kg.relations.stance_noun_demands import noun_demand
from kg.relations.stance_phrases import (
    COMMAS,
    DEMONSTRATIVES,
    LAM_NOUNS,
    NAME_HEADS,
    QUANTIFIERS,
    RELATIVES,
    Phrase,
    boundary,
    conjunction,
    definite,
    glued_lam,
    prepositional,
    titled_name_follows,
    topic_entity,
    topic_phrase,
    without_clitics,
)
from kg.relations.stance_pointed_things import (
    concluded,
    decided_thing,
    decree,
    pointed_with_ba,
    quantified_entity,
    quantified_with_ba,
)
from kg.relations.stance_title_body_holders import holder_past_body
from kg.relations.stance_titled_holders import repeated_title
from kg.relations.stance_toward_deeds import past_toward
from kg.relations.stance_triggers import live_stance
from kg.relations.stance_welcomed_acts import welcomed_act
from kg.relations.titled import sole_title_holder, title_head
from kg.text.normalize import normalize_key

TIME_WORDS = frozenset({"امس", "اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
                        "الجمعه", "السبت", "الماضي", "الماضيه", "المقبل", "الجاري", "مساء",
                        "صباح", "ايضا", "مجددا"})
"""Time adverbs that may stand between a verb's subject and its object («دعت X الثلاثاء الماضي»)."""

COLLECTIVE_HEADS = NAME_HEADS | frozenset({"عسكريين", "مسؤولين", "مواطنين", "قيادات",
                                           "قياده"})


def _people_of(context: Extraction, words: list[Word], index: int) -> bool:
    """«الشعب اليمني», «الحكومة المصرية»: a people or a government and its nisba, tagged as
    the country, stand for the country (read as a nisba candidate), not for a topic «الشعب»
    cut short at the tagged nisba."""
    return index + 1 < len(words) and words[index].has(COLLECTIVE_HEADS) and \
        definite(words[index]) and not context.boundary_between(words[index], words[index + 1]) \
        and context.covering_mention(words[index + 1].start) is not None \
        and context.country_for_nisba(words[index + 1]) is not None


def content_noun(word: Word) -> bool:
    """A word that may head a noun phrase: not a function word, particle, quantifier,
    demonstrative, title, person noun or honorific."""
    norm, bare = word.norm, word.bare()
    return not (norm in FUNCTION_WORDS or bare in FUNCTION_WORDS or norm in PREPOSITIONS or
                norm in QUANTIFIERS or bare in DEMONSTRATIVES or is_title_head(word) or
                word.has(PERSON_NOUNS) or norm in HONORIFICS or norm in TIME_WORDS or
                norm.isdigit())


_RELATIVE_OF = {"ه": frozenset({"الذي", "والذي"}), "ها": frozenset({"التي", "والتي"})}


def resumed(words: list[Word], position: int) -> bool:
    """«الاتفاق الذي تعارضه إسرائيل», «القرار الذي رفضه الوزير»: a stance verb with the
    pronoun of its object right after a relative of the same gender."""
    if position < 2:
        return False
    norm = words[position].norm
    suffix = "ها" if norm.endswith("ها") else "ه" if norm.endswith("ه") else ""
    if not suffix or words[position - 1].norm not in _RELATIVE_OF[suffix]:
        return False
    verb = find_stance(norm[:-len(suffix)])
    return norm in RESUMPTIVE or (verb is not None and not verb.prefix and not verb.value.noun)


_ANTECEDENT_REACH = 4

_ADJECTIVE_WORDS = frozenset({"الجديد", "الجديده", "الاخير", "الاخيره", "الحالي", "الحاليه",
                              "المقترح", "المقترحه", "الاخيرين"})


def _construct_head(context: Extraction, words: list[Word], first: int) -> int:
    """The indefinite head of a construct ending at ``words[first]`` («قرار المجلس», «قرار
    مجلس الأمن», «مشروع القانون»), past up to two indefinite genitives; ``first`` when
    the words before it are no such head."""
    for head in range(first - 1, max(-1, first - 4), -1):
        word = words[head]
        if context.boundary_between(word, words[head + 1]) or definite(word) or \
                not content_noun(word) or conjunction(word) or \
                context.covering_mention(word.start) is not None:
            return first
        if word.bare() in _CONSTRUCT_HEADS:
            return head
    return first


def adjective_like(word: Word) -> bool:
    """«النووي», «الأمريكية», «الجديدة»: a definite word that reads as an adjective after the
    noun it qualifies (a nisba or a common adjective), not a second noun («المجلس الخطة»)."""
    bare = word.bare()
    return definite(word) and ((bare.endswith(("ي", "يه", "يين", "يون")) and len(bare) > 3)
                               or word.norm in _ADJECTIVE_WORDS)


def resumed_antecedent(context: Extraction, words: list[Word], last: int,
                skip: set[str]) -> Candidate | None:
    """The antecedent that ends at ``words[last]``, before the relative: a name, an event
    kg found, or a definite phrase of up to four words («الاتفاق النووي», «قرار مجلس
    الأمن»), never a phrase that opens with a conjunction or runs past a preposition."""
    if last < 0 or (context.boundary_between(words[last], words[last + 1]) and \
            context.gap(words[last], words[last + 1]).strip() not in COMMAS):
        return None
    word = words[last]
    mention = context.covering_mention(word.end - 1)
    if mention is not None:
        first = context.mention_words(mention)[0] - words[0].index
        head = _construct_head(context, words, first)
        if head < first:  # «اتفاق الطائف الذي يرفضه X»: the agreement, not the city
            kept = words[head:last + 1]
            name = without_clitics(context, kept)
            node = context.add_entity("Miscellaneous", name, normalize_key(name))
            return Candidate(Arg(node, kept[0].start, kept[-1].end), "", None, head, "topic")
        if not mention.entity_id or mention.entity_id in skip or context.is_nisba(mention) \
                or mention.label not in AGENT_LABELS | {"Miscellaneous"}:
            return None
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                         first, "mention")
    event = context.state.event_at_word.get(word.index)
    if event is not None and event not in skip:
        return Candidate(Arg(event, word.start, word.end), "", None, last, "event")
    if not definite(word) or not content_noun(word):
        return None
    first = last
    while first > 0 and last - first + 1 < _ANTECEDENT_REACH and \
            not context.boundary_between(words[first - 1], words[first]) and \
            not prepositional(words[first]) and not conjunction(words[first]):
        before = words[first - 1]
        if not content_noun(before) or before.norm in RELATIVES or \
                context.covering_mention(before.start) is not None or \
                find_stance(before.norm) is not None:
            break
        if definite(before) and adjective_like(words[first]):
            first -= 1  # «الاتفاق النووي», «الخطة الأمريكية الجديدة»
            continue
        first = _construct_head(context, words, first)
        break
    if conjunction(words[first]) or (first == last and words[last].norm in _VAGUE_ANTECEDENTS):
        return None
    kept = words[first:last + 1]
    name = without_clitics(context, kept)
    node = context.add_entity("Miscellaneous", name, normalize_key(name))
    return Candidate(Arg(node, kept[0].start, kept[-1].end), "", None, first, "topic")


_VAGUE_ANTECEDENTS = frozenset({"الامر", "الشيء", "الموضوع", "المساله", "الشان"})
"""«وهو الأمر الذي يعارضه الاتحاد الأوروبي»: «الأمر» stands for the whole clause before
it, and names nothing an object could be."""


def topic_object(context: Extraction, words: list[Word], first_word: int,
                 trigger: StanceTrigger, candidates: list[Candidate],
                 how: ArgsHow, crossing: bool = False) -> Candidate | None:
    """A descriptive phrase as the object, before any named candidate («رفض الاتهامات»,
    «رحب بالقرار»): never the demand of an appeal or the charge of a criticism after «ب»,
    a people, or a titled person."""
    if (candidates and candidates[0].word_index <= first_word) or \
            not topical(context, words, first_word, trigger, how, crossing):
        return None
    act = welcomed_act(context, words, first_word) if trigger.kind in _DEED_KINDS else None
    if act is not None:  # «رحب بالإفراج عن المعتقلين»: the act and its complement
        node = context.add_entity("Miscellaneous", act.name, normalize_key(act.name))
        return Candidate(Arg(node, act.start, act.end), "", None, first_word, "topic")
    topic = topic_entity(context, words, first_word) or \
        quantified_entity(context, words, first_word, _PROPOSALS)  # «بأي مبادرة»
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
        trigger.kind in _DEED_KINDS and not trigger.deed_object and first_word < len(words)
        and (_proposal(words[first_word]) or _institution(words[first_word]) or
             _undertaking(context, words, first_word) or decree(context, words, first_word)
             or pointed_with_ba(words, first_word, _PROPOSALS)
             or quantified_with_ba(context, words, first_word, _PROPOSALS) is not None
             or concluded(context, words, first_word, _CONSTRUCT_HEADS)
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


_CONSTRUCT_REACH = 6


def construct_phrase(context: Extraction, words: list[Word], index: int) -> Phrase | None:
    """«رفضه التام لقرار مجلس إدارة اتحاد الكرة», «رفضت مصر قرار مجلس إدارة الاتحاد»: a
    chain of indefinite nouns in iḍāfa, closed by a definite noun or a name, is the thing
    named (the whole construct, not its last genitive). The chain stops at nothing else:
    punctuation, a conjunction, a preposition, a function word, a relative, another stance
    word or a number leave no object; it is at least three words and at most six."""
    kept: list[Word] = []
    for word in words[index:index + _CONSTRUCT_REACH]:
        if kept and (context.boundary_between(kept[-1], word) or conjunction(word)
                     or (prepositional(word) and word.norm not in LAM_NOUNS)):
            return None
        if live_stance(words, word.index - words[0].index) or word.norm in RELATIVES or \
                word.norm in FUNCTION_WORDS or word.bare() in FUNCTION_WORDS or \
                word.norm in PREPOSITIONS or word.norm.isdigit() or word.norm in QUANTIFIERS \
                or word.bare() in DEMONSTRATIVES or word.norm in TIME_WORDS:
            return None
        mention = context.mention_starting_in(word)
        if mention is not None:
            if not kept or not mention.entity_id or context.is_nisba(mention):
                return None
            last = context.mention_words(mention)[1]
            if last - words[0].index >= len(words):
                return None
            end = words[last - words[0].index]
            return _construct(context, kept, end, len(kept) + 1)
        if context.covering_mention(word.start) is not None:
            return None
        if not kept and not content_noun(word):
            return None
        if definite(word):
            if not kept:
                return None  # «الاتهامات», «قرار المجلس»: the shorter topic phrase reads them
            return _construct(context, kept, word, len(kept) + 1)
        kept.append(word)
    return None


def _construct(context: Extraction, kept: list[Word], end: Word, size: int) -> Phrase | None:
    """The construct from ``kept[0]`` to ``end``, when it is long enough for
    :func:`construct_phrase`."""
    if size < 3:
        return None
    name = without_clitics(context, kept)
    name += context.doc.text[kept[-1].end:end.end]
    return Phrase(kept[0].start, end.end, name)


_DEED_KINDS = frozenset({"praises", "welcomes"})

_PROPOSALS = frozenset({
    "قرار", "قرارات", "اتفاق", "اتفاقيه", "خطوه", "خطوات", "مبادره", "اعلان", "مقترح",
    "اقتراح", "تسويه", "هدنه", "خطه", "اجراءات", "اجراء", "نتائج", "موافقه", "تعديلات",
})
"""What a decision or an agreement is called («رحب بالقرار», «أشاد بالاتفاق»): praise and
welcome take such a phrase as their object, never a guest («رحب بالضيوف»)."""

_CONSTRUCT_HEADS = _PROPOSALS | frozenset({"مشروع", "سياسه", "سياسات", "تصريحات", "موقف",
                                           "مواقف", "قانون", "برنامج", "حكم", "قرارات"})
"""Indefinite heads of a construct that names a thing («قرار مجلس الأمن الذي ...»)."""


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
    return any(prefix.lstrip("وف").startswith("ب") and rest.removeprefix("ال") in _PROPOSALS
               for prefix, rest in word.readings())


_OBJECT_PREFIXES = {"praises": frozenset({"ب", "بال"}), "welcomes": frozenset({"ب", "بال"}),
                    "criticizes": frozenset({"", "ال"}), "urges": frozenset({"", "ال"}),
                    "condemns": frozenset({"", "ال"}), "warns": frozenset({"", "ال"})}
"""How a title as the object joins each verb («رحب بمبعوث», «انتقد الوزير»)."""


def titled_object(context: Extraction, words: list[Word], first_word: int, sentence: Sentence,
                  trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """«ورحب الرئيس بمبعوث دول المجلس»: a title right after the subject, with no name of
    its own after it in the clause, stands for the one person named earlier with it."""
    prefixes = _OBJECT_PREFIXES.get(trigger.kind)
    if prefixes is None or trigger.noun or first_word >= len(words):
        return None
    word = words[first_word]
    head = title_head(word, prefixes)
    if head is None or context.covering_mention(word.start) is not None:
        return None
    for later in words[first_word + 1:first_word + 8]:
        if context.boundary_between(words[later.index - words[0].index - 1], later):
            break
        mention = context.mention_starting_in(later)
        if mention is not None and mention.label == "Person":
            return None  # «بالمبعوث الأممي X»: the name is the object
    person = sole_title_holder(context, word, head)
    if person is None or person in skip:
        return None
    return Candidate(Arg(person, word.start, word.end), "", "Person", first_word, "holder")


def phrase_object(context: Extraction, words: list[Word], first_word: int, sentence: Sentence,
                  trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """The actor of a praised deed, or the person a title stands for."""
    if trigger.kind in _DEED_KINDS:
        deed = _deed_object(context, words, past_toward(words, first_word, trigger), skip,
                            "ل" in trigger.requires)  # «عن تقديره إزاء الجهود التي ...»
        if deed is not None:
            return deed
    return titled_object(context, words, first_word, sentence, trigger, skip)


_ACHIEVEMENTS = DEED_NOUNS | frozenset({
    "تدشين", "افتتاح", "اطلاق", "فوز", "تحقيق", "تتويج", "تاهل",
})
"""What one is congratulated on as one's own deed («التهنئة لـ X على تدشين التوسعة», «على
هذا الإنجاز», «على فوزه»); an occasion («بمناسبة عيد الفطر», «بحلول العيد») is protocol."""
_OFFICE_WORDS = frozenset({"لمقام", "مقام"})
_CONGRATULATED_REACH = 12
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك"})


def congratulated(context: Extraction, words: list[Word], first_word: int,
                  skip: set[str]) -> Candidate | None:
    """«رفع التهنئة لخادم الحرمين الشريفين ... على تدشين التوسعة», «هنأ X الفريق على فوزه»:
    the one congratulated, named right after the congratulation (after «ل», «لمقام» or as
    the verb's object), when «على» and a deed of achievement follow in the sentence before
    any comma; congratulations on an occasion (a feast, an anniversary) praise nothing."""
    index = first_word + 1 if words[first_word].norm in _OFFICE_WORDS else first_word
    if index >= len(words):
        return None
    mention = context.mention_starting_in(words[index])
    if mention is None or not mention.entity_id or mention.entity_id in skip or \
            mention.label not in AGENT_LABELS or context.is_nisba(mention):
        return None
    for later in range(index + 1, min(len(words), index + _CONGRATULATED_REACH)):
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:،,؛;«»\""):
            return None
        if words[later].norm != "علي":
            continue
        deed = later + 1
        if deed < len(words) and words[deed].norm in _DEMONSTRATIVES:
            deed += 1
        if deed < len(words) and _achievement(words[deed]):
            return Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                             mention.label, index, "mention")
        return None
    return None


def _achievement(word: Word) -> bool:
    """«الإنجاز», «تدشين», «فوزه», «نجاحها»: a deed of achievement, with or without its
    article or a possessive pronoun."""
    for _, rest in word.readings():
        bare = rest.removeprefix("ال")
        if bare in _ACHIEVEMENTS or any(bare.endswith(suffix) and bare[:-len(suffix)] in
                                        _ACHIEVEMENTS for suffix in ("ها", "هم", "ه")):
            return True
    return False


def first_deed(context: Extraction, words: list[Word], first_word: int,
               skip: set[str]) -> list[Candidate]:
    """The deed's actor for a congratulation or pride, the deed a word or two on, past the
    rest of the subject's title or the one congratulated («وهنأ رئيس الجمهورية
    بالانتصارات التي حققتها المقاومة»), within the clause."""
    for index in range(first_word, min(len(words), first_word + 3)):
        if index > first_word and context.boundary_between(words[index - 1], words[index]):
            break
        deed = _deed_object(context, words, index, skip)
        if deed is not None:
            return [deed]
    return []


_STYLES = COURTESY_TITLES | HONORIFICS | frozenset({"فضيله", "سعاده", "السمو", "الملكي"})
"""Styles of address before a name («صاحب السمو الملكي الأمير X»)."""


def _past_styles(context: Extraction, words: list[Word], index: int) -> int:
    """«بدعم صاحب السمو الملكي الأمير X», «جهود وزير الصحة المهندس X»: the index of the
    person's name past the styles of address and the title before it, when a person is
    named right after them; else ``index``. A nisba in the title or the describing noun
    («بجهود الرئيس اليمني X», «بفوز الناشطة اليمنية X», «فوز اليمنية X») is part of it, not
    the actor."""
    if index >= len(words) or not (words[index].norm in _STYLES or is_title_head(words[index])
                                   or words[index].has(PERSON_NOUNS) or
                                   _nisba_word(context, words[index])):
        return index  # a nisba alone opens it too: «بفوز اليمنية X»
    later = index
    while later < len(words) and later - index < 6 and \
            _unnamed_or_nisba(context, words[later]):
        word = words[later]
        if word.norm in PREPOSITIONS or word.norm in FUNCTION_WORDS or \
                word.norm in RELATIVES or prepositional(word):
            return index
        later += 1
        if later < len(words) and context.boundary_between(words[later - 1], words[later]):
            return index
    if later == index or later >= len(words):
        return index
    mention = context.mention_starting_in(words[later])
    return later if mention is not None and mention.label == "Person" else index


def _unnamed_or_nisba(context: Extraction, word: Word) -> bool:
    """A word of a title or describing noun before a name: no name, or a nisba."""
    return context.covering_mention(word.start) is None or _nisba_word(context, word)


def _nisba_word(context: Extraction, word: Word) -> bool:
    """A one-word nisba («اليمني», «السعودية») that qualifies the noun or title before a name."""
    mention = context.covering_mention(word.start)
    return mention is not None and context.is_nisba(mention) and \
        mention.start >= word.start and mention.end <= word.end


def _titled_actor(context: Extraction, words: list[Word], index: int,
                  skip: set[str]) -> Candidate | None:
    """«بجهود وزير الصحة» after «وزير الصحة خالد الفالح»: a title (past a style) with no
    name after it is the person that title named earlier."""
    repeated = repeated_title(context, words, index)
    if repeated is None or repeated[0] is None:
        return _regional_title_holder(context, words, index, skip)
    holder = repeated[0]
    if holder.node_id in skip:
        return None
    return Candidate(Arg(holder.node_id, words[index].start, words[repeated[1] - 1].end), "",
                     "Person", index, "holder")


_REGIONS = {"المنطقه": "منطقه", "المحافظه": "محافظه", "المدينه": "مدينه"}
"""«أمير المنطقة» for «أمير منطقة المدينة»: the region a title shortens to its kind."""


def _regional_title_holder(context: Extraction, words: list[Word], index: int,
                           skip: set[str]) -> Candidate | None:
    """«بدعم صاحب السمو الملكي أمير المنطقة» after «الأمير X أمير منطقة المدينة»: a title
    shortened to «المنطقة» («المحافظة», «المدينة») is the one person the text introduced
    earlier with that title of a named region («أمير منطقة ...»); no one when two were."""
    start = index
    while index < len(words) and index - start < 4 and words[index].norm in _STYLES:
        index += 1
    if index + 1 >= len(words) or not is_title_head(words[index]) or \
            context.boundary_between(words[index], words[index + 1]):
        return None
    region = _REGIONS.get(words[index + 1].norm)
    if region is None:
        return None
    head = words[index].bare()
    persons = {role.person_id for role in context.roles
               if role.start < words[start].start and
               role.position_name.split()[:2] == [head, region]}
    if len(persons) != 1:
        return None
    (person,) = persons
    if person in skip:
        return None
    return Candidate(Arg(person, words[start].start, words[index + 1].end), "", "Person", start,
                     "holder")


def _deed_object(context: Extraction, words: list[Word], first_word: int,
                 skip: set[str], lam: bool = False) -> Candidate | None:
    """«أشاد بأداء رجال الداخلية», «بالدور الذي يلعبه الجيش», «عن تقديره للجهود التي تبذلها
    مصر» (``lam``: a noun that takes its object with «ل»): the actor of the deed."""
    index = deed_actor(context, words, first_word, lam)
    if index is None:
        return None
    index = _past_styles(context, words, index)
    holder = holder_past_body(context, words, index)
    if holder is not None:  # «بجهود الأمين العام للأمم المتحدة كوفي أنان»
        index = holder
    mention = context.mention_starting_in(words[index]) or typed_name(context, words, index)
    if mention is not None and context.mention_starting_in(words[index]) is None:
        index += 1  # «بالدور الذي تقوم به شركة زين»: the name after its kind noun
    if mention is not None:
        if not mention.entity_id or mention.entity_id in skip or \
                mention.label not in AGENT_LABELS:
            return None
        if context.is_nisba(mention):  # «بالجهود السعودية»: the country, read from its nisba
            return Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                             mention.label, index, "nisba") if index == first_word + 1 else None
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                         mention.label, index, "mention")
    if words[index].norm in _STYLES or is_title_head(words[index]):
        titled = _titled_actor(context, words, index, skip)
        if titled is not None or words[index].norm in _STYLES:
            return titled  # never a style of address as the phrase («صاحب السمو الملكي»)
    phrase = topic_phrase(context, words, index)
    if phrase is None:
        return None
    start, end, name = phrase
    named = earlier_name(context, name, start)
    if named is not None:  # «دول المجلس» after «دول مجلس التعاون الخليجي»
        if named.entity_id in skip:
            return None
        return Candidate(Arg(named.entity_id or "", start, end), "", named.label, index,
                         "holder")
    topic = context.add_entity("Miscellaneous", name, normalize_key(name))
    return Candidate(Arg(topic, start, end), "", None, index, "topic")
