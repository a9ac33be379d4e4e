"""The gender of a stance verb, and the nouns after it that cannot be its subject.

«رفض», «يرفض» are masculine, «رفضت», «ترفض» feminine; a feminine noun after a masculine
verb («ودعا وزارة الصحة», «وناشد إدارة قناة X», the head in construct with a name), a
feminine plural, or a country that takes a feminine verb after a masculine one («ويطالب
إيران») is the verb's object, never its subject.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.stance_inflections import person_form
from kg.relations.stance_opening_subjects import (
    noun_too,
)
from kg.relations.stance_phrases import definite

_NUN_PAST = frozenset({"ناشد", "ندد", "نفي", "نوه", "نبه", "نسق"})
"""Past stance verbs whose root opens with «ن» («ناشد», «ندد», «نفى»): third persons, not the
«ن» of the first person plural («نناشد», «نندد», «ننفي»), which is one letter longer."""


_WAW_NUN_ROOT = "اون"
"""«تعاون», «يتعاون», «تتعاون», «يعاون»: a singular verb whose stem ends in «اون» (the root's
«و» and «ن» after the long «ا»), not the plural ending «ون» («يرفضون»)."""
_T_STEMS = ("تعاون", "تضامن", "توعد")
"""Past stems that open with «ت» of their own («تعاون», «تضامن», «توعّد»): masculine, not
the «ت» of a feminine imperfect («تتعاون», «تتوعد»)."""


_NUN_PAST_OR_NAF = _NUN_PAST | {"نف"}


def verb_gender(verb: Word) -> str | None:
    """«m» or «f» for a singular third-person verb («رفض», «يرفض» / «رفضت», «ترفض», «ناشد» /
    «ناشدت»), None for any other form (a plural, a dual, a first person)."""
    form = verb.norm
    if form[:1] in {"و", "ف"} and len(form) > 3:
        form = form[1:]
    if form[:1] == "س" and form[1:2] in {"ي", "ت"}:
        form = form[1:]
    form = person_form(form)  # «انتقدته»: «انتقدت»
    if form.endswith(_WAW_NUN_ROOT) and len(form) > 4:  # «تعاون», «يتعاون», «تتعاون»
        if form[:1] == "ي" or form.startswith(_T_STEMS):
            return "m"
        return "f" if form[:1] == "ت" else None  # «نتعاون»: the first person
    if form.endswith(("وا", "ون", "تا")) or (form[:1] in {"ي", "ت"} and form.endswith("ان")) \
            or (form.endswith("ا") and len(form) > 3):
        return None  # a plural or a dual
    if form[:1] == "ي":
        return "m"
    if form[:1] == "ت" and not form.startswith(_T_STEMS):
        return "f"
    if form in _NUN_PAST:
        return "m"
    if form[:1] == "ن":
        return "f" if form.endswith("ت") and form[:-1] in _NUN_PAST_OR_NAF else None
    return "f" if form.endswith("ت") else "m"


def feminine_object(context: Extraction, verb: Word, following: Word) -> bool:
    """«ودعا الوزارة إلى ...», «وطالب الحكومة بـ ...»: a masculine singular past verb
    does not agree with a feminine singular noun after it («دعت الوزارة»), so that noun is
    its object and the verb has no subject of its own (not a person's name, nor a broken
    plural in «ـاة» such as «القضاة», which a masculine verb may precede)."""
    form = verb.norm.removeprefix("و").removeprefix("ف")
    mention = context.mention_starting_in(following)
    if verb_gender(verb) == "m" and _feminine_plural(following, mention):
        return True  # «وانتقد التدخلات الإيرانية», «ويرفض الاتهامات»
    if form[:1] == "ي" and verb_gender(verb) == "m":
        return _feminine_country(context, mention)  # «ويطالب إيران بـ ...»
    if (form[:1] in {"ت", "ن", "س"} and form not in _NUN_PAST) or form.endswith(("ت", "وا")):
        return False
    if verb_gender(verb) == "m" and not noun_too(verb) and \
            (_feminine_country(context, mention) or _feminine_head(context, mention)):
        return True  # «وانتقد إسرائيل بسبب ...»: the country would take «انتقدت» (not «رفض مصر»)
    if mention is not None and mention.label == "Person":
        return False
    noun = following.bare()
    return (definite(following) or mention is not None or
            (not noun_too(verb) and _construct_head(context, following))) and \
        noun.endswith("ه") and not noun.endswith("اه")


_FEMININE_HEADS = frozenset({
    "اداره", "حكومه", "قياده", "رئاسه", "وزاره", "هيئه", "امانه", "جامعه", "بلديه", "شركه",
    "جمعيه", "منظمه", "لجنه", "محافظه", "مديريه", "نيابه", "محكمه", "سفاره", "قنصليه",
})
"""Feminine singular nouns that head the name of a body or stand for its management
(«إدارة», «حكومة», «قيادة» ...), none of them a man's given name («أسامة», «حمزة»)."""


def _construct_head(context: Extraction, following: Word) -> bool:
    """«وناشد إدارة قناة X», «وطالب حكومة الأردن بـ ...»: a feminine head in construct with
    a name tagged right after it is definite by that construct, though the name's mention
    leaves it out."""
    if following.norm not in _FEMININE_HEADS:
        return False
    after = context.word_at(following.end)
    if after is None or after.start <= following.start or \
            context.boundary_between(following, after):
        return False
    mention = context.mention_starting_in(after)
    return mention is not None and mention.start == after.start and \
        mention.label in AGENT_LABELS


def _feminine_plural(following: Word, mention: Mention | None) -> bool:
    """«التدخلات», «الاتهامات», «الهجمات»: a definite sound feminine plural, whose verb
    would be feminine were it the subject («انتقدت المنظمات»), not a person's name."""
    norm = following.norm.lstrip("و")
    return norm.startswith("ال") and norm.endswith("ات") and len(norm) > 6 and \
        (mention is None or mention.label != "Person")


def _feminine_head(context: Extraction, mention: Mention | None) -> bool:
    """«الأمم المتحدة»: a body whose definite head is told feminine by the definite adjective
    in «ـة» right after it (a broken plural of things takes a feminine verb: «انتقدت الأمم
    المتحدة»); no person («الحسن الصباح»)."""
    if mention is None or mention.label in {"Person", "Country"}:
        return False
    first, last = context.mention_words(mention)
    if last <= first:
        return False
    head, adjective = context.words[first], context.words[first + 1]
    return head.norm.startswith("ال") and not head.norm.endswith(("ه", "ون", "ين")) and \
        adjective.norm.startswith("ال") and adjective.norm.endswith("ه") and \
        context.covering_mention(adjective.start) is mention


_MASCULINE_COUNTRIES = frozenset({"العراق", "الاردن", "السودان", "المغرب", "اليمن", "لبنان"})
"""Countries whose names a masculine verb agrees with («رحب العراق»); the rest take a
feminine one («رحبت إيران», «تطالب مصر»)."""


def _feminine_country(context: Extraction, mention: Mention | None) -> bool:
    """A country named right after the verb whose name takes a feminine verb."""
    return mention is not None and mention.label == "Country" and \
        context.norm(mention.start, mention.end) not in _MASCULINE_COUNTRIES
