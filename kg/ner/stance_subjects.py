"""The name of a stance's holder right after the verb, or after the verb and the holder's title.

Local news opens a clause with a verb of stance and names its holder at once, often by a
given name and a family name no list holds: «وأشاد مطلق البقمي بما قدمته الجمعية»,
«وأثنى الزائر للفعاليات مطلق البقمي بـ...», «وأشاد رئيس جمعية سيهات الخيرية عبدالرؤوف
المطرود بدور رجال الأمن». The tagger, in a long sentence, often leaves such a name
untagged, and :func:`kg.ner.cues.cued_end` does not take it: it closes a name on an
unlisted family word only after an office and its place, and wants the title right before
the name (or before one word). The stance is then lost. In the slot after a verb of stance
or saying (:data:`kg.ner.cues.SAYING_VERBS`, and «شكر», «أثنى», «نوه», «حث», «هنأ»,
«رحب»), a listed given name followed by a family word that general text never uses is
the holder's name, so :func:`stance_subject_names` tags as one person name:

- the untagged words that open right after the verb (with «و» or «ف» before it or not),
  or right after a person title or a definite role noun that follows the verb and up to
  four words completing it («رئيس جمعية سيهات الخيرية», «الزائر للفعاليات»: words of
  letters that the tagger did not put in a person name);
- when they are a listed given name with no proclitic («مطلق», «عبدالرؤوف»), up to two
  words inside a name («بن», a given name), and a family word with the article that general
  text never uses (:func:`kg.ner.family_words.unknown_family`: «البقمي», «المطرود») or a
  rare listed one (:func:`kg.ner.family_words.definite_family`, a listed nisba that is not
  common);
- and the next word does not go on inside a name the tagger found.

A given name that is also a common noun governing a definite noun is left alone («وثمن
حسن الأداء», «ودعا أمين المنطقة السكان»): the family word must be rare in general text.
The rule tags no name of one word and changes no name the tagger found.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.person_words import PERSON_TITLES, is_given, split_word
from kg.ner.cues import MAX_MIDDLE_WORDS, ROLE_NOUNS, SAYING_VERBS, listed_nisba
from kg.ner.family_words import definite_family, unknown_family
from kg.ner.features import word_usage
from kg.ner.names import person_words
from kg.ner.quoted_surnames import thanking_verb

_MORE_VERBS = frozenset(split_word(word)[0] for word in (
    "أثنى", "أثنت", "هنأ", "هنأت", "رحب", "رحبت"))
"""Verbs of praise and welcome that open a clause before their holder, besides
:data:`kg.ner.cues.SAYING_VERBS` and :func:`kg.ner.quoted_surnames.thanking_verb`."""
_VERBS = SAYING_VERBS | _MORE_VERBS
_MAX_COMPLEMENT = 4
"""How many words may complete the holder's title («رئيس جمعية سيهات الخيرية»)."""
_RARE_BUCKETS = frozenset({"5", "6", "7"})
"""Frequency buckets of :func:`kg.ner.features.word_usage` of words rare in general text."""


def _verb(word: str) -> bool:
    """A verb of stance or saying, with «و» or «ف» before it or not."""
    normal = split_word(word)[0]
    return normal in _VERBS or (normal[:1] in ("و", "ف") and normal[1:] in _VERBS) or \
        thanking_verb(word)


def _title(word: str) -> bool:
    """A person title («رئيس», «مدير») or a definite role noun («الزائر», «المواطن»)."""
    normal, proclitics, stem = split_word(word)
    return normal in PERSON_TITLES or (proclitics == "ال" and stem in ROLE_NOUNS)


def _family(word: str) -> bool:
    """A family word with the article that general text never or hardly uses."""
    if unknown_family(word) or definite_family(word):
        return True
    usage = word_usage().get(split_word(word)[2])
    return listed_nisba(word) and (usage is None or usage[0] in _RARE_BUCKETS)


def _middle(word: str) -> bool:
    """A word inside a name between the given name and the family name: «بن», a given name."""
    normal, proclitics, stem = split_word(word)
    return not proclitics and normal.isalpha() and (
        normal in ("بن", "ابن") or is_given(word) or stem in person_words())


def _name_end(words: Sequence[str], tags: Sequence[str], start: int) -> int | None:
    """The end of a holder's name opening at ``start`` (see the module docstring)."""
    first = words[start]
    if tags[start] != "O" or split_word(first)[1] or not is_given(first):
        return None
    end = start + 1
    while end < len(words) and end - start <= MAX_MIDDLE_WORDS + 1 and tags[end] == "O":
        if _family(words[end]):
            after = end + 1
            return after if after >= len(tags) or not tags[after].startswith("I-") else None
        if not _middle(words[end]):
            return None
        end += 1
    return None


def _complement(words: Sequence[str], tags: Sequence[str], index: int) -> bool:
    """A word that may complete the holder's title: letters, not in a person name."""
    return split_word(words[index])[0].isalpha() and not tags[index].endswith("PERS")


def stance_subject_names(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with the holder's name after a verb of stance tagged as a person
    (see the module docstring)."""
    result = list(tags)
    for verb in range(len(words) - 2):
        if not _verb(words[verb]):
            continue
        starts = [verb + 1]
        if _title(words[verb + 1]) and result[verb + 1] == "O":
            last = min(len(words) - 1, verb + 2 + _MAX_COMPLEMENT)
            index = verb + 2
            while index <= last:
                starts.append(index)
                if not _complement(words, result, index):
                    break
                index += 1
        for start in starts:
            end = _name_end(words, result, start)
            if end is not None:
                result[start:end] = ["B-PERS"] + ["I-PERS"] * (end - start - 1)
                break
    return result


def stance_verb(word: str) -> bool:
    """Whether ``word`` is a verb of stance, saying or thanks, with «و» or «ف» or not."""
    return _verb(word)


def family_word(word: str) -> bool:
    """Whether ``word`` is a family word with the article that general text hardly uses."""
    return _family(word)
