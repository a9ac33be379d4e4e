"""The words of a title phrase: its head («وزير», «رئيس»), and the words that end it.

A title phrase («وزير الخارجية اليمني», «مدير شرطة ثادق») runs from its head over
its complements; it stops at a verb or a stance noun («وزير الخارجية أكد»), a
relative or a time word («الذي», «خلال»), an honorific or a rank that opens the next
name («وزير الخارجية الأستاذ X», «مدير شرطة ثادق المقدم X»), or an indefinite word
after a definite one («استقبل X وزير الداخلية وفدا»). The word classes here are
shared by the readers of titles before a name (:mod:`kg.relations.role_preposed`)
and after it (:mod:`kg.relations.role_apposed`).
"""

from __future__ import annotations

from kg.relations.ba_root_nouns import BA_ROOT_NOUNS
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    HONORIFICS,
    TITLE_HEADS,
    find_event,
    find_reporting,
    find_stance,
)
from kg.relations.office_fields import field_of_body, field_of_office
from kg.relations.titles import head_at

_STOP_WORDS = frozenset({"الذي", "التي", "الذين", "حيث", "بعد", "قبل", "امس", "اليوم", "خلال",
                         # «وزير الخارجية الليلة الماضية اتصالا»: a time, not the office
                         "الليله",
                         # «هدف محقق إثر انفراد للاعب X»: «إثر» ("after") opens a time
                         # adverbial; no title runs across it
                         "اثر",
                         "حينما", "عندما", "خلفا", "تصريحات", "تصريح",
                         # «رئيس مختبر بحثي تولى X داخله ...»: the verb of taking charge
                         # ends the title; X is its subject, not the title's holder
                         "تولي", "تولت", "يتولي", "تتولي"})
# Honorifics that begin the next person's name in a list: «وزير الخارجية الأستاذ ...».
_NAME_HONORIFICS = frozenset({"استاذ", "الاستاذ", "معالي", "صاحب", "سمو", "السمو", "فضيله",
                              "سعاده", "المهندس", "مهندس",
                              # the feminine forms («مديرة القسم النسائي الأستاذة X»)
                              "استاذه", "الاستاذه", "المهندسه", "مهندسه"})
# Military and police ranks open the name, not the office: «مدير شرطة ثادق المقدم X» is
# «مدير شرطة ثادق» held by «المقدم X» (definite forms only: «مقدم البرنامج» is a title).
_RANKS = frozenset({"المقدم", "النقيب", "الرائد", "الملازم", "العقيد", "العميد", "اللواء",
                    "الفريق", "العماد", "المشير"})
# Honorifics that are offices: «السفير روبرت غوديك» is the ambassador, «وقال السفير» him.
OFFICE_HONORIFICS = frozenset({"السفير", "السفيره"})
NAME_OPENERS = _NAME_HONORIFICS | _RANKS
"""Styles and ranks that open a person's name, as printed without clitics."""
_NAME_OPENERS = NAME_OPENERS
_ROYAL_STYLE = frozenset({"صاحب", "سمو", "السمو"})
TRAILING = frozenset({"في", "لدي", "الي", "من", "باسم", "ل", "عن", "جديدا", "جديد", "اول"})
FORMER_WORDS = frozenset({"اسبق", "الاسبق", "سابق", "سابقا", "السابقه"})
BODY_NOUNS = frozenset({"هيئه", "ديوان", "استخبارات", "حزب", "شركه", "جامعه", "صحيفه", "وكاله",
                        "جمعيه", "اتحاد", "نادي", "بنك", "مؤسسه", "منظمه", "محكمه", "مجلس",
                        "جهاز", "مصرف", "غرفه", "حركه", "جبهه", "رابطه", "نقابه", "معهد",
                        "مركز", "لجنه", "مكتب", "وزاره", "قوات", "امانه", "اداره", "جريده",
                        "مجله"})
ACTING = frozenset({"بالنيابه", "بالانابه", "المكلف"})


def is_title_head(word: Word) -> bool:
    return word.has(TITLE_HEADS)


def _is_trigger(word: Word) -> bool:
    return (find_reporting(word.norm) is not None or find_stance(word.norm) is not None
            or find_event(word.norm) is not None or word.norm in COMPLEMENTIZERS)


def stops_title(context: Extraction, word: Word, preposed: bool) -> bool:
    """A verb or noun that ends a title phrase; not a word of a name («مجلس التعاون»),
    nor, before a name, an adjective or noun of stance («الموالية للشرعية»)."""
    if not _is_trigger(word) or inside_mention(context, word) or \
            field_of_office(context.words, word.index) or \
            field_of_body(context.words, word.index, BODY_NOUNS):
        return False  # «رئيس تحرير»: the field of the office, not an event
    stance = find_stance(word.norm)
    return not (preposed and stance is not None and stance.value.noun and
                find_reporting(word.norm) is None and find_event(word.norm) is None)


def stop_word(word: Word) -> bool:
    """A relative pronoun or time word that ends a title, also after «و»: «رئيس للنادي
    للأربع سنوات القادمة والتي سينصب بها X» gives X no title."""
    norm = word.norm
    return norm in _STOP_WORDS or (norm.startswith("و") and norm[1:] in _STOP_WORDS)


def inside_mention(context: Extraction, word: Word) -> bool:
    """Whether ``word`` lies inside the name of a body or place («التعاون» of «مجلس
    التعاون لدول الخليج العربية»): a trigger there ends no title."""
    covering = context.covering_mention(word.start)
    if covering is not None and covering.label != "Person" and word.end <= covering.end:
        return True
    return any(m.start <= word.start and word.end <= m.end and m.label != "Person"
               for m in context.mentions_between(max(0, word.start - 80), word.end))


def is_name_honorific(words: list[Word], index: int) -> bool:
    """«الشيخ», «معالي», «صاحب السمو الملكي»: words that open a person's name, not a title."""
    word = words[index]
    if word.norm in OFFICE_HONORIFICS:
        return False
    if word.norm in HONORIFICS or word.has(_NAME_OPENERS):
        return True
    return word.norm == "الملكي" and index > 0 and words[index - 1].norm in _ROYAL_STYLE


_TRAILING_OR_FORMER_WORDS_OR_ACTING = TRAILING | FORMER_WORDS | ACTING


def object_after(context: Extraction, words: list[Word], index: int) -> bool:
    """«استقبل X وزير الداخلية وفدا»: an indefinite word after a definite one is no
    more the title's (a genitive chain ends at its definite word)."""
    word, previous = words[index], words[index - 1]
    if not previous.norm.startswith("ال") or (word.norm.startswith(("ال", "ل", "ب", "وال")) and
                                              word.norm not in BA_ROOT_NOUNS):
        return False
    return not (head_at(words, index) or word.norm in _TRAILING_OR_FORMER_WORDS_OR_ACTING
                or word.norm in {"في", "لدي", "الي", "علي"}
                or context.mention_starting_in(word) is not None)
