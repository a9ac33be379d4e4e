"""Bodies named by an institution noun, a genitive chain and a place or a country.

Local news names councils, funds, chambers, clubs and embassies by what they are, whose
or what for, and where: «مجلس شباب منطقة عسير», «صندوق التنمية الصناعية السعودي»,
«الغرفة التجارية الصناعية بأبها», «النادي الأدبي بأبها», «سفارة المملكة في القاهرة». No
tagger finds them whole (at most the place inside), so what they organise, sign or say is
lost. One name, one mention (:func:`headed_bodies`), in four shapes:

- a construct head (:data:`_CONSTRUCT_HEADS`: «مجلس», «صندوق», «لجنة», «غرفة», «ملتقى»),
  up to two indefinite nouns, up to two definite words and up to two nisba adjectives,
  then an anchor that ends it: a nationality adjective («السعودي»), a place mention or a
  listed place, «منطقة»/«محافظة» and its place, or a place glued to «بـ» («بأبها»);
- a definite head (:data:`_DEFINITE_HEADS`: «الغرفة», «النادي», «المجلس») and one or two
  adjectives of a closed list («التجارية», «الأدبي», «البلدي»), then a place glued to «بـ»;
- a public agency by a field of a closed list («سلطة الطاقة», «مصلحة الجمارك»,
  :data:`_AGENCY_FIELDS`) and its nisba adjectives;
- an embassy or a consulate («سفارة», «قنصلية»): a country's mention or «المملكة» after it,
  or the definite noun and a nationality adjective («السفارة الأمريكية»), then, if there
  is one, its city or country after «في» or glued to «بـ».

Precision first: a bare head («المجلس», «اللجنة») or a head and a field with no anchor
(«لجنة التحقيق», «صندوق الاقتراع», «غرفة العمليات») makes nothing: the anchor is what makes
the phrase a name. The words are on one line with spaces only between them (a quote, a
comma or a bracket ends the chain); a time word, a title, a function word or a word with
a proclitic other than the article ends it too, and no verb or adjunct preposition can
stand inside. Not right after a title («رئيس مجلس شباب منطقة عسير»: the title's phrase
stays whole for the relation stage).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from kg.gazetteer.index import name_key
from kg.gazetteer.matcher import first_word_forms
from kg.gazetteer.person_words import FUNCTION_WORDS
from kg.model import Document
from kg.ner.body_places import named_place
from kg.text.words import WordView

_CONSTRUCT_HEADS = frozenset(name_key("مجلس صندوق لجنة غرفة ملتقى"))
"""Indefinite institution nouns that open a genitive chain ending at a place or a country."""
_DEFINITE_HEADS = frozenset(name_key("الغرفة النادي المجلس"))
"""Definite institution nouns named by a listed adjective and a place («النادي الأدبي بأبها»)."""
_EMBASSIES = frozenset(name_key("سفارة قنصلية"))
_DEFINITE_EMBASSIES = frozenset(name_key("السفارة القنصلية"))
_AGENCY_FIELDS = {
    name_key("سلطة")[0]: frozenset(name_key(
        "الطاقة المياه النقد الطيران الموانئ الأراضي البيئة الآثار الاتصالات")),
    name_key("مصلحة")[0]: frozenset(name_key(
        "الجمارك الضرائب السجون الأحوال الأرصاد الجوازات الطب المياه الآثار الشهر")),
}
"""Public agencies named by a head and a field of a closed list: «سلطة الطاقة», «سلطة النقد
الفلسطينية», «مصلحة الجمارك», «مصلحة الأحوال المدنية». Any other field makes a sense of the
word that names no body («سلطة القانون», «مصلحة الوطن»)."""
_HEADS = _CONSTRUCT_HEADS | _DEFINITE_HEADS | _EMBASSIES | _DEFINITE_EMBASSIES | \
    frozenset(_AGENCY_FIELDS)
_HEAD_ENDS = tuple(sorted(_HEADS))
_DEFINITE_ADJECTIVES = frozenset(name_key(
    "التجارية التجاري الصناعية الصناعي الأدبي الادبي الثقافي الثقافية البلدي البلدية "
    "الرياضي الرياضية العلمي العلمية الاجتماعي الاجتماعية العسكري العسكرية المحلي المحلية"))
"""Adjectives that name a chamber, a club or a council before its place («المجلس العسكري
بحمص», «المجلس المحلي بدوما»: the military and local councils of Syrian and Yemeni news)."""
_KINGDOM = name_key("المملكة")[0]
_DIVISIONS = frozenset(name_key("منطقة محافظة"))
_IN = name_key("في")[0]
_CITY = name_key("مدينة")[0]
_PLACE_LABELS = frozenset({"City", "Region", "Place", "Country"})
_COUNTRY_LABELS = frozenset({"Country"})
_NOT_CHAIN = frozenset(name_key(
    "اليوم أمس الأمس الغد السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة الماضي "
    "الماضية الجاري الحالي الحالية المقبل المقبلة الجديد الجديدة السابق السابقة المعنية "
    "المختصة ذاتها نفسها العام العامة الذي التي الذين عام خلال بعد قبل منذ عقب"))
"""Words that end a chain: times, «المعنية», relatives, adjunct nouns."""
_NOT_NAMES = frozenset(name_key("العمليات عمليات الاقتراع اقتراع العزاء عزاء إدارة الإدارة"))
"""First words after the head that make a room, a box, a gathering or a board, not a
body: «غرفة العمليات», «صندوق الاقتراع», «مجلس عزاء», «مجلس إدارة»."""
_TREASURERS = frozenset(name_key("أمين أمينة وأمين"))
"""«أمين صندوق ...» is a treasurer, a title."""
_PUBLIC = frozenset(name_key("العام العامة"))
_MAX_INDEFINITE = 2
_MAX_DEFINITE = 2
_MAX_ADJECTIVES = 2


def headed_bodies(doc: Document, words: WordView, titled: Callable[[int], bool],
                  adjectives: Mapping[str, object]) -> list[tuple[int, int, int, str]]:
    """(first word, last word, proclitic characters skipped, label) of each body named
    by a head noun, a chain and a place or a country (see the module docstring).
    ``titled(i)``: a title stands right before word ``i``; ``adjectives``: the
    nationality adjectives (normalized forms)."""
    texts = words.texts
    place_at: dict[int, int] = {}
    country_at: set[int] = set()
    names = [(m.start, m.end) for m in doc.mentions if m.label not in _PLACE_LABELS]
    for mention in doc.mentions:
        if mention.label in _PLACE_LABELS:
            place_at[mention.start] = max(mention.end, place_at.get(mention.start, 0))
        if mention.label in _COUNTRY_LABELS:
            country_at.add(mention.start)
    found: list[tuple[int, int, int, str]] = []
    index = 0
    while index < len(texts) - 1:
        word = texts[index]
        forms = [(form, skipped) for form, skipped in first_word_forms(word)
                 if form in _HEADS] if word.endswith(_HEAD_ENDS) else []
        if not forms or titled(index) or (index > 0 and texts[index - 1] in _TREASURERS) or \
                texts[index + 1] in _NOT_NAMES:
            index += 1
            continue
        form, skipped = forms[0]
        if form in _EMBASSIES or form in _DEFINITE_EMBASSIES:
            last, label = _embassy_end(words, index, form, place_at, country_at,
                                       adjectives), "GovernmentBody"
        elif form in _AGENCY_FIELDS:
            last, label = _agency_end(words, index, _AGENCY_FIELDS[form]), "GovernmentBody"
        elif form in _CONSTRUCT_HEADS:
            last, label = _chain_end(words, index, place_at, adjectives), "Organization"
        else:
            last, label = _adjective_end(words, index, place_at), "Organization"
        if last is None or not _spaced(words, index, last) or (
                form not in _AGENCY_FIELDS and _continues(words, last)) or any(
                start < words.ends[last] and words.starts[index] < end for start, end in names):
            index += 1  # another name inside or across («مجلس الشورى»): not this shape's
            continue
        found.append((index, last, skipped, label))
        index = last + 1
    return found


def _embassy_end(words: WordView, index: int, form: str, place_at: Mapping[int, int],
                 country_at: Collection[int], adjectives: Mapping[str, object]) -> int | None:
    """The last word of an embassy's name opening at ``index``, or None."""
    texts = words.texts
    nxt = index + 1
    if form in _DEFINITE_EMBASSIES:
        if texts[nxt] not in adjectives:
            return None
        last = nxt
    elif texts[nxt] == _KINGDOM:
        last = nxt
    elif words.starts[nxt] in country_at:
        last = _last_before(words, nxt, place_at[words.starts[nxt]])
    else:
        return None
    place = _place_after(words, last + 1, place_at, with_in=True)
    return place if place is not None else last


