"""Stance triggers: which words of a sentence express a stance, read from the lexicon.

A trigger is a verb or verbal noun of ``lexicon.STANCE`` (with its jussive forms after
«لم», «لن»), or an emotion word («سعداء ب»). A form that only looks like one is no
trigger: «هنا» without hamza, «نوّه بأن» and «نوّه إلى» (noted), «نُفي إلى» (exiled), a
frame word missing («تقف إلى جانب»), an urged action inside another appeal, material
support, condolence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import (
    ADDRESSEE_FROM,
    AGAINST,
    AGAINST_SUBJECTS,
    AGREEMENT_NOUNS,
    AIMING,
    BESIDE,
    CASH_OR_CRITICISM,
    COMPLEMENTIZERS,
    DEFENDED,
    DESCRIBED_AS,
    DISPLEASED_AT,
    EMOTION_POSITIVE,
    HOLDING_TO,
    HONORIFICS,
    JOINTLY,
    JUSSIVE_PARTICLES,
    LOSSES,
    MATERIAL_SUPPORT,
    MEMORANDUM,
    MONEY_WORDS,
    NISBA,
    PREPOSITIONS,
    PROTESTED_AT,
    REGARDED_AS,
    REGRET,
    RESPONSIBILITY,
    SATISFACTION_NOUNS,
    TAKING,
    TAKING_IDIOMS,
    THANKED_FOR,
    TOWARD,
    WORKED_WITH,
    StanceTrigger,
    find_reporting,
    find_stance,
    find_stance_jussive,
)
from kg.relations.role_words import is_title_head
from kg.relations.stance_calling_adjectives import calling_adjective
from kg.relations.stance_cooperated import partner_follows
from kg.relations.stance_cooperation import charged, joint_adjunct
from kg.relations.stance_copula_heads import unframed_backer
from kg.relations.stance_courtesies import courtesy
from kg.relations.stance_defended import defended_policy
from kg.relations.stance_faith_calls import called_to_faith
from kg.relations.stance_feelings import (
    LAUNCHED_ATTACK,
    attack_in_words,
    disappointment,
    launched_attack,
)
from kg.relations.stance_first_singular import first_singular_trigger
from kg.relations.stance_funded_purposes import funded_purpose
from kg.relations.stance_greeting_lists import greeting_past_list
from kg.relations.stance_opposition_group import opposition_group
from kg.relations.stance_preaching import preaching
from kg.relations.stance_prices import paid_price
from kg.relations.stance_purposes import protest_in_wake, verbal_attack
from kg.relations.stance_relative_subjects import relative_antecedent
from kg.relations.stance_served_as import served_as
from kg.relations.stance_spellings import other_sense_of_dan
from kg.relations.stance_stand_holders import after_stand, stand_adjective
from kg.relations.stance_stood_beside import stood_beside
from kg.relations.stance_taken_against import past_titled_subject
from kg.relations.stance_thanks_deeds import thanks_deed
from kg.relations.stance_title_conjuncts import in_title

_URGE_CONTENT = frozenset({"علي", "الي", "بضروره"})


_HAMZA_FORMS = frozenset({"هنا", "هنات"})
"""«هنّأ», «هنّأت» read «هنا» once hamza is normalised: a trigger only when written with it."""


# «هددت إيران بمراجعة تعاونها مع الوكالة»: an owned cooperation ends no other stance's object
_FRAME_REACH = {ADDRESSEE_FROM: 4, BESIDE: 3, DISPLEASED_AT: 2, WORKED_WITH: 0}


_SQUAD = frozenset({"لاعب", "لاعبه", "لاعبين", "لاعبيه", "مدرب", "مهاجم", "مهاجمه", "حارس",
                    "مدافع", "هداف", "نجم", "نجمه", "محترف", "محترفين"})
"""Members of a team: «تمسك النادي باللاعب» keeps a player, it backs no side."""


def _holds_to(words: list[Word], index: int) -> bool:
    """«التمسك باتفاق الطائف»: the word after the trigger opens with «ب», and is no player
    a club keeps («أكد تمسكه باللاعب»)."""
    return index + 1 < len(words) and any(
        prefix.lstrip("وف").startswith("ب") and rest and rest.removeprefix("ال") not in _SQUAD
        for prefix, rest in words[index + 1].readings())


def _toward(words: list[Word], index: int) -> bool:
    """«تقديره للجهود», «ارتياحها إزاء النتائج»: the word after the trigger opens with «ل»
    (not «لل» + a two-letter word) or is «إزاء», «حيال», «تجاه»; not coordinated after
    another stance noun («شكره وتقديره للسعودية»: the first noun reads the phrase)."""
    if index + 1 >= len(words) or (index > 0 and words[index].norm.startswith("و") and
                                   find_stance(words[index - 1].norm) is not None):
        return False
    following = words[index + 1]
    return following.norm in TOWARD or any(
        prefix.lstrip("وف").startswith("ل") and len(rest) > 2
        for prefix, rest in following.readings()[1:])


_DESCRIBED_REACH = 8


def _described_as(words: list[Word], index: int) -> bool:
    """«وصف X القرار بأنه عنصري», «وصفت X التفجير بالعمل الإرهابي»: a word of
    :data:`DESCRIBED_AS` within a few words after «وصف», after «بأنه», «بأنها» or a «ب» of its
    own (the description), never before it."""
    described = False
    for word in words[index + 1:index + 1 + _DESCRIBED_REACH]:
        if word.norm in {"بانه", "بانها", "بانهم", "بان"}:
            described = True
            continue
        for prefix, rest in word.readings():
            clitic = prefix.lstrip("وف")
            if rest.removeprefix("ال") in DESCRIBED_AS and (described or clitic.startswith("ب")):
                return True
        if word.norm.startswith("ب") and len(word.norm) > 3:
            described = True  # «بالعمل الإرهابي»: the description opens with «ب»
    return False


_REGARDED_REACH = 8


def _regarded_as(words: list[Word], index: int) -> bool:
    """«اعتبرت X ما صدر عن Y تدخلاً فجاً», «اعتبر X القرار غير مقبول»: a word of
    :data:`REGARDED_AS` within a few words after «اعتبر», with no «أن» before it (the clause
    would say what is regarded, and name other things: «اعتبر أن المملكة تواجه تدخلاً»)."""
    following = words[index + 1:index + 1 + _REGARDED_REACH]
    for offset, word in enumerate(following):
        if word.norm in COMPLEMENTIZERS or word.norm.lstrip("و") in COMPLEMENTIZERS:
            return False
        if word.norm in REGARDED_AS or (word.norm == "غير" and offset + 1 < len(following) and
                                        f"غير {following[offset + 1].norm}" in REGARDED_AS):
            return True
    return False


def live_stance(words: list[Word], index: int) -> bool:
    """A stance word that ends the phrase before it: not «طلب» or «تقف» outside their frames
    («رفض طلب مصر» is a request; «وقف إطلاق النار» no stand beside anyone)."""
    hit = find_stance(words[index].norm)
    if hit is None:
        return False
    if hit.value.requires == HOLDING_TO:
        return _holds_to(words, index)
    if hit.value.requires == TOWARD:
        return _toward(words, index)
    if hit.value.requires == DESCRIBED_AS:
        return _described_as(words, index)
    if hit.value.requires == REGARDED_AS:
        return _regarded_as(words, index)
    if hit.value.requires == AGREEMENT_NOUNS:
        return index > 0 and words[index - 1].norm.lstrip("و") in AGREEMENT_NOUNS
    reach = _FRAME_REACH.get(hit.value.requires)
    return reach is None or any(
        w.norm in hit.value.requires for w in words[index + 1:index + 1 + reach])


def trigger_at(words: list[Word], position: int, text: str = "",
               named: Callable[[Word], bool] | None = None) -> StanceTrigger | None:
    word = words[position]
    hit = find_stance(word.norm)
    if hit is None and verbal_attack(words, position) is not None:
        return verbal_attack(words, position)  # «شن X هجوما لاذعا على Y»
    if hit is None and (feeling := disappointment(words, position) or
                        launched_attack(words, position)) is not None:
        return feeling  # «عن خيبة أمله من Y», «جدد X هجومه على Y»
    if hit is None and stood_beside(words, position, text, named) is not None:
        return stood_beside(words, position, text, named)  # «وقف X إلى جانب Y»
    if hit is None and (singular := first_singular_trigger(word)) is not None:
        return singular  # «أدين», «وأرحب»: held only by a quote's speaker
    if hit is not None and word.norm[len(hit.prefix):] in _HAMZA_FORMS and \
            "أ" not in text[word.start:word.end]:
        return None  # «ومن هنا»: «here», not «congratulated»
    if hit is not None and _noted_that(words, position, word.norm[len(hit.prefix):], named):
        return None
    if hit is not None and hit.value.kind == "denies" and exiled(words, position, named):
        return None
    if hit is not None and other_sense_of_dan(words, position, word.norm[len(hit.prefix):]):
        return None  # «دان له بالولاء»: owed loyalty, no condemnation
    if hit is not None and opposition_group(words, position, hit.prefix, named):
        return None  # «أحزاب المعارضة العلمانية»: the opposition camp, not opposing
    if hit is not None and word.norm[len(hit.prefix):] == AGAINST and \
            (hit.prefix or position == 0 or words[position - 1].norm not in AGAINST_SUBJECTS):
        return None  # «حرب ضد داعش»: a preposition; «أكد أنه ضد التدخل»: a stance
    if hit is not None and word.norm[len(hit.prefix):] in TAKING and \
            not _held_against(words, position, named):
        return None  # «أخذ على عاتقه», «أخذت القوات مواقعها على الحدود»
    if hit is not None and (hit.value.noun or (
            "ال" not in hit.prefix and not hit.prefix.endswith("لل"))):
        # no article on a verb («للطالب» is the student)
        return hit.value
    if position > 0 and words[position - 1].norm in JUSSIVE_PARTICLES:
        jussive = find_stance_jussive(word.norm)
        if jussive is not None:
            return jussive.value
    if word.has(EMOTION_POSITIVE) and not any(q in text[word.end:word.end + 2] for q in "»”\"") \
            and _pleased_with(words, position):
        # «يوم سعيد»: an emotion word that closes a quotation (a title) holds no stance
        return StanceTrigger("supports", True, 0.8, topic_object=False)
    return None


_PLEASED_AT = frozenset({"عن", "ان", "بان", "لان"})
_DEGREE_ADVERBS = frozenset({"ايضا", "جدا", "كثيرا", "تماما", "حقا", "فعلا", "للغايه", "اليوم",
                             "الان"})


_NOT = frozenset({"عدم", "وعدم", "بعدم", "لعدم"})


def _pleased_with(words: list[Word], position: int) -> bool:
    """«سعداء بموقف مصر», «راضون عن أداء الحكومة», «سعيدة بأن»: an emotion word is a stance
    only as a predicate with what pleases after «ب», «عن» or «أن». An adjective that
    qualifies a noun is none: «بالعيد السعيد», «عيد سعيد لأهالي الرياض» (a greeting), «في
    جانبه السعيد»."""
    prefix = next((p for p, rest in words[position].readings() if rest in EMOTION_POSITIVE), "ال")
    index = position + 1
    while index < len(words) and words[index].norm in _DEGREE_ADVERBS:
        index += 1  # «لسنا سعداء أيضاً بدخول», «سعيد جدا بموقف»
    if "ال" in prefix or index >= len(words):
        return False
    if words[position].has(SATISFACTION_NOUNS) and \
            (position == 0 or words[position - 1].norm not in _NOT):
        return False  # «أعرب عن رضاه عن ...»: the noun holds a stance only after «عدم»
    following = words[index]
    return following.norm in _PLEASED_AT or any(
        prefix.lstrip("وف").startswith("ب") and rest for prefix, rest in following.readings())


_NOTING_FORMS = frozenset({"نوه", "نوهت", "ينوه", "تنوه", "منوها", "منوهه"})
_THAT = frozenset({"بان", "بانه", "بانها", "بانهم", "ان", "انه", "انها", "انهم"})


def _noted_that(words: list[Word], position: int, form: str,
                named: Callable[[Word], bool] | None = None) -> bool:
    """«ونوّه رئيس الهيئة بأن المشروع ...», «منوهاً إلى أن», «ونوّه الدكتور X أن», «نوّه
    أوباما إلى هرولة الدول»: «نوّه» with a clause or with «إلى» is «noted, pointed out», a
    reporting verb, not «praised» («نوّه بجهود الهيئة»): the first «ب»/«إلى»/«أن» after it
    decides, not a «ب» that opens the subject's name («ونوّه الدكتور محمد باجودة أن»)."""
    if form not in _NOTING_FORMS:
        return False
    for index in range(position + 1, min(len(words), position + 15)):
        norm = words[index].norm
        if named is not None and named(words[index]):
            continue
        if norm in _THAT:
            return True
        if norm == "الي" or norm.startswith("ب"):
            return norm == "الي"  # «نوّه إلى» points out; «نوّه ب» praises
    return False


