"""A one-word name that is also a common word, read where the text uses the word.

Some names are frequent common words too: «حماس» (enthusiasm, and Hamas), «مشهد» (a
scene, and Mashhad), «شهد» (witnessed, and the given name Shahd). The gazetteer and
the tagger read the name wherever the word stands, which makes an armed group of
«أبدى الطلاب حماسا كبيرا». A proper name is definite by itself, so Arabic grammar
shows the common word where the word is used as an indefinite or quantified noun:

- it carries the article while the name does not («الحماس», «المشهد»: the name is
  «حماس», never «الحماس»);
- a quantifier or an elative governs it («آخر مشهد», «بكل حماس», «أجمل مشهد»): a name
  is not the genitive of «آخر/أول/كل/أي» or an elative;
- an indefinite adjective follows it («حماس كبير», «مشهد مؤثر في الحفل»): a name's
  adjective takes the article («حماس الفلسطينية»). The next word must not be a verb
  (imperfect «تتهم/يطالب», or «أ...»: «حماس أعلنت»), nor the head of a construct
  («دعت حماس فصائل المقاومة»: an object), nor a name or a word glued to «ب/ل»; the
  word must be indefinite and no subject an indefinite predicate may follow (at the
  start of a sentence, after «إن/أن»: «إن حماس حركة مقاومة»);
- after a preposition, it heads a construct with a definite noun («وسط حماس الجماهير»,
  «بحماس الشباب»): no verb stands before it to make that noun its object («اتهمت حماس
  السلطة»); a nisba («حماس الفلسطينية»), a day or a time word after it is the name's.

Only a one-word mention whose word is common in general text (``word_usage``:
frequency bucket 5 or more frequent, and also written with the article or a possessive
suffix) is tested; the adjective and construct tests not when the document also gives
the name whole («حركة حماس», «مدينة مشهد»: it is the name everywhere) nor after a
feminine verb («أطلقت حماس صواريخ», «تشهد جدة أمطارا»: an object); the article test
only when the gazetteer knows the bare word
but not the word with its article («الرياض» is a name with its article).
"""

from __future__ import annotations

from functools import lru_cache

from kg.gazetteer.index import GazetteerIndex, name_key
from kg.gazetteer.person_words import FUNCTION_WORDS, split_word
from kg.model import Document, Mention
from kg.ner.conditional_common import conditional_only, cued, supported
from kg.ner.features import word_usage
from kg.text.words import WordView, document_words

_NAME_LABELS = frozenset({"ArmedGroup", "Organization", "PoliticalParty", "City", "Region",
                          "Place", "Person", "MediaOrganization"})
_FREQUENT = frozenset({"3", "4", "5"})
_PLACES = frozenset({"City", "Region", "Place"})
_QUANTIFIERS = frozenset(name_key(
    "آخر أول كل أي بكل لكل وكل بأي أكثر أشد أجمل أروع أبرز أهم أقوى أكبر أصعب أفضل ذات نفس"))
"""Words that govern an indefinite noun: «آخر مشهد», «بكل حماس», «أجمل مشهد»."""
_VERB_LETTERS = frozenset(name_key("ت ي ن أ ا و ف س ب ل"))
"""First letters of a word read as no adjective: imperfect prefixes («تتهم», «يطالب»),
«أ...» of a perfect or an elative, a conjunction («وفتح») and a preposition («بتكلفة»)."""
_OPENERS = frozenset(name_key("إن أن ان لأن لان كأن لكن ولكن وإن وأن فإن"))
"""Before them the name may be a nominal sentence's subject, with an indefinite
predicate after it («إن حماس حركة مقاومة»): no adjective test there."""
_PREPOSITIONS = frozenset(name_key(
    "في من إلى الى على عن مع وسط بسبب رغم بفضل بين حول عبر لدى عند"))
"""A preposition before the word («وسط حماس الجماهير»): no verb governs what follows."""
_GLUED = frozenset({"ب", "ل", "وب", "ول", "فب", "فل"})
_DAYS = frozenset(name_key("السبت الأحد الاحد الاثنين الثلاثاء الأربعاء الخميس الجمعة "
                           "الماضي الماضية الجاري الحالي المقبل المقبلة اليوم الأمس الغد "
                           "الليلة الصباح المساء الظهر العصر الفجر"))
_TIME_WORDS = frozenset(name_key(
    "أمس اليوم غدا مساء صباح ظهر عصر ليلة ليل حاليا مجددا أيضا كذلك فقط بعدما عندما "
    "شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي شمالا جنوبا شرقا غربا قرب نحو حوالي"))
"""Time words and the directions after a place («في حلب شمال سوريا»)."""


def common_readings(doc: Document, gazetteer: GazetteerIndex) -> Document:
    """``doc`` without the one-word name mentions whose word is used as a common word
    (see the module docstring)."""
    words = document_words(doc)
    at_start = {start: index for index, start in enumerate(words.starts)}
    starts = {mention.start for mention in doc.mentions}
    named = frozenset(split_word(mention.text.split()[-1])[2] for mention in doc.mentions
                      if len(mention.text.split()) > 1) | _supported_conditionals(doc, gazetteer)
    kept = tuple(mention for mention in doc.mentions
                 if not _common(doc, mention, words, at_start, starts, gazetteer, named))
    if len(kept) == len(doc.mentions):
        return doc
    return doc.with_layers("mentions", mentions=kept)


