"""The preposition of a place noun before a name, and the names a title holds.

:func:`place_preposition` gives the preposition of the place noun before a name («في
مدينة عدن», «بمملكة البحرين» for a targeted event), past a nisba after the place noun;
a direction or a word of nearness («في شمال مالي», «قرب مدن عدة أبرزها الموصل»), a
place inside the phrase of where something happened, and a landmark after a bare
direction («جنوب كابول») are told apart. A place or body named inside a guest's or a
host's title («مبعوث المجلس إلى اليمن»: :func:`in_title`, :func:`host_title`) or in the
genitive of a title («وزير خارجية فرنسا»: :func:`title_genitive`) is whose office it is.
Read for :mod:`kg.relations.event_roles`.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.event_apposed_places import apposed_to_where
from kg.relations.event_draft import (
    Draft,
)
from kg.relations.event_inside import behind_bounds
from kg.relations.index import Word
from kg.relations.lexicon import (
    DIRECTIONS,
    PLACE_HEADS,
    TITLE_HEADS,
    find_event,
)

_NEAR_PLACE = frozenset({"قرب", "جوار", "محيط", "ضواحي", "اطراف", "مشارف", "فوق"})



_STATE_HEADS = frozenset({"مملكه", "جمهوريه", "دوله", "اماره", "سلطنه"})
"""«بمملكة البحرين», «في جمهورية مصر»: the state noun before a country named as the place of
a targeted event (not in a guest's title: «وزير الخارجية بجمهورية ليتوانيا»)."""



_PLACE_OR_STATE_HEADS = PLACE_HEADS | _STATE_HEADS


def place_preposition(context: Extraction, words: list[Word], candidate: Candidate,
                       targeted: bool = False) -> str:
    """«في مدينة عدن», «لمحافظة تعز»: the preposition of the place noun before the name (for
    a ``targeted`` event a state noun too: «بمملكة البحرين»); after a direction or a word of
    nearness («في شمال مالي», «قرب غاو») the name is a place too."""
    index = candidate.word_index
    if glued_place_head(words[index]):
        return "في"  # «منزلا بحي المفرق» tagged whole: the name holds its own «ب»
    if index == 0 or context.boundary_between(words[index - 1], words[index]):
        return ""
    head = words[index - 1]
    bound = behind_bounds(words, index)
    if bound:  # «هاجموا مواقع داخل العراق»: where; «خارج سوريا»: neither where nor what
        return "داخل" if bound == "داخل" else "direction"
    if head.has(DIRECTIONS) and _reference_point(words, index - 1):
        return "direction"  # «في ولاية لوغار جنوب كابول»: neither the place nor the object
    if head.has(DIRECTIONS) or head.has(_NEAR_PLACE):
        return "في"  # «في شمال مالي», «قرب غاو»: a place, never the object
    if apposed_to_where(context, words, index):
        return "في"  # «فوق تسخينفالي عاصمة أوسيتيا»: the capital's land is where, too
    heads = _PLACE_OR_STATE_HEADS if targeted else PLACE_HEADS
    if not head.has(heads) and _nisba_of_head(context, words, index, heads):
        index -= 1  # «في العاصمة الصومالية مقديشو»: the place noun is behind its nisba
        head = words[index - 1]
    if not head.has(heads):
        return "في" if _near_before(context, words, index) or \
            _inside_place_phrase(context, words, index) else ""
    attached = next((p.lstrip("وف") for p, rest in head.readings() if rest in heads), "")
    if attached[:1] in {"ب", "ل"}:
        return "في"
    if index > 1 and words[index - 2].bare() in {"في", "داخل", "الي", "نحو", "من", "عن"}:
        return words[index - 2].bare()  # «من منطقة البريقة»: whence, not the object
    if index > 1 and (words[index - 2].has(_NEAR_PLACE) or words[index - 2].has(DIRECTIONS)):
        return "في"  # «قرب مدينة بنغازي», «بوسط العاصمة دمشق»: near or in the place, not
        # the object
    return ""



def glued_place_head(word: Word) -> bool:
    """«بحي المفرق», «بمدينة الحلة»: the first word of a place's mention is a place noun with
    «ب» glued to it (the name tagger may take the clitic into the name); the name is where."""
    if any(prefix.lstrip("وف")[:1] == "ب" and rest in PLACE_HEADS
           for prefix, rest in word.readings()):
        return True
    norm = word.norm[1:] if word.norm.startswith(("و", "ف")) else word.norm
    return norm.startswith("ب") and norm[1:] in PLACE_HEADS  # a mention's word is not split



def _inside_place_phrase(context: Extraction, words: list[Word], index: int) -> bool:
    """«على قرى أمامية في قطاع بونتش», «في معسكر الحفاء»: a place named as the genitive of a
    noun behind «في» (or «داخل») is inside the phrase of where something happened, not the
    object of the deed, even when that noun is no listed place noun. Not behind an event
    noun («في قصف حلب»: what the shelling hit)."""
    if index < 2 or context.boundary_between(words[index - 2], words[index - 1]):
        return False
    head = words[index - 1]
    if find_event(head.norm) is not None or head.readings()[-1][0] or \
            context.covering_mention(head.start) is not None:
        return False
    return words[index - 2].norm in {"في", "داخل"}



def _nisba_of_head(context: Extraction, words: list[Word], index: int,
                  heads: frozenset[str]) -> bool:
    """«في العاصمة الصومالية مقديشو», «بمدينة حلب السورية» aside: a definite nisba adjective
    between a place noun and the name; the name is still governed by the place noun."""
    if index < 2 or context.boundary_between(words[index - 2], words[index - 1]):
        return False
    nisba = words[index - 1].norm
    return nisba.startswith("ال") and nisba.endswith(("يه", "ي")) and \
        words[index - 2].has(heads)



_NEAR_REACH = 6



_AMONG = frozenset({"منها", "ومنها", "بينها", "ابرزها", "اهمها"})



def _near_before(context: Extraction, words: list[Word], index: int) -> bool:
    """«بالقرب من 8 مدن عراقية منها الموصل», «قرب مدن عدة أبرزها الموصل»: a place named
    among the places a word of nearness governs is where, not what, something hit (only
    through «منها»-like words of example, in the clause)."""
    if words[index - 1].norm not in _AMONG:
        return False
    return context.lexicon_before(words, index - 1, _NEAR_PLACE, _NEAR_REACH - 1)



_TITLE_REACH = 8



def in_title(context: Extraction, words: list[Word], candidate: Candidate) -> bool:
    """«التقى الرئيس في الرياض مبعوث مجلس التعاون لدول الخليج العربي إلى اليمن فلان»: a
    place or body named after a title word and before the person who holds it is part of
    his title («envoy of ... to Yemen»), neither where the meeting was nor a party to it."""
    if candidate.label == "Person":
        return False
    for index in range(candidate.word_index - 1, max(-1, candidate.word_index - _TITLE_REACH),
                       -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]) or \
                find_event(word.norm) is not None:
            return False
        mention = context.covering_mention(word.start)
        if mention is not None and mention.label == "Person":
            return False
        if word.has(TITLE_HEADS):
            return True
    return False



