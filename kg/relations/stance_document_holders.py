"""The holder of a stance stated in a document: «أصدر X بيانا يرفض فيه ...».

A statement, a report or a letter is described by a clause whose verb carries the stance
and a pronoun «فيه»/«فيها» that points back to it: «أصدر مجلس علماء باكستان بيانا يرفض
فيه تجنيد الشباب», «وقالت الخارجية في بيان نددت فيه بالهجوم», «أصدرت شركة X تقريرا اتهمت
فيه كليات الصحافة», «بيان لوزارة الداخلية حذرت فيه من ...», «أصدر مجلس الأمن 6 قرارات ...،
يطالب فيها إيران بوقف التخصيب» (a resolution). The holder is the document's
author: the body after «لـ» right after the document noun, or the subject of the verb that
issued or spoke it («أصدر», «نشر», «قال» ...) in the same clause before the document noun
(a name after the pronoun is then the object: «تقريرا اتهمت فيه السودان»), or the name in
construct after the document noun when a relative pronoun follows it («خطاب رئيس الوزراء X
الذي دعا فيه ...»); with none, a name after the pronoun («بيان دعت فيه «أوبك» المنتجين»).
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import subject_after
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.issued_by import issuer_start
from kg.relations.lexicon import STANCE_LIGHT_VERBS, find_reporting
from kg.relations.stance_fronted_issuers import fronted_issuer
from kg.relations.stance_relative_documents import relative_document_author
from kg.relations.stance_verb_gender import verb_gender

_BACK_POINTERS = frozenset({"فيه", "فيها", "خلاله", "خلالها"})
"""«بيانا أدانت فيه», «مؤتمرا صحفيا أدان خلاله»: the pronoun that points back to the document."""
_DOCUMENTS = frozenset({"بيان", "بيانا", "تقرير", "تقريرا", "رساله", "مذكره", "بلاغ", "خطاب",
                        "خطابا", "كلمه", "خطبه", "تغريده", "مقال", "مقالا", "تصريح", "تصريحا",
                        "تسجيل", "تسجيلا", "قرار", "قرارا", "قرارات", "مؤتمر", "مؤتمرا",
                        "محاضره"})
"""Documents and speeches, as they stand after a verb or «في» («بيانا», «في بيان»). A press
conference, a lecture or a sermon is one speaker's too («عقد X مؤتمرا صحفيا، أكد فيه ...»,
«ألقى X خطبة الجمعة التي حذر فيها ...»); an interview is not listed: its «لـ» names the
outlet («في مقابلة لصحيفة X أكد فيها»)."""
_ISSUING = STANCE_LIGHT_VERBS | frozenset({"نشر", "نشرت", "ينشر", "تنشر", "بعث", "بعثت",
                                           "ارسل", "ارسلت", "القي", "القت", "وزع", "وزعت",
                                           "بث", "بثت", "عقد", "عقدت"})
_REACH = 10
"""How far before the verb the document noun may stand («بيانا بتاريخ 23 - 06 - 2015،»)."""
_BETWEEN = frozenset({"في", "عبر", "خلال", "امس", "اليوم"})
"""What may stand between the issuing verb's subject and the document («قالت X في بيان»)."""


def document_holder(context: Extraction, words: list[Word], position: int,
                    sentence: Sentence) -> tuple[Arg | None, int] | None:
    """The author of the document whose describing clause the stance verb at ``position``
    opens, and the index after the holder's words (or of «فيه»); ``(None, index)`` for a
    document whose author is no entity kg knows («أصدر مجلس علماء باكستان بيانا»: not
    Pakistan); None if the verb is no such clause's."""
    back = position + 1
    if back >= len(words) or words[back].norm not in _BACK_POINTERS or \
            context.boundary_between(words[position], words[back]):
        return _describing_verb(context, words, position, sentence)
    document = _document_before(words, position, words[back].norm)
    author = None if document is None else \
        _author_after(context, words, document, sentence) or \
        _genitive_author(context, words, document, position, sentence) or \
        (None if _bare_plural(words[document]) else  # «نشرت X تصريحات انتقد فيها»: not X
         _issuer(context, words, document, sentence, _owned_document(words[document])))
    author = author or relative_document_author(context, words, position, sentence)
    if author is not None:  # the name after «فيه» is then the object
        word = words[position]
        return Arg(author, word.start, word.end), back
    subjects, after = subject_after(context, words, back, sentence)
    named = [s for s in subjects if context.label(s.node_id) in AGENT_LABELS]
    if len(named) == 1:  # «بيان دعت فيه «أوبك» المنتجين»
        return named[0], after
    return None if document is None else (None, back)


