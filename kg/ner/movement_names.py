"""Parties, movements and fronts named by their kind and a definite name after it.

Political news names a party or a movement by its kind in the construct state and its
name in the genitive, often with adjectives: «حركة المقاومة الشعبية», «حزب العدالة
والتنمية», «تحالف القوى الوطنية», «جبهة الخلاص الوطني», «تيار المستقبل», «مجلس الحكم
الانتقالي العراقي», «مجلس العمل المتحد». The tagger finds none of the new ones, or cuts
them («حزب العدالة»), or reads the country of their last adjective alone («العراقي»),
and the party's stance is lost («وانتقد تحالف القوى الوطنية الحكومة»). One name, one
mention (:func:`movement_names`), found so:

- the head: an indefinite noun of a political body's kind (:data:`HEADS`), with «و»,
  «ف», «ب» or «ل» before it or not: «حزب» (a PoliticalParty), «حركة», «جبهة», «تحالف»,
  «ائتلاف», «تيار», «جماعة», «كتلة», «مجلس» (an Organization);
- its name: one definite word right after it («المقاومة», «المستقبل»), and one more
  joined by «و» («العدالة والتنمية»);
- then up to two definite adjectives of relation or of a closed list («الشعبية»,
  «الوطني», «الانتقالي العراقي», «المتحد»).

Precision first, so no name:

- «حركة» and «جبهة» need an adjective after the name: alone or with a «و» word they name
  motion and fronts as often («حركة المرور», «حركة السيارات والمارة», «جبهة القتال»); a
  name of motion or of battle after them (:data:`_NOT_MOVEMENTS`) is none at all
  («حركة التجارة الخارجية»);
- but for «حزب» («حزب القوات اللبنانية»), a plural in «ات» is a plural of things, no
  name («تحالف المنظمات», «حركة العمليات العسكرية البرية»);
- a state body's own head («مجلس الوزراء», «مجلس النواب»): :mod:`kg.ner.bodies` reads it
  with its country's adjective;
- «مجلس» needs an adjective, and a board's name is none («مجلس الإدارة الجديد»,
  «مجلس الأمناء»);
- after a title («رئيس حزب الوفد»: the title's phrase stays whole for the relation
  stage, as :mod:`kg.ner.bodies` does);
- when the tagger's own mention covers the phrase, a mention runs across its edge, or the
  gazetteer knows a name that opens at the head («جبهة النصرة السورية»: the curated
  «جبهة النصرة» stays) or at the name («مجلس الأمم المتحدة لحقوق الإنسان»: a unit and
  its owner); a shorter tagged name inside gives way, and its class is kept («حزب
  العدالة» of «حزب العدالة والتنمية»);
- when the name is a common word of owners or a title («كتلة الحزب», «تيار الرئيس»), or
  the «و» word is another body («حزب البعث والجيش العراقي» keeps «حزب البعث»).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.gazetteer.bodies import BODY_HEADS, BodyHead, BodyReading
from kg.gazetteer.extractors import EXTRACTOR
from kg.gazetteer.index import GazetteerIndex, name_key
from kg.gazetteer.matcher import first_word_forms
from kg.gazetteer.person_words import FUNCTION_WORDS
from kg.gazetteer.resources import TITLES
from kg.model import Mention
from kg.text.words import WordView

PARTY_HEADS = frozenset(name_key("حزب"))
"""Heads of a PoliticalParty."""
_MOTION_HEADS = frozenset(name_key("حركة جبهة"))
"""Heads that also mean motion or a battle front: they need more than the name."""
_COUNCIL_HEADS = frozenset(name_key("مجلس"))
"""«مجلس»: a council's name needs an adjective after it."""
HEADS = PARTY_HEADS | _MOTION_HEADS | _COUNCIL_HEADS | frozenset(
    name_key("تحالف ائتلاف تيار جماعة كتلة"))
_HEAD_ENDS = frozenset(head[-2:] for head in HEADS)
"""The last two letters of the heads: a word ending otherwise is none of them."""
_LISTED = frozenset(name_key("المتحد المتحدة الموحد الموحدة الحر الحرة"))
"""Adjectives in no «ي» that end a body's name («مجلس العمل المتحد»)."""
_NOT_ADJECTIVES = frozenset(name_key(
    "الماضي الحالي الجاري الثاني الثالث الرابع الخامس التالي الآتي الذي التي الأولى "
    "الحالية الماضية الثانية الثالثة التالية الجديد الجديدة الأسبوعية الاسبوعية "
    "الأسبوعي الاسبوعي اليومي اليومية الشهري الشهرية السنوي السنوية الدوري الدورية "
    "الاستثنائي الاستثنائية"))
"""Definite words in «ي» or «ية» that tell a time or an order, not a kind of body."""
_NOT_MOVEMENTS = frozenset(name_key(
    "المرور السير الملاحة التجارة الطيران الطائرات النقل التداول الأسهم الاسهم الأسواق "
    "الاسواق السوق السفن البيع الشراء الأموال الاموال الرياح الأرض الارض القمر الشمس "
    "الاقتصاد السياحة البناء التنقل النزوح الهجرة الاستيراد التصدير الأسعار الاسعار "
    "الصادرات الواردات الإنتاج الانتاج الجنود القوات الأسطول القطارات المسافرين الزوار "
    "القتال المواجهة المواجهات الحرب المعركة الجيش الاستثمار الأعمال الاعمال الترجمة "
    "النشر الإصلاح التغيير"))