def host_title(context: Extraction, words: list[Word], candidate: Candidate,
                draft: Draft) -> bool:
    """«يستقبل الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة»: a name in
    the genitive of a title right after the host's name (or after another of his titles)
    says whose adviser or deputy the host is; it is no guest."""
    index = candidate.word_index
    if index < 2 or not words[index - 1].has(TITLE_HEADS):
        return False
    hosts = [(a.start, a.end) for a in draft.arguments if a.role == "agent"]
    before = words[index - 2]
    return any(start <= before.start < end for start, end in hosts)



def title_genitive(words: list[Word], candidate: Candidate) -> bool:
    """«يلتقي رئيس جمهورية الشيشان», «التقى وزير خارجية فرنسا»: a place or body named in
    the genitive of a title is whose office it is; the one met is the unnamed office holder,
    not the country."""
    if candidate.label == "Person":
        return False
    index = candidate.word_index
    return any(w.has(TITLE_HEADS) for w in words[max(0, index - 2):index])



def _reference_point(words: list[Word], head: int) -> bool:
    """«غارة على حاجز في ولاية لوغار جنوب كابول», «قصف على دار سعد شمال عدن»: a bare
    direction word right after another word (no «في»/«ب» of its own) is an adverb, «south
    of»: the name after it is the landmark the place is measured from, not where the event
    happened, nor its object. «في شمال مالي», «بجنوب اليمن», a direction opening the
    phrase, still place the event in the name."""
    word = words[head]
    if any(prefix.lstrip("وف")[:1] in {"ب", "ل"} for prefix, rest in word.readings()
           if rest in DIRECTIONS):
        return False
    if head == 0 or word.norm.startswith(("و", "ف")):
        return False
    return words[head - 1].bare() not in {"في", "داخل", "الي", "نحو", "من", "علي", "ضد"}