def _held_against(words: list[Word], position: int,
                  named: Callable[[Word], bool] | None = None) -> bool:
    """«أخذ على الحكومة تقصيرها», «ويأخذ المعارضون على الرئيس ...»: «أخذ» criticizes only
    with «على» right after it or after its named subject, and not in the idioms «على عاتقه»,
    «على محمل الجد», «على نفسه»."""
    index = position + 1
    while named is not None and index < min(len(words), position + 5) and named(words[index]):
        index += 1
    if named is not None and index == position + 1:
        index = past_titled_subject(words, index, named)
    return index + 1 < len(words) and words[index].norm == "علي" and \
        words[index + 1].norm not in TAKING_IDIOMS


def exiled(words: list[Word], position: int,
           named: Callable[[Word], bool] | None = None) -> bool:
    """«نُفي إلى مدينة سالونيك», «ونُفي السلطان إلى سالونيك»: «نفى» with «إلى» right after
    it, or after the name that follows it, exiles; a denial is never «إلى» anyone."""
    index = position + 1
    while named is not None and index < min(len(words), position + 5) and named(words[index]):
        index += 1
    return index < len(words) and words[index].norm == "الي"


_NOUN_CONTEXT = frozenset({"اجل", "لاجل", "بهدف", "بغيه", "سبيل"})


