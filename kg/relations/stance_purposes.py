"""Stances stated as the purpose of a deed: «انسحبت قطر من الاجتماع احتجاجاً على ...».

Arabic news often gives the reason of an act with an indefinite verbal noun in the
accusative (the «مفعول لأجله»): «سحبت البحرين سفيرها رفضاً للتدخلات الإيرانية», «أغلقت
تركيا سفارتها تنديداً بجرائم النظام», «أرسلت الإمارات قوات دعماً للحكومة الشرعية»,
«استقال الوزير اعتراضاً على سياسة الحكومة». The stance is held by the subject of the
clause's verb, as with a circumstantial participle («مشيداً بـ»), and aims at what follows
the noun's own preposition («رفضاً لـ», «تنديداً بـ», «احتجاجاً على», «تضامناً مع»).

The noun reads as a purpose only when that preposition follows it at once and no verb
takes it as its object: after a light verb («قدمت X دعماً لـ»: the light verb's subject,
read elsewhere), a verb of receiving or facing («تلقت الحكومة دعماً من ...», «لقي القرار
رفضاً من X»: the holder is after «من»), or a preposition («بعد رفضاً» is no Arabic), it is
left to the other rules.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import subject_after
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    FACING_VERBS,
    PREPOSITIONS,
    RECEIVING_VERBS,
    REFRAINING,
    STANCE_LIGHT_VERBS,
    VERBAL_ATTACK_NOUNS,
    StanceTrigger,
    find_reporting,
    find_stance,
)
from kg.relations.polarity import is_negated

PURPOSE_NOUNS: dict[str, tuple[str, ...]] = {
    "احتجاجا": ("علي",),
    "اعتراضا": ("علي",),
    "تنديدا": ("ب",),
    "استنكارا": ("ل",),
    "رفضا": ("ل",),
    "دعما": ("ل",),
    "تاييدا": ("ل",),
    "اسنادا": ("ل",),
    "تضامنا": ("مع",),
}
"""Accusative verbal nouns of stance read as a purpose, with the preposition each takes:
a separate word («على», «مع») or a clitic on the next word («لـ», «بـ»)."""

_GOVERNORS = (STANCE_LIGHT_VERBS - REFRAINING) | RECEIVING_VERBS | FACING_VERBS | frozenset({
    "حصل", "حصلت", "يحصل", "تحصل", "حصلوا", "يحصلون", "اثار", "اثارت", "يثير", "تثير",
    "اثاروا", "مزيدا", "مزيد",
    # verbs of giving: «توفر التقنية دعماً للبطاريات», «منحت الحكومة دعماً للمزارعين»
    "وفر", "وفرت", "يوفر", "توفر", "منح", "منحت", "يمنح", "تمنح", "اعطي", "اعطت", "يعطي",
    "تعطي", "شكل", "شكلت", "يشكل", "تشكل", "ياتي", "تاتي", "جاء", "جاءت",
})
"""Words that take the noun as their object or predicate («قدمت دعماً», «لقيت رفضاً», «أثار
رفضاً», «مزيداً من الدعم», «يشكل دعماً لـ», «يأتي دعماً لـ»), not as a purpose. A verb of
refraining is none: it takes a noun with its pronoun («أوقفت الحكومة دعمها»), while «أوقفت
السويد الصفقة استنكاراً لـ» stops another thing for a purpose."""
_GOVERNOR_REACH = 4


def purpose_noun(words: list[Word], position: int) -> bool:
    """«رفضاً للتدخلات», «احتجاجاً على التصريحات»: an accusative stance noun of
    :data:`PURPOSE_NOUNS` with its own preposition right after it, and no verb within a few
    words before it that takes it as its object."""
    prepositions = PURPOSE_NOUNS.get(words[position].norm.removeprefix("و"))
    if prepositions is None or position == 0 or position + 1 >= len(words):
        return False
    following = words[position + 1]
    if not any(following.norm == p or (len(p) == 1 and following.norm.startswith(p) and
                                       len(following.norm) > 3) for p in prepositions):
        return False
    before = words[position - 1]
    if before.norm in PREPOSITIONS or before.bare() in PREPOSITIONS:
        return False
    return not any(w.norm in _GOVERNORS or (w.norm[:1] == "و" and w.norm[1:] in _GOVERNORS)
                   for w in words[max(0, position - _GOVERNOR_REACH):position])


_BACKING = frozenset({"دعما", "تاييدا", "اسنادا"})


def backed_side(words: list[Word], position: int, label: str | None) -> bool:
    """Whether a purpose of backing («دعماً لـ», «تأييداً لـ») may take an object of ``label``:
    only a named actor, a side («أرسلت X قوات دعماً للحكومة الشرعية»); «شارك في الحفل دعماً
    للجمعية الخيرية» backs a cause or a charity, which the news does not present as taking
    a side. Any other trigger takes any object."""
    return not (purpose_noun(words, position) and
                words[position].norm.removeprefix("و") in _BACKING) or label in AGENT_LABELS


_RECEIVED_REACH = 4


def aid_not_backing(words: list[Word], position: int) -> bool:
    """«قدمت الكويت دعماً للاجئين», «وفرت الحكومة دعماً للمزارعين»: a bare «دعماً» given is
    aid more often than a side taken, so it is a stance only as a purpose («دعماً للحكومة
    الشرعية», above) or received from a named backer («تلقت الحكومة دعماً من X», read by the
    verbs of receiving)."""
    if words[position].norm.removeprefix("و") not in _BACKING or purpose_noun(words, position):
        return False
    return not any(w.norm.lstrip("و") in RECEIVING_VERBS
                   for w in words[max(0, position - _RECEIVED_REACH):position])


_IN_WORDS = frozenset({"لاذعا", "لاذع", "لاذعه", "كلاميا", "كلامي", "كلاميه", "اعلاميا",
                       "اعلامي", "اعلاميه", "حادا", "حاد", "حاده"})
"""Adjectives that make an attack one of words: «هجوماً لاذعاً», «هجوماً كلامياً», «هجوماً
حاداً»; «هجوماً عنيفاً» or «واسعاً» is as often an assault, and is left out."""
VERBAL_ATTACK = StanceTrigger("criticizes", True, 0.65, topic_object=False)
"""A verbal noun read from its clause's light verb, less sure than «انتقد»."""


