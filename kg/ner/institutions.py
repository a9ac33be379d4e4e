"""Institutions named by a head noun and a name of their own: hospitals, banks, exchanges.

Gulf news names a hospital, a bank or a stock exchange by its kind and a name that
may hold a person, a place or a plain word, then the adjectives and the «لـ» field
that finish it: «مستشفى الملك خالد التخصصي للعيون», «مستشفى النور التخصصي», «بنك
الإمارات دبي الوطني», «بنك الخليج الأول», «سوق دبي المالي», «سوق الكويت للأوراق
المالية». The taggers cut these names short («بنك الإمارات» and the city «دبي») or
read a piece of them as a person («خالد للعيون») or a place. One name, one
Organization mention, found so (:func:`institution_spans`):

- the head: «مستشفى», «بنك», «مصرف» (a hospital, a bank) without the article (a
  construct head: «المستشفى» alone names none), or «سوق»/«بورصة» (an exchange);
- its name, right after it: a royal or honorific title and the person's name («الملك
  خالد», «الأمير محمد بن عبدالعزيز»), a run of place mentions («الإمارات دبي»), a
  tagged name that is no person («شاريتيه»), or, for a hospital, one definite word
  («النور», «الولادة والأطفال» with one coordinated word);
- then the words that finish such a name: adjectives of a closed list («التخصصي»,
  «العام», «الوطني», «الأول», «التجاري», «الإسلامي», «المالي») and one field after
  «لل» («للعيون», «للأطفال», «للأوراق المالية»).

Precision first: a bank named by a plain definite word needs one of the adjectives
after it («بنك الخليج الأول», «بنك الاحتياطي الفيدرالي»): «بنك المعلومات», «بنك الطعام»,
«بنك الأهداف» are common nouns. An exchange needs a place as its name and «المالي»
or «للأوراق المالية» after it: «سوق العمل», «سوق دبي» (the market of a city) make
none. A hospital's indefinite adjective («مستشفى ميداني», «مستشفى خاص») names none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.gazetteer.index import name_key
from kg.gazetteer.matcher import first_word_forms
from kg.gazetteer.person_words import FUNCTION_WORDS
from kg.model import Document
from kg.ner.names import person_words
from kg.text.words import WordView

_HOSPITALS = frozenset(name_key("مستشفى"))
_BANKS = frozenset(name_key("بنك مصرف"))
_EXCHANGES = frozenset(name_key("سوق بورصة"))
_HEADS = _HOSPITALS | _BANKS | _EXCHANGES
_HEAD_STEMS = re.compile("مستشف|بنك|مصرف|سوق|بورص")
"""A cheap test for a head inside a word with its clitics, before the clitic forms are
read: the stems are untouched by normalisation."""

_HONORIFICS = frozenset(name_key("الملك الأمير الأميرة الشيخ الشيخة السلطان الإمام"))
"""Titles that open a person's name inside an institution's («مستشفى الملك فهد»)."""
_LINEAGE = frozenset(name_key("بن ابن بنت آل"))
_MAX_PERSON_WORDS = 5

_FINISHING = frozenset(name_key(
    "التخصصي التخصصية العام العامة الجامعي المركزي الوطني الأول الثاني التجاري الإسلامي "
    "الدولي العسكري المالي المالية الفيدرالي الاحتياطي الأهلي العربي المتحد الخيري "
    "الميداني التعليمي المرجعي"))
"""Adjectives that end an institution's name («التخصصي», «الوطني», «المالي»)."""
_EXCHANGE_ENDS = frozenset(name_key("المالي المالية"))
_SECURITIES = name_key("للأوراق المالية")
_MAX_FINISHING = 3
_FIELDS = frozenset(name_key(
    "للعيون للأطفال للولادة للنساء للأسنان للتأهيل للنقاهة للتنمية للاستثمار للتعمير"))
"""The field after «لل» that ends a name («للعيون»); not «للعلاج» (why one was taken there)."""

_PLACE_LABELS = frozenset({"Country", "City", "Region", "Place"})
_NAME_LABELS = _PLACE_LABELS | frozenset({"Organization", "Miscellaneous"})

_NOT_NAMES = frozenset(name_key(
    "اليوم أمس الأمس الغد الماضي الماضية الجاري الحالي المقبل الجديد الجديدة السابق "
    "المحلي المحلية الرئيسي المذكور نفسه ذاته"))
"""Definite words after «مستشفى» that are no name («مستشفى اليوم», «المستشفى نفسه»)."""