def as_noun(words: list[Word], position: int, trigger: StanceTrigger) -> StanceTrigger:
    """«من أجل دعم», «في دعم», «لدعم»: a verb's form after a preposition is its verbal noun."""
    if trigger.noun:
        return trigger
    word = words[position]
    attached = any(prefix.lstrip("وف") in {"ب", "ل"} for prefix, _ in word.readings()[1:]
                   if find_stance(word.norm) is not None)
    before = words[position - 1].norm if position > 0 else ""
    if attached or before in PREPOSITIONS or before in _NOUN_CONTEXT:
        return replace(trigger, noun=True, confidence=round(trigger.confidence - 0.1, 2))
    return trigger


def _urged_content(words: list[Word], position: int) -> bool:
    """«حث الدول على التنسيق مع ...»: the urged action is not asserted."""
    if position == 0:
        return False
    before = words[position - 1].norm
    if not (before in _URGE_CONTENT or words[position].norm.startswith(("ب", "ل"))):
        return False  # (the cheap test first: most triggers follow no such word)
    return any(
        (hit := find_stance(w.norm)) is not None and hit.value.kind == "urges"
        for w in words[max(0, position - 8):position]
    )


def _material(context: Extraction, words: list[Word], position: int,
              trigger: StanceTrigger) -> bool:
    """«دعم مالي», «دعمت ... بالسلاح»: material, not political, support («مالي» as
    a name, Mali, is not a word of money)."""
    if trigger.kind != "supports" or words[position].has(EMOTION_POSITIVE):
        return False
    return any(_material_word(w) and context.covering_mention(w.end - 1) is None and
               not _describes_object(words, position, index)
               for index, w in enumerate(words[position + 1:position + 5], position + 1)) or \
        _granted_sum(context, words, position) or \
        funded_purpose(context, words, position)  # «قرضا ... لدعم بكين»: the loan


