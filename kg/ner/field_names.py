"""Organisations named by a kind noun, its adjectives and its field after «لـ».

Arab institutions are named by what they are, what they are like, and what they are for:
«الندوة العالمية للشباب الإسلامي», «الرئاسة العامة لرعاية الشباب», «المنظمة العربية لحقوق
الإنسان», «الشركة السعودية للكهرباء», «المجلس الأعلى للقضاء», «المرصد السوري لحقوق
الإنسان». The taggers find none of these, or cut them at the adjective («المنظمة
العربية», the country «السعودية»), and a statement or a stance of the body is lost or
given to a piece of its name. One name, one Organization mention
(:func:`field_names`):

- the head: a definite noun of an organisation's kind (:data:`HEADS`), with «و», «ف»,
  «ب» or «ل» before it or not;
- right after it, one or two definite adjectives of a closed list («العالمية», «العربية»,
  «العامة», «العليا», «الأعلى»: :data:`_LISTED_ADJECTIVES`) or of a country («السعودية»);
- then its field: a definite word after «لل» («للاستثمار»), or an indefinite word after
  «لـ» and the definite word it governs («لرعاية الشباب», «لحقوق الإنسان»);
- then up to two nisba adjectives of the field, or one definite word joined by «و»
  («للشباب الإسلامي», «للعلوم والتقنية»).

All on one line with spaces only between the words. Precision first, so no name:

- after a title («رئيس الهيئة العامة للاستثمار»: the title's phrase stays whole for the
  relation stage, as :mod:`kg.ner.bodies` does) or after a verb whose object «لـ» marks
  («دعت الجمعية الخيرية للتبرع»: what it called for, not its name);
- when the gazetteer knows a name that opens at the head and ends before the field
  («الاتحاد الأوروبي» in «دعا الاتحاد الأوروبي للعمل»: the field is the verb's), or a
  person is named inside, or a mention runs across the phrase's edge;
- when a name stands in the field (a mention, or a name the gazetteer knows): «اللجنة
  التنفيذية للفيفا», «المجلس البلدي لمنطقة الرياض» name a unit and its owner, which the
  relation stage reads as two;
- when the «لـ» phrase tells a time or a degree («للمرة الأولى», «للغاية»);
- «المصلحة العامة» (the public interest) is no head.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from kg.gazetteer.extractors import EXTRACTOR
from kg.gazetteer.index import name_key
from kg.gazetteer.matcher import first_word_forms
from kg.gazetteer.person_words import FUNCTION_WORDS
from kg.model import Mention
from kg.ner.conjoined_fields import nisba_ending
from kg.text.words import WordView

HEADS = frozenset(name_key(
    "الهيئة المؤسسة المنظمة الجمعية اللجنة المركز الصندوق المجلس الرئاسة الندوة الاتحاد "
    "الشركة المجموعة الوكالة المعهد الأكاديمية الأمانة المرصد الشبكة الجبهة الحركة "
    "التحالف الرابطة البنك المكتب"))
"""Definite nouns of an organisation's kind that head a name of this shape."""
_HEAD_ENDS = frozenset(head[-3:] for head in HEADS)
"""The last three letters of the heads: a word ending otherwise is none of them, whatever its
proclitics (every head keeps three letters past its article), so its forms need not be read."""
_MASCULINE_ADJECTIVES = name_key(
    "العالمي الدولي الوطني العربي الإسلامي الخليجي الأفريقي الإفريقي الأوروبي الآسيوي "
    "الإقليمي الملكي الأهلي الخيري الشعبي الاتحادي المركزي الاستشاري الاقتصادي العلمي "
    "الطبي التعاوني الديمقراطي الاجتماعي الثقافي الصحي التجاري الصناعي الزراعي العقاري "
    "القومي الشرعي المصرفي الدستوري القضائي الأمني الانتقالي البرلماني التشريعي النقابي "
    "المهني الأكاديمي التعليمي البيئي السياحي الرياضي الأولمبي الإنساني")
_LISTED_ADJECTIVES = frozenset(_MASCULINE_ADJECTIVES) | frozenset(
    word + "ه" for word in _MASCULINE_ADJECTIVES) | frozenset(name_key(
        "العامة العام العليا الأعلى العمومية المستقلة المستقل الدائمة الدائم"))
"""Adjectives that describe a body in its name («العالمية», «العامة», «العليا»); a
country's adjective («السعودية») is one too. Not any word in «ي»: «الشبكة الخارجية
المغذية للجسر» is a network feeding a bridge, «اللجنة التنفيذية للفيفا» a unit."""
_NOT_ADJECTIVES = frozenset(name_key(
    "الماضي الحالي الجاري الثاني الثالث الرابع الخامس التالي الآتي الذي التي الأولى "
    "الحالية الماضية الثانية الثالثة التالية"))
"""Definite words in «ي» or «ية» that describe a time or an order, not a kind of body."""
_LAM_VERBS = frozenset(name_key(
    "دعا دعت يدعو تدعو سعى سعت يسعى تسعى اتجه اتجهت يتجه تتجه استعد استعدت يستعد تستعد "
    "بادر بادرت يبادر تبادر اضطر اضطرت يضطر تضطر توجه توجهت يتوجه تتوجه تطلع تطلعت "
    "يتطلع تتطلع لجأ لجأت يلجأ تلجأ احتاج احتاجت يحتاج تحتاج"))
