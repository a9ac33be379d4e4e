"""The unnamed genitive object of a violent noun: «استشهاد جندي إماراتي», «تفجير مسجد»,
«بقصف أحد أحياء شمال عدن».

After a nominal killing («مقتل», «استشهاد», «اغتيال») the noun that follows is the victim
(GUIDELINES); a plain noun of a person's status there («جندي», «ضابط», «طفل») with its
nisba adjective is the target phrase, also a doer of violence killed in turn («مقتل
الانتحاري», «مقتل مسلحين»). After a noun whose genitive is what was struck
(«قصف», «تفجير», «استهداف») a building, a post or a quarter («مسجد», «حاجز», «أحياء»), maybe
behind «أحد», is its target; after the noun of aiming «استهداف» so are people («استهداف
المصلين بمسجد الإمام علي», «استهداف رجال الأمن»), not after «قصف» or «تفجير» («تفجير
الانتحاري نفسه»). A name there is left to the named rules (``event_roles``), and
a genitive it cannot read («مقتل سائق الشاحنة») leaves the phrase to them as well.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.index import Arg, Word
from kg.relations.targets import named_after_title, phrase_arg, victim_word

PERSON_STATUS = frozenset({
    "جندي", "جنود", "ضابط", "ضباط", "شرطي", "شرطيا", "عنصر", "عناصر", "مدني", "مدنيين",
    "طفل", "اطفال", "امراه", "نساء", "صحفي", "صحافي", "مواطن", "مواطنين", "مسلح", "مسلحين",
    "مقاتل", "مقاتلين", "قائد", "قيادي", "ناشط", "طالب", "عامل", "سائق", "حارس", "رجل", "شاب",
    "طبيب", "موظف", "مسؤول", "جنديين", "ضابطين", "شخص", "شخصين", "فرد",
    "انتحاري", "انتحاريين", "مهاجم", "مهاجمين",
})
"""Nouns of a person's status that a killing's genitive names as its victim."""
_PERPETRATOR_VICTIMS = frozenset({"انتحاري", "انتحاريين", "مهاجم", "مهاجمين", "مسلح", "مسلحين"})
"""Doers of violence named as the genitive of a killing noun («مقتل الانتحاري», «مقتل مسلحين»):
the ones killed, though elsewhere a phrase headed by them is the doer."""
KILLING_NOUNS = frozenset({"مقتل", "استشهاد", "اغتيال", "اعدام", "مصرع"})
STRUCK_NOUNS = frozenset({"قصف", "تفجير", "استهداف"})
"""Nouns whose genitive is what was struck («قصف المدينة»), not who struck («قصف الطيران»
is left to the named rules)."""
STRUCK_PLACES = frozenset({
    "مسجد", "جامع", "مقر", "مركز", "حاجز", "منزل", "مبني", "سوق", "مستشفي", "مدرسه", "احياء",
    "حي", "دوريه", "موكب", "قاعده", "معسكر", "مواقع", "موقع", "كنيسه", "فندق", "سفاره",
    "قنصليه", "ثكنه", "نقطه", "مخفر", "مصنع", "منازل", "مباني", "مدارس", "مساجد",
})
"""Buildings, posts and quarters a strike is aimed at."""
AIMED_NOUNS = frozenset({"استهداف"})
"""A noun of aiming: its genitive is what or whom the attack was aimed at, people too."""
AIMED_HEADS = STRUCK_PLACES | PERSON_STATUS | frozenset({
    "مصلين", "رجال", "زوار", "سياح", "حجاج", "مواطنين", "مدنيين", "مقيمين", "افراد",
})
"""What «استهداف» names as its target: a building or post, or people («استهداف المصلين»,
«استهداف رجال الأمن», «استهداف جنود»)."""
_ONE_OF = frozenset({"احد", "احدي"})
_NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يا")
_GENITIVE_REACH = 2


def genitive_object(context: Extraction, words: list[Word], start: int,
                    draft: Draft) -> Arg | None:
    """The unnamed victim or struck place right after the noun trigger, or None."""
    if draft.verb or start >= len(words) or start == 0 or \
            context.boundary_between(words[start - 1], words[start]):
        return None
    form = trigger_form(draft.word)
    heads = PERSON_STATUS if form in KILLING_NOUNS else AIMED_HEADS if \
        form in AIMED_NOUNS else STRUCK_PLACES if form in STRUCK_NOUNS else None
    if heads is None:
        return None
    head = start
    if words[head].bare() in _ONE_OF and head + 1 < len(words) and heads is STRUCK_PLACES and \
            not context.boundary_between(words[head], words[head + 1]):
        head += 1  # «بقصف أحد أحياء شمال عدن»
    word = words[head]
    killed_doer = heads is PERSON_STATUS and word.bare() in _PERPETRATOR_VICTIMS and \
        word.readings()[-1][0] in {"", "ال"} and context.covering_mention(word.start) is None
    if word.bare() not in heads or not (victim_word(context, word) or killed_doer):
        return None
    person = named_after_title(context, words, head) if heads is PERSON_STATUS else None
    if person is not None:  # «مقتل القيادي في تنظيم القاعدة فلان»: the named person
        return person
    last = _with_nisba(context, words, head)
    if last is None:
        return None
    return phrase_arg(context, words, start, last)


def _with_nisba(context: Extraction, words: list[Word], head: int) -> int | None:
    """«جندي إماراتي», «الجندي الإماراتي»: the head keeps a nisba adjective that agrees in
    definiteness with it; an indefinite head keeps its definite genitive and that one's
    adjective instead («مسجد الإمام الصادق»); None when that genitive cannot be read («سائق
    الشاحنة» is not cut to «سائق»)."""
    following = head + 1
    if following >= len(words) or context.boundary_between(words[head], words[following]):
        return head
    noun, adjective = words[head].norm, words[following].norm
    if not noun.startswith("ال") and adjective.startswith("ال"):
        last = head
        while following < len(words) and following - head <= _GENITIVE_REACH and \
                words[following].norm.startswith("ال") and \
                not context.boundary_between(words[last], words[following]):
            mention = context.covering_mention(words[following].start)
            if mention is not None and mention.start == words[following].start:
                end_word = context.word_at(max(mention.start, mention.end - 1))
                return end_word.index - words[0].index if end_word is not None else last
            if not victim_word(context, words[following]):
                return last if last > head else None  # «مقتل سائق الشاحنة»: cut short
            last, following = following, following + 1  # «مسجد الإمام الصادق»
        return last
    if noun.startswith("ال") != adjective.startswith("ال") or \
            not adjective.endswith(_NISBA_ENDINGS) or len(adjective) < 4:
        return head
    return following