_DESCRIBED = frozenset({"بيانا", "بيان", "تقريرا", "رساله", "مذكره", "خطابا", "مقالا",
                        "افتتاحيه", "تصريحا", "تسجيلا", "قرارا", "تغريده", "بلاغا"})
"""Indefinite documents a verb right after them describes («بيانا يدين», «افتتاحية أشادت»)."""


def _describing_verb(context: Extraction, words: list[Word], position: int,
                     sentence: Sentence) -> tuple[Arg | None, int] | None:
    """«أصدرت X بيانا يدين الهجوم», «نشرت صحيفة X افتتاحية أشادت بـ Y»: a stance verb right
    after an indefinite document noun, agreeing with it, describes it; the holder is the
    named subject of the verb that issued or spoke the document (see :func:`_issuer`), and
    no one when none did («تلقت X رسالة تدين ...»: not X)."""
    document = position - 1
    if document < 1 or words[document].norm not in _DESCRIBED or \
            context.boundary_between(words[document], words[position]):
        return None
    gender = verb_gender(words[position])
    if gender is None or (gender == "f") != words[document].norm.endswith("ه"):
        return None  # «بيانا تدين»: the verb may be the issuer's own
    author = _issuer(context, words, document, sentence)
    word = words[position]
    return (Arg(author, word.start, word.end) if author is not None else None), position + 1


def _document_before(words: list[Word], position: int, pointer: str) -> int | None:
    """The document noun a few words before the verb, within its sentence; a plural one
    («تصريحات X التي هاجم فيها Y», «تغريدات لـ X انتقد فيها») only when the pronoun that
    points back to it is the feminine its plural takes («فيها», «خلالها»)."""
    plural = pointer in _FEMININE_POINTERS
    for index in range(position - 1, max(-1, position - _REACH - 1), -1):
        if words[index].bare() in _DOCUMENTS or words[index].norm in _DOCUMENTS or \
                _owned_document(words[index]) or \
                (plural and words[index].bare() in _PLURAL_DOCUMENTS):
            return index
    return None


_FEMININE_POINTERS = frozenset({"فيها", "خلالها"})
_OWNED = ("ه", "ها")
_PLURAL_DOCUMENTS = frozenset({"تصريحات", "تغريدات", "بيانات", "كلمات", "مقالات", "رسائل"})


def _bare_plural(word: Word) -> bool:
    """«تصريحات», «تغريدات», «رسائل»: a plural document with no pronoun of its author. The
    verb that issued it may be a publisher's or a reporter's («نشرت الصحيفة تصريحات انتقد
    فيها ...»), so only the name in construct after it or after «لـ» is its author."""
    return word.bare() in _PLURAL_DOCUMENTS and word.bare() not in _DOCUMENTS


def _owned_document(word: Word) -> bool:
    """«في كلمته», «في تغريداته», «في بيانها»: a document with the pronoun of its author
    (who is then the subject of the verb of saying before it: «قال X في كلمته التي انتقد
    فيها Y»)."""
    norm = word.norm.removeprefix("و").removeprefix("ف").removeprefix("ب").removeprefix("في")
    for suffix in _OWNED:
        stem = norm.removesuffix(suffix)
        if stem == norm or len(stem) < 3:
            continue
        if stem in _PLURAL_DOCUMENTS or (stem.endswith("ت") and stem[:-1] + "ه" in _DOCUMENTS) \
                or stem in _DOCUMENTS:
            return True
    return False


def _author_after(context: Extraction, words: list[Word], document: int,
                  sentence: Sentence) -> str | None:
    """«بيان لوزارة الداخلية»: the agent glued to «ل» right after the document noun."""
    index = document + 1
    if index >= len(words) or context.boundary_between(words[document], words[index]):
        return None
    mention = context.mention_starting_in(words[index])
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.attached_prefix(mention).lstrip("وف") != "ل":
        return None
    return mention.entity_id


_RELATIVES = frozenset({"الذي", "التي"})


