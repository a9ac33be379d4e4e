"""What the words around a mention say about how to read it (for :mod:`kg.link.linker`).

A capital the sentence makes speak or rule («قالت واشنطن», «حكومة كييف») stands for its
country's government (:func:`government_reading`); a conditional person name needs a
title or a noun of a leader's forces before it (:func:`titled`); a name in quotation
marks may be a paper's (:func:`quoted`); and a report on football reads «الاتحاد
الأوروبي» as UEFA (:func:`about_football`).
"""

from __future__ import annotations

from collections.abc import Callable

from kg.gazetteer.index import name_key
from kg.gazetteer.resources import LOCATIVES, MEMBER_CUES, PLACE_CUES, STANCE_VERBS, TITLES
from kg.model import Document, Mention
from kg.text.normalize import normalize_key

TITLE_KEYS = frozenset(word for title in TITLES for word in name_key(title))
_LOCATIVE_KEYS = frozenset(word for w in LOCATIVES for word in name_key(w))
_PLACE_CUE_KEYS = frozenset(word for w in PLACE_CUES for word in name_key(w))
_STANCE_KEYS = frozenset(word for w in STANCE_VERBS for word in name_key(w))
_CONTEXT_CHARS = 40
_ADVERB_KEYS = frozenset(name_key("أمس اليوم بشدة بدورها أيضا مجددا"))
"""Words that may stand between a stance verb and the capital that is its subject."""
_RULE_KEYS = frozenset(name_key("حكومة سلطات نظام"))
"""Nouns of rule before a capital: «حكومة كييف» is Ukraine's government, not the city."""
_OPENING_QUOTES = frozenset('«"“')
_CLOSING_QUOTES = frozenset('»"”')
FOOTBALL_BODIES = {"org:eu": "org:uefa"}
"""Political bodies whose short name a football body shares: in a report on football,
«الاتحاد الأوروبي» («رئيس الاتحاد الأوروبي ميشال بلاتيني») is UEFA, not the EU."""
_FOOTBALL_CUES = tuple(
    normalize_key(w) for w in ("كرة القدم", "فيفا", "يويفا", "دوري أبطال أوروبا")
)
_POLITICAL_CUES = tuple(
    normalize_key(w) for w in ("المفوضية الأوروبية", "بروكسل", "البرلمان الأوروبي", "الدول الأعضاء")
)
_TITLE_REACH = 3
_TITLE_STOPS = frozenset('.!?؟:«»"“”')
_FOLLOWER_KEYS = frozenset(word for w in MEMBER_CUES for word in name_key(w)) | frozenset(
    name_key("جيش نظام حكومة أنصار مؤيدي أتباع الموالين")
)
"""Nouns of the forces, followers or rule of a leader named after them («قوات صالح»)."""


def government_reading(doc: Document, mention: Mention, is_seat: Callable[[str], bool]) -> bool:
    """Whether a capital stands for its country's government here:
    «قالت واشنطن», «واشنطن ترفض», «ورفضت أمس موسكو» yes; «في واشنطن», «بواشنطن», «العاصمة
    الأمريكية واشنطن» no. ``is_seat`` tells whether a normalised word names a capital
    that is its country's seat."""
    text = doc.text
    word_start = mention.start
    while (
        word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1].isalpha()
    ):
        word_start -= 1
    attached = normalize_key(text[word_start : mention.start])
    if "ب" in attached or "ل" in attached[-1:]:
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    before = name_key(text[max(line_start, word_start - _CONTEXT_CHARS) : word_start])
    after = name_key(text[mention.end : min(line_end, mention.end + _CONTEXT_CHARS)])
    previous = [strip_conjunction(word) for word in before[-2:]]
    if previous and (previous[-1] in _LOCATIVE_KEYS or previous[-1] in _PLACE_CUE_KEYS):
        return False
    if any(word in _PLACE_CUE_KEYS for word in previous):
        return False
    if previous and (previous[-1] in _STANCE_KEYS or previous[-1] in _RULE_KEYS):
        return True  # «قالت واشنطن», «حكومة كييف»
    if len(previous) == 2 and previous[0] in _STANCE_KEYS and is_seat(before[-1]):
        return True  # «وحذرت واشنطن طهران»: the capital after a capital that holds a stance
    if len(previous) == 2 and previous[0] in _STANCE_KEYS and previous[1] in _ADVERB_KEYS:
        return True  # «ورفضت أمس موسكو»: a time or manner word after the verb
    return bool(after) and strip_conjunction(after[0]) in _STANCE_KEYS


def about_football(text: str) -> bool:
    """Whether a document's text is a football report: it speaks of football or FIFA/UEFA
    and of none of the EU's own institutions."""
    key = normalize_key(text)
    return any(cue in key for cue in _FOOTBALL_CUES) and \
        not any(cue in key for cue in _POLITICAL_CUES)


def quoted(doc: Document, mention: Mention) -> bool:
    """Whether the mention is a whole quoted name: «لـ«الشرق الأوسط»», «قناة "الجزيرة"»."""
    return doc.text[mention.start - 1 : mention.start] in _OPENING_QUOTES and \
        doc.text[mention.end : mention.end + 1] in _CLOSING_QUOTES and mention.start > 0 and \
        mention.end < len(doc.text)


def titled(doc: Document, mention: Mention) -> bool:
    """Whether a title is among the three words before the mention, on its line and
    with no stop or quotation mark between (as :mod:`kg.ner.gazetteer` reads it), or a
    noun of the forces or the rule a leader has stands right before it («قوات صالح»,
    «جيش الأسد», «نظام الأسد»)."""
    line_start = doc.text.rfind("\n", 0, mention.start) + 1
    before = doc.text[max(line_start, mention.start - _CONTEXT_CHARS) : mention.start]
    cut = max((before.rfind(char) for char in _TITLE_STOPS), default=-1)
    words = name_key(before[cut + 1 :])[-_TITLE_REACH:]
    if words and before[cut + 1 :].rstrip() != before[cut + 1 :] and \
            strip_conjunction(words[-1]) in _FOLLOWER_KEYS:
        return True
    return any(strip_conjunction(word) in TITLE_KEYS or word in TITLE_KEYS for word in words)


def strip_conjunction(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word
