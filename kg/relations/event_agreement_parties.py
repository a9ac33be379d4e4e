"""Who is no party to an agreement noun: a name that ends a clause of its own before it, and
a treaty that is joined or left rather than signed.

A name before an agreement noun that no signing verb governs is read as a party («احتفلت
الشركتان بتوقيع اتفاقية»). That reading stops at the clause: in «حيث سيلتقي الرئيس الإيراني
حسن روحاني، وذلك بعد توقيع اتفاق تاريخي» the president is whom the minister will meet, and the
deal was signed by others (``cut_off_party``): a comma (a semicolon, a colon; not the quotes
around a name), or a word that opens another clause or a time frame («وذلك», «حيث», «بعد»,
«عقب», «قبل», «منذ», a relative pronoun) between the name and the noun cuts the name off.

An agreement noun behind «إلى» or «من» governed by a word of joining or leaving («تفكر كوريا
في الانضمام إلى اتفاقية التجارة الحرة», «إعلان اليابان وأوروبا انسحابهما من اتفاق الثعبان
النقدي», «انضمت الدولة إلى المعاهدة») names a treaty made before, not one signed in the news
(``joined_or_left``): no event. Nor is a deal that the definite verbal noun «التوصل» aims
at with nothing telling it done («الأولى، التوصل إلى اتفاق مع طهران», ``aimed_reaching``),
nor «بالاتفاق مع», a deed done in accord with someone or a syndicated article's footer («*
بالاتفاق مع «بلومبيرغ»», ``manner_accord``).

Officials who sign for a body are no parties either («مثّل النادي في توقيع الاتفاقية مدير
الاستثمار فلان», «ووقع الاتفاقية عن الوزارة وكيلها فلان»: ``represented_signing``): the
parties are the bodies, named before.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_signed_nouns import past_frame
from kg.relations.index import Arg, Word
from kg.relations.lexicon import RELATIVE_PRONOUNS, SIGNING_VERBS

_OPENERS = frozenset({
    "وذلك", "ذلك", "حيث", "بعد", "وبعد", "عقب", "وعقب", "قبل", "وقبل", "منذ", "ومنذ", "اثر",
    "واثر", "عندما", "حين", "بينما", "فيما",
})
"""Words that open another clause or a time frame between a name and the agreement noun."""
_CLAUSE_MARKS = frozenset("،,؛;:.")
"""Punctuation that ends a clause (not the quotes around a name: «وقعت صحيفة "سبق" ومركز
"صناعة خبر" اتفاقية»)."""


def cut_off_party(context: Extraction, words: list[Word], position: int, party: Arg) -> bool:
    """Whether a comma (``_CLAUSE_MARKS``) or a clause opener (``_OPENERS``, a relative
    pronoun) stands between ``party``, named before the agreement noun at
    ``words[position]``, and the noun."""
    last = context.word_at(max(party.start, party.end - 1))
    if last is None or party.end > words[position].start:
        return False
    first = last.index - words[0].index
    if not 0 <= first < position:
        return False
    for index in range(first + 1, position + 1):
        if any(mark in _CLAUSE_MARKS for mark in context.index.gap(words[index - 1],
                                                                   words[index])):
            return True
        if index < position and (words[index].norm in _OPENERS or
                                 words[index].norm in RELATIVE_PRONOUNS):
            return True
    return False


_JOINING_OR_LEAVING = frozenset({
    "الانضمام", "انضمام", "للانضمام", "بالانضمام", "انضمت", "انضم", "انضموا", "تنضم", "ينضم",
    "انضمامها", "انضمامه", "انضمامهما", "الانسحاب", "انسحاب", "بالانسحاب", "للانسحاب",
    "انسحبت", "انسحب", "انسحبوا", "تنسحب", "ينسحب", "انسحابها", "انسحابه", "انسحابهما",
    "انسحابهم", "الخروج", "خروج", "خروجها", "خروجه",
})
"""Verbs and verbal nouns of joining a treaty or leaving it."""
_TO = frozenset({"الي", "إلى", "الى"})
_TO_OR_FROM = _TO | {"من"}


def joined_or_left(words: list[Word], position: int) -> bool:
    """Whether the agreement noun at ``words[position]`` follows «إلى»/«من» right after a word
    of joining or leaving («الانضمام إلى اتفاقية», «انسحابهما من اتفاق»)."""
    if position < 2 or words[position - 1].norm not in _TO_OR_FROM:
        return False
    verb = words[position - 2]
    return verb.norm in _JOINING_OR_LEAVING or verb.norm.lstrip("وف") in _JOINING_OR_LEAVING


_REPRESENTED = frozenset({"مثل", "ومثل", "وقدمثل", "يمثل", "مثلت", "ومثلت"})
_SIGNING_NOUNS = frozenset({"توقيع", "التوقيع", "ابرام"})
_IN = frozenset({"في"})
_ON_BEHALF = frozenset({"عن", "نيابه"})
_REPRESENTED_REACH = 4
"""How far before «في توقيع» the verb of representing may stand («مثل النادي في توقيع»)."""


_SIGNING_VERBS_OR_SIGNING_NOUNS = SIGNING_VERBS | _SIGNING_NOUNS


def represented_signing(words: list[Word], position: int, told_before: bool) -> bool:
    """Whether the agreement noun at ``words[position]`` is signed by representatives: «مثّل
    النادي في توقيع الاتفاقية مسؤول الاستثمار فلان، وعن البريد فلان». The names after the
    noun signed on behalf of the parties (the club, the post office), and are no parties
    themselves; the parties are the bodies they stand for, told before. So are the names
    after «عن»/«نيابة عن» right after the signed noun when the article ``told_before`` of an
    agreement («ووقع الاتفاقية عن الوزارة وكيلها فلان»: the signing ceremony of the deal told
    again; alone, «ووقع الاتفاقية نيابة عن الحكومة وزير المالية فلان» keeps its signer).
    """
    if told_before and 0 < position < len(words) - 1 and \
            words[position - 1].has(_SIGNING_VERBS_OR_SIGNING_NOUNS) and \
            words[position + 1].norm.removeprefix("و") in _ON_BEHALF:
        return True  # «ووقع الاتفاقية عن الوزارة وكيلها فلان، وعن الشركة فلان»
    if position < 3 or not words[position - 1].has(_SIGNING_NOUNS) or \
            words[position - 2].norm not in _IN:
        return False
    return any(word.norm in _REPRESENTED or word.norm.removeprefix("و").removeprefix("قد")
               in _REPRESENTED
               for word in words[max(0, position - 2 - _REPRESENTED_REACH):position - 2])


_REACHING_NOUNS = frozenset({"التوصل"})
"""(Not «بالتوصل»: «رحبت السعودية بالتوصل إلى اتفاق» welcomes a deal reached.)"""
_FOR_REACHING = frozenset({"للتوصل"})


def aimed_reaching(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the agreement noun at ``words[position]`` is the goal of the definite verbal
    noun «التوصل» with nothing that tells it done: «الأولى، التوصل إلى اتفاق مع طهران»,
    «جهود للتوصل إلى اتفاق» name an aim, not a deal reached («بعد التوصل إلى اتفاق», «أعلن
    عن التوصل إلى اتفاق», «تم التوصل لاتفاق» tell it done: ``event_signed_nouns.past_frame``).
    """
    reaching = position - 1
    if reaching >= 0 and words[reaching].norm in _TO and words[position].norm[:1] != "ل":
        reaching -= 1
    if reaching < 0 or reaching == position:
        return False
    word = words[reaching]
    if word.norm in _FOR_REACHING:
        return True  # «للتوصل إلى اتفاق»: a purpose
    return word.norm in _REACHING_NOUNS and not past_frame(context, words, reaching)


_BY_ACCORD = frozenset({"بالاتفاق", "وبالاتفاق", "بالتفاهم", "وبالتفاهم", "بالتوافق", "وبالتوافق"})
_WITH = frozenset({"مع"})


def manner_accord(words: list[Word], position: int) -> bool:
    """Whether the agreement noun at ``words[position]`` is «بالاتفاق مع»: «حددته الإدارة
    بالاتفاق مع المدير الفني», «* بالاتفاق مع «بلومبيرغ»» (a syndicated article's footer): a
    deed done in accord with someone, or a publishing arrangement, not a deal signed."""
    return words[position].norm in _BY_ACCORD and position + 1 < len(words) and \
        words[position + 1].norm in _WITH
