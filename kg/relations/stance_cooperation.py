"""Cooperation between named parties (``coordinatesWith``) in frames of Arabic news beside
those of :mod:`kg.relations.stance_partnerships`, and one frame that is no cooperation:

- **the charge of an accusation**: «واتهمت الحكومة العراقية حزب البعث بالتعاون مع تنظيم
  داعش», «وتتهم دمشق أنقرة بالتنسيق مع جبهة النصرة», «اعتقل X بتهمة التعاون مع Y»: the
  cooperation is what one side charges the other with; the accuser does not coordinate
  with anyone, and the accused is only said to: no ``coordinatesWith`` is read;
- **joint work**: «نفذت هيئة الهلال الأحمر بالاشتراك مع الدفاع المدني تمرينا»: «بالاشتراك مع»
  is an adjunct of partnership like «بالتعاون مع» (:mod:`kg.relations.stance_partnerships`
  reads its doer and partner); «الاشتراك» is a stance only there («الاشتراك في البطولة» is
  taking part, «رسوم الاشتراك» a subscription);
- **verbs of working**: the adjunct «بالتعاون مع» after the named subject of «تعمل»,
  «تواصل», «أجرت», «استضافت», «افتتحت», «وزعت», «ساهمت», «أنجزت» (:data:`WORKING`), as after
  «نظمت» and «نفذت»: «وتعمل وزارة الصحة بالتنسيق مع وزارة الداخلية على متابعة الحالات»;
- **the doubled adjunct**: «نظمت X بالتعاون والتنسيق مع Y», «بالتنسيق والتعاون مع Y»: a
  second noun of cooperation joined by «و» may stand between the adjunct's noun and its
  «مع»;
- **the organiser of a passive frame**: «أقيم المعرض بتنظيم من غرفة جدة وبالتعاون مع وزارة
  التجارة», «الملتقى من تنظيم X بالتعاون مع Y»: the one named after «بتنظيم (من)» or «من
  تنظيم», right before the adjunct, coordinates with the partner. A patron («برعاية X») or
  a sponsor is not an organiser: patronage and sponsorship are an honour or money given,
  not work done together, and give nothing;
- **several partners**: «نظمت X بالتعاون مع وزارة الصحة وهيئة الهلال الأحمر»,
  «بالتعاون مع كل من Y و Z»: every actor of the list after «مع», joined by «و», is a
  partner of the doer;
- **a signed memorandum of understanding**: «وقعت وزارة التعليم مذكرة تفاهم مع جامعة X»,
  «وقعت X و Y مذكرة تفاهم لبناء المساكن»: a memorandum of understanding is an agreement to
  cooperate by its name, read as «اتفاقية تعاون» is («تفاهم» right after «مذكرة» is the
  cooperation noun of :func:`kg.relations.stance_partnerships.signed_partners`); a
  memorandum not signed («بحث X مع Y مذكرة تفاهم») gives nothing;
- **two subjects of a verb of cooperation**: «وتتعاون السعودية وفرنسا في مكافحة الإرهاب»,
  «ونسقت القوات العراقية والبيشمركة في الهجوم»: with no partner after «مع», the two named
  subjects joined by «و» right after the verb coordinate with each other; so do the two named
  right before a dual verb («أن السعودية ومصر تنسقان في ...»).
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.stance_kind_conjuncts import kind_conjunct

_ACCUSING = ("اتهم", "يتهم", "تتهم", "نتهم", "اتهام", "تهمه")
"""Stems of accusing and charging, as they open a word once «و», «ف», «ب» and the article
are taken off («واتهمت», «يتهمون», «بتهمة», «الاتهامات»)."""
_ACCUSED = "متهم"
"""The accused («المتهم», «متهمين»): a charge only right before the cooperation noun («المتهم
بالتعاون مع Y»); farther back it is the one a deed was done to («قبضت الشرطة على المتهمين
في جدة بالتعاون مع Y»)."""

_CHARGE_REACH = 8
"""Words before the cooperation noun within which the accusation stands in its clause."""


def _stem(word: Word) -> str:
    """The word without «و», «ف», «ب» and the article: «واتهمت» → «اتهمت», «بتهمة» → «تهمه»."""
    norm = word.norm
    for prefix in ("و", "ف", "ب", "ال"):
        norm = norm.removeprefix(prefix)
    return norm


def charged(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the cooperation noun or verb at ``position`` is the charge of an accusation in
    its clause: «اتهمت X Y بالتعاون مع Z», «بتهمة التعاون مع Z», «المتهم بالتعاون مع Z»; not
    «تهم» («قضايا تهم المواطنين»)."""
    for index in range(position, max(-1, position - 1 - _CHARGE_REACH), -1):
        if index < position and context.boundary_between(words[index], words[index + 1]):
            return False
        stem = _stem(words[index])
        if stem.startswith(_ACCUSING) or (index == position - 1 and stem.startswith(_ACCUSED)):
            return True
    return False