"""Verbs whose object «لـ» marks: after one, the «لل» phrase is what the body does."""
_NOT_FIELDS = frozenset(name_key(
    "للمرة لمدة للعام لليوم للسنة للشهر للأسبوع لفترة للوهلة للغاية للحظة لأول لآخر "
    "للجميع للغاية لذلك لهذا لهذه"))
"""«لـ» phrases of time or degree after a body, not its field: «للمرة الأولى», «للغاية»."""
_MAX_ADJECTIVES = 2
_MAX_FIELD_TAIL = 2
_KEPT_LABELS = frozenset({"Person"})


def _nisba(word: str) -> bool:
    """A definite adjective of relation: «العالميه», «العربي», «الاسلامي»."""
    return len(word) >= 5 and nisba_ending(word) is not None and word not in _NOT_ADJECTIVES




def _definite(word: str) -> bool:
    return word.startswith("ال") and len(word) >= 4 and word not in FUNCTION_WORDS and \
        word not in _NOT_ADJECTIVES


def _field_end(texts: Sequence[str], index: int, known: Callable[[str], bool]) -> int | None:
    """The last word of the field that opens at ``index`` («للاستثمار», «لرعاية الشباب»),
    with the adjectives or the coordinated word after it; None when there is no field, or
    when its noun is a name ``known`` knows («للفيفا», «لمنطقة الرياض»: an owner)."""
    if index >= len(texts):
        return None
    word = texts[index]
    if word in _NOT_FIELDS:
        return None
    if word.startswith("لل") and len(word) >= 5 and word.isalpha():
        last = index
    elif word.startswith("ل") and not word.startswith("لل") and len(word) >= 4 and \
            word.isalpha() and word[1:] not in FUNCTION_WORDS and word not in FUNCTION_WORDS \
            and index + 1 < len(texts) and _definite(texts[index + 1]):
        last = index + 1  # «لرعاية الشباب»: the indefinite field and the word it governs
    else:
        return None
    if any(known(form) for form, skipped in first_word_forms(texts[last]) if skipped):
        return None
    position = last + 1
    while position < len(texts) and position - last <= _MAX_FIELD_TAIL:
        following = texts[position]
        if _nisba(following) or (position == last + 1 and following.startswith("وال") and
                                 _definite(following[1:])):
            position += 1
            continue
        break
    return position - 1


def field_names(
    words: WordView,
    mentions: Sequence[Mention],
    after_title: Callable[[int], bool],
    known: Callable[[str], bool],
    nationalities: Collection[str] = frozenset(),
) -> list[tuple[int, int, int]]:
    """``(first word, last word, proclitic characters skipped)`` of every name of the
    module docstring's shape in a document's ``words``; ``after_title(index)`` says
    whether a title stands right before word ``index``, ``known(form)`` whether a word
    without its proclitics is a name (the gazetteer's); ``nationalities`` are the definite
    adjectives of countries («السعوديه»)."""
    texts = words.texts
    found: list[tuple[int, int, int]] = []
    index = 0
    while index < len(texts) - 2:
        if texts[index][-3:] not in _HEAD_ENDS:
            index += 1
            continue
        forms = [(form, skipped) for form, skipped in first_word_forms(texts[index])
                 if form in HEADS and texts[index][:skipped].strip("وفبل") == ""]
        if not forms or after_title(index) or (
                index > 0 and texts[index - 1].removeprefix("و").removeprefix("ف")
                in _LAM_VERBS):
            index += 1
            continue
        position = index + 1
        while position < len(texts) and position - index <= _MAX_ADJECTIVES and \
                (texts[position] in _LISTED_ADJECTIVES or texts[position] in nationalities):
            position += 1
        last = _field_end(texts, position, known) if position > index + 1 else None
        if last is None or not words.one_line(index, last):
            index += 1
            continue
        skipped = forms[0][1]
        start = words.view.origin[words.view_starts[index] + skipped]
        end = words.ends[last]
        field_start = words.starts[position]
        if _stands(mentions, start, end, field_start):
            found.append((index, last, skipped))
            index = last + 1
            continue
        index += 1
    return found


def _stands(mentions: Sequence[Mention], start: int, end: int, field_start: int) -> bool:
    """No mention runs across the name's edge, no person is named inside it, no name behind
    its field's «ل» (the field is then the owner of a unit: «اللجنة التنفيذية للفيفا»), and no
    gazetteer name opens at its head and ends before its field (a known body, whose «لـ»
    phrase is rather the verb's)."""
    for mention in mentions:
        if mention.end <= start or end <= mention.start:
            continue
        if not (start <= mention.start and mention.end <= end):
            return False
        if mention.label in _KEPT_LABELS or (
                mention.start > field_start and mention.label != "Miscellaneous"):
            return False  # «اللجنة التنفيذية للفيفا»: a body's unit and its owner (a name
            # the «ل» governs starts after it; one that takes the «ل» in, «لمرضى ألزهايمر» of
            # «الجمعية السعودية الخيرية لمرضى ألزهايمر», is the tagger's cut of this name)
        if mention.extractor == EXTRACTOR and mention.start == start and \
                mention.end <= field_start and mention.label != "Country":
            return False
    return True