def _agency_end(words: WordView, index: int, fields: Collection[str]) -> int | None:
    """The last word of an agency's name: its listed field and up to two definite nisba
    adjectives after it («الطيران المدني», «الأحوال المدنية», «النقد الفلسطينية»)."""
    texts = words.texts
    if texts[index + 1] not in fields:
        return None
    last = index + 1
    while last + 1 < len(texts) and last - index <= _MAX_ADJECTIVES and \
            texts[last + 1].startswith("ال") and texts[last + 1].endswith(("ي", "يه")) and \
            texts[last + 1] not in _NOT_CHAIN and _spaced(words, last, last + 1):
        last += 1
    if last + 1 < len(texts) and texts[last + 1] in _PUBLIC and _spaced(words, last, last + 1):
        last += 1  # «مصلحة الجمارك العامة»
    return last


def _chain_end(words: WordView, index: int, place_at: Mapping[int, int],
               adjectives: Mapping[str, object]) -> int | None:
    """The last word of a construct head's chain that ends at an anchor, or None."""
    texts = words.texts
    position = index + 1
    counts = {"indefinite": 0, "definite": 0, "adjective": 0}
    while position < len(texts):
        word = texts[position]
        anchor = _anchor_end(words, position, place_at, adjectives,
                             glued=bool(counts["definite"]))
        if anchor is not None:
            return anchor if position > index + 1 or texts[index].endswith(
                name_key("غرفة")[0]) else None
        if word in _NOT_CHAIN or word in FUNCTION_WORDS or not word.isalpha() or len(word) < 3:
            return None
        if not word.startswith("ال"):
            if counts["definite"] or counts["adjective"] or \
                    not _construct(words, position, place_at):
                return None
            kind = "indefinite"
        elif counts["definite"] and word.endswith(("ي", "يه")):
            kind = "adjective"
        else:
            if counts["adjective"]:
                return None
            kind = "definite"
        counts[kind] += 1
        if counts["indefinite"] > _MAX_INDEFINITE or counts["definite"] > _MAX_DEFINITE or \
                counts["adjective"] > _MAX_ADJECTIVES:
            return None
        position += 1
    return None


