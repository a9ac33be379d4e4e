"""A contract or memorandum governed by the verbal noun of signing: «وجرى أمس توقيع مذكرة
تفاهم بين شركة أرامكو وشركة سامسونج», «وتم خلال الحفل توقيع عقد مع شركة الكهرباء».

Rule: a contract, deal or memorandum noun (``event_signing.SIGNED_DOCUMENTS``) is signed where
the verbal noun «توقيع»/«إبرام» stands right before it (also «وتوقيع», «بتوقيع», «التوقيع»), as
the finite verb makes it signed («وقعت الشركة عقداً»), when a past frame tells the signing
done a few words before the verbal noun («تم», «جرى», «شهد», «رعى», «أعلن عن», «بعد», «عقب»,
«احتفل بتوقيع») and a party is named after the document behind «بين» or «مع» within a few
words. Not read: a signing still to come, hoped for or refused («سيتم توقيع عقد», «يتوقع
توقيع عقد», «رفضت توقيع عقد», «وصل لتوقيع مذكرة»: no past frame), nor one with no party
named after it («ويأتي توقيع عقد المشروع انطلاقاً من»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_SIGNING_NOUNS = frozenset({"توقيع", "ابرام"})
_PAST_FRAMES = frozenset({
    "تم", "جري", "جرى", "شهد", "شهدت", "رعي", "رعى", "رعت", "اعلن", "اعلنت", "بعد", "عقب",
    "احتفل", "احتفلت", "احتفلا",
})
"""Words that tell the signing done: «تم/جرى توقيع», «شهد الأمير توقيع», «أعلنت الوزارة عن
توقيع», «بعد توقيع», «احتفلت الشركتان بتوقيع»."""
_FRAME_REACH = 6
"""How many words before «توقيع» the frame may stand (a subject and «أمس» between)."""
_PARTY_PREPOSITIONS = frozenset({"بين", "مع"})
_PARTY_REACH = 4
"""How many words after the document noun «بين»/«مع» may stand («توقيع مذكرة تفاهم للتعاون
الفني مع»)."""


def signing_noun_before(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether «توقيع»/«إبرام» right before the document noun at ``words[position]`` signs it,
    with a party named after «بين»/«مع» in the same clause."""
    if position < 1 or not words[position - 1].has(_SIGNING_NOUNS) or \
            context.boundary_between(words[position - 1], words[position]):
        return False
    if not past_frame(context, words, position - 1):
        return False
    for index in range(position + 1, min(len(words), position + 1 + _PARTY_REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].norm in _PARTY_PREPOSITIONS:
            return True
    return False


def past_frame(context: Extraction, words: list[Word], signing: int) -> bool:
    """A word of ``_PAST_FRAMES`` a few words before the verbal noun at ``words[signing]``, in
    its clause."""
    return context.lexicon_before(words, signing, _PAST_FRAMES, _FRAME_REACH)
