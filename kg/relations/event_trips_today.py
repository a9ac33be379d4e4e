"""A trip told in the present with «اليوم»: «ويتوجه الوزير فلان، اليوم، إلى طهران».

Arabic news tells the trip of the day in the imperfect: «يتوجه وزير الاقتصاد الألماني اليوم
إلى طهران», «يصل الرئيس فلان اليوم إلى الرياض في زيارة رسمية». With «اليوم» (the day of the
article) the trip is under way as the news is written, which the gold counts as a visit
(GUIDELINES: happening in the news period); without it the imperfect tells a habit or a
plan («يتوجه الناخبون إلى صناديق الاقتراع», «يصل الرئيس غداً»), and behind the future «سـ»
or a word of plan it is still to come. So a present verb of going is a visit when a named
person follows it as its subject (past his titles, set off by commas or not), then «اليوم»,
then «إلى» and a place, all in its sentence and before any clause opener. When a visit noun
follows in the clause («في زيارة»), the noun is the trigger (``event_arrivals``), not the verb.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.arguments import is_place
from kg.relations.context import Extraction
from kg.relations.index import Word

TODAY_TRIP_FORMS = frozenset({"يتوجه", "تتوجه", "يصل", "تصل", "يتوجهان", "يصلان"})
"""Present verbs of going whose subject is the visitor of the day."""
_TODAY = frozenset({"اليوم"})
_TO = frozenset({"الي"})
_PLACE_HEADS = frozenset({"العاصمه", "مدينه", "المدينه"})
"""«إلى العاصمة الإيرانية طهران»: a head and its adjective before the place's name."""
_VISIT_NOUNS = frozenset({"زياره", "جوله"})
_OPENERS = frozenset({"بعد", "قبل", "حيث", "عندما", "حين", "ان", "انه", "الذي", "التي",
                      "لكن", "بينما", "فيما", "ثم", "عقب", "بهدف", "لبحث"})
_REACH = 16
"""How many words after the verb the place may stand (the visitor's titles between commas)."""
_STOPS = (".", "؛", ";", ":", "!", "؟", "?")


def trip_today(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the present verb of going at ``words[position]`` tells a visit of the day
    (module docstring): a named person right after it, «اليوم», then «إلى» and a place."""
    word = words[position]
    if not any(prefix in {"", "و", "ف"} and rest in TODAY_TRIP_FORMS
               for prefix, rest in word.readings()) or position + 1 >= len(words):
        return False
    subject = context.mention_starting_in(words[position + 1])
    if subject is None or subject.label != "Person" or \
            context.boundary_between(word, words[position + 1]):
        return False
    today = False
    for index in range(position + 1, min(len(words), position + 1 + _REACH)):
        current = words[index]
        gap = context.doc.text[words[index - 1].end:current.start]
        if any(stop in gap for stop in _STOPS) or current.bare() in _OPENERS:
            return False
        if current.norm in _TODAY:
            today = True
        elif current.norm in _TO or current.has(_TO):
            return today and _place_after(context, words, index) and \
                not _visit_noun_after(words, index)
    return False


def _place_after(context: Extraction, words: list[Word], index: int) -> bool:
    return place_after_to(context, words, index) is not None


def place_after_to(context: Extraction, words: list[Word], index: int) -> Mention | None:
    """The place named right after «إلى» at ``words[index]``, maybe behind «العاصمة» and its
    adjective («إلى العاصمة الإيرانية طهران»), or None."""
    found: Mention | None = None
    for later in range(index + 1, min(len(words), index + 4)):
        if context.boundary_between(words[later - 1], words[later]):
            break
        mention = context.mention_starting_in(words[later])
        if mention is not None and mention.entity_id and is_place(mention.label):
            found = mention  # the last one: «الإيرانية» is the capital's adjective
        elif words[later].norm not in _PLACE_HEADS and \
                not (later > index + 1 and words[later].norm.startswith("ال")):
            break
    return found


def _visit_noun_after(words: list[Word], index: int) -> bool:
    """«... إلى طهران في زيارة»: a visit noun a few words on tells the trip."""
    return any(rest in _VISIT_NOUNS for word in words[index + 1:index + 7]
               for _, rest in word.readings())