def _construct(words: WordView, position: int, place_at: Mapping[int, int]) -> bool:
    """The indefinite word at ``position`` can stand in a genitive chain: not a
    preposition and a division («بمدينة»); a word in «ي» or «ية» (a nisba adjective or a
    noun: «فندقية», «تنمية», «إعلاميي») only before its genitive, a definite word, a
    division or a place («صندوق تنمية ماليزيا»), not before a preposition («غرفة فندقية
    بمدينة دبي»: a hotel room, no name)."""
    texts = words.texts
    word = texts[position]
    if word[0] in "بل" and (word[1:] in _DIVISIONS or word[1:] == _CITY):
        return False
    if word.endswith("ي") or word.endswith("يه"):
        if position + 1 >= len(texts):
            return False
        after = texts[position + 1]
        return after.startswith("ال") or after in _DIVISIONS or \
            words.starts[position + 1] in place_at
    return True


def _adjective_end(words: WordView, index: int, place_at: Mapping[int, int]) -> int | None:
    """The last word of a definite head, its listed adjectives and its glued place."""
    texts = words.texts
    position = index + 1
    while position < len(texts) and position - index <= 2 and \
            texts[position] in _DEFINITE_ADJECTIVES:
        position += 1
    if position == index + 1 or position >= len(texts) or not texts[position].startswith("ب"):
        return None
    return _place_after(words, position, place_at, with_in=False)