def _describes_object(words: list[Word], position: int, index: int) -> bool:
    """«أيدت الكويت العملية العسكرية», «دعم الحملة العسكرية»: a definite adjective of
    material kind right after a definite noun other than the trigger describes the thing
    backed (an operation, a campaign), not the kind of support («الدعم العسكري», «دعما
    عسكريا» stay material)."""
    word, before = words[index], words[index - 1]
    return index - 1 > position and _definite_word(word) and _definite_word(before) and \
        not word.norm.startswith("و") and before.bare() not in MATERIAL_SUPPORT and \
        not before.has(NISBA) and \
        find_stance(before.norm) is None


def _definite_word(word: Word) -> bool:
    """The word carries the article, alone or after a clitic («العملية», «للعملية»)."""
    return word.norm.lstrip("وف").startswith(("ال", "بال", "لل", "كال"))


def _material_word(word: Word) -> bool:
    """A word of material support, read with or without its clitics; «للغة» is «ل» + «لغة»
    as well as «لل» + «غة»."""
    return word.has(MATERIAL_SUPPORT) or \
        (word.norm[:2] in {"لل", "بل"} and word.norm[1:] in MATERIAL_SUPPORT)


_SUM_REACH = 14


def _granted_sum(context: Extraction, words: list[Word], position: int) -> bool:
    """«قدم دعماً للأندية الأدبية ... بمبلغ 10 ملايين ريال لكل ناد», «دعم المزارعين بخمسة
    مليارات دولار»: a sum of money in the support's own clause (no punctuation before it)
    makes it a grant, not a political stance."""
    return _in_clause_after(context, words, position, MONEY_WORDS, _SUM_REACH)


