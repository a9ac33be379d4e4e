"""Violent and protest words in a sense that names no event: figures, titles, words.

Read on the Open Event Data Alliance's Arabic gold (session 26), where sentences that mention
violence or protest without reporting one were raised as events:

- a killing of an abstract thing is a figure («سياسات قتلت كل بصيص أمل», «اغتيال الحلم»);
- an outburst of laughter, tears or anger, or of a situation or a dispute, is no blast
  («فانفجرت الوزيرتان بالضحك», «انفجر الوضع», «تفجر الخلاف»);
- a violent word right after a work noun is a title («فيلم «اغتيال فلان»», «مسرحية المذبحة»);
- «هاجم» whose object is «ما سماه ...» («what he called ...») or a wish, a strike or a record
  attacks in words («هاجم فلان ما سماه عمالة الساسة», «هاجم خطباء الحركة إضرابات الموظفين»),
  as does an attack on the web («تعرضت لهجوم في بعض المواقع على شبكة الإنترنت»);
- a protest noun behind the «ل» of purpose is an aim or a right, not a gathering
  («دعا للتظاهر», «ضوابط للتظاهر», «منطقة للتظاهر»);
- a gathering of vehicles is traffic («تجمعت مئات السيارات»), and «خرج» with an outcome
  («خرج خاسراً من الشارع») is how someone came out of a contest, not a march.
"""

from __future__ import annotations

import re

from kg.relations.context import Extraction
from kg.relations.index import Word

_KILLING_FORMS = frozenset({"قتل", "قتلت", "قتلوا", "يقتل", "تقتل", "اغتيال", "اغتال", "اغتالت",
                            "اغتالوا", "اغتيل"})
_ABSTRACT_VICTIMS = frozenset({
    "امل", "الامل", "امال", "الامال", "بصيص", "حلم", "الحلم", "احلام", "الاحلام", "فرحه",
    "الفرحه", "البسمه", "الابتسامه", "طموح", "الطموح", "الطموحات", "روح", "الروح", "الوقت",
    "الفكره", "الحوار", "الديمقراطيه", "الحريه", "الحقيقه", "الكلمه", "الضمير", "الابداع",
    "الطفوله", "الثقه", "المبادره",
})
"""What only a figure kills: hope, a dream, joy, time, truth («قتلت كل بصيص أمل»)."""
_ANY = frozenset({"كل", "اي", "ايه"})

_BURST_FORMS = frozenset({"انفجر", "انفجرت", "انفجروا", "تفجر", "تفجرت", "فانفجرت", "فانفجر"})
_OUTBURSTS = frozenset({
    "الضحك", "ضحكا", "ضاحكا", "ضاحكه", "ضحكات", "البكاء", "بكاء", "باكيا", "باكيه", "غضبا",
    "الغضب", "غاضبا", "غاضبه",
})
"""«انفجرت بالضحك», «انفجر غاضباً»: what bursts is a feeling (with or without «ب»)."""
_SUBJECT_REACH = 4
_BURST_STATES = frozenset({
    "الوضع", "الاوضاع", "الخلاف", "الخلافات", "الازمه", "الصراع", "النزاع", "الموقف",
    "الجدل", "الغضب", "الاحتقان",
})
"""Right after or before «انفجر»: a situation or a dispute bursting, a figure («انفجر الوضع»,
«الوضع انفجر»; not before «وانفجر», which opens a clause of its own: «تدهور الوضع وانفجرت
عبوة»)."""

_WORKS = frozenset({
    "فيلم", "افلام", "مسرحيه", "روايه", "كتاب", "قصيده", "مسلسل", "لعبه", "اغنيه", "عنوان",
    "مخرج", "ملحمه",
})
"""A violent word right after one of these names a work («فيلم «اغتيال ...»», «مسرحية
المذبحة»), not a deed."""

_ATTACK_FORMS = frozenset({"هاجم", "هاجمت", "هاجموا"})
_WHAT = frozenset({"ما", "لما", "بما", "مما"})
_NAMING = frozenset({
    "سماه", "اسماه", "سمته", "اسمته", "سموه", "اسموه", "يسميه", "تسميه", "يسمي", "تسمي",
})
"""«ما سماه», «ما أسماه»: what someone called so, an attack in words on a naming (not «ما
وصفه الجيش بأنه مقر», which may describe a building attacked in arms)."""
_NAMING_REACH = 12
_WORDED_THINGS = frozenset({
    "رغبه", "اضراب", "اضرابات", "نهج", "افكار", "فكره", "دعوات", "اراء", "طروحات", "تصرفات",
    "ادعاءات", "مزاعم",
})
"""What «هاجم» attacks in words when it is the object («هاجم فلان رغبة منافسه»): wishes,
strikes, ideas, claims (never a place or a building, nor a word of a time or a rite that
may follow an armed attack: «أثناء أداء الصلاة», «السجل المدني»)."""
_OBJECT_REACH = 5

