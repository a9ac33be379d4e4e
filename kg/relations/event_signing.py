"""Agreements signed by two sides named only as a pair: «وقّع البلدان اتفاقية للتعاون الأمني»,
«أبرم الجانبان اتفاقاً»; contracts, deals and memoranda that are signed: «وقعت الشركة عقداً».

A signing verb whose subject is a definite dual noun of parties («البلدان», «الجانبان»,
«الطرفان», «الحكومتان») reports an agreement between equals: it happened, though no party is
named (the names were told before, or not at all). Such an agreement has no agent (the gold's
meeting of equals) and is kept with no argument, where an agreement noun with no named party
is otherwise dropped («واتفق كثير من الأهالي على ...»).

A contract («عقد», «عقود»), a deal («صفقة») or a memorandum of understanding («مذكرة تفاهم») is
an agreement only where it is signed: a signing verb shortly before it in its clause («وقعت
الشركة أمس العقد الرسمي مع النادي», «أبرمت الوزارة صفقة») or right after it with the noun as its
object pronoun («عقود الرعاية التي وقعها النادي»). Elsewhere these words are no event: «عقد
الوزير اجتماعاً» holds a meeting, «منذ عقود» counts decades, «صفقة بلغت 27 مليون ريال» prices a
transfer, «مذكرة» is a memo. So are a protocol («وقعت الحكومة مسودة بروتوكول أمني مع
المتمردين», not «البروتوكول المعمول به») and agreements counted as two or more («وقع البلدان
اتفاقيتين», «وقعت الوزيرة عشر اتفاقيات منح», not «احترام الاتفاقيات الموقعة»).

A body that reports its own signing («أعلنت شركة طيران الاتحاد أنها وقعت اتفاقية مع النادي»,
«قالت الوزارة إنها أبرمت عقداً») is the signer: the signing verb's subject is the pronoun of
«أنها» that refers back to the speaker (``event_speakers.speaker_agent``). So is a body that
announces the signing as its own deed («أعلنت وزارة الصحة عن توقيع اتفاقية مع الجامعة»): the
named organisation right after «أعلن», before the verbal noun «توقيع/إبرام» that governs the
agreement noun; a person who announces («أعلن الرئيس توقيع الاتفاق») may speak for another, and
is not read.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import subject_after
from kg.relations.context import Extraction
from kg.relations.event_long_signers import long_signers
from kg.relations.event_signed_nouns import signing_noun_before
from kg.relations.event_speakers import speaker_agent
from kg.relations.index import ORGANIZATION_LABELS, Arg, Word
from kg.relations.lexicon import PREPOSITIONS, SIGNING_VERBS, WEEKDAYS

SIGNED_DOCUMENTS = frozenset({"عقد", "عقدا", "عقود", "عقودا", "صفقه", "صفقات", "مذكره",
                              "مذكرات", "اتفاقيات", "اتفاقات", "اتفاقيتين", "اتفاقين",
                              "بروتوكول", "بروتوكولا", "برتوكول", "برتوكولا"})
"""Nouns of a contract, deal, memorandum or protocol, and agreements counted as more than one:
agreements only when signed (``signed_document``)."""
_MEMORANDA = frozenset({"مذكره", "مذكرات"})
_UNDERSTANDING = frozenset({"تفاهم", "التفاهم", "للتفاهم"})
_SIGNED_IT = frozenset({"وقعها", "وقعتها", "وقعوها", "ابرمها", "ابرمتها", "ابرموها"})
"""«عقود الرعاية التي وقعها النادي»: the signing verb whose object pronoun is the document."""
_RELATIVES = frozenset({"التي", "الذي"})

PAIRED_PARTIES = frozenset({
    "البلدان", "الجانبان", "الطرفان", "الدولتان", "الحكومتان", "الوزيران", "الرئيسان",
    "الزعيمان", "الشركتان", "الجهتان", "الوزارتان", "الجامعتان", "المؤسستان", "الهيئتان",
    "الجمعيتان", "البنكان", "المصرفان", "الناديان", "الاطراف", "الجانبين", "الطرفين",
})
"""Definite duals (and «الأطراف») that name the sides of an agreement as a pair."""
_REACH = 4
_DOCUMENT_REACH = 6
"""How far before a contract noun its signing verb may stand («وقعت وزارة الصحة ووزارة التعليم
مذكرة تفاهم»)."""
"""How many words before the agreement noun the signing verb may stand («وقع البلدان أمس
اتفاقية»)."""


def paired_signers(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether a signing verb shortly before the agreement noun at ``words[position]`` has a
    paired-party subject right after it («وقع الجانبان اتفاقية»), in the same clause."""
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if words[index].has(SIGNING_VERBS):
            return index + 1 < position and words[index + 1].norm in PAIRED_PARTIES
    return False