def _required(words: list[Word], position: int, trigger: StanceTrigger) -> bool:
    if trigger.requires == HOLDING_TO:
        return _holds_to(words, position)
    if trigger.requires == TOWARD:
        return _toward(words, position)
    if trigger.requires == DESCRIBED_AS:
        return _described_as(words, position)
    if trigger.requires == REGARDED_AS:
        return _regarded_as(words, position)
    if trigger.requires == DISPLEASED_AT:
        return any(w.norm in DISPLEASED_AT for w in words[position + 1:position + 3])
    if trigger.requires == THANKED_FOR:
        return _thanked_for(words, position)
    if trigger.requires == DEFENDED:  # «دافع X عن الاتفاق»
        return defended_policy(words, position)
    if trigger.requires == JOINTLY:  # «بالاشتراك مع»
        return joint_adjunct(words, position)
    if trigger.requires == MEMORANDUM:  # «مذكرة تفاهم»
        return position > 0 and words[position - 1].norm in MEMORANDUM
    if trigger.requires == AGREEMENT_NOUNS:  # «مذكرة تفاهم للتعاون»
        return position > 0 and words[position - 1].norm.lstrip("و") in AGREEMENT_NOUNS
    if trigger.requires == PROTESTED_AT and protest_in_wake(words, position):
        return True  # «سلمته مذكرة احتجاج رسمية إثر التصريحات»
    reach = _LONG_FRAMES.get(trigger.requires, 8)
    return not trigger.requires or any(
        w.norm in trigger.requires for w in words[position + 1:position + reach])