def verbal_attack(words: list[Word], position: int) -> StanceTrigger | None:
    """«شنّ ظريف هجوماً لاذعاً على السعودية», «في هجوم حاد على الحكومة»: an attack noun
    with an adjective of words right after it criticizes what follows «على»; any other
    «هجوم» is an assault (an event)."""
    word = words[position]
    if position + 2 >= len(words) or word.norm.removeprefix("و") not in VERBAL_ATTACK_NOUNS or \
            words[position + 1].norm not in _IN_WORDS:
        return None
    return VERBAL_ATTACK if any(w.norm == "علي" for w in words[position + 2:position + 4]) \
        else None


_SUBORDINATORS = frozenset({"بعدما", "عندما", "حينما", "حين", "لما", "اذ", "فيما", "بينما"})
"""Words that open a clause whose verb follows at once («بعدما ألغت X تغطيتها اعتراضا على»)."""
_CLAUSE_REACH = 10
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "والتي", "والذي",
                        "والذين", "ممن", "ما"})
"""Relatives that open a clause of their own (``stance_phrases.RELATIVES`` would import in a
circle; «من» is a preposition here)."""


def subordinate_subject(context: Extraction, words: list[Word], position: int,
                        sentence: Sentence) -> Arg | None:
    """«وبثت قناة أخرى الحفل بعدما ألغت X تغطيتها اعتراضاً على تصريحات Y»: the named subject
    of the verb right after the nearest subordinator before the purpose noun, within its
    clause, when nothing between them opens another clause (a complementizer, a relative, a
    reporting or stance word, punctuation)."""
    for verb in range(position - 2, max(0, position - _CLAUSE_REACH) - 1, -1):
        if context.boundary_between(words[verb], words[verb + 1]):
            return None
        if words[verb - 1].norm.lstrip("و") not in _SUBORDINATORS if verb > 0 else True:
            continue
        subjects, after = subject_after(context, words, verb, sentence)
        if len(subjects) != 1 or after > position or \
                context.label(subjects[0].node_id) not in AGENT_LABELS:
            return None
        for index in range(after, position):
            word = words[index]
            if word.norm in COMPLEMENTIZERS or word.norm in _RELATIVES or \
                    find_reporting(word.norm) is not None or find_stance(word.norm) is not None:
                return None
        return subjects[0]
    return None


