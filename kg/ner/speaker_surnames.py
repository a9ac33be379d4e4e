"""A given name and the unknown family name after it, in a speaker's slot.

The tagger knows given names far better than family names: in «وقال الكاتب هاني فحص
إن ...» or «وأكد السفير المصري لدى تونس أيمن مشرفة أن ...» it tags the given name alone,
and the statement goes to a «هاني» or an «أيمن» who is nobody. Between a verb of saying
and the complementiser «أن»/«إن» the words are the speaker's name (or an adverb or a
phrase), so :func:`speaker_surnames` joins to a one-word person name that is a listed
given name the one untagged word after it when:

- «أن» or «إن» (or «أنه», «إنه») follows that word at once;
- a verb of saying or of stance (:data:`kg.ner.cues.SAYING_VERBS`, «أعلن», «صرح»)
  stands among the few words before the name, in the same sentence;
- the word is of letters only, with no proclitic or article, not a function word, a
  title, a time word or a given name, and rare in general text: a frequent word
  («وقال محمد أمس إن», «أكد علي ضرورة أن») is no family name, nor is a word that never
  takes the article nor a possessive, as adverbs do («مجددا», «شخصيا»), nor a verbal
  noun the verb takes as object («وأكد علي ضرورة أن», :data:`_OBJECTS`).

The same two words are a name, though the tagger left both untagged, when the verb
stands right before them and a title follows in apposition, at once or after a comma:
«ووصفت بدرة قعلول رئيسة مركز الدراسات ...», «يقول ناصر ودادي، الخبير في شؤون ...». The
given name must be listed and the family word must pass the same tests.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.person_words import FUNCTION_WORDS, PERSON_TITLES, is_given, split_word
from kg.ner.cues import ROLE_NOUNS, SAYING_VERBS
from kg.ner.features import word_usage
from kg.ner.repair import TIME_WORDS

_COMPLEMENTISERS = frozenset(split_word(word)[0] for word in ("أن", "إن", "أنه", "إنه"))
_MORE_VERBS = frozenset(split_word(word)[0] for word in (
    "أعلن", "أعلنت", "صرح", "صرحت", "وصف", "وصفت"))
_VERBS = SAYING_VERBS | _MORE_VERBS
_VERB_WINDOW = 8
"""How many words before the name the verb may stand («وأكد السفير المصري لدى تونس»)."""
_COMMON_BANDS = frozenset("01234")
_EXPERTS = frozenset(split_word(word)[2] for word in ("الخبير", "الخبيرة", "المحلل", "المحللة"))
_OBJECT_WORDS = """ضرورة أهمية حرص رغبة استعداد عزم أمل ثقة تمسك رفض قدرة امكانية إمكانية
    احتمال خطورة صعوبة استحالة وجوب حق نية"""
_OBJECTS = frozenset(split_word(word)[0] for word in _OBJECT_WORDS.split())
"""Verbal nouns that a verb of saying takes as its object before «أن»: «وأكد علي ضرورة
أن ...», «وأكد سلمان أهمية أن ...»."""


def _verb(word: str) -> bool:
    normal = split_word(word)[0]
    return normal in _VERBS or (normal[:1] in ("و", "ف") and normal[1:] in _VERBS)


def _family_word(word: str) -> bool:
    """A word that may be an unknown family name (see the module docstring)."""
    normal, proclitics, stem = split_word(word)
    if not normal.isalpha() or len(normal) < 3 or proclitics or is_given(word) or \
            word == "علي" or normal in TIME_WORDS or normal in _OBJECTS:
        return False
    if normal in FUNCTION_WORDS or normal in PERSON_TITLES:
        return False
    usage = word_usage().get(stem)
    if usage is None:
        return True
    return usage[0] not in _COMMON_BANDS and not (usage[1] == "0" and usage[2] == "0")


def _title(word: str) -> bool:
    """A person title or a role noun, with the article or not: «رئيسة», «المتحدث»,
    «الخبير»."""
    normal, proclitics, stem = split_word(word)
    if proclitics not in ("", "ال"):
        return False
    return normal in PERSON_TITLES or stem in PERSON_TITLES or \
        (proclitics == "ال" and (stem in ROLE_NOUNS or stem in _EXPERTS))


def _apposition(words: Sequence[str], index: int) -> bool:
    """A title in apposition at ``index``: right there («بدرة قعلول رئيسة مركز ...»), or
    after a comma («ناصر ودادي، الخبير في ...»)."""
    if index >= len(words):
        return False
    if words[index] == "،":
        return index + 1 < len(words) and _title(words[index + 1])
    return _title(words[index])


def speaker_surnames(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with a given name joined to the family name after it in a
    speaker's slot (see the module docstring)."""
    result = list(tags)
    for start in range(1, len(words) - 2):
        name, end = words[start], start + 1
        if not (is_given(name) or name == "علي") or result[end] != "O" or \
                not _family_word(words[end]):
            continue
        lone = result[start] == "B-PERS" and result[end] == "O"
        if not lone and result[start] != "O":
            continue
        if lone and split_word(words[end + 1])[0] in _COMPLEMENTISERS and \
                any(_verb(word) for word in words[max(0, start - _VERB_WINDOW):start]):
            result[end] = "I-PERS"
        elif _verb(words[start - 1]) and _apposition(words, end + 1):
            result[start:end + 1] = ["B-PERS", "I-PERS"]
    return result