_THANKS_REACH = 8
_THANKS_LONG_REACH = 13
_THANKS_MOST = 30
"""However many styles, name links and joined title nouns stand before it, «على» is looked
for in no more than this many words."""
_THANKED_STYLES = HONORIFICS | frozenset({"صاحب", "السمو", "الملكي", "سمو", "معالي", "فخامه",
                                          "فضيله", "سعاده", "سماحه", "لمعالي", "لسمو",
                                          "لصاحب", "لفخامه", "لسعاده", "لسماحه"})
"""Styles of address do not count toward the long reach: «شكره لرئيس مجلس أمناء المؤسسة
صاحب السمو الملكي الأمير X بن Y بن Z على رؤيته»."""

_NAME_LINKS = frozenset({"بن", "بنت", "عبد", "ال"})
"""Nor do the links of a name chain: «الشكر والتقدير للأمير X بن عبد الله بن عبد العزيز رئيس
هيئة Y، على الجهود» is one name, however many «بن عبد» it holds."""


def _thanked_for(words: list[Word], position: int) -> bool:
    """«شكره على» («لما قدمه», «لجهوده» too, see :mod:`.stance_thanks_deeds`), and past a
    long title and name («عن شكره وتقديره لمعالي وزير الصحة المهندس X على جهوده») when
    no verb of saying, stance or «أن» comes first: «على» then opens the deed thanked for,
    not another clause's complement («مؤكدا على ...»)."""
    clear, counted = True, 0
    for offset, word in enumerate(words[position + 1:position + _THANKS_MOST], 1):
        if (word.norm in THANKED_FOR or thanks_deed(words, position + offset)) and \
                (offset < _THANKS_REACH or clear):
            following = position + offset + 1
            return not (word.norm in THANKED_FOR and following < len(words) and
                        courtesy(words[following]))  # «على مشاعرهم»: protocol, no deed
        title_noun = in_title(words, position + offset)  # «والأوقاف والدعوة والإرشاد»
        if word.norm in COMPLEMENTIZERS or find_reporting(word.norm) is not None or \
                (offset > 1 and find_stance(word.norm) is not None and not title_noun):
            clear = False
        if not (title_noun or word.norm in _THANKED_STYLES or word.norm in _NAME_LINKS):
            counted += 1
            if counted >= _THANKS_LONG_REACH - 1:
                break
    return False


_LONG_FRAMES = {RESPONSIBILITY: 13, PROTESTED_AT: 13}
"""Frames whose word may come after a subject with its title set off by commas («حمّل X،
رئيس حزب Y، إيران مسؤولية ...», «احتجت وزارة الخارجية في دولة X رسمياً على ...»)."""


_CAUSAL = frozenset({"مما", "ما", "وهو", "الذي", "التي", "وما"})


def usable(context: Extraction, words: list[Word], position: int,
           trigger: StanceTrigger) -> bool:
    if context.covering_mention(words[position].start) is not None:
        return False
    if trigger.kind != "urges" and _urged_content(words, position):
        return False
    if trigger.kind == "urges" and position > 0 and words[position - 1].norm in _CAUSAL and \
            not _named_relative(context, words, position):
        return False  # «مما دعا X إلى ...»: what led X to, not an appeal
    if trigger.kind == "urges" and preaching(words, position):
        return False  # «اهتمام المملكة بالدعوة الإسلامية»: preaching, not an appeal
    if trigger.kind == "urges" and calling_adjective(words[position]):
        return False  # «الداعية محمد حسان», «اقتراح رايس الداعي إلى»: a title or an adjective
    if trigger.kind == "urges" and called_to_faith(context, words, position):
        return False  # «ندعو الناس إلى صحيح الإسلام»: a call to the faith
    if trigger.kind == "coordinatesWith" and (served_as(context, words, position) or
                                              charged(context, words, position)):
        return False  # «تعاون X مع فرانس برس كمصور»: a job; «اتهمه بالتعاون مع»: a charge
    if unframed_backer(context, words, position):
        return False  # «جاء القرار داعما للاقتصاد»: no copula, no holder's stance
    if stand_adjective(words, position) and not after_stand(context, words, position):
        return False  # «التيار الرافض للاتفاق»: people who refuse, no named holder's stand
    if words[position].has(CASH_OR_CRITICISM) and not _aimed(context, words, position):
        return False  # «دفع المبلغ نقدا»: cash, not a criticism
    if trigger.requires == WORKED_WITH and not partner_follows(context, words, position):
        return False  # «شكرها على تعاونها، مع التأكيد»: no partner of the cooperation
    if trigger is LAUNCHED_ATTACK and not attack_in_words(context, words, position):
        return False  # «شن الجيش هجوما على المدينة»: an assault, not words
    if trigger.kind == "praises" and paid_price(words, position):
        return False  # «تدفع اليوم ثمن أخطاء X»: the price paid, not praise
    return _required(words, position, trigger) and \
        not _material(context, words, position, trigger) and not _condolence(words, position) \
        and not _season_greeting(context, words, position, trigger)