def _supported_conditionals(doc: Document, gazetteer: GazetteerIndex) -> frozenset[str]:
    """Stems of the conditional names the gazetteer stage read, with their support
    («قادة حماس»): the name wherever the document uses the word («ضد حماس»)."""
    return frozenset(
        stem for mention in doc.mentions
        if mention.extractor == "ner.gazetteer" and " " not in mention.text.strip()
        for stem in (split_word(mention.text.strip())[2],)
        if conditional_only(stem, gazetteer))


def _common(doc: Document, mention: Mention, words: WordView, at_start: dict[int, int],
            starts: set[int], gazetteer: GazetteerIndex, named: frozenset[str]) -> bool:
    if mention.label not in _NAME_LABELS:
        return False
    index = at_start.get(mention.start)
    if index is None:
        # a proclitic glued before the name («والحماس», «بحماس»): the word's start
        index = next((i for i in (_word_at(words, mention.start),) if i is not None), None)
        if index is None:
            return False
    if words.ends[index] != mention.end and words.ends[index] < mention.end:
        return False  # two words or more
    texts = words.texts
    normal, proclitics, stem = split_word(texts[index])
    if not _frequent_common(stem):
        return False
    if proclitics.endswith("ال") and gazetteer.lookup(stem) and \
            not gazetteer.lookup(normal.removeprefix(proclitics[:-2])):
        return True
    before = texts[index - 1] if index > 0 and words.one_line(index - 1, index) else ""
    if before in _QUANTIFIERS or (before[:1] in "وف" and before[1:] in _QUANTIFIERS):
        return True
    if mention.label == "Person" or "ال" in proclitics or stem in named or \
            cued(before, mention.label):
        return False  # a definite word has no indefinite adjective or construct; a name
        # the document also gives whole («حركة حماس») is the name everywhere
    if before and split_word(before)[0] not in _OPENERS and not _verb_like(before) and \
            _adjective_after(words, index, starts):
        return True
    governed = proclitics in _GLUED or before in _PREPOSITIONS or \
        (before[:1] == "و" and before[1:] in _PREPOSITIONS) or \
        split_word(before)[0] in _OPENERS  # «إلا أن مشهد الأمير ...»: a construct's head
    if governed and _construct_after(words, index, starts):
        return True
    keys = conditional_only(stem, gazetteer)
    if not keys or (before and _verb_like(before) and mention.label not in _PLACES):
        return False  # a feminine verb's subject («وأطلقت حماس صواريخ»): an organisation
    return bool(keys) and not mention.extractor.startswith("ner.gazetteer") and \
        not supported(doc, mention, words, index, keys, gazetteer)


def _verb_like(word: str) -> bool:
    """A feminine verb before the name, which makes the indefinite word after it an
    object («أطلقت حماس صواريخ», «تشهد جدة أمطارا»): a perfect in «ت» (not a plural
    «ات») or an imperfect in «ت/ي», with no article."""
    bare = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    if bare.startswith("ال") or len(bare) < 4:
        return False
    return (bare.endswith("ت") and not bare.endswith("ات")) or bare[0] in "تي"


def _word_at(words: WordView, offset: int) -> int | None:
    for index, (start, end) in enumerate(zip(words.starts, words.ends, strict=True)):
        if start <= offset < end:
            return index
    return None


def _adjective_after(words: WordView, index: int, starts: set[int]) -> bool:
    """An indefinite adjective right after word ``index``: no article, no verb prefix,
    no function or time word, no name, and no definite word after it (a construct's
    head: an object)."""
    texts = words.texts
    after = index + 1
    if after >= len(texts) or not words.one_line(index, after):
        return False
    gap = words.view.text[words.view_ends[index]:words.view_starts[after]]
    if not gap.isspace():
        return False
    word = texts[after]
    if not word.isalpha() or len(word) < 3 or word.startswith("ال") or \
            word[0] in _VERB_LETTERS or word in FUNCTION_WORDS or word in _TIME_WORDS or \
            words.starts[after] in starts:
        return False
    following = texts[after + 1] if after + 1 < len(texts) and \
        words.one_line(after, after + 1) else ""
    return not following.startswith("ال")


def _construct_after(words: WordView, index: int, starts: set[int]) -> bool:
    """A definite noun right after word ``index``: no nisba, day or name."""
    texts = words.texts
    after = index + 1
    if after >= len(texts) or not words.one_line(index, after) or \
            not words.view.text[words.view_ends[index]:words.view_starts[after]].isspace():
        return False
    word = texts[after]
    return word.startswith("ال") and word.isalpha() and len(word) >= 5 and \
        not word.endswith(("ي", "يه", "يين", "يون", "ين")) and word not in _DAYS and \
        words.starts[after] not in starts


@lru_cache(maxsize=4096)
def _frequent_common(stem: str) -> bool:
    """The stem is frequent in general text and written with the article or a suffix."""
    usage = word_usage().get(stem)
    return usage is not None and usage[0] in _FREQUENT and (usage[1] != "0" or usage[2] != "0")
