"""The name of a speaker after a verb of saying and a title, in the slot before «إن».

News gives a foreign or an uncommon speaker by a title, the words that complete it and
the name, between the verb and what is said: «وقالت السفيرة الأمريكية في الأمم المتحدة
سامانثا باور إن ...», «وقال الباحث الأمريكي ولي نصر إن ...», «قال وزير الثقافة والإعلام
د. خوجة: ...». The tagger, which knows Arabic given names far better than transliterated
ones, leaves such a name untagged, cuts it, or reads a word of it as a place («باور»: «ب»
and the city «أور»), and the statement is lost. :func:`titled_speakers` tags the words
of such a slot as one person name when all of these hold:

- a verb of saying or of stance (:data:`kg.ner.cues.SAYING_VERBS`, «أعلن», «صرح»), maybe
  with «و» or «ف», stands right before a person title or a definite role noun
  («وزير», «السفيرة», «المتحدث», «الباحث», «الخبير»);
- the title is completed, if at all, only by words with the article («الأمريكية»,
  «الخارجية», «للأمم», «والإعلام»), by names the tagger found of another kind than a
  person («الأمم المتحدة»), by a few prepositions («في», «لدى», «باسم», «إلى») and by the
  abbreviation «د.» (doctor);
- the name then runs two or three words (one after «د.») and ends right before «إن»,
  «أن», «إنه», «أنه», a comma, a colon, «في» or «خلال»;
- every word of the name is untagged or of a person name the tagger started there, is a
  word of letters with no article, not a function word, a time word or a role noun, and
  is either a given name («نصر»), or listed among the words of people's names and not
  frequent in general text («ولي», a title too; not «أعلى» of «عبد الأعلى»), or rare
  (:func:`rare_word`: not among the common words of :func:`kg.ner.features.word_usage`,
  not an adverb in «ـا» of a common word such as «مجددا», «تعليقا», and with no «و» or
  «ل» glued to a known word: «لرويترز», «لفرانس»).

The same name words right after the verb are a name too when a title follows them in
apposition, at once or after a comma: «وقال موتوهيدي يوشيكاوا، السفير الياباني لدى ...».

So an adverb, a time word or a phrase between the title and «إن» («وقال الوزير مجددا
إن», «وقال المتحدث باسم الوزارة لرويترز إن», «وقال الوزير في بيان إن») is never taken
for a name, and a name the tagger found whole is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.person_words import FUNCTION_WORDS, PERSON_TITLES, is_given, split_word
from kg.ner.cues import ROLE_NOUNS, SAYING_VERBS
from kg.ner.features import word_usage
from kg.ner.names import person_words
from kg.ner.repair import TIME_WORDS

_MORE_VERBS = frozenset(split_word(word)[0] for word in ("أعلن", "أعلنت", "صرح", "صرحت"))
_VERBS = SAYING_VERBS | _MORE_VERBS
_EXPERTS = frozenset(split_word(word)[2] for word in ("الخبير", "الخبيرة", "المحلل", "المحللة"))
_ADVISERS = frozenset(split_word(word)[2] for word in ("المستشار", "المستشارة"))
"""«مستشار الرئيس الأفغاني»: an adviser is named as an office holder is."""
_PREPOSITIONS = frozenset(split_word(word)[0] for word in (
    "في", "لدى", "باسم", "إلى", "الى", "عن", "لشؤون"))
"""Prepositions inside the words that complete a title («السفير الأمريكي لدى العراق»,
«المتحدث باسم الخارجية»)."""
_ENDS = frozenset(split_word(word)[0] for word in (
    "إن", "أن", "إنه", "أنه", "إنها", "أنها", "في", "خلال", "،", ",", ":"))
"""What closes the speaker's name: the complementiser, a comma, a colon, «في», «خلال»."""
_DOCTOR = "د"
_COMMAS = frozenset({"،", ","})
_MAX_COMPLEMENT = 7
"""How many words may complete the title («السفيرة الأمريكية في الأمم المتحدة»)."""
_MAX_NAME = 3
_COMMON_BANDS = frozenset("012345")
"""Frequency bands of :func:`kg.ner.features.word_usage` (1e-3 .. 1e-5) of common words:
«سامانثا» (6) is rare."""
_FREQUENT_BANDS = frozenset("01234")
"""Bands (1e-3 .. 1e-4) of words too frequent to be taken for a name though a list of
people's names holds them («أعلى» of «عبد الأعلى»); a given name is one all the same
(«نصر»), and a listed word of band 5 too («ولي»)."""


def _verb(word: str) -> bool:
    normal = split_word(word)[0]
    return normal in _VERBS or (normal[:1] in ("و", "ف") and normal[1:] in _VERBS)


def _title(word: str) -> bool:
    """A person title («وزير», «السفيرة», «المتحدث»), an adviser, or a definite role noun
    («الباحث», «الخبير»)."""
    normal, proclitics, stem = split_word(word)
    if normal in PERSON_TITLES or normal in _ADVISERS:
        return True
    if proclitics not in ("", "ال"):
        return False
    return stem in PERSON_TITLES or stem in _ADVISERS or \
        (proclitics == "ال" and (stem in ROLE_NOUNS or stem in _EXPERTS))


def _common(normal: str, bands: frozenset[str] = _COMMON_BANDS) -> bool:
    usage = word_usage().get(normal)
    return usage is not None and usage[0] in bands


