"""Person names the tagger leaves untagged after a word that announces a person.

Local news names its people by a role or an honorific and a given name and a
tribal or family nisba: «المواطن عائض الحربي», «اللواء مستور الحارثي», «العميد عقلا
خلف العنزي», and later by the nisba alone: «وأكد الحربي أن», «الدكتور العتيبي». The
tagger knows few of these names; a statement or a stance whose holder is not
tagged is lost. Two rules run on a sentence's IOB2 tags, before the repairs of
:mod:`kg.ner.repair`, and one on the whole document after them:

- a *cue* (an honorific or a military rank, :data:`kg.gazetteer.person_words.HONORIFICS`,
  or a definite role noun, :data:`ROLE_NOUNS`: «المواطن», «الكاتب», «الزائر») followed by
  a given name, up to two more words of a name, and a family name in «ي» from the lists
  of people (:func:`listed_nisba`) is a person's name (:func:`cued_names`). After an
  honorific the first word need not be a listed given name («اللواء مستور الحارثي»),
  after a role noun it must («المواطن يعاني ...» is no name);
- after an office and the place it governs («محافظ الخرج», «رئيس بلدية محافظة الخبر»,
  :func:`_placed_title`) a listed given name may close on a definite family word that
  general text never uses and no list holds («عبدالمحسن العطيشان»,
  :func:`kg.ner.family_words.unknown_family`): such an office names one man;
- a family name that ends a person name of two words or more of the document, standing
  alone right after a cue or a verb of saying (:data:`SAYING_VERBS`) or of thanks
  («وشكر»), is that person again (:func:`surnames_from_document`): «وأكد الحربي»,
  «الدكتور العتيبي»; in quotation marks too («وشكر "الحربي"»,
  :mod:`kg.ner.quoted_surnames`) when one name of the document ends with that family
  name: under two names («فهد بن حميد الغانمي», «فهد الغانمي») the linker
  (:mod:`kg.link.coref`) would not know whose it is, and a bare name is worse than none.

Two more clean the tagger's person names after the repairs: a name inside an
institution's name («مستشفى الملك خالد», «مطار الأمير محمد بن عبدالعزيز») is no person
(:func:`institution_namesakes`), and a clerical title («آية الله») is no name
(:func:`clerical_titles`).

The nisba must be written with a final «ي» (not «ى»: «المستوى»), must not be a
nationality («السوري»), a time word or an ordinal, and the name must be untagged or a
lone word the tagger took for a name of another kind («الحارثي» as Misc). Places and
bodies the tagger found are never taken over.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.index import default_gazetteer
from kg.gazetteer.person_words import (
    COMPOUND_ENDS,
    FUNCTION_WORDS,
    HONORIFICS,
    LINKS,
    OPENERS,
    PERSON_TITLES,
    is_given,
    split_word,
)
from kg.ner.conll import chunks
from kg.ner.family_words import family_name_after, unknown_family
from kg.ner.features import RARE_USAGE, name_gazetteer, word_usage
from kg.ner.names import person_words
from kg.ner.quoted_surnames import quoted_slot, thanking_verb
from kg.ner.repair import ORDINALS, RANK_COMPLEMENTS, RANKS, TIME_WORDS, titled


def _words(text: str) -> list[str]:
    return text.split()


ROLE_NOUNS = frozenset(split_word("ال" + word)[2] for word in _words("""
    مواطن مواطنة كاتب كاتبة شاعر شاعرة صحافي صحافية صحفي صحفية روائي روائية
    فنان فنانة مخرج مخرجة زائر زائرة مقيم مقيمة معلم معلمة لاعب لاعبة مدرب
    محامي محامية حاج حاجة موظف موظفة باحث باحثة ناشط ناشطة إعلامي إعلامية مهندسة أستاذة
    أديب أديبة مؤرخ ممثل ممثلة مطرب مطربة داعية طالب طالبة شاب شابة طفل طفلة
    """))
"""Definite nouns of a person's role or standing set before a name in apposition
(«المواطن عائض الحربي», «للكاتب مشهور خيزران»), written with the article."""
SAYING_VERBS = frozenset(split_word(word)[0] for word in _words("""
    قال أكد أضاف أوضح أشار لفت ذكر تابع شدد أفاد كشف أبان اعتبر رأى أشاد ثمن
    انتقد طالب دعا ناشد أعرب نفى حذر استعرض يقول يرى يؤكد يضيف يوضح يشير
    قالت أكدت أضافت أوضحت أشارت بينت لفتت ذكرت تابعت شددت أفادت كشفت أبانت
    اعتبرت رأت أشادت ثمنت انتقدت طالبت دعت ناشدت أعربت نفت حذرت تقول ترى تؤكد
    """))
"""Verbs of saying or of stance that open a clause before their subject («وأكد الحربي
أن»): a family name right after one is its speaker's. Read with «و» or «ف» before. Not
«بين» (also «between»: «بين مارادونا وزوجته»)."""
MAX_MIDDLE_WORDS = 2
"""How many words may stand between the given name and the family name («عقلا خلف العنزي»)."""
_TEAM = split_word("الفريق")[0]
_CUE_PROCLITICS = frozenset({"", "و", "ف", "ل", "ب", "ول", "فل", "وب"})
"""What may stand before the article of a cue: «والمواطن», «للكاتب», «وللشاعر»."""
_CUE_HONORIFICS = (HONORIFICS | RANKS) - {_TEAM}
"""Honorifics and ranks that open a name; not «الفريق» alone (also «the team»)."""
_LOWER_RANKS = frozenset(split_word(word)[0] for word in ("الرقيب", "العريف", "الجندي"))
"""Ranks below the officers' («الرقيب», «الجندي أول»), which :data:`RANKS` leaves out."""
_RANK_STEMS = frozenset(
    split_word(word)[2] for word in _CUE_HONORIFICS | _LOWER_RANKS if word.startswith("ال"))