_AIM_REACH = 8


def _aimed(context: Extraction, words: list[Word], position: int) -> bool:
    """«ووجه X نقداً حاداً», «موجها نقدا لاذعا»: a verb of aiming a few words before, in
    the clause (the subject may stand between)."""
    for index in range(position - 1, max(-1, position - _AIM_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if words[index].has(AIMING):
            return True
    return False


_RELATIVE_GENDER = {"الذي": "m", "التي": "f"}


def _named_relative(context: Extraction, words: list[Word], position: int) -> bool:
    """«يونكر، رئيس المفوضية الذي دعا اليونانيين إلى ...», «الحكومة التي دعت ...»: after a
    relative whose antecedent is a named agent, «دعا» is that agent's appeal; after «الأمر
    الذي» or «مما» it says what led someone to act."""
    gender = _RELATIVE_GENDER.get(words[position - 1].norm)
    if gender is None or (position + 1 < len(words) and is_title_head(words[position + 1])):
        return False  # «العوفي الذي طالب مدرب النادي تسويقه»: the coach asked, about him
    return relative_antecedent(context, words, position, gender) is not None


_HOLIDAYS = frozenset({"عيد", "اعياد", "رمضان", "فطر", "اضحي", "ذكري", "حلول", "ميلاد"})
_GREETING_REACH = 13


def _season_greeting(context: Extraction, words: list[Word], position: int,
                     trigger: StanceTrigger) -> bool:
    """«هنأ السيسي الملك سلمان بعيد الفطر», «مهنئاً المواطنين بحلول شهر رمضان», «تهنئة
    بمناسبة ذكرى الاستقلال»: congratulations on a holiday are protocol and praise no deed
    (a congratulation on a deed stays: «هنأه بالفوز»)."""
    if not trigger.deed_object:
        return False
    return _in_clause_after(context, words, position, _HOLIDAYS, _GREETING_REACH) or \
        greeting_past_list(context, words, position, _HOLIDAYS)


def _condolence(words: list[Word], position: int) -> bool:
    """«أعرب عن أسفه لوفاة X», «ببالغ الأسف لسقوط ضحايا»: condolence, no stance."""
    return words[position].has(REGRET) and any(
        w.norm in LOSSES or w.bare() in LOSSES for w in words[position + 1:position + 4])


_OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه")


def object_pronoun(word: Word, trigger: StanceTrigger) -> bool:
    """«دعمته», «تدعمها», «يعارضه»: a stance verb with its object pronoun attached (the verb
    without it is a form of the same stance)."""
    for suffix in _OBJECT_SUFFIXES:
        if word.norm.endswith(suffix) and len(word.norm) > len(suffix) + 2:
            base = find_stance(word.norm[:-len(suffix)])
            return base is not None and base.value.kind == trigger.kind and not base.value.noun
    return False


def _in_clause_after(context: Extraction, words: list[Word], position: int,
                     wanted: frozenset[str], reach: int) -> bool:
    """Whether one of ``wanted`` follows the trigger within ``reach`` words, in its clause."""
    for index in range(position + 1, min(len(words), position + reach)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].has(wanted):
            return True
    return False