def _genitive_author(context: Extraction, words: list[Word], document: int, position: int,
                     sentence: Sentence) -> str | None:
    """«خطاب رئيس الوزراء X الذي دعا فيه ...», «بيان الخارجية المصرية الذي رحبت فيه»: the
    agent in construct right after the document noun (past its title), when the relative
    pronoun that opens the describing clause follows it at once."""
    if document + 1 >= len(words) or context.boundary_between(words[document],
                                                               words[document + 1]):
        return None
    mention = context.mention_starting_in(words[document + 1])
    if mention is not None and context.attached_prefix(mention):
        return None  # «بيان لوزارة ...» is read by _author_after; «في بيان بـ ...» is no author
    subjects, after = subject_after(context, words, document, sentence)
    if len(subjects) != 1 or context.label(subjects[0].node_id) not in AGENT_LABELS or \
            after != position - 1 or words[after].norm not in _RELATIVES or \
            context.boundary_between(words[after - 1], words[after]):
        return None
    return subjects[0].node_id


def _issuer(context: Extraction, words: list[Word], document: int,
            sentence: Sentence, owned: bool = False) -> str | None:
    """«أصدر X بيانا», «وقالت X في بيان»: the named subject of the verb of issuing or
    saying that the document follows, in the same clause. For a document with its
    author's pronoun («في كلمته») only a verb that opens its clause: in «إنه لم يذكر الملك
    سلمان في تغريداته» the name after the verb is its object, the pronoun's owner another."""
    for index in range(document - 1, max(-1, document - _REACH - 1), -1):
        if context.boundary_between(words[index], words[index + 1]) and \
                not _quoted_name_edge(context, words[index], words[index + 1]):
            return None
        word = words[index]
        if context.covering_mention(word.start) is not None or \
                not (word.has(_ISSUING) or find_reporting(word.norm) is not None):
            continue  # a word of a name is no verb («كيري»)
        if owned and index > 0 and not context.boundary_between(words[index - 1], word):
            return None
        subjects, after = subject_after(context, words, index, sentence)
        if not subjects and word.norm.removeprefix("و").removeprefix("ف") in _ISSUING:
            return fronted_issuer(context, words, index)  # «فإن X عقد مؤتمرا اتهم فيه ...»
        if len(subjects) != 1 or context.label(subjects[0].node_id) not in AGENT_LABELS:
            return None
        if after <= document and all(  # not a name past the document («كلمة نيابة عن X»)
                words[between].norm in _BETWEEN or words[between].norm.isdigit()
                for between in range(after, document)):  # «أصدر مجلس الأمن 6 قرارات»
            return subjects[0].node_id
        return None
    return None


_QUOTE_MARKS = frozenset("«»“”\"")


def _quoted_name_edge(context: Extraction, left: Word, right: Word) -> bool:
    """«نشرت صحيفة «نيويورك تايمز» افتتاحية أشادت بـ ...»: the quote marks around a name
    (the gap holds nothing else, and a tagged name stands right inside them) do not end the
    issuing clause the way a comma does."""
    gap = context.gap(left, right)
    if not gap.strip() or not set(gap.strip()) <= _QUOTE_MARKS:
        return False
    return context.covering_mention(left.end - 1) is not None or \
        context.covering_mention(right.start) is not None


def document_author_at(context: Extraction, words: list[Word], document: int,
                       sentence: Sentence) -> str | None:
    """The named author of the document noun at ``words[document]``: the body after «لـ»
    («بيان لوزارة الداخلية»), the agent after «صادر عن» / «أصدرته», or the subject of the verb
    that issued or spoke it («أصدرت X بيانا», «وقال X في بيان»); None if the text names
    none kg knows."""
    issuer = issuer_start(words, document + 1)
    if issuer is not None and not context.boundary_between(words[document], words[issuer]):
        mention = context.mention_starting_in(words[issuer])
        if mention is not None and mention.entity_id and mention.label in AGENT_LABELS and \
                not context.attached_prefix(mention) and not context.is_nisba(mention):
            return mention.entity_id
    return _author_after(context, words, document, sentence) or \
        _issuer(context, words, document, sentence)


def past_back_pointer(context: Extraction, words: list[Word], position: int,
                      first_word: int) -> int:
    """«أصدرت X بيانا أدانت فيه الهجوم», «رحبت فيه بالاتفاق»: the pronoun «فيه»/«فيها» right
    after the stance verb points back to the document; what the stance is toward begins
    after it (a name there was already read as the object)."""
    if first_word != position + 1 or first_word + 1 >= len(words) or \
            words[first_word].norm not in _BACK_POINTERS or \
            context.boundary_between(words[position], words[first_word]) or \
            context.boundary_between(words[first_word], words[first_word + 1]):
        return first_word
    return first_word + 1