_ATTACK_NOUNS = frozenset({"هجوم", "هجمات", "هجوما", "هاجم", "هاجمت", "هاجموا", "حمله", "حملات"})
_WEB = frozenset({"الانترنت", "انترنت", "الانترنيت", "انترنيت"})
_ON_THE_WEB = frozenset({"شبكه", "علي", "عبر", "مواقع", "موقع", "صفحات", "منتديات"})
"""«على شبكة الإنترنت», «عبر الإنترنت», «مواقع الإنترنت»; not «مقهى للإنترنت», a place."""
_PROTEST_MASDARS = frozenset({"تظاهر", "احتجاج", "اعتصام", "تظاهرات", "مظاهرات"})
_GATHER_FORMS = frozenset({"تجمع", "تجمعت", "تجمعوا", "احتشد", "احتشدت", "احتشدوا", "تجمعا"})
_VEHICLES = frozenset({
    "السيارات", "سيارات", "الشاحنات", "شاحنات", "الحافلات", "حافلات", "المركبات", "مركبات",
    "السفن", "سفن", "الغيوم", "غيوم", "المياه", "السحب",
})
_OUT_FORMS = frozenset({"خرج", "خرجت", "خرجوا", "وخرج", "وخرجت", "وخرجوا"})
_OUTCOMES = frozenset({
    "خاسرا", "خاسره", "خاسرين", "خاسرون", "منتصرا", "منتصره", "منتصرين", "منتصرون", "رابحا",
    "رابحين", "فائزا", "فائزين", "مهزوما", "مهزومين", "سالما", "سالمين", "خالي", "صفر",
})
"""«خرج خاسراً», «خرجوا منتصرين»: how one came out of a contest or an ordeal."""

CLAUSE_END = re.compile(r"[،,.:;؛!?؟()\[\]]|\s-\s")
"""Punctuation that ends a clause; quotes do not (a name is often quoted: «القاعدة»)."""


def figurative(context: Extraction, words: list[Word], position: int, label: str,
               form: str) -> bool:
    """Whether the trigger at ``words[position]`` (of ``form``) is a figure, a title or an
    attack in words rather than an event (module docstring)."""
    after = words[position + 1:position + 1 + _NAMING_REACH]
    if form in _KILLING_FORMS and _abstract_victim(after):
        return True
    subject = [] if words[position].norm[:1] in {"و", "ف"} else words[max(0, position - 1):position]
    if form in _BURST_FORMS and (_has(after[:_SUBJECT_REACH], _OUTBURSTS) or
                                 _has(after[:1] + subject, _BURST_STATES)):
        return True
    if position > 0 and words[position - 1].has(_WORKS):
        return True
    clause = in_clause(context, words, position, after)
    if form in _ATTACK_FORMS and (_names_something(after) or
                                  _has(clause[:_OBJECT_REACH], _WORDED_THINGS)):
        return True
    if form in _ATTACK_NOUNS and _online(clause):
        return True
    return label == "Protest" and _protest_figure(words, position, form, after)


def _has(words: list[Word], table: frozenset[str]) -> bool:
    return any(word.has(table) for word in words)


def _abstract_victim(after: list[Word]) -> bool:
    """«قتلت كل بصيص أمل»: the object (past «كل»/«أي») is an abstract thing."""
    at = 1 if after and after[0].norm in _ANY else 0
    return at < len(after) and after[at].has(_ABSTRACT_VICTIMS)


def _names_something(after: list[Word]) -> bool:
    """«ما سماه», «ما وصفه بـ»: a naming after «هاجم», in its sentence."""
    return any(word.norm in _WHAT and index + 1 < len(after) and after[index + 1].has(_NAMING)
               for index, word in enumerate(after))


def in_clause(context: Extraction, words: list[Word], position: int,
              after: list[Word]) -> list[Word]:
    """The words of ``after`` (those after the trigger) up to the end of its clause."""
    found: list[Word] = []
    left = words[position]
    for word in after:
        if CLAUSE_END.search(context.doc.text, left.end, word.start):
            break
        found.append(word)
        left = word
    return found


def _online(after: list[Word]) -> bool:
    """«تعرضت لهجوم في بعض المواقع على شبكة الإنترنت»: an attack on the web, in words."""
    return any(word.has(_WEB) and index > 0 and after[index - 1].has(_ON_THE_WEB)
               for index, word in enumerate(after))


def _protest_figure(words: list[Word], position: int, form: str, after: list[Word]) -> bool:
    word = words[position]
    if any(prefix.lstrip("وف") in {"ل", "لل"} and rest.removeprefix("ال") in
                        _PROTEST_MASDARS for prefix, rest in word.readings()):
        return True  # «دعا للتظاهر», «ضوابط للتظاهر»: an aim, a right
    if form in _GATHER_FORMS and any(w.has(_VEHICLES) for w in after[:3]):
        return True  # «تجمعت مئات السيارات»: traffic
    return word.norm in _OUT_FORMS and bool(after) and after[0].has(_OUTCOMES)
