"""The edges of a person's name: no verb of saying or nisba before it, no tanween word or
title after it.

Seven slips of the tagger at the edges of a person name, each losing the speaker of a
statement (the holder's name is wrong, so it links to nobody):

- a verb of saying that opens the clause is read as the name's first word: «وأردف
  جوتيريز قائلا», «وتابع ميسي»; Arabic news puts the verb before its subject, and a
  verb in the perfect, with «و» or «ف» or alone, is never the first word of a name
  (:data:`SAYING_VERBS`; not «طالب», «واصل», also given names, unless «و»/«ف» is glued);
- a definite nisba read as the name's first word before a listed given name: «الحارس
  النصراوي عبدالله الشمري», «المهاجم الهلالي ناصر الشمراني» (:func:`described_by_nisba`);
- a given name coordinated with a given name is read as one name: «محمد وسلطان» in a
  list of brothers is two people (:func:`coordinated_given`; the name is split);
- a dual or plural nationality adjective inside the name: «وافدان باكستانيان» is two
  people described, no name (:func:`plural_nisba`; the whole name is dropped);
- a pious formula «X الله» read as a name: «بعد توفيق الله», «بفضل الله»
  (:func:`kg.ner.god_formulas.pious_formula`; the name is dropped);
- a word with a tanween (an indefinite noun or adverb in the accusative: «عقداً»,
  «أيضاً», «رسمياً») is read as the name's last word: «مع اللاعب ماجد الهزاني عقداً
  احترافياً». News prose never writes a tanween on a proper name, so such a word is
  never part of one, at either edge;
- a title in apposition after the name, whose first word is also a family name, is read
  as the name's last word: «كشف طلعت حافظ الأمين العام للجنة», «محمد علي الرئيس السابق
  للنادي». A title word at the end of a name is the title's when the word after it
  completes a title (:data:`TITLE_COMPLEMENTS`: «العام», «التنفيذي», «السابق»); «ماجد
  المهندس» before any other word keeps its family name (:func:`title_at_end`). The
  construct title «أمين عام» («عبدالله الشهري أمين عام الغرفة») has no article, and
  «أمين» is also a given name: it is the title's when «عام» follows it and a word that is
  no number after that (not «محمد أمين عام 1990», the year).

:func:`trim_name_edges` runs on a sentence's IOB2 tags; a name left with no word is
dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.person_words import PERSON_TITLES, is_given
from kg.ner.conll import chunks
from kg.ner.construct_plurals import construct_plural
from kg.ner.features import name_gazetteer
from kg.ner.god_formulas import pious_formula
from kg.text.normalize import normalize_key


def _keys(text: str) -> frozenset[str]:
    return frozenset(normalize_key(word) or word for word in text.split())


SAYING_VERBS = _keys("""
    قال أكد أضاف أوضح أشار لفت ذكر تابع شدد أفاد كشف أبان اعتبر رأى أشاد ثمن انتقد
    دعا ناشد أعرب نفى حذر أردف استطرد زاد واصل علق صرح أعلن استدرك ختم
    قالت أكدت أضافت أوضحت أشارت لفتت ذكرت تابعت شددت أفادت كشفت أبانت اعتبرت رأت
    أشادت ثمنت انتقدت دعت ناشدت أعربت نفت حذرت أردفت استطردت زادت واصلت علقت صرحت
    أعلنت استدركت ختمت
    """)
"""Perfect verbs of saying (masculine and feminine) that open a reporting clause."""
_GLUED_ONLY = _keys("طالب طالبت واصل أبان رأى ثمن دعا ناشد")
"""Verbs spelt like the first word of a name («طالب الرفاعي», «واصل أبو يوسف», «راي» as
normalised «رأى»): a verb only with «و» or «ف» glued («وطالب», «وواصل»)."""
_TANWEEN = frozenset("\u064b\u064c\u064d")
"""Fathatan, dammatan, kasratan."""


def saying_verb(word: str) -> bool:
    """A perfect verb of saying, alone or with «و»/«ف» glued («وأردف», «فقال»)."""
    normal = normalize_key(word) or word
    if normal in SAYING_VERBS and normal not in _GLUED_ONLY:
        return True
    return normal[:1] in ("و", "ف") and (normal[1:] in SAYING_VERBS or normal[1:] in _GLUED_ONLY)


def has_tanween(word: str) -> bool:
    """The word carries a tanween («عقداً», «أيضًا»): an indefinite word, no proper name."""
    return any(char in _TANWEEN for char in word)


_MIN_AFTER_NISBA = 2
"""Words a name keeps after its nisba is cut: a given name and a family name."""


def described_by_nisba(first: str, second: str) -> bool:
    """A definite nisba before a listed given name describes the person, it is no part of
    the name: «الحارس النصراوي عبدالله الشمري» (a club's), «الأمريكي جون كيري» (a country's).
    A name opens with its given name; a nisba of the family comes after it."""
    normal = normalize_key(first) or first
    return normal.startswith("ال") and normal.endswith("ي") and len(normal) > 5 and \
        is_given(second)


def coordinated_given(previous: str, word: str) -> bool:
    """«و» + a listed given name right after a listed given name (itself after «و» or
    not): two people in a list
    («أشقاء الفقيد محمد وسلطان وفواز»), never one name. A word that is itself a listed
    given name («وليد», «وسام», «وحيد») stays in the name («عبدالله وحيد الدين»)."""
    normal = normalize_key(word) or word
    before = normalize_key(previous) or previous
    return normal.startswith("و") and len(normal) > 3 and not is_given(normal) and \
        is_given(normal[1:]) and (is_given(before) or (before.startswith("و") and
                                  not is_given(before) and is_given(before[1:])))


_PLURAL_NISBA_ENDINGS = ("يان", "يين", "يون", "يتان", "يتين", "يات")
"""The dual and plural endings of a nisba («باكستانيان», «مصريين», «سوريون»)."""


def plural_nisba(word: str) -> bool:
    """A dual or plural nationality adjective («باكستانيان», «مصريون»): it describes a
    group of people («وافدان باكستانيان», «مقيمون مصريون»), and a person's name holds none
    (a family nisba is singular: «المصري»)."""
    normal = normalize_key(word) or word
    roots = name_gazetteer().nationality_roots
    return any(normal.endswith(ending) and normal[:-len(ending)] in roots
               for ending in _PLURAL_NISBA_ENDINGS)


TITLE_COMPLEMENTS = _keys("""
    العام العامة التنفيذي التنفيذية المساعد المساعدة المفوض المفوضة الأول الأولى السابق
    السابقة الأسبق المكلف المكلفة الإقليمي الفخري الرسمي الرسمية الدائم الخاص
    """)
"""Words that complete a title right after its head: «الأمين العام», «الرئيس التنفيذي»,
«الوزير المفوض», «الرئيس السابق», «المتحدث الرسمي»."""


def title_at_end(word: str, following: str | None) -> bool:
    """The last word of a name is a title's head, which the word after it completes:
    «الأمين» before «العام» (see the module docstring)."""
    if following is None:
        return False
    normal = normalize_key(word) or word
    return normal.startswith("ال") and normal in PERSON_TITLES and \
        (normalize_key(following) or following) in TITLE_COMPLEMENTS


_CONSTRUCT_TITLE = normalize_key("أمين")
_CONSTRUCT_COMPLEMENTS = _keys("عام عامة")


def construct_title_at_end(word: str, following: str | None, after: str | None) -> bool:
    """The last word of a name is «أمين» of the title «أمين عام X» (see the module
    docstring): «عام» follows, then a word that is not a number (a year)."""
    if following is None or after is None or normalize_key(word) != _CONSTRUCT_TITLE:
        return False
    if (normalize_key(following) or following) not in _CONSTRUCT_COMPLEMENTS:
        return False
    return not any(char.isdigit() for char in after) and normalize_key(after) != ""


def trim_name_edges(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` with a verb of saying cut from the start of each person name, the words
    with a tanween cut from both its ends, and a title's head from its end (see the module
    docstring)."""
    result = list(tags)
    for kind, start, end in chunks(result):
        if kind != "PERS":
            continue
        new_start, new_end = start, end
        while new_start < new_end and (
                has_tanween(words[new_start]) or construct_plural(words[new_start]) or
                (new_end - new_start > 1 and saying_verb(words[new_start]))):
            new_start += 1
        while new_end > new_start and has_tanween(words[new_end - 1]):
            new_end -= 1
        if new_end - new_start > 1 and title_at_end(
                words[new_end - 1], words[new_end] if new_end < len(words) else None):
            new_end -= 1  # «طلعت حافظ [الأمين] العام»: the title's head
        elif new_end - new_start > 2 and construct_title_at_end(
                words[new_end - 1], words[new_end] if new_end < len(words) else None,
                words[new_end + 1] if new_end + 1 < len(words) else None):
            new_end -= 1  # «عبدالله الشهري [أمين] عام الغرفة»: the title's head
        if new_end - new_start >= _MIN_AFTER_NISBA + 1 and \
                described_by_nisba(words[new_start], words[new_start + 1]):
            new_start += 1
        if any(plural_nisba(word) for word in words[new_start:new_end]):
            new_end = new_start  # «وافدان باكستانيان»: people described, no name
        before = words[new_start - 1] if new_start else None
        if new_end - new_start == 2 and pious_formula(before, words[new_start],
                                                      words[new_start + 1]):
            new_end = new_start  # «بعد توفيق الله»: a formula, no name
        for index in range(new_start + 1, new_end):
            if coordinated_given(words[index - 1], words[index]):
                result[index] = "B-PERS"  # «محمد وسلطان»: two names in a list
        if (new_start, new_end) == (start, end):
            continue
        for index in range(start, end):
            result[index] = "O"
        if new_start < new_end:
            result[new_start:new_end] = ["B-PERS"] + ["I-PERS"] * (new_end - new_start - 1)
    return result