def signed_document(context: Extraction, words: list[Word], position: int,
                    sentence: Sentence | None = None) -> bool:
    """Whether the contract, deal or memorandum noun at ``words[position]`` is signed: a signing
    verb a few words before it in its clause, or «التي وقعها» a few words after it (a memorandum
    must be one «of understanding»)."""
    word = words[position]
    if word.has(_MEMORANDA) and (position + 1 >= len(words) or
                                 not words[position + 1].has(_UNDERSTANDING)):
        return False
    if signing_noun_before(context, words, position):
        return True  # «وجرى أمس توقيع مذكرة تفاهم بين الشركتين»
    for index in range(position - 1, max(-1, position - 1 - _DOCUMENT_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]) or \
                _prepositional(words[index]):
            break  # «وقع اللاعب للنادي بنظام شراء العقد»: the contract is not what is signed
        if words[index].has(SIGNING_VERBS):
            return True
    if sentence is not None and long_signers(context, words, position, sentence):
        return True  # «ووقعت وزارة الصحة وشركة أرامكو السعودية أمس مذكرة تفاهم»
    for index in range(position + 1, min(len(words) - 1, position + 1 + _REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].norm in _RELATIVES:
            return words[index + 1].bare() in _SIGNED_IT
    return False


def _prepositional(word: Word) -> bool:
    """A preposition, or a word behind «ب»/«ل» («للنادي», «بنظام»): the phrase it opens stands
    between the signing verb and the noun, which is then no object of the verb."""
    if word.norm in PREPOSITIONS:
        return True
    return any(prefix.lstrip("وف")[:1] in {"ب", "ل"} for prefix, _ in word.readings())


def speaker_signer(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The speaker who reports the signing of the agreement noun at ``words[position]`` as
    their own («أعلنت الشركة أنها وقعت اتفاقية»): the signing verb a few words before the noun
    in its clause has the pronoun of «أنها» for subject; None otherwise."""
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        if words[index].has(SIGNING_VERBS):
            return speaker_agent(context, words, index)
    return None


_ANNOUNCING = frozenset({"اعلن", "اعلنت"})
_SIGNING_NOUNS = frozenset({"توقيع", "ابرام"})
_ABOUT = frozenset({"عن"})
_TODAY = frozenset({"اليوم", "امس"})
_ANNOUNCER_REACH = 10
"""How far before the verbal noun of signing «أعلن» may stand (the announcer's name between)."""


def announced_signer(context: Extraction, words: list[Word], position: int,
                     sentence: Sentence) -> Arg | None:
    """The organisation that announces the signing of the agreement noun at
    ``words[position]`` as its own («أعلنت وزارة الصحة عن توقيع اتفاقية»), or None."""
    signing = position - 1
    if signing < 1 or words[signing].readings()[-1][0] not in {"", "و"} or \
            not words[signing].has(_SIGNING_NOUNS) or \
            context.boundary_between(words[signing], words[position]):
        return None
    end = signing - 1 if words[signing - 1].norm in _ABOUT else signing
    for index in range(end - 1, max(-1, end - _ANNOUNCER_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        if not words[index].has(_ANNOUNCING):
            continue
        subjects, after = subject_after(context, words, index, sentence)
        while after < end and (words[after].norm in _TODAY or words[after].norm in WEEKDAYS):
            after += 1  # «أعلنت الشركة اليوم توقيع»
        if len(subjects) != 1 or after != end or \
                context.label(subjects[0].node_id) not in ORGANIZATION_LABELS:
            return None
        return subjects[0]
    return None