def institution_spans(doc: Document, words: WordView) -> list[tuple[int, int, int]]:
    """``(first word, last word, proclitic characters skipped)`` of every
    institution's name in ``doc`` (see the module docstring)."""
    texts = words.texts
    candidates = [index for index, word in enumerate(texts[:-1]) if _HEAD_STEMS.search(word)]
    if not candidates:
        return []
    mention_at: dict[int, tuple[int, str]] = {}
    for mention in doc.mentions:
        prior = mention_at.get(mention.start)
        if prior is None or mention.end > prior[0]:
            mention_at[mention.start] = (mention.end, mention.label)
    found: list[tuple[int, int, int]] = []
    for index in candidates:
        head = next(((form, skipped) for form, skipped in first_word_forms(texts[index])
                     if form in _HEADS), None)
        if head is None:
            continue
        form, skipped = head
        name_end = _name_end(words, index + 1, form, mention_at)
        if name_end is None:
            continue
        last = _finish(texts, name_end)
        if form in _EXCHANGES:
            if last == name_end or texts[last] not in _EXCHANGE_ENDS:
                continue
        elif form in _BANKS and last == name_end and _plain_word(words, index + 1, mention_at):
            continue  # «بنك المعلومات»: a plain word needs an adjective after it
        if not words.one_line(index, last):
            continue
        found.append((index, last, skipped))
    return found


def _name_end(words: WordView, index: int, head: str,
              mention_at: dict[int, tuple[int, str]]) -> int | None:
    """The last word of the name that opens at word ``index`` after a head, or None."""
    texts = words.texts
    if index >= len(texts):
        return None
    word = texts[index]
    if word in _HONORIFICS and head not in _EXCHANGES:
        return _person_end(texts, index + 1)
    places = _mention_run(words, index, mention_at, _PLACE_LABELS)
    if places is not None:
        return places
    if head in _EXCHANGES:
        return None
    tagged = _mention_run(words, index, mention_at, _NAME_LABELS)
    if tagged is not None and tagged == index:
        return tagged  # «مستشفى شاريتيه»: one tagged word that is no person
    if not _definite_name_word(word):
        return None
    if head in _HOSPITALS and index + 1 < len(texts) and texts[index + 1].startswith("وال") \
            and _definite_name_word(texts[index + 1][1:]):
        return index + 1  # «مستشفى الولادة والأطفال»
    return index


def _person_end(texts: Sequence[str], index: int) -> int | None:
    """The last word of a person's name after an honorific: words of listed people's
    names, «عبد» + a definite word, and «بن» + a name, up to five words («الأمير محمد
    بن عبدالعزيز»); a glued preposition or a common word ends it («الملك فهد بالدمام»)."""
    listed = person_words()
    last = None
    position = index
    while position < len(texts) and position - index < _MAX_PERSON_WORDS:
        word = texts[position]
        if word in _LINEAGE and position > index:
            position += 1
            continue
        after_abd = position > index and texts[position - 1] == "عبد"
        compound = (after_abd and word.startswith("ال")) or \
            (word.startswith("عبدال") and word.isalpha())  # «عبد العزيز», «عبدالعزيز»
        if not compound and (word not in listed or word in FUNCTION_WORDS):
            break
        last = position
        position += 1
    return last


def _mention_run(words: WordView, index: int, mention_at: dict[int, tuple[int, str]],
                 labels: frozenset[str]) -> int | None:
    """The last word of a run of mentions of ``labels`` that opens at word ``index``
    («الإمارات دبي»), or None when no such mention starts there."""
    last = None
    position = index
    while position < len(words.texts):
        found = mention_at.get(words.starts[position])
        if found is None or found[1] not in labels:
            break
        end = found[0]
        while position + 1 < len(words.texts) and words.starts[position + 1] < end:
            position += 1
        if words.ends[position] < end:
            break  # the mention ends inside a word: not a run of whole words
        last = position
        position += 1
    return last


def _plain_word(words: WordView, index: int, mention_at: dict[int, tuple[int, str]]) -> bool:
    """Whether the name after a bank is one plain definite word, no tagged name."""
    return words.starts[index] not in mention_at


def _definite_name_word(word: str) -> bool:
    return word.startswith("ال") and len(word) >= 5 and word.isalpha() and \
        word not in _NOT_NAMES and word not in _FINISHING


def _finish(texts: Sequence[str], name_end: int) -> int:
    """The last word of the name once the finishing adjectives and one «لل» field after
    word ``name_end`` are added («التخصصي للعيون», «للأوراق المالية»)."""
    last = name_end
    position = name_end + 1
    while position < len(texts) and position - name_end <= _MAX_FINISHING and \
            texts[position] in _FINISHING:
        last = position
        position += 1
    if tuple(texts[position:position + len(_SECURITIES)]) == _SECURITIES:
        return position + len(_SECURITIES) - 1
    if position < len(texts) and texts[position] in _FIELDS:
        return position
    return last
