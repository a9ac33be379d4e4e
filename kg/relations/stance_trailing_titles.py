"""A stance verb's person subject with the title after the name: where the object opens.

Saudi and Gulf prose names a person first and gives the offices after the name, with no
comma: «وأدان صاحب السمو الملكي الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير
الداخلية الحادث الإرهابي», «وانتقد الشيخ عبدالله بن زايد وزير الخارجية الإماراتي
التدخلات الإيرانية», «ورفض الأمير خالد الفيصل أمير منطقة مكة المكرمة الاتهامات». The
title (a head in construct, «ولي العهد», «وزير الخارجية», or a definite head, «الأمين العام
لجامعة الدول العربية», its genitives and adjectives, and more titles after it) is the
subject's own and never the object. A title's genitive
chain ends at its first definite word; so a definite noun that names a thing a stance is
toward (an attack, an intervention, accusations, a decision: the heads of
:data:`kg.relations.stance_thing_openers.THINGS`) right after a definite word of the
chain cannot be its genitive: the object opens there («بالهجوم» for a verb that takes
«ب»).

Only a thing noun is taken: a name or a nisba after the title may be part of it
(«وزير الخارجية الأمريكي»), and a titled person after it may be the object or the
subject's own apposition («انتقد لافروف وزير الخارجية الأمريكي جون كيري»). When a
compound head that the title reader alone knows («ولي العهد») follows the subject and no
thing noun closes the title, no object is written: before, «ولي العهد» itself was read as
the object.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import StanceTrigger, find_reporting, find_stance
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import definite, prepositional
from kg.relations.stance_thing_openers import THINGS
from kg.relations.titles import bare_head, head_at

_ACTS = THINGS | frozenset({"حادث", "حادثه", "جريمه", "مجزره", "استهداف", "انتهاكات"})
"""Heads of the things a stance is toward, past a title (see the module docstring)."""

_DIRECT = frozenset({"criticizes", "rejects", "opposes", "condemns", "denies"})
"""Kinds whose verb takes its object with no preposition, or (condemns) with «ب»."""
_BA = frozenset({"condemns"})
"""Kinds whose verb may take its object with «ب» («ندد بالهجوم»)."""

_REACH = 14
"""Words at most from the title's head to the thing noun."""


NO_OBJECT = -1
"""Returned when the subject's own compound title follows and no object can be read."""


def subject_title(context: Extraction, words: list[Word], after: int,
                   subjects: list[Arg]) -> bool:
    """A person subject ends right before ``words[after]``, with no mark between, and a
    bare title head opens there («وزير», «أمير», «ولي العهد», «الأمين العام»)."""
    if not subjects or not 0 < after < len(words):
        return False
    previous, word = words[after - 1], words[after]
    if not any(s.end == previous.end and context.label(s.node_id) == "Person"
               for s in subjects):
        return False
    if context.gap(previous, word).strip() or context.boundary_between(previous, word):
        return False
    return head_at(words, after) and bare_head(words, after) and not prepositional(word)


def _thing(word: Word, kind: str) -> bool:
    """A definite thing noun, with «ب» for a verb that takes it."""
    allowed = {"ال", "بال"} if kind in _BA else {"ال"}
    return any(prefix.lstrip("وف") in allowed and rest in _ACTS and not prefix.startswith("و")
               for prefix, rest in word.readings()[1:])


def object_past_title(context: Extraction, words: list[Word], position: int, after: int,
                      subjects: list[Arg], trigger: StanceTrigger) -> int | None:
    """The index of the thing noun where the object opens past the subject's own title;
    :data:`NO_OBJECT` past a compound title head («ولي العهد») with no thing noun after it;
    None when no title of the subject's follows it (other readers decide)."""
    if trigger.noun or trigger.kind not in _DIRECT or after <= position + 1 or \
            not subject_title(context, words, after, subjects):
        return None
    for index in range(after + 1, min(len(words), after + _REACH)):
        word, previous = words[index], words[index - 1]
        if context.gap(previous, word).strip() or context.boundary_between(previous, word):
            break
        if _thing(word, trigger.kind) and definite(previous) and \
                not prepositional(previous):
            return index
        if find_stance(word.norm) is not None or find_reporting(word.norm) is not None:
            break
        named = context.mention_starting_in(word)
        if named is not None and named.label == "Person":
            return None  # «انتقد X الرئيس السوري بشار الأسد», «هنأ X ولي العهد الأمير Y»:
            # a titled person, maybe the object (the titled-person readers decide)
    return None if is_title_head(words[after]) else NO_OBJECT


_STYLE_REACH = 2
"""Title words at most between the subject's epithet and its name («الملك»)."""
_FAMILY = frozenset({"ال", "آل"})


def past_name_again(context: Extraction, words: list[Word], after: int,
                    subjects: list[Arg]) -> int:
    """Past the subject's own name when it follows the subject's epithet: «وأدان خادم
    الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود الهجوم»: the epithet is the subject's
    mention, and the name after it (with its definite title and «آل X») is the same person,
    not the object. ``after`` itself when the next name is another's."""
    if len(subjects) != 1 or not 0 < after < len(words) or \
            context.label(subjects[0].node_id) != "Person" or \
            subjects[0].end != words[after - 1].end:
        return after
    index = after
    while index < min(len(words), after + _STYLE_REACH) and \
            words[index].norm.startswith("ال") and is_title_head(words[index]) and \
            context.mention_starting_in(words[index]) is None:
        index += 1
    if index >= len(words) or any(context.boundary_between(words[i], words[i + 1])
                                  for i in range(after - 1, index)):
        return after
    mention = context.mention_starting_in(words[index])
    if mention is None or mention.entity_id != subjects[0].node_id:
        return after
    end = index
    while end < len(words) and words[end].start < mention.end:
        end += 1
    if end + 1 < len(words) and words[end].norm in _FAMILY and \
            not context.boundary_between(words[end], words[end + 1]):
        end += 2  # «آل سعود»: the family name the tagger left out
    return end if end < len(words) else after