_NOTES = frozenset({"مذكره", "مذكرة"})
_IN_WAKE = frozenset({"اثر"})
_NOTE_REACH = 3


def protest_in_wake(words: list[Word], position: int) -> bool:
    """«سلمته مذكرة احتجاج رسمية إثر التصريحات التي صدرت عن X»: a protest note lodged in the
    wake of a deed protests at it as «على» does; «إثر» after a bare «احتجاج» (a street protest
    in the wake of a death) is left out."""
    if position == 0 or words[position - 1].norm not in _NOTES:
        return False
    return any(w.norm in _IN_WAKE for w in words[position + 1:position + 1 + _NOTE_REACH])


_PLEDGING = frozenset({
    "تعهد", "تعهدت", "تعهدوا", "يتعهد", "تتعهد", "وعد", "وعدت", "وعدوا", "يعد", "التزم",
    "التزمت", "يلتزم", "تلتزم", "تكفل", "تكفلت", "يتكفل", "طالب", "طالبت", "يطالب", "تطالب",
    "طالبوا", "اكتفي", "اكتفت", "سمح", "سمحت", "اوصي", "اوصت", "نادي", "نادت",
})
"""Verbs whose complement opens with «بـ»: «تعهدت واشنطن بدعم الحكومة العراقية» pledges the
support (Washington backs the government), it names no backer after «بدعم»."""
_PLEDGE_REACH = 6


def pledged(context: Extraction, words: list[Word], position: int) -> bool:
    """«تعهدت واشنطن بدعم الحكومة العراقية», «وطالب X بدعم الجيش»: «بـ» + a support noun
    is the complement of a verb of pledging or demanding a few words before it in its
    clause, not the adjunct «بدعم من X» of the side before it."""
    return _pledge_verb(context, words, position) is not None


def _pledge_verb(context: Extraction, words: list[Word], position: int) -> int | None:
    for index in range(position - 1, max(-1, position - _PLEDGE_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        norm = words[index].norm  # not lstrip: «وعد» opens with «و» of its own
        if norm in _PLEDGING or (norm[:1] in {"و", "ف"} and norm[1:] in _PLEDGING):
            return index
    return None


_PROMISING = _PLEDGING - frozenset({"طالب", "طالبت", "يطالب", "تطالب", "طالبوا", "اكتفي",
                                    "اكتفت", "سمح", "سمحت", "اوصي", "اوصت", "نادي", "نادت"})
"""Verbs that promise the support themselves (the subject will back the side); a demand
(«طالب X بدعم Y») asks others to."""


def pledged_sides(context: Extraction, words: list[Word], position: int,
                  sentence: Sentence) -> tuple[Arg, Arg] | None:
    """«تعهدت واشنطن بدعم الحكومة العراقية»: the promising verb's named subject backs the
    named side right after the support noun; None unless both are named and the verb
    promises (not demands)."""
    verb = _pledge_verb(context, words, position)
    if verb is None or position + 1 >= len(words):
        return None
    norm = words[verb].norm
    if (norm not in _PROMISING and norm[1:] not in _PROMISING) or \
            is_negated(context, words, verb):
        return None  # «لم تتعهد روسيا بدعم»: no pledge made
    subjects, after = subject_after(context, words, verb, sentence)
    side = context.mention_starting_in(words[position + 1])
    if len(subjects) != 1 or after != position or side is None or not side.entity_id or \
            side.label not in AGENT_LABELS or context.is_nisba(side) or \
            side.entity_id == subjects[0].node_id:
        return None
    return subjects[0], Arg(side.entity_id, side.start, side.end)


_PLEDGED_NOUNS = frozenset({"دعم", "مسانده", "تاييد", "اسناد"})


def pledged_support(context: Extraction, words: list[Word], position: int) -> bool:
    """«تعهدت واشنطن بدعم الحكومة العراقية في حربها على داعش»: support pledged or demanded is
    not yet given, and its genitive is the side to be backed, not the backer; kg writes no
    stance from it (rather than read the genitive as the holder)."""
    return any(prefix.lstrip("وف") == "ب" and rest in _PLEDGED_NOUNS
               for prefix, rest in words[position].readings()) and \
        pledged(context, words, position)
