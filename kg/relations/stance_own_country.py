"""«دعم بلاده لـ Y»: the country of the titled speaker holds the stance.

«وأكد وزير الخارجية الأردني ناصر جودة دعم بلاده للحكومة العراقية», «جدد الرئيس الفرنسي
فرانسوا هولاند رفض بلاده للتدخل الروسي»: the verbal noun's genitive «بلاده» («بلادها»)
is the country of the light verb's subject, and the country holds the stance. So are «الدولة»
(«أعرب وزير الخارجية الإماراتي X عن إدانة الدولة للهجوم») and, when that country is a
kingdom, «المملكة» («أعرب وزير الخارجية البحريني X عن إدانة المملكة لـ» → Bahrain). It is named
through the subject's title («وزير الخارجية الأردني» → Jordan), as in «وقال X إن بلاده ترفض».
Only then is a holder written: the subject is one person named right there (not one carried
from an earlier sentence), the title names a country, and what the stance is toward follows
«بلاده» with «ل» (or «مع», «إلى», «ضد», «تجاه»), also past an adjective of degree
(«عن إدانة بلاده الشديدة للتفجير»). With no known country, nothing is written.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, ArgsFound, Word
from kg.relations.lexicon import find_stance
from kg.relations.stance_phrases import glued_lam, skip_intensifiers

_HIS_COUNTRY = frozenset({"بلاده", "بلادها", "الدوله", "المملكه"})
_KINGDOMS = frozenset({"Q851", "Q398", "Q810", "Q1028"})
"""Saudi Arabia, Bahrain, Jordan, Morocco: the kingdoms Arabic news calls «المملكة»."""
_OPENERS = frozenset({"مع", "الي", "ضد", "تجاه", "حيال", "لاي", "لايه"})
"""Words that open what the stance is toward besides a glued «ل»; «لأي» is too short for
its «ل» to be read as glued («رفض بلاده لأي تدخل»)."""


def own_country_holder(context: Extraction, words: list[Word], position: int,
                       light_subject: ArgsFound | None) -> Arg | None:
    """The country of the light verb's subject for «دعم بلاده لـ Y» at ``position``
    (``light_subject``: what the light verb's subject search found), or None."""
    index = position + 1
    if light_subject is None or index + 1 >= len(words) or \
            words[index].norm not in _HIS_COUNTRY or \
            context.boundary_between(words[position], words[index]) or \
            context.boundary_between(words[index], words[index + 1]):
        return None
    later = skip_intensifiers(words, index + 1)  # «إدانة بلاده الشديدة للتفجير»
    if later >= len(words) or any(context.boundary_between(words[i], words[i + 1])
                                  for i in range(index + 1, later)):
        return None
    following = words[later]
    if not (glued_lam(following) or following.norm in _OPENERS or
            _glued_ba_object(words[position], following)):
        return None
    subjects, _, how = light_subject
    if len(subjects) != 1 or how not in {"after", "before"} or \
            context.label(subjects[0].node_id) != "Person" or \
            subjects[0].end > words[position].start:
        return None
    country = country_of(context, subjects[0].node_id)
    if country is None or (words[index].norm == "المملكه" and
                           context.entities[country].qid not in _KINGDOMS):
        return None  # «المملكة» of a minister whose country is no kingdom: not his own side
    return Arg(country, words[index].start, words[index].end)


_BA_KINDS = frozenset({"praises", "welcomes", "condemns"})
"""Kinds whose noun takes what it is toward after «بـ» («إشادة بلاده بالجهود», «ترحيب
بلاده بالاتفاق», «تنديد بلاده بالهجوم»); «دعم بلاده بالسلاح» names an instrument."""


def _glued_ba_object(noun: Word, following: Word) -> bool:
    """«إشادة بلاده بالجهود السعودية»: a praise, welcome or condemnation noun, and «بـ»
    glued to the word after «بلاده»."""
    hit = find_stance(noun.norm)
    return hit is not None and hit.value.kind in _BA_KINDS and any(
        prefix.lstrip("وف") == "ب" for prefix, _ in following.readings()[1:])


def country_of(context: Extraction, person_id: str) -> str | None:
    """The country of a person's latest title that names one, never a guessed one."""
    for role in reversed(context.roles):
        if role.person_id == person_id and role.org_id and not role.guessed and \
                context.label(role.org_id) == "Country":
            return role.org_id
    return None


ROLE_NOUNS = frozenset({"دور", "موقف", "مواقف", "سياسه", "سياسات", "جهود"})


def role_country(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """«وجدد وزير الخارجية المصري X موقف بلاده الداعم للحكومة اليمنية»: before a stance
    adjective, «بلاده» after a role or position noun is the country of the nearest person
    named before it in the sentence, through that person's title (Egypt); a person with
    no title that names a country, or a nearer actor that is no person, gives nothing."""
    word = words[index]
    if word.norm not in _HIS_COUNTRY or index == 0 or \
            words[index - 1].bare() not in ROLE_NOUNS or \
            context.boundary_between(words[index - 1], word):
        return None
    sentence_start = context.words[word.index - index].start
    before = [m for m in context.mentions_between(sentence_start, words[index - 1].start)
              if m.entity_id and m.label in AGENT_LABELS]
    if not before or before[-1].label != "Person":
        return None
    country = country_of(context, before[-1].entity_id)  # type: ignore[arg-type]
    return Arg(country, word.start, word.end) if country is not None else None