"""The same without the article, for «واللواء», «للعميد»."""


def listed_nisba(word: str) -> bool:
    """A family name in «ي» with the article and no other proclitic, listed among the
    words of people's names: «الحربي», «الحارثي»; not a nationality («السوري»), a time word
    («الماضي») or an ordinal («الثاني»), nor a word in «ى» that normalisation spelt «ي»
    («المستوى»)."""
    if not word.endswith("ي"):
        return False
    normal, proclitics, stem = split_word(word)
    if proclitics != "ال" or len(stem) < 4 or stem not in person_words():
        return False
    gazetteer = name_gazetteer()
    nationality = stem in gazetteer.nationality_roots or stem[:-1] in gazetteer.nationality_roots \
        or gazetteer.is_nationality(stem)
    return not nationality and normal not in TIME_WORDS and normal not in ORDINALS


def _cue(words: Sequence[str], index: int) -> str | None:
    """``"honorific"`` when the word at ``index`` is an honorific or a rank (with its
    complement: «الفريق أول»), ``"role"`` when it is a definite role noun (with «و», «ل»
    or «ب» before its article: «للكاتب», «وللشاعر»), else None."""
    normal, proclitics, stem = split_word(words[index])
    if normal in _CUE_HONORIFICS:
        return "honorific"
    if normal in RANK_COMPLEMENTS and index > 0:
        _, before, rank = split_word(words[index - 1])
        if before.endswith("ال") and before[:-2] in _CUE_PROCLITICS and rank in _RANK_STEMS:
            return "honorific"
    if proclitics.endswith("ال") and proclitics[:-2] in _CUE_PROCLITICS:
        if stem in _RANK_STEMS:
            return "honorific"
        if stem in ROLE_NOUNS:
            return "role"
    return None


def _titled_before(words: Sequence[str], tags: Sequence[str], start: int) -> bool:
    """A person title right before ``start``, or before one definite complement word that
    is untagged or a place («مدير المؤسسة علي الأحمري», «أمير منطقة الرياض»)."""
    def title(index: int) -> bool:
        normal, _, stem = split_word(words[index])
        return normal in PERSON_TITLES or stem in PERSON_TITLES
    if start >= 1 and title(start - 1):
        return True
    return start >= 2 and title(start - 2) and \
        split_word(words[start - 1])[1].endswith("ال") and \
        (tags[start - 1] == "O" or tags[start - 1].endswith("LOC"))