def _actor(context: Extraction, mention: Mention | None) -> Arg | None:
    """The mention as an argument, when it names an actor (not a nisba adjective)."""
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


def joint_adjunct(words: list[Word], position: int) -> bool:
    """Whether «الاشتراك» at ``position`` is the adjunct «بالاشتراك مع» («نفذت X بالاشتراك مع Y
    تمرينا»): «ب» glued to it and «مع» right after it."""
    return position + 1 < len(words) and words[position + 1].norm == "مع" and any(
        prefix.lstrip("وف").startswith("ب") and rest == "الاشتراك"
        for prefix, rest in words[position].readings()[1:])


WORKING = frozenset({
    "عمل", "عملت", "يعمل", "تعمل", "يعملان", "تعملان", "يعملون", "عملوا",
    "واصل", "واصلت", "يواصل", "تواصل", "يواصلون", "واصلوا",
    "اجري", "اجرت", "يجري", "تجري", "اجروا", "يجرون",
    "استضاف", "استضافت", "يستضيف", "تستضيف",
    "افتتح", "افتتحت", "يفتتح", "تفتتح",
    "وزع", "وزعت", "يوزع", "توزع", "وزعوا",
    "ساهم", "ساهمت", "يساهم", "تساهم", "اسهم", "اسهمت", "يسهم", "تسهم",
    "انجز", "انجزت", "ينجز", "تنجز",
})
"""Verbs of working, going on with, conducting, hosting, opening, handing out, contributing
and completing, whose named subject the adjunct «بالتعاون مع» may follow as it follows
«نظم» and «نفذ» (:mod:`kg.relations.stance_partnerships`): «وتعمل وزارة الصحة بالتنسيق مع
وزارة الداخلية على متابعة الحالات», «وتواصل هيئة الهلال الأحمر بالتعاون مع وزارة الصحة
تقديم الخدمات», «واستضافت الغرفة التجارية بالتعاون مع وزارة التجارة ملتقى»."""


_DOUBLING = frozenset({"والتعاون", "والتنسيق", "والشراكه"})
"""What may stand between the adjunct's noun and «مع»: «بالتعاون والتنسيق مع»."""


def closes_adjunct(words: list[Word], position: int) -> bool:
    """Whether «مع» closes the adjunct whose noun stands at ``position``: right after it, or
    past a second noun of cooperation joined by «و» (:data:`_DOUBLING`)."""
    after = words[position + 1:position + 3]
    return bool(after) and (after[0].norm == "مع" or (
        len(after) == 2 and after[0].norm in _DOUBLING and after[1].norm == "مع"))


_ORGANISED = frozenset({"بتنظيم", "تنظيم"})
"""«بتنظيم من X», «من تنظيم X»: the organiser of an event named in a passive frame."""


