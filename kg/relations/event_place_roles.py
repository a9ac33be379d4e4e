"""Names read in a role they cannot hold in a violent event.

- **A name after a preposition of aim is no doer.** «وأكدت الأمم المتحدة أن الغارة
  الإسرائيلية على قانا قتلت 28 مدنياً»: the subject of «قتلت» is the strike; the nearest name
  before the verb, «قانا», is the object of «على» inside that subject. A name governed by
  «على», «نحو» or «ضد» is never the subject, so an agent read there is dropped, whatever the
  NER called it (Qana was read as an organisation). «من» is left alone («لهجوم من إسرائيل»
  names the attacker), «إلى» too («نسبت الهجوم إلى القاعدة»), and «في» («عناصر في حماس»).
- **A place after a title is the title's domain, not what was hit.** «انفجار استهدف موكب
  محافظ نينوى», «اغتيال رئيس وزراء لبنان»: the governor's motorcade and the prime minister
  were hit, not the province or the country; the place is dropped from the targets.
- **A place right after a blast noun is where it went off.** «تفجيرات لندن», «قتل ثلاثة جنود
  في انفجار بغداد»: a bare (construct) «انفجار» / «تفجير» takes the city or country it
  happened in as its genitive; that place is the event's location, not its target («قصف
  غزة», a place shelled, stays a target).
- **The other side is no target.** «وقع انفجار على الجانب الآخر من الحدود»: «الجانب الآخر»,
  «الضفة الأخرى» tell where, relative to a place named before; such a target is dropped.
- **A weapon behind «بـ» is no place.** «قصفت القوات البلدة بالبراميل المتفجرة»: the NER may
  tag «البراميل» as a place; a location that is a weapon noun behind «بـ» (``event_weapons``)
  is dropped.
"""

from __future__ import annotations

from dataclasses import replace

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.event_told_again import VIOLENT_CAUSES
from kg.relations.event_weapons import weapon_end
from kg.relations.index import PLACE_LABELS, Word
from kg.relations.lexicon import TITLE_HEADS

_TOWARD = frozenset({"علي", "نحو", "ضد", "وعلي"})
"""Prepositions of aim, whose object is never the doer, whatever the NER calls it: «الغارة
على قانا قتلت» (Qana read as an organisation)."""
_BLASTS = frozenset({"انفجار", "تفجير", "انفجارات", "تفجيرات"})
"""Blast nouns whose bare genitive place is where they went off: «تفجيرات لندن»."""
_TITLE_TAILS = frozenset({"وزراء", "خارجيه", "داخليه", "دفاع", "شرطه", "بلديه", "اركان"})
"""Second words of a compound title before its domain: «رئيس وزراء لبنان»."""


def _place(context: Extraction, node_id: str) -> bool:
    return context.label(node_id) in PLACE_LABELS


def _index_at(words: list[Word], start: int) -> int | None:
    return next((i for i, w in enumerate(words) if w.start <= start < w.end), None)


def _title_word(word: Word) -> bool:
    return word.has(TITLE_HEADS)


def _after_title(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is the genitive of a title («محافظ نينوى», «لرئيس وزراء
    لبنان»)."""
    if index >= 1 and _title_word(words[index - 1]):
        return True
    return index >= 2 and words[index - 1].norm in _TITLE_TAILS and _title_word(words[index - 2])


def drop_misplaced_places(context: Extraction, words: list[Word], draft: Draft) -> None:
    """Drop an agent governed by a preposition of aim and a place target that is the genitive
    of a title, in a violent event."""
    if draft.label not in VIOLENT_CAUSES:
        return
    kept = []
    for argument in draft.arguments:
        index = _index_at(words, argument.start)
        if argument.role == "location" and index is not None and \
                weapon_end(words, index) is not None:
            continue  # «قصفت البلدة بالبراميل المتفجرة»: the weapon, tagged as a place
        if argument.role == "target" and index is not None and _other_side(words, index):
            continue  # «وقع انفجار على الجانب الآخر من الحدود»: where, not what was hit
        if index is not None and index >= 1 and words[index].start == argument.start:
            before, place = words[index - 1].norm, _place(context, argument.entity_id)
            if argument.role == "agent" and before in _TOWARD:
                continue
            if argument.role == "target" and place and _after_title(words, index):
                continue
        kept.append(argument)
    draft.arguments = kept


_SIDES = frozenset({"الجانب", "الجهه", "الضفه", "الطرف"})
_OTHER = frozenset({"الاخر", "الاخري"})


def _other_side(words: list[Word], index: int) -> bool:
    """«الجانب الآخر», «الضفة الأخرى»: the other side (of a border, a river), a place told
    relative to the one named before, never what a deed hit."""
    return words[index].norm in _SIDES and index + 1 < len(words) and \
        words[index + 1].norm in _OTHER


def _bare_blast(word: Word) -> bool:
    """«انفجار», «بانفجار», «وتفجيرات»: a blast noun without the article or a pronoun."""
    return any(rest in _BLASTS and "ال" not in prefix for prefix, rest in word.readings())


def blast_places(context: Extraction, words: list[Word], position: int, draft: Draft) -> None:
    """Make a place target that is the genitive right after the bare blast noun at
    ``words[position]`` the event's location («انفجار بغداد»)."""
    if draft.verb or position + 1 >= len(words) or not _bare_blast(words[position]):
        return
    after = words[position + 1]
    draft.arguments = [
        replace(a, role="location") if a.role == "target" and a.start == after.start and
        _place(context, a.entity_id) else a
        for a in draft.arguments
    ]
