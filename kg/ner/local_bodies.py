"""Saudi local bodies named by their service, not by a name: civil defence, health
affairs, the general directorates, development committees, education departments.

Local news quotes and thanks them as it does ministries: «وأوضح المتحدث باسم الدفاع
المدني بمنطقة مكة المكرمة», «أعلنت الشؤون الصحية بمنطقة القصيم حالة الطوارئ», «ودعت
المديرية العامة للجوازات الإخوة اليمنيين». Each reading is one body:

- «الدفاع المدني» (with its clitics: «والدفاع المدني», «بالدفاع المدني»): the phrase is
  always the service in this prose («فرق الدفاع المدني», «رجال الدفاع المدني»);
- «الشؤون الصحية» (or «الشئون») only with its place («بمنطقة القصيم», «بجدة», «في منطقة
  مكة المكرمة») or its directorate («مديرية الشؤون الصحية»): alone it is a common noun;
- «المديرية العامة» or «الإدارة العامة» and its field after «ل» («للجوازات», «لحرس
  الحدود», «لمكافحة المخدرات», «للعلاقات والإعلام», «للشؤون الصحية»);
- the local development committees («لجنة التنمية الاجتماعية الأهلية», «اللجنة الأهلية
  للتنمية الاجتماعية»), organisations, and an education department with its place
  («إدارة التعليم بمنطقة القصيم»; «إدارة التعليم العالي» is a sector).

A bare «مديرية» is no head: in Yemeni and Afghan news it is a district («مديرية
التواهي», «مديرية كتاف»).

«مديرية» or «إدارة» right before the first two («مديرية الدفاع المدني بمنطقة جازان»,
«إدارة الدفاع المدني بالعاصمة المقدسة») and the place after any of them belong to the
body. The place is a place mention after «ب» or after «ب»/«في» and «منطقة»/«محافظة»
(an unknown word may follow the division, as in :mod:`kg.ner.bodies`); «بالمنطقة» (an
anaphora) is left out.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.gazetteer.index import name_key
from kg.gazetteer.matcher import first_word_forms
from kg.model import Document
from kg.text.words import WordView

_CIVIL_DEFENCE = name_key("الدفاع المدني")
_HEALTH = (name_key("الشؤون الصحية"), name_key("الشئون الصحية"))
_GENERALS = (name_key("المديرية العامة"), name_key("الإدارة العامة"))
_COMMITTEES = (name_key("لجنة التنمية الاجتماعية الأهلية"), name_key("لجنة التنمية الاجتماعية"),
               name_key("اللجنة الأهلية للتنمية الاجتماعية"), name_key("لجنة التنمية السياحية"))
"""The local development committees («نظمت لجنة التنمية الاجتماعية بالقيصومة حفل
الأهالي»): an organisation with its place or not (the longer phrase first)."""
_EDUCATION = (name_key("إدارة التربية والتعليم"), name_key("إدارة التعليم"))
"""An education department, only with its place: «إدارة التعليم العالي» is a sector."""
_DIRECTORATES = frozenset(name_key("مديرية إدارة"))
_DIVISIONS = frozenset(name_key("منطقة محافظة"))
_IN = name_key("في")[0]
_PREPOSITIONS = frozenset(name_key("مع بين"))
"""After a coordinated word, «مع» or «بين» makes it a noun of its own: «الإدارة العامة
للمرور والتنسيق مع الجهات» (other prepositions are often the verb's: «أعلنت ... عن»)."""
_NAME_TITLES = frozenset(name_key("الملك الأمير الشيخ"))
"""«المديرية العامة لكلية الملك فهد الأمنية»: a name follows, which this rule would cut."""
_PLACE_LABELS = frozenset({"City", "Region", "Place"})
_ENDINGS = tuple({_CIVIL_DEFENCE[0], _HEALTH[0][0], _HEALTH[1][0],
                  *(phrase[0] for phrase in _GENERALS + _COMMITTEES + _EDUCATION)})
"""Each phrase's first word (the cheap test on a word's end, whatever its clitics)."""


def service_bodies(doc: Document, words: WordView,
                   titled: Callable[[int], bool]) -> list[tuple[int, int, int, str]]:
    """(start, end, proclitic characters skipped, label) of each service body.
    ``titled(i)``: a title stands right before word ``i``; then the body must end at its
    place («مدير إدارة الدفاع المدني بسكاكا»: a place no tagger knows would be cut off
    the title's phrase, which the relation stage reads whole)."""
    texts = words.texts
    place_at: dict[int, int] = {}
    for mention in doc.mentions:
        if mention.label in _PLACE_LABELS:
            place_at[mention.start] = max(mention.end, place_at.get(mention.start, 0))
    found: list[tuple[int, int, int, str]] = []
    index = 0
    while index < len(texts) - 1:
        word = texts[index]
        if not word.endswith(_ENDINGS):
            index += 1
            continue
        reading = _reading(words, index, place_at)
        if reading is None:
            index += 1
            continue
        first, skipped, last, placed, label = reading
        if not placed and titled(first):
            index = last + 1
            continue
        start = words.view.origin[words.view_starts[first] + skipped]
        found.append((start, words.ends[last], skipped, label))
        index = last + 1
    return found


def _reading(words: WordView, index: int,
             place_at: dict[int, int]) -> tuple[int, int, int, bool, str] | None:
    """(first word, skipped, last word, a place ends it, label) of the body whose head
    phrase opens at ``index``."""
    texts = words.texts
    for phrases, needs_place, label in ((_COMMITTEES, False, "Organization"),
                                        (_EDUCATION, True, "GovernmentBody")):
        for phrase in phrases:
            skipped = _opens(texts, index, phrase)
            if skipped is None:
                continue
            last = index + len(phrase) - 1
            place = _place_after(words, last + 1, place_at)
            if place is None and needs_place:
                return None
            last = place if place is not None else last
            return (index, skipped, last, place is not None, label) \
                if words.one_line(index, last) else None
    for phrase, needs_place in ((_CIVIL_DEFENCE, False), (_HEALTH[0], True), (_HEALTH[1], True)):
        skipped = _opens(texts, index, phrase)
        if skipped is None:
            continue
        last = index + len(phrase) - 1
        first = index
        if skipped == 0 and index > 0 and words.one_line(index - 1, index):
            before = [(form, cut) for form, cut in first_word_forms(texts[index - 1])
                      if form in _DIRECTORATES]
            if before:
                first, skipped = index - 1, before[0][1]
        place = _place_after(words, last + 1, place_at)
        if place is not None:
            last = place
        elif needs_place and first == index:
            return None
        return (first, skipped, last, place is not None, "GovernmentBody") \
            if words.one_line(first, last) else None
    skipped = next((cut for cut in (_opens(texts, index, phrase) for phrase in _GENERALS)
                    if cut is not None), None)
    if skipped is None or index + 2 >= len(texts):
        return None
    field = texts[index + 2]
    if not field.isalpha() or any(char.isascii() for char in field):
        return None  # «للجوازاتwww»: a link glued to the name
    if field.startswith("لل") and len(field) >= 5:
        last = index + 2
        while last + 1 < len(texts) and last < index + 4 and \
                texts[last + 1].startswith("وال") and len(texts[last + 1]) >= 6 and \
                (last + 2 >= len(texts) or texts[last + 2] not in _PREPOSITIONS):
            last += 1  # «للعلاقات والإعلام», not «للمرور والتنسيق مع الجهات»
        while last + 1 < len(texts) and texts[last + 1].startswith("ال") and \
                len(texts[last + 1]) >= 5 and (texts[last + 1].endswith("يه") or (
                    texts[last + 1].endswith("ي") and not texts[last].endswith("ات"))):
            last += 1  # «للشئون الصحية», «للدفاع المدني»; a masculine adjective after a
            # feminine plural is not the field's: «موقع المديرية العامة للجوازات الإلكتروني»
    elif field.startswith("ل") and not field.startswith("لل") and len(field) >= 4 and \
            index + 3 < len(texts) and texts[index + 3].startswith("ال") and \
            len(texts[index + 3]) >= 4 and texts[index + 3] not in _NAME_TITLES:
        last = index + 3  # «لحرس الحدود», «لمكافحة المخدرات»
    else:
        return None
    place = _place_after(words, last + 1, place_at)
    if place is not None:
        last = place
    return (index, skipped, last, place is not None, "GovernmentBody") \
        if words.one_line(index, last) else None


def _opens(texts: tuple[str, ...], index: int, phrase: tuple[str, ...]) -> int | None:
    """Proclitic characters before ``phrase`` opening at word ``index``, or None."""
    if tuple(texts[index + 1:index + len(phrase)]) != phrase[1:]:
        return None
    for form, skipped in first_word_forms(texts[index]):
        if form == phrase[0]:
            return skipped
    return None


def _place_after(words: WordView, index: int, place_at: dict[int, int]) -> int | None:
    """The last word of the body's place opening at word ``index``: «بجدة», «بالعاصمة
    المقدسة», «بمنطقة القصيم», «في منطقة تبوك», «بمحافظة الأحساء»; or None."""
    texts = words.texts
    if index >= len(texts) or not words.one_line(index - 1, index):
        return None
    word = texts[index]
    if word == _IN and index + 2 < len(texts) and texts[index + 1] in _DIVISIONS and \
            words.one_line(index, index + 1):
        return _place_end(words, index + 2, place_at)
    if not word.startswith("ب") or len(word) < 4:
        return None
    if word[1:] in _DIVISIONS:
        end = _place_end(words, index + 1, place_at)
        if end is not None:
            return end
        nxt = texts[index + 1] if index + 1 < len(texts) else ""
        return index + 1 if nxt.isalpha() and len(nxt) >= 3 and \
            words.one_line(index, index + 1) else None
    end = place_at.get(words.starts[index] + 1, 0)
    return _last_before(words, index, end) if end else None


def _place_end(words: WordView, index: int, place_at: dict[int, int]) -> int | None:
    """The last word of a place mention that opens at word ``index`` (or at the division
    word before it), or None."""
    if index >= len(words.texts) or not words.one_line(index - 1, index):
        return None
    end = max(place_at.get(words.starts[index], 0), place_at.get(words.starts[index - 1], 0),
              place_at.get(words.starts[index - 1] + 1, 0))
    return _last_before(words, index, end) if end > words.starts[index] else None


def _last_before(words: WordView, index: int, end: int) -> int:
    last = index
    while last + 1 < len(words.texts) and words.starts[last + 1] < end:
        last += 1
    return last