_DIVISIONS = frozenset(split_word(word)[0] for word in _words(
    "منطقة محافظة مدينة مركز بلدية أمانة إمارة"))
"""Nouns of a division that may stand between a title and its place: «أمير منطقة
عسير», «رئيس بلدية الخبر», «محافظ محافظة جدة»."""
_MAX_PLACE_WORDS = 3


def _placed_title(words: Sequence[str], tags: Sequence[str], start: int) -> bool:
    """A person title and the place it governs right before ``start``: «محافظ الخرج»,
    «رئيس بلدية الخبر», «أمين منطقة الرياض», «محافظ حفر الباطن» (the place tagged, up
    to three words, one definite word of no wide use, or a long word of hardly any use, two
    words glued, «محافظ حفرالباطن»; a division noun may stand
    between). Such an office names one man, so the name after it may close on a family
    name no list holds."""
    place_start = start - 1
    if place_start < 1:
        return False
    if tags[place_start].endswith("LOC"):
        while place_start > 0 and tags[place_start].startswith("I-") and \
                start - place_start < _MAX_PLACE_WORDS:
            place_start -= 1
        if not tags[place_start].startswith("B-"):
            return False
    elif not (tags[place_start] == "O" and split_word(words[place_start])[1] == "ال" and
              not _common(words[place_start])) and not _glued_place(words[place_start],
                                                                     tags[place_start]):
        return False
    title = place_start - 1
    if title >= 1 and split_word(words[title])[0] in _DIVISIONS and tags[title] == "O":
        title -= 1
    if title < 0 or (title >= 1 and _institution(words[title - 1])):
        return False  # «مستشفى الملك ...»: an institution named after a person
    normal, _, stem = split_word(words[title])
    return normal in PERSON_TITLES or stem in PERSON_TITLES


def _glued_place(word: str, tag: str) -> bool:
    """«محافظ حفرالباطن»: a place of two words written as one, untagged, with no clitic,
    that general text hardly uses (no row or one of the two rarest buckets) and no list
    gives as a name."""
    normal, proclitics, stem = split_word(word)
    usage = word_usage().get(stem)
    return tag == "O" and not proclitics and normal.isalpha() and len(normal) >= 7 and \
        (usage is None or usage[0] in ("6", "7")) and not is_given(word) and \
        stem not in person_words()


_NAMED_AFTER = frozenset(split_word(word)[0] for word in _words("""
    مستشفى مستشفيات جامعة مدينة مركز مطار شارع طريق جامع مسجد قاعدة كلية معهد مجمع
    حديقة برنامج جائزة مؤسسة كرسي مستشفي ميناء جسر"""))
"""Nouns of places and institutions named after a person: «مستشفى الملك فهد الجامعي» is
no person, though «الملك» is a title."""


def _named_after(words: Sequence[str], start: int) -> bool:
    """An institution's noun right before the title before ``start``."""
    return any(index >= 0 and _institution(words[index]) for index in (start - 2, start - 3))


def _institution(word: str) -> bool:
    """An indefinite noun of an institution or a place named after a person, with «و», «ب»
    or «ل» before it or not: «مستشفى», «بجامعة», «لمطار»."""
    normal, proclitics, stem = split_word(word)
    return normal in _NAMED_AFTER or ("ال" not in proclitics and stem in _NAMED_AFTER)


