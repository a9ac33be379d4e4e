"""After «إن/أن», the speaker's own side named by description holds the stance.

In a reported clause the noun phrase between «إن/أن» and the verb is the verb's subject,
so a name after the verb is its object. When that noun names the speaker's own side by
description, the side is known:

- «المملكة»: Saudi Arabia (see :func:`kg.relations.realm_actors.kingdom`): «وقال الجبير إن
  المملكة تدعم اليمن», «وأكد أن المملكة لن تدعم ...»; but the speaker's own kingdom when
  the speaker's title names Bahrain, Jordan or Morocco («وقال وزير الخارجية البحريني X إن
  المملكة ترفض ...»);
- «حكومته», «حكومتها»: the government of the speaker's title, the country or the
  government body it names: «وقال رئيس الوزراء العراقي X إن حكومته ترفض التدخل التركي»
  (Iraq);
- a bare definite «الحكومة», «الوزارة», «الهيئة» ... that is the head word of the body in the
  speaker's title: «وقال المتحدث باسم الحكومة العراقية X إن الحكومة ترفض ...», «وقال
  المتحدث باسم وزارة الخارجية X إن الوزارة تدين ...». Another head word («وقال المتحدث باسم
  الوزارة إن الحكومة ...») or a speaker with no such title gives nothing.

The verb is an imperfect that agrees with a feminine noun («ترفض», «ستدعم»), right after the
noun or after a negation («لا», «لن», «لم»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.realm_actors import kingdom
from kg.relations.stance_own_country import country_of
from kg.text.normalize import normalize_key

_THAT = frozenset({"ان", "بان", "وان", "لان"})
_NEGATIONS = frozenset({"لا", "لن", "لم"})
_HIS_GOVERNMENT = frozenset({"حكومته", "حكومتها"})
_BODY_HEADS = frozenset({"الحكومه", "الوزاره", "الهيئه", "الرئاسه", "السفاره", "القنصليه",
                         "الامانه", "المنظمه", "الحركه", "الجماعه", "الرابطه"})
"""Bare heads that stand for the body of the speaker's title («الوزارة»: «وزارة الخارجية»)."""
_SIDE_LABELS = frozenset({"Country", "GovernmentBody"})


def speaker_side_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The speaker's own side that is the subject of the imperfect verb at ``position``
    in a reported «أن» clause, or None."""
    noun_at = position - 1
    if noun_at >= 0 and words[noun_at].norm in _NEGATIONS:
        noun_at -= 1
    if noun_at < 1 or words[noun_at - 1].norm not in _THAT or \
            not words[position].norm.startswith(("ت", "ست")) or \
            any(context.boundary_between(words[i], words[i + 1])
                for i in range(noun_at - 1, position)):
        return None
    noun = words[noun_at]
    if noun.norm == "المملكه" and context.covering_mention(noun.start) is None:
        own = _own_kingdom(context, context.speaker_at(words[position].start))
        if own is not None:
            return Arg(own, noun.start, noun.end)
    realm = kingdom(context, words, noun_at)
    if realm is not None:
        return Arg(realm, noun.start, noun.end)
    if context.covering_mention(noun.start) is not None:
        return None
    speaker = context.speaker_at(words[position].start)
    if speaker is None or context.label(speaker) != "Person":
        return None
    side = _titled_side(context, speaker, noun.norm)
    return Arg(side, noun.start, noun.end) if side is not None else None


_OTHER_KINGDOMS = frozenset({"Q398", "Q810", "Q1028"})
"""Bahrain, Jordan, Morocco: kingdoms whose own officials call their country «المملكة»."""


def _own_kingdom(context: Extraction, speaker: str | None) -> str | None:
    """«وقال وزير الخارجية البحريني X إن المملكة ترفض ...»: Bahrain, the kingdom of the
    speaker's title, not Saudi Arabia; None for any other speaker."""
    if speaker is None or context.label(speaker) != "Person":
        return None
    country = country_of(context, speaker)
    entity = context.entity(country) if country is not None else None
    return country if entity is not None and entity.qid in _OTHER_KINGDOMS else None


def _titled_side(context: Extraction, person_id: str, noun: str) -> str | None:
    """The body or country of the person's latest title that ``noun`` stands for."""
    for role in reversed(context.roles):
        if role.person_id != person_id or not role.org_id or role.guessed:
            continue
        label = context.label(role.org_id)
        if label not in _SIDE_LABELS:
            return None
        if noun in _HIS_GOVERNMENT:
            return role.org_id
        entity = context.entity(role.org_id)
        if noun in _BODY_HEADS and label == "GovernmentBody" and entity is not None and \
                _head(entity.name) == noun.removeprefix("ال"):
            return role.org_id
        return None
    return None


def _head(name: str) -> str:
    """The first word of a name, normalised, without «ال» («وزارة الخارجية» → «وزاره»)."""
    words = normalize_key(name).split()
    return words[0].removeprefix("ال") if words else ""