def _anchor_end(words: WordView, position: int, place_at: Mapping[int, int],
                adjectives: Mapping[str, object], glued: bool) -> int | None:
    """The last word of an anchor opening at ``position``: a nationality adjective, a
    place, a division and its place, or (with ``glued``: after a definite word) a place
    glued to «بـ» («مجلس عزاء بالرياض» is a gathering, not a body); or None."""
    texts = words.texts
    word = texts[position]
    if word in adjectives:
        return position
    end = place_at.get(words.starts[position], 0)
    if end:
        return _last_before(words, position, end)
    if word in _DIVISIONS and position + 1 < len(texts):
        end = place_at.get(words.starts[position + 1], 0)
        if end:
            return _last_before(words, position + 1, end)
        return named_place(texts, position + 1)
    if word.startswith("ال"):
        return named_place(texts, position)
    if glued and word.startswith("ب"):
        return _place_after(words, position, place_at, with_in=False)
    return None


def _place_after(words: WordView, index: int, place_at: Mapping[int, int],
                 with_in: bool) -> int | None:
    """The last word of a place right after a body's name: glued to «بـ» («بأبها»,
    «بمصر»), or after «في» with ``with_in``; or None."""
    texts = words.texts
    if index >= len(texts) or not _spaced(words, index - 1, index):
        return None
    word = texts[index]
    if with_in and word == _IN and index + 1 < len(texts) and _spaced(words, index, index + 1):
        end = place_at.get(words.starts[index + 1], 0)
        return _last_before(words, index + 1, end) if end else named_place(texts, index + 1)
    if not word.startswith("ب") or len(word) < 4:
        return None
    if word[1:] in _DIVISIONS or word[1:] == _CITY:
        # «بمنطقة القصيم», «بمدينة ينبع»: the place after the division
        if index + 1 >= len(texts) or not _spaced(words, index, index + 1):
            return None
        end = place_at.get(words.starts[index + 1], 0)
        return _last_before(words, index + 1, end) if end else named_place(texts, index + 1)
    end = place_at.get(words.starts[index] + 1, 0)
    if end:
        return _last_before(words, index, end)
    return named_place((*texts[:index], word[1:], *texts[index + 1:]), index)


def _continues(words: WordView, last: int) -> bool:
    """A definite nisba adjective right after the name's last word: the name goes on past
    its place («ملتقى ليالي أبها الرمضانية»), so the place is no anchor."""
    if last + 1 >= len(words.texts) or not _spaced(words, last, last + 1):
        return False
    word = words.texts[last + 1]
    return word.startswith("ال") and word.endswith(("ي", "يه")) and word not in _NOT_CHAIN


def _last_before(words: WordView, index: int, end: int) -> int:
    last = index
    while last + 1 < len(words.texts) and words.starts[last + 1] < end:
        last += 1
    return last


def _spaced(words: WordView, first: int, last: int) -> bool:
    """Words ``first`` to ``last`` are separated by spaces only, on one line."""
    view = words.view.text
    for position in range(first, last):
        gap = view[words.view_ends[position]:words.view_starts[position + 1]]
        if not gap.isspace() or "\n" in gap:
            return False
    return True