_ROYAL_TITLES = frozenset(split_word(word)[0] for word in (
    "الملك", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السلطان"))
"""Titles in the names of institutions: «جامعة الملك سعود», «مطار الأمير محمد بن عبدالعزيز»."""


def institution_namesakes(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` without the person names that are part of an institution's or a place's
    name: «مستشفى الملك خالد», «بجامعة الملك سعود», «مطار الأمير محمد بن عبدالعزيز الدولي»
    name a hospital, a university and an airport, not a person who could speak or hold a
    post (and the short «خالد» would be taken for another Khalid of the document). When
    the tagger read the institution's noun and the title as a name of another kind
    («[جامعة الملك] [سعود]»), that name runs on over the person's."""
    result = list(tags)
    for kind, start, end in chunks(result):
        if kind != "PERS":
            continue
        first = start + 1 if split_word(words[start])[0] in _ROYAL_TITLES else start
        if first < 2 or split_word(words[first - 1])[0] not in _ROYAL_TITLES or \
                not _institution(words[first - 2]):
            continue
        before = result[first - 1]
        if first == start and before != "O" and not before.endswith("PERS"):
            result[start:end] = ["I-" + before[2:]] * (end - start)
        else:
            result[start:end] = ["O"] * (end - start)
    return result


def _common(word: str) -> bool:
    """A word frequent in general text («النادي», «العلمي»): after a role noun or a title
    it is rather the noun or adjective it also is; after an honorific it is a name."""
    usage = word_usage().get(split_word(word)[2])
    return usage is not None and usage[0] in ("0", "1", "2", "3", "4")


def _given(word: str) -> bool:
    """A listed given name, or «علي» written with its «ي» (normalised, it is «على»)."""
    return is_given(word) or word == "علي"


def _plain(word: str) -> bool:
    """A word with letters only, no proclitic, no article, not a function word or a title."""
    normal, proclitics, _ = split_word(word)
    return normal.isalpha() and len(normal) >= 3 and not proclitics and \
        normal not in FUNCTION_WORDS and normal not in PERSON_TITLES


def _middle(word: str) -> bool:
    """A word inside a name, between the given name and the family name: a given name, a
    link word («بن»), an opener («عبد») or a word of people's names, with no article."""
    normal, _, stem = split_word(word)
    if normal in LINKS or normal in OPENERS or normal in COMPOUND_ENDS:
        return True
    return word == "علي" or (_plain(word) and (is_given(word) or stem in person_words()))


def _open(tags: Sequence[str], index: int, kinds: tuple[str, ...] = ()) -> bool:
    """The word at ``index`` is untagged, or a name of one word of one of ``kinds``."""
    tag = tags[index]
    if tag == "O":
        return True
    return tag.startswith("B-") and tag[2:] in kinds and \
        (index + 1 >= len(tags) or not tags[index + 1].startswith("I-"))


def cued_end(words: Sequence[str], tags: Sequence[str], start: int) -> int | None:
    """The end of the name that opens at ``start`` after a cue (see the module docstring),
    or None."""
    if start < 1 or start >= len(words) or not _open(tags, start, ("PERS",)):
        return None
    kind = _cue(words, start - 1)
    placed = kind is None and _placed_title(words, tags, start)
    if kind is None and (placed or (_titled_before(words, tags, start) and
                                    not _named_after(words, start))):
        kind = "role"  # a title names a person as a role noun does
    first = words[start]
    if kind is None or _cue(words, start) is not None or \
            split_word(first)[0] in RANK_COMPLEMENTS or not (
            _given(first) if kind == "role" else _plain(first) or _given(first)):
        return None
    end = start + 1
    while end < len(words) and end - start <= MAX_MIDDLE_WORDS + 1:
        if listed_nisba(words[end]) and _open(tags, end, ("PERS", "MISC")) and \
                (kind == "honorific" or not _common(words[end])):
            return end + 1
        if family_name_after(first, words[end]) and _open(tags, end, ("PERS", "MISC")):
            return end + 1  # «المقدم دخيل الطيار» (kg.ner.family_words)
        if placed and _given(first) and unknown_family(words[end]) and \
                _open(tags, end, ("PERS", "MISC")):
            return end + 1  # «محافظ الخرج عبدالمحسن العطيشان» (kg.ner.family_words)
        if tags[end] != "O" or not _middle(words[end]):
            return None
        end += 1
    return None


def cued_names(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` with the names that follow a cue tagged (see the module docstring)."""
    result = list(tags)
    for start in range(1, len(words) - 1):
        end = cued_end(words, result, start)
        if end is not None:
            result[start:end] = ["B-PERS"] + ["I-PERS"] * (end - start - 1)
            if end < len(result) and result[end].startswith("I-"):
                result[end] = "B-" + result[end][2:]
    return result


def _saying(word: str) -> bool:
    normal = split_word(word)[0]
    return normal in SAYING_VERBS or (normal[:1] in ("و", "ف") and normal[1:] in SAYING_VERBS)


_LETTER_CLITICS = frozenset({"ب", "ل", "ف", "و"})
_RARE_BUCKET = "5"
"""The frequency bucket of :func:`kg.ner.features.word_usage` from which a word is rare."""


def _plain_family(word: str) -> bool:
    """Whether ``word``, the last word of a person's name, is a family name read whole: no
    proclitic, the article, or a first letter that only looks like «ب», «ل», «ف» or «و»
    («بلاتيني», «لافروف», «فابيوس»): the rest is no name of the gazetteer («لرويترز» is
    «ل» + «رويترز»), nor a word met often in general text («وعلي», «لحزب»)."""
    _, proclitics, stem = split_word(word)
    if proclitics in ("", "ال"):
        return True
    return proclitics in _LETTER_CLITICS and len(stem) >= 3 and not is_given(stem) and \
        word_usage().get(stem, RARE_USAGE)[0] >= _RARE_BUCKET and \
        not default_gazetteer().lookup(stem)


def surnames_from_document(
    words: Sequence[Sequence[str]], tags: Sequence[list[str]]
) -> list[list[str]]:
    """``tags`` (a list per sentence) with each family name that ends a person name of two
    words or more of the document tagged where it stands alone, untagged, right after a
    cue or a verb of saying: «وأكد الحربي أن» after «المواطن عائض الحربي». The family name
    is a word of letters, not a given name, a link word or the end of a compound («عبد
    الله»): «محمد» of «خالد محمد» is no family name."""
    owners: dict[str, set[tuple[str, ...]]] = {}
    for sentence_words, sentence_tags in zip(words, tags, strict=True):
        for kind, start, end in chunks(sentence_tags):
            if kind != "PERS" or end - start < 2 or titled(sentence_words, start, end):
                continue  # «وكيل الرقيب»: a title the tagger took for a name
            last = sentence_words[end - 1]
            normal = split_word(last)[0]
            if normal.isalpha() and len(normal) >= 4 and _plain_family(last) and \
                    not is_given(last) and normal not in LINKS | OPENERS | COMPOUND_ENDS and \
                    normal not in FUNCTION_WORDS and normal not in PERSON_TITLES and \
                    _cue(sentence_words, end - 1) is None and \
                    split_word(sentence_words[end - 2])[0] not in LINKS | OPENERS:
                full = tuple(split_word(word)[0] for word in sentence_words[start:end])
                owners.setdefault(normal, set()).add(full)
    if not owners:
        return [list(sentence_tags) for sentence_tags in tags]
    result = []
    for sentence_words, sentence_tags in zip(words, tags, strict=True):
        fixed = list(sentence_tags)
        for index in range(1, len(sentence_words)):
            normal = split_word(sentence_words[index])[0]
            if fixed[index] != "O" or normal not in owners:
                continue
            if index + 1 < len(fixed) and fixed[index + 1].startswith("I-"):
                continue
            slot = index - 1
            if quoted_slot(sentence_words, index):  # «وشكر "المقبل"»: one owner only
                if len(owners[normal]) != 1 or fixed[slot] != "O" or slot < 1:
                    continue
                slot -= 1
            before = sentence_words[slot]
            if fixed[slot] == "O" and (_cue(sentence_words, slot) or _saying(before)
                                       or thanking_verb(before)):
                fixed[index] = "B-PERS"
        result.append(fixed)
    return result


_TITLE_PHRASES = frozenset(
    tuple(split_word(word)[0] for word in phrase.split())
    for phrase in ("آية الله", "آية الله العظمى", "حجة الإسلام", "حجة الاسلام"))
"""Clerical titles of two or three words the tagger takes for a name: «آية الله علي
خامنئي» is «علي خامنئي», and «آية الله» alone is nobody."""


def clerical_titles(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` with a clerical title (:data:`_TITLE_PHRASES`) left out of the person name
    it opens, or untagged when it is the whole name."""
    result = list(tags)
    for kind, start, end in chunks(result):
        if kind != "PERS":
            continue
        normal = tuple(split_word(word)[0] for word in words[start:end])
        for length in (3, 2):
            if len(normal) >= length and normal[:length] in _TITLE_PHRASES:
                result[start:start + length] = ["O"] * length
                if start + length < end:
                    result[start + length] = "B-PERS"
                break
    return result