"""Names after «حركة»/«جبهة» of motion, trade or battle («حركة المرور», «جبهة القتال»),
and of reform or change in general («حركة الإصلاح الاقتصادي» is a process)."""
_NOT_COUNCILS = frozenset(name_key(
    "الإدارة الادارة الأمناء الامناء الأعمال الاعمال العائلة الأسرة الاسرة الجامعة "
    "الكلية القسم الآباء الاباء الطلاب"))
"""Boards of a firm, a family or a school after «مجلس» («مجلس الإدارة»)."""
_NOT_NAMES = frozenset(name_key(
    "الحزب الحركة الجبهة المجلس الجماعة التحالف الائتلاف التيار الكتلة الحكومة الدولة "
    "البلاد النظام الشعوب الجيش الشرطة القوات الأمن")) | frozenset(
        word for title in TITLES for word in name_key(title))
"""Common words and titles after the head that name its owner or nothing («كتلة الحزب»,
«تيار الرئيس»), or another body after «و» («حزب البعث والجيش العراقي»)."""
_MAX_ADJECTIVES = 2
_READINGS = {label: BodyHead(name_key("حركة"), label, "Movement", "", "mf") for label in (
    "PoliticalParty", "Organization", "ArmedGroup", "GovernmentBody")}
MOVEMENT_HEADS = tuple(_READINGS.values())
"""The readings of the names found here (:mod:`kg.ner.bodies` keeps them whole): a
PoliticalParty after «حزب», else an Organization, or the class the tagger gave the
shorter name it read at the head («حزب العدالة» of «حزب العدالة والتنمية»)."""


def _definite(word: str) -> bool:
    return word.startswith("ال") and len(word) >= 5 and word.isalpha() and \
        word not in FUNCTION_WORDS and word not in _NOT_ADJECTIVES


def _adjective(word: str) -> bool:
    """A definite adjective of relation («الشعبيه», «العراقي») or of :data:`_LISTED`."""
    return word in _LISTED or (_definite(word) and word.endswith(("ي", "يه")))


def _head(word: str) -> tuple[str, int] | None:
    if word[-2:] not in _HEAD_ENDS:
        return None
    return next(((form, skipped) for form, skipped in first_word_forms(word)
                 if form in HEADS), None)


def _name_end(texts: Sequence[str], index: int, head: str) -> int | None:
    """The last word of the name after the head at word ``index`` - 1, or None."""
    if index >= len(texts) or not _definite(texts[index]):
        return None
    name = texts[index]
    if name in _NOT_NAMES or (head not in PARTY_HEADS and name.endswith("ات")):
        return None  # «تحالف المنظمات», «حركة العمليات»: a plural of things
    if any(len(body.words) > 1 and body.words[0] == head and
           tuple(texts[index:index + len(body.words) - 1]) == body.words[1:]
           for body in BODY_HEADS):
        return None  # «مجلس الوزراء»: a state body, read with its country's adjective
    if (head in _MOTION_HEADS and name in _NOT_MOVEMENTS) or \
            (head in _COUNCIL_HEADS and name in _NOT_COUNCILS):
        return None
    last = index
    if last + 1 < len(texts) and texts[last + 1].startswith("وال") and \
            _definite(texts[last + 1][1:]) and texts[last + 1][1:] not in _NOT_NAMES:
        last += 1  # «العدالة والتنمية»
    adjectives = 0
    while last + 1 < len(texts) and adjectives < _MAX_ADJECTIVES and \
            _adjective(texts[last + 1]):
        last += 1
        adjectives += 1
    if head in _COUNCIL_HEADS and not adjectives:
        return None
    if head in _MOTION_HEADS and not adjectives:
        return None
    return last


def movement_names(words: WordView, mentions: Sequence[Mention],
                   after_title: Callable[[int], bool],
                   gazetteer: GazetteerIndex) -> list[tuple[int, int, BodyReading]]:
    """``(start, end, reading)`` of every name of the module docstring's shape in a
    document's ``words``; ``after_title(index)`` says whether a title stands right before
    word ``index``."""
    texts = words.texts
    found: list[tuple[int, int, BodyReading]] = []
    for index, word in enumerate(texts[:-1]):
        head = _head(word)
        if head is None or after_title(index):
            continue
        form, skipped = head
        last = _name_end(texts, index + 1, form)
        if last is None or not words.one_line(index, last):
            continue
        start = words.view.origin[words.view_starts[index] + skipped]
        end = words.ends[last]
        if any(m.start < end and start < m.end and
               ((m.start <= start and end <= m.end) or m.start < start or end < m.end)
               for m in mentions):
            continue  # the tagger's own name of it, or a longer name across it, wins
        if any(m.start in (start, words.starts[index + 1]) and m.extractor == EXTRACTOR
               for m in mentions) or \
                any(gazetteer.lookup(" ".join((form, *texts[index + 1:stop])))
                    for stop in range(index + 2, last + 1)):
            continue  # «حزب الله اللبناني»: the gazetteer's name stays
        label = next((m.label for m in mentions if m.start == start and m.label in _READINGS),
                     "PoliticalParty" if form in PARTY_HEADS else "Organization")
        found.append((start, end, BodyReading(_READINGS[label], "", skipped,
                                              last - index + 1)))
    return found