def organised_by(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«أقيم المعرض بتنظيم من غرفة جدة وبالتعاون مع وزارة التجارة», «الملتقى من تنظيم X
    بالتعاون مع Y»: the organiser named right before the adjunct at ``position`` (a «و» glued
    to it or a comma between allowed) after «بتنظيم (من)» or «من تنظيم»."""
    if position < 3 or position + 1 >= len(words) or not closes_adjunct(words, position):
        return None
    gap = context.gap(words[position - 1], words[position]).strip()
    if gap not in {"", "،", ","}:
        return None
    mention = context.covering_mention(words[position - 1].start)
    actor = _actor(context, mention)
    if mention is None or actor is None or mention.end < words[position - 1].end or \
            context.attached_prefix(mention):
        return None
    first = context.word_at(mention.start)
    at = first.index - words[0].index if first is not None else 0
    if at < 2 or any(context.boundary_between(words[index], words[index + 1])
                     for index in range(at - 2, at)):
        return None
    before, earlier = words[at - 1].norm, words[at - 2].norm.lstrip("و")
    organised = (before == "من" and earlier == "بتنظيم") or \
        (before == "تنظيم" and earlier == "من") or before == "بتنظيم"
    return actor if organised else None


_CHAIN = 4
"""How many partners past the first a list after «مع» may add."""


def _listed_partner(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """«بالتعاون مع كل من وزارة الصحة وهيئة الهلال الأحمر»: the first actor of the list
    «كل من» opens right after «مع» at ``words[index]``."""
    if index + 3 >= len(words) or words[index].norm != "مع" or \
            words[index + 1].norm not in {"كل", "كلا"} or words[index + 2].norm != "من" or \
            any(context.boundary_between(words[at], words[at + 1])
                for at in range(index, index + 3)):
        return None
    mention = context.mention_starting_in(words[index + 3])
    if mention is None or mention.start != words[index + 3].start:
        return None
    return _actor(context, mention)


def joined_partners(context: Extraction, words: list[Word], partner: Arg) -> list[Arg]:
    """«بالتعاون مع وزارة الصحة وهيئة الهلال الأحمر»: the actors conjoined by «و» to the
    partner named after «مع», each right after the one before, or behind the noun of its kind
    («وشركة أرامكو», :func:`kg.relations.stance_kind_conjuncts.kind_conjunct`); a place, a
    person's title, a comma or a preposition ends the list."""
    joined: list[Arg] = []
    last = context.word_at(max(partner.start, partner.end - 1))
    while last is not None and len(joined) < _CHAIN:
        following = last.index - words[0].index + 1
        if following >= len(words) or context.boundary_between(last, words[following]) or \
                not words[following].norm.startswith("و"):
            break
        mention = context.mention_starting_in(words[following])
        actor = _actor(context, mention)
        if mention is None or actor is None or context.attached_prefix(mention) != "و":
            mention = kind_conjunct(context, words, following)  # «ومعرض مشكاة التفاعلي»
            actor = _actor(context, mention)
        if mention is None or actor is None or \
                any(actor.node_id == other.node_id for other in [partner, *joined]):
            break
        joined.append(actor)
        last = context.word_at(max(mention.start, mention.end - 1))
    return joined


def _right_after_with(context: Extraction, words: list[Word], partner: Arg) -> bool:
    """Whether the partner's name opens the word right after «مع» (or after «مع كل من»)."""
    word = context.word_at(partner.start)
    if word is None or word.start != partner.start:
        return False
    at = word.index - words[0].index
    return (at >= 1 and words[at - 1].norm == "مع") or (
        at >= 3 and words[at - 1].norm == "من" and words[at - 2].norm in {"كل", "كلا"} and
        words[at - 3].norm == "مع")


def listed_partners(context: Extraction, words: list[Word], index: int,
                    partners: list[Arg]) -> list[Arg]:
    """The partners found after the cooperation noun, with the first of a list «مع كل من»
    when none was (``words[index]`` the word after the noun), and the actors conjoined to a
    partner named right after «مع»."""
    if not partners:
        listed = _listed_partner(context, words, index)
        partners = [listed] if listed is not None else []
    if len(partners) != 1 or not _right_after_with(context, words, partners[0]):
        return partners
    return [*partners, *joined_partners(context, words, partners[0])]


def _dual(verb: Word) -> bool:
    """«تنسقان», «يتعاونان», «تعاونتا»: a dual verb of cooperation."""
    form = verb.norm.removeprefix("و").removeprefix("ف")
    return len(form) > 4 and ((form[:1] in {"ي", "ت"} and form.endswith("ان")) or
                              form.endswith("تا"))


def joint_subject(context: Extraction, words: list[Word], position: int,
                  subjects: list[Arg], how: str) -> Arg | None:
    """«وتتعاون السعودية وفرنسا في مكافحة الإرهاب», «ونسقت القوات العراقية والبيشمركة في
    الهجوم»: a verb of cooperation with no partner after «مع», whose two named subjects follow
    it at once joined by «و»: the second is the first's partner. So with the two subjects of
    a dual verb named before it («أن السعودية ومصر تنسقان في الملف اليمني»: they are found
    joined right before the verb, see :mod:`kg.relations.stance_dual_holders`)."""
    if len(subjects) != 2:
        return None
    first, second = sorted(subjects, key=lambda arg: arg.start)
    if how == "before" and _dual(words[position]) and \
            second.end <= words[position].start:
        return second
    if how != "after":
        return None
    text = context.doc.text
    if first.start < words[position].end or text[words[position].end:first.start].strip() or \
            text[first.end:second.start].strip() != "و":
        return None
    return second