def rare_word(word: str) -> bool:
    """Whether ``word`` is rare in general text, as a foreign name is (see the module
    docstring): its written form is no common word, nor an adverb in «ـا» of a common
    word («مجددا», «تعليقا»); a glued «و» or «ل» before any known word («لرويترز»,
    «لفرانس»), or another glued letter before a common word, makes it no name."""
    normal, proclitics, stem = split_word(word)
    if _common(normal) or (normal.endswith("ا") and _common(normal[:-1])):
        return False
    if not proclitics or normal in word_usage():
        return True
    if proclitics in ("و", "ل"):
        return stem not in word_usage()  # «ليونكي», not «لرويترز», «لفرانس»
    return not _common(stem)


def _name_word(word: str) -> bool:
    normal, proclitics, stem = split_word(word)
    if not normal.isalpha() or len(normal) < 2 or "ال" in proclitics or \
            normal in FUNCTION_WORDS or normal in TIME_WORDS or stem in ROLE_NOUNS:
        return False
    listed = is_given(word) or (
        not proclitics and normal in person_words() and not _common(normal, _FREQUENT_BANDS))
    if _title(word) and not listed:
        return False  # «ولي» is a title, and a given name
    return listed or rare_word(word)


def _complement(words: Sequence[str], tags: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` may complete the title before it."""
    word = words[index]
    if tags[index] != "O":
        return not tags[index].endswith("PERS")
    normal, proclitics, _ = split_word(word)
    return "ال" in proclitics or normal in _PREPOSITIONS or normal in (_DOCTOR, ".")


def _lone_other(words: Sequence[str], tags: Sequence[str], index: int) -> bool:
    """A rare word the tagger took alone for a place or a thing, inside the name: «سامانثا
    [باور]» («ب» and the city «أور»)."""
    return tags[index] in ("B-LOC", "B-MISC") and rare_word(words[index]) and \
        (index + 1 >= len(tags) or not tags[index + 1].startswith("I-"))


def _name_end(words: Sequence[str], tags: Sequence[str], start: int) -> int | None:
    """The end of a speaker's name that opens at ``start`` (see the module docstring):
    untagged words, or a person name the tagger started there and untagged words after it."""
    end = start
    while end < len(words) and end - start < _MAX_NAME and _name_word(words[end]):
        end += 1
    if end >= len(words) or split_word(words[end])[0] not in _ENDS or \
            tags[end].startswith("I-"):
        return None
    named = start
    if tags[start] == "B-PERS":
        named += 1
        while named < end and tags[named] == "I-PERS":
            named += 1
    if named == end or tags[named] != "O" or not all(
            tag == "O" or _lone_other(words, tags, index)
            for index, tag in enumerate(tags[named:end], named)):
        return None
    doctor = start >= 2 and words[start - 1] == "." and split_word(words[start - 2])[0] == _DOCTOR
    return end if end - start >= (1 if doctor else 2) else None


def _name_before_title(words: Sequence[str], tags: Sequence[str], start: int) -> int | None:
    """The end of a name of two or three name words right after the verb, with its title
    after it in apposition, at once or after a comma: «وقال موتوهيدي يوشيكاوا، السفير
    الياباني», «قال موتوهيدي يوشيكاوا سفير اليابان»."""
    if tags[start] not in ("O", "B-PERS"):
        return None
    end = start
    while end < len(words) and end - start < _MAX_NAME and _name_word(words[end]) and \
            not _title(words[end]):
        end += 1
    if end - start < 2 or end + 1 >= len(words):
        return None
    title = end + 1 if words[end] in _COMMAS else end
    if not _title(words[title]) or (title == end and split_word(words[title])[1]):
        return None
    named = start + 1 if tags[start] == "B-PERS" else start
    while named < end and tags[named] == "I-PERS":
        named += 1
    if named == end or any(tag != "O" for tag in tags[named:end]) or tags[end].startswith("I-"):
        return None
    return end


def titled_speakers(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with the speaker's name after a verb of saying and a title tagged as
    a person (see the module docstring)."""
    result = list(tags)
    for verb in range(len(words) - 3):
        if _verb(words[verb]):
            end = _name_before_title(words, result, verb + 1)
            if end is not None:
                result[verb + 1:end] = ["B-PERS"] + ["I-PERS"] * (end - verb - 2)
                continue
        if not _verb(words[verb]) or not _title(words[verb + 1]) or result[verb + 1] != "O":
            continue
        start = verb + 2
        while start < len(words) and start - verb - 2 < _MAX_COMPLEMENT and \
                _complement(words, result, start) and \
                split_word(words[start])[0] not in _ENDS - _PREPOSITIONS:
            start += 1
        if start < len(words) and words[start] in _COMMAS:
            start += 1  # «قال مبعوث الأمم المتحدة إلى سوريا، ستيفان دي ميستورا، إن»
        if start >= len(words) or split_word(words[start - 1])[0] in _PREPOSITIONS:
            continue
        end = _name_end(words, result, start)
        if end is not None:
            result[start:end] = ["B-PERS"] + ["I-PERS"] * (end - start - 1)
    return result


def saying_verb(word: str) -> bool:
    """Whether ``word`` is a verb of saying or of stance, with «و» or «ف» or not."""
    return _verb(word)


def person_title(word: str) -> bool:
    """Whether ``word`` is a person title, an adviser or a definite role noun."""
    return _title(word)


def name_word(word: str) -> bool:
    """Whether ``word`` may be a word of a speaker's name (see the module docstring)."""
    return _name_word(word)
