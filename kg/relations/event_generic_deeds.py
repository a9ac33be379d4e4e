"""Events told in general rather than as one deed of the news: their raw confidence is lowered.

Long articles (analyses, features, profiles) name a side's campaign or a deal in general
as often as they tell what happened on the day. Read on unseen long articles (session 32):

- a noun whose only role is its doer named right after it («تشديد هجمات طالبان في السنة
  الجارية», «بهدف مواجهة زحف طالبان»): with no target and no place, the campaign of that
  side in general, the genitive sibling of the nisba doer of ``event_non_events``
  («الزحف الحوثي»); one deed names what was hit or where («هجمات داعش على السفارات في
  طرابلس»);
- an agreement noun with no doer and nothing before it that concludes it (no «أبرم»,
  «توصل إلى», «وقّع»): «اتفاق مع إيران يحد من قدرتها ... أفضل من عدم اتفاق», «السبيل
  الوحيد لاتفاق الولايات المتحدة مع كوريا الشمالية»: a deal weighed, wished or argued
  about, not one made (a deal made names its sealing: «مع إبرام الاتفاق النووي بين
  إيران والقوى الكبرى في فيينا أمس», «توصلت شيرمان إلى اتفاق»; the gold also keeps the
  known deal named with its sides, «الاتفاق النووي بين إيران ومجموعة 5+1», so only the
  indefinite noun is lowered).

Neither drops the event: the gold keeps some of each, so the score only orders them below
the deeds told with their sides (``event_confidence``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import Word

_SEALING = frozenset({
    "ابرام", "ابرم", "ابرمت", "ابرموا", "توصل", "توصلت", "توصلوا", "التوصل", "توقيع", "وقع",
    "وقعت", "وقعوا", "عقد", "عقدت", "اتمام", "ابرما", "توصلا", "وقعا", "بموجب", "تنفيذ",
})
"""Words before an agreement noun in its clause that tell it was made («وأبرمت الدول الخمس
... في 14 يوليو اتفاقاً», «وقّعت الصحيفة والمركز اتفاقية», «بموجب اتفاق»)."""
_SEALING_REACH = 20
_AGREEMENT_STEMS = ("اتفاق",)


def genitive_campaign(context: Extraction, draft: Draft) -> bool:
    """A violent noun whose only role is its doer named right after it (see the module
    docstring)."""
    if draft.verb or draft.label not in {"Attack", "MilitaryOperation"}:
        return False
    roles = {a.role for a in draft.arguments}
    if roles != {"agent"}:
        return False
    for argument in draft.arguments:  # the genitive right after the noun, not a doer after
        found = context.word_at(argument.start)  # a verb («هجمات نفذتها حركة الشباب»)
        if found is None or found.index != draft.word.index + 1 or \
                _behind_lam(context, argument.entity_id, argument.start, argument.end):
            return False
    return True


def _behind_lam(context: Extraction, entity_id: str, start: int, end: int) -> bool:
    """«كمين للمقاومة الشعبية استهدف تعزيزات»: a doer behind «ل» («لـ» not in its name)
    belongs to a deed told with more after it, not a construct naming a side's campaign."""
    printed = context.doc.text[start:end]
    entity = context.entity(entity_id)
    return printed.startswith("ل") and (entity is None or not entity.name.startswith("ل"))


def unsealed_agreement(words: list[Word], position: int, draft: Draft) -> bool:
    """An indefinite agreement noun with no doer and no word of sealing a few words before it
    (see the module docstring)."""
    if draft.verb or draft.label != "Agreement" or \
            any(a.role in {"agent", "location"} for a in draft.arguments):
        return False  # (a deal named by its place, «اتفاق بروكسل», is a known one)
    word = words[position]
    if not any(rest.startswith(_AGREEMENT_STEMS) for _, rest in word.readings()):
        return False
    if any("ال" in prefix for prefix, _ in word.readings()) or word.norm.startswith("لل"):
        return False  # «الاتفاق», «للاتفاق النووي»: the known deal
    before = words[max(0, position - _SEALING_REACH):position]
    return not any(w.sentence_index == word.sentence_index and w.has(_SEALING) for w in before)
